/** Skip reasons shared by the feature checks: a capability not declared, nothing listed, no tool to call. */
import type { CheckContext } from './types.js';
export declare const declares: (ctx: CheckContext, capability: string) => boolean;
export declare function requireCapability(ctx: CheckContext, capability: string): string | undefined;
type Listed = 'tools' | 'resources' | 'resourceTemplates' | 'prompts';
/** Skip unless the capability is declared and the listing worked and returned at least one item. */
export declare function requireListed(ctx: CheckContext, kind: Listed): string | undefined;
export declare function requireCallableTools(ctx: CheckContext): string | undefined;
export {};
