/** Skip reasons shared by the feature checks: a capability not declared, nothing listed, no tool to call. */
import type { CheckContext } from './types.js';

export const declares = (ctx: CheckContext, capability: string): boolean =>
  ctx.main.serverCapabilities[capability] !== undefined && ctx.main.serverCapabilities[capability] !== null;

export function requireCapability(ctx: CheckContext, capability: string): string | undefined {
  return declares(ctx, capability) ? undefined : `the server does not declare the ${capability} capability`;
}

type Listed = 'tools' | 'resources' | 'resourceTemplates' | 'prompts';

const LIST_METHOD: Record<Listed, string> = {
  tools: 'tools/list',
  resources: 'resources/list',
  resourceTemplates: 'resources/templates/list',
  prompts: 'prompts/list',
};

const CAPABILITY: Record<Listed, string> = {
  tools: 'tools',
  resources: 'resources',
  resourceTemplates: 'resources',
  prompts: 'prompts',
};

/** Skip unless the capability is declared and the listing worked and returned at least one item. */
export function requireListed(ctx: CheckContext, kind: Listed): string | undefined {
  const missing = requireCapability(ctx, CAPABILITY[kind]);
  if (missing) return missing;
  const method = LIST_METHOD[kind];
  const error = ctx.inventory.listErrors[method];
  if (error) return `${method} could not be listed (${error})`;
  if (ctx.inventory[kind].length === 0) return `${method} lists nothing`;
  return undefined;
}

export function requireCallableTools(ctx: CheckContext): string | undefined {
  const missing = requireListed(ctx, 'tools');
  if (missing) return missing;
  if (ctx.callableTools.length > 0) return undefined;
  const policy = ctx.config.callTools;
  if (policy === 'none') return 'call-tools is none, so no tool is called';
  const safe = policy === 'read-only' ? 'annotated readOnlyHint' : 'annotated destructiveHint: false or readOnlyHint';
  return `no listed tool may be called under call-tools: ${policy} (none is ${safe} with arguments that can be synthesized from its inputSchema, and none is listed under tools: in the configuration)`;
}
