/**
 * Which tools data-driven checks may call, with which arguments. Calling a tool can have side effects, so the
 * `call-tools` policy decides: `none`; `read-only` (tools annotated readOnlyHint, plus tools the user listed);
 * `all` (every tool except destructive ones the user did not list). A destructive tool is never called unless
 * the user listed it.
 */
import type { Config } from '../config/config.js';
import type { ToolInvocation } from './types.js';
import { synthesizeArguments } from './judge/synthesize.js';

const annotations = (tool: Record<string, unknown>): Record<string, unknown> =>
  (tool.annotations ?? {}) as Record<string, unknown>;

export function planToolCalls(
  tools: Record<string, unknown>[],
  config: Pick<Config, 'callTools' | 'tools'>,
): ToolInvocation[] {
  const plan: ToolInvocation[] = [];
  for (const tool of tools) {
    const name = tool.name;
    if (typeof name !== 'string') continue;
    const listed = config.tools.find((t) => t.name === name);
    if (listed) {
      plan.push({ name, arguments: listed.arguments, source: 'config', tool });
      continue;
    }
    if (config.callTools === 'none') continue;
    const hints = annotations(tool);
    if (hints.destructiveHint === true) continue;
    if (config.callTools === 'read-only' && hints.readOnlyHint !== true) continue;
    // 'all' still spares tools whose destructiveHint is absent and readOnlyHint is not true: the spec's
    // default for destructiveHint is true.
    if (config.callTools === 'all' && hints.readOnlyHint !== true && hints.destructiveHint !== false) continue;
    const args = synthesizeArguments(tool.inputSchema);
    if (args !== undefined) plan.push({ name, arguments: args, source: 'synthesized', tool });
  }
  return plan;
}
