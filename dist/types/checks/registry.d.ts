import type { CheckDefinition } from './types.js';
/** The legacy (initialize-era) profile: 2024-11-05 through 2025-11-25. A stateless profile will sit beside it. */
export declare const CATALOGUE: readonly CheckDefinition[];
export declare const SPEC_BASE_URL = "https://modelcontextprotocol.io/specification";
/** The spec URL of a check's rule in the given protocol version. */
export declare function specUrl(check: Pick<CheckDefinition, 'spec' | 'modernSpec'>, version: string): string;
