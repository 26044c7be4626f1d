/**
 * The servers a client may run: each is a settings file of the project (mcp-ci.yml by default), named by its
 * `comment-id`, the name that already tells the legs of a CI matrix apart. A client names a target; it never hands
 * over a command line, a settings file or any other path that decides what is started.
 */
import path from 'node:path';
import { escapePath } from 'tinyglobby';
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/errors.js';
import { findConfigFile, parseConfigFile, readConfigFile } from '../config/file.js';
import { loadConfig } from '../config/load.js';
import { benchSettingsSchema, SETTINGS_DEFAULTS } from '../config/schema.js';
import type { ProtocolVersion } from '../model.js';
import { resolveProjectFile } from './project-paths.js';

export const SUITES = ['conformance', 'flows', 'benchmarks', 'all'] as const;
export type Suite = (typeof SUITES)[number];

export interface ServeTarget {
  name: string;
  /** The settings file, absolute. */
  configPath: string;
}

export interface RunRequest {
  suite: Suite;
  /** Flow files relative to the project root, instead of the target's `flows`. */
  flows?: string[];
  protocolVersion?: ProtocolVersion;
}

/** The project root and its targets, each settings file checked now so a mistake shows at start, not at a run. */
export async function findTargets(
  cwd: string,
  configPaths: readonly string[],
): Promise<{
  root: string;
  targets: Map<string, ServeTarget>;
}> {
  let root = path.resolve(cwd);
  let files: string[];
  if (configPaths.length === 0) {
    const found = await findConfigFile(cwd);
    if (found === undefined)
      throw new ConfigError('no mcp-ci.yml here or at the repository root: mcp-ci serve runs the targets it declares');
    // mcp-ci.yml found above the working directory (at the repository root) makes that folder the project.
    root = path.dirname(found);
    files = [found];
  } else {
    files = await Promise.all(configPaths.map((file) => resolveProjectFile(root, file, '--target')));
  }
  const targets = new Map<string, ServeTarget>();
  for (const configPath of files) {
    const settings = parseConfigFile(await readConfigFile(configPath), root).settings;
    const name = typeof settings['comment-id'] === 'string' ? settings['comment-id'] : SETTINGS_DEFAULTS['comment-id'];
    const other = targets.get(name);
    if (other) {
      throw new ConfigError(
        `${other.configPath} and ${configPath} both name their target "${name}"; give each a comment-id of its own`,
        'comment-id',
      );
    }
    const target = { name, configPath };
    await loadTargetConfig(root, target);
    targets.set(name, target);
  }
  return { root, targets };
}

export function loadTargetConfig(root: string, target: ServeTarget): Promise<Config> {
  return loadConfig({
    overrides: {},
    overridesFrom: 'flags',
    env: process.env,
    cwd: root,
    configPath: target.configPath,
  });
}

/** The Config of one run: the target's settings, narrowed to the suite asked for, its reports in `outDir`. */
export async function runConfig(
  root: string,
  target: ServeTarget,
  request: RunRequest,
  outDir: (config: Config) => string,
): Promise<Config> {
  const base = await loadTargetConfig(root, target);
  const { suite } = request;
  if (request.flows !== undefined && suite !== 'flows' && suite !== 'all') {
    throw new ConfigError(`flows are run by the suites "flows" and "all", not "${suite}"`, 'flows');
  }
  const flows =
    request.flows === undefined
      ? base.flows
      : await Promise.all(
          request.flows.map(async (file) => escapePath(await resolveProjectFile(root, file, 'flow file'))),
        );
  return {
    ...base,
    outDir: outDir(base),
    conformance: suite === 'conformance' || suite === 'all',
    flows: suite === 'flows' || suite === 'all' ? flows : [],
    // "all" measures what the target's settings ask to measure; "benchmarks" alone measures with the defaults if
    // they ask for nothing, as `mcp-ci bench` does.
    ...(suite === 'benchmarks'
      ? { bench: base.bench ?? benchSettingsSchema.parse({}) }
      : suite === 'all' && base.bench
        ? { bench: base.bench }
        : { bench: undefined }),
    ...(request.protocolVersion !== undefined && { protocolVersion: request.protocolVersion }),
    quiet: true,
    verbose: false,
  };
}
