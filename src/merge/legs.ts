/**
 * Reading the legs of a job matrix from their report folders (as actions/download-artifact leaves them, or given
 * as paths or globs). A path or glob that finds no folder is a mistake in the workflow: a ConfigError naming it.
 * A folder without a usable results.json is a leg that has no results (its job failed before mcp-ci ran, or its
 * upload did not happen); it is reported as such, as long as some other leg has results.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ConfigError } from '../config/errors.js';
import { SCHEMA_VERSION } from '../model.js';
import { duplicateLegNames } from './merge.js';
import type { Leg } from './merge.js';
import { parseRunResult } from './results-schema.js';

/** `source` names where the folders came from in messages: `input reports` or `mcp-ci merge`. */
export async function readLegs(patterns: readonly string[], cwd: string, source: string): Promise<Leg[]> {
  if (patterns.length === 0) throw new ConfigError(`${source}: name at least one report folder (or glob)`);
  const folders: string[] = [];
  for (const pattern of patterns) {
    for (const folder of await foldersOf(pattern, cwd, source)) {
      if (!folders.includes(folder)) folders.push(folder);
    }
  }
  const legs = await Promise.all(folders.map((folder) => readLeg(folder, cwd)));
  if (legs.every((leg) => leg.result === undefined)) {
    const lines = legs.map((leg) => `  ${leg.folder}: ${leg.problem ?? 'no results'}`);
    throw new ConfigError(`${source}: no report folder holds a usable results.json:\n${lines.join('\n')}`);
  }
  const duplicates = duplicateLegNames(legs);
  if (duplicates.length > 0) {
    const folderList = (name: string) =>
      legs
        .filter((leg) => leg.name === name)
        .map((leg) => leg.folder)
        .join(', ');
    throw new ConfigError(
      `${source}: ${duplicates.map((name) => `leg "${name}" is in several folders (${folderList(name)})`).join('; ')}; ` +
        `give each leg its own comment-id, or each folder its own name`,
    );
  }
  return legs;
}

async function foldersOf(pattern: string, cwd: string, source: string): Promise<string[]> {
  if (isDynamicPattern(pattern)) {
    const matches = await glob(pattern, { cwd, onlyDirectories: true, expandDirectories: false });
    if (matches.length === 0) throw new ConfigError(`${source}: "${pattern}" matches no folder (under ${cwd})`);
    return matches.map((match) => match.replace(/\/$/, '')).sort();
  }
  let isFolder: boolean;
  try {
    isFolder = (await stat(resolve(cwd, pattern))).isDirectory();
  } catch {
    throw new ConfigError(`${source}: report folder "${pattern}" does not exist (under ${cwd})`);
  }
  if (!isFolder) throw new ConfigError(`${source}: "${pattern}" is a file; name the report folder that holds it`);
  return [pattern.replace(/\/$/, '')];
}

async function readLeg(folder: string, cwd: string): Promise<Leg> {
  const name = basename(resolve(cwd, folder));
  let text: string;
  try {
    text = await readFile(resolve(cwd, folder, 'results.json'), 'utf8');
  } catch {
    return { name, folder, problem: `no results.json in ${folder}` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { name, folder, problem: `${folder}/results.json is not valid JSON (${(error as Error).message})` };
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    return {
      name,
      folder,
      problem: `${folder}/results.json has schemaVersion ${version}; this mcp-ci reads ${SCHEMA_VERSION}: merge with the mcp-ci version the legs ran`,
    };
  }
  const parsed = parseRunResult(data);
  if ('problems' in parsed) {
    return {
      name,
      folder,
      problem: `${folder}/results.json is not an mcp-ci results file (${parsed.problems.join('; ')})`,
    };
  }
  return { name: parsed.result.leg ?? name, folder, result: parsed.result };
}
