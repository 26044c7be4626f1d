/**
 * mcp-ci.yml: finding it, reading it, and parsing it with positions kept, so that a schema error on
 * `bench.calls[0].tool` can point at `mcp-ci.yml:14:9`.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { ConfigError } from './errors.js';

export const CONFIG_FILE_NAMES = ['mcp-ci.yml', 'mcp-ci.yaml'] as const;

export interface ConfigFileText {
  path: string;
  text: string;
}

export type SettingsPath = readonly PropertyKey[];

export interface ParsedConfigFile {
  /** The file as messages name it: relative to the working directory when it lies below it. */
  displayName: string;
  /** The folder relative paths in the file resolve against. */
  dir: string;
  settings: Record<string, unknown>;
  /** `mcp-ci.yml:14:9` of the value at the path, or of its nearest ancestor the file has. */
  locateValue(settingsPath: SettingsPath): string;
  /** `mcp-ci.yml:3:1` of the key that ends the path (for unknown keys), else as locateValue. */
  locateKey(settingsPath: SettingsPath): string;
}

/**
 * The config file for a run started in `cwd`: mcp-ci.yml or mcp-ci.yaml in `cwd`, else in the folders above it up to
 * the repository root (the nearest folder with `.git`). Outside a repository only `cwd` is searched.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  for (const dir of await searchDirs(path.resolve(cwd))) {
    const found: string[] = [];
    for (const name of CONFIG_FILE_NAMES) {
      if (await exists(path.join(dir, name))) found.push(path.join(dir, name));
    }
    if (found.length > 1) {
      throw new ConfigError(`both ${found.join(' and ')} exist; keep one`, undefined, dir);
    }
    if (found[0] !== undefined) return found[0];
  }
  return undefined;
}

export async function readConfigFile(filePath: string): Promise<ConfigFileText> {
  try {
    return { path: filePath, text: await readFile(filePath, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ConfigError(`cannot read config file ${filePath}: ${reason}`, undefined, filePath);
  }
}

export function parseConfigFile(file: ConfigFileText, cwd: string): ParsedConfigFile {
  const absolute = path.resolve(cwd, file.path);
  const relative = path.relative(cwd, absolute);
  const displayName = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;

  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const position = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${displayName}:${line}:${col}`;
  };

  const [syntaxError] = doc.errors;
  if (syntaxError !== undefined) {
    const where = position(syntaxError.pos[0]);
    // yaml's message repeats the position and quotes the source line; the first line says what is wrong.
    const what = syntaxError.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`${where}: invalid YAML: ${what}`, undefined, where);
  }

  const settings: unknown = doc.toJS() ?? {};
  if (typeof settings !== 'object' || Array.isArray(settings)) {
    const where = position(doc.contents?.range[0] ?? 0);
    throw new ConfigError(`${where}: the file must be a mapping of settings (key: value)`, undefined, where);
  }

  const locateValue = (settingsPath: SettingsPath): string => position(nearestNode(doc, settingsPath)?.range[0] ?? 0);
  return {
    displayName,
    dir: path.dirname(absolute),
    settings: settings as Record<string, unknown>,
    locateValue,
    locateKey: (settingsPath) => {
      const parent = doc.getIn(settingsPath.slice(0, -1), true);
      const last = settingsPath.at(-1);
      const pair = isMap(parent)
        ? parent.items.find((item) => isScalar(item.key) && item.key.value === last)
        : undefined;
      const keyRange = pair !== undefined && isScalar(pair.key) ? pair.key.range : undefined;
      return keyRange ? position(keyRange[0]) : locateValue(settingsPath);
    },
  };
}

function nearestNode(doc: Document, settingsPath: SettingsPath): NodeWithRange | undefined {
  for (let length = settingsPath.length; length > 0; length--) {
    const node: unknown = doc.getIn(settingsPath.slice(0, length), true);
    if (isNodeWithRange(node)) return node;
  }
  return isNodeWithRange(doc.contents) ? doc.contents : undefined;
}

type NodeWithRange = Node & { range: [number, number, number] };

function isNodeWithRange(value: unknown): value is NodeWithRange {
  return typeof value === 'object' && value !== null && 'range' in value && Array.isArray(value.range);
}

async function searchDirs(cwd: string): Promise<string[]> {
  const dirs: string[] = [];
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    dirs.push(dir);
    if (await exists(path.join(dir, '.git'))) return dirs;
    if (path.dirname(dir) === dir) return [cwd];
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await access(filePath);
    return true;
  } catch {
    return false;
  }
}
