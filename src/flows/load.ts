/**
 * Finds flow files by glob and loads each one. A broken file yields errors and does not stop the others; a glob
 * that matches nothing is fine (the default globs match nothing in a repository without flows), but a plain
 * path that does not exist is an error. The parser (ajv and the flow schema) is imported only once there is a file to
 * parse: a run reads its flow files before it starts its server, and most repositories have none.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { FlowResult } from '../model.js';
import type { FlowLoadError, LoadedFlow } from './types.js';

export async function loadFlowFiles(
  patterns: readonly string[],
  cwd: string,
): Promise<{ flows: LoadedFlow[]; errors: FlowLoadError[] }> {
  const files = (
    await glob([...patterns], { cwd, absolute: true, onlyFiles: true, dot: true, expandDirectories: false })
  ).sort();
  const errors: FlowLoadError[] = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) continue;
    const path = resolve(cwd, pattern);
    if (!files.includes(path))
      errors.push({ file: displayPath(path, cwd), line: 1, column: 1, message: 'flow file not found' });
  }
  const flows: LoadedFlow[] = [];
  if (files.length === 0) return { flows, errors };
  const { parseFlowSource } = await import('./parse.js');
  for (const path of files) {
    const file = displayPath(path, cwd);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      errors.push({ file, line: 1, column: 1, message: `cannot read the flow file: ${(error as Error).message}` });
      continue;
    }
    const loaded = parseFlowSource(text, file);
    if (loaded.flow) flows.push(loaded.flow);
    errors.push(...loaded.errors);
  }
  return { flows, errors };
}

/** One failed FlowResult per broken file; `error` holds `file:line:column: message` lines. */
export function loadErrorResults(errors: readonly FlowLoadError[]): FlowResult[] {
  const byFile = new Map<string, FlowLoadError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  return [...byFile].map(([file, fileErrors]): FlowResult => ({
    name: file,
    file,
    status: 'fail',
    durationMs: 0,
    steps: [],
    error: fileErrors.map((error) => formatLoadError(error)).join('\n'),
  }));
}

export function formatLoadError(error: FlowLoadError): string {
  return `${error.file}:${error.line}:${error.column}: ${error.message}`;
}

/** Relative to the working directory with `/` separators, as GitHub annotations expect. */
function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path);
  return (shown.startsWith('..') || isAbsolute(shown) ? path : shown).split(sep).join('/');
}
