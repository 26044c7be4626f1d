/**
 * Which tools data-driven checks may call, with which arguments. Calling a tool can have side effects, so the
 * `call-tools` policy decides: `none`; `read-only` (tools annotated readOnlyHint, plus tools the user listed);
 * `all` (every tool except destructive ones the user did not list). A destructive tool is never called unless
 * the user listed it.
 */
import type { Config } from '../config/config.js';
import type { ToolInvocation } from './types.js';
export declare function planToolCalls(tools: Record<string, unknown>[], config: Pick<Config, 'callTools' | 'tools'>): ToolInvocation[];
