import type { CheckDefinition } from './types.js';

export const checks: CheckDefinition[] = [];
