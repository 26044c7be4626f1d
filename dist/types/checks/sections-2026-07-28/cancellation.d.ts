import { type CheckDefinition } from '../types.js';
export declare const checks: CheckDefinition[];
