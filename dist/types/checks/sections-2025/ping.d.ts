/** Utility — ping (basic/utilities/ping), inventory section 5.7a. */
import { type CheckDefinition } from '../types.js';
export declare const checks: CheckDefinition[];
