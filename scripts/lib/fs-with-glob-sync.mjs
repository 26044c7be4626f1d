// `node:fs` with the `globSync` of Node 22, for the official conformance CLI on Node 20 (see node20-fs-glob-sync.mjs).
import fs from 'node:fs';
import { globSync as tinyGlobSync } from 'tinyglobby';

export * from 'node:fs';
export default fs;
export const globSync = (pattern, options = {}) => tinyGlobSync(pattern, { cwd: options.cwd });
