/** What every session of `mcp-ci serve` shares: the project, its targets and the runs. */
import { ConfigError } from '../config/errors.js';
import { SETTINGS_DEFAULTS } from '../config/schema.js';
import type { RunRegistry } from './runs.js';
import type { ServeTarget } from './targets.js';

const DEFAULT_TARGET = SETTINGS_DEFAULTS['comment-id'];

export interface ServeContext {
  root: string;
  targets: Map<string, ServeTarget>;
  runs: RunRegistry;
}

/**
 * The named target; without a name, the one named `default` (a settings file without comment-id), else the only
 * one. A ConfigError listing the names otherwise.
 */
export function pickTarget(context: ServeContext, name: string | undefined): ServeTarget {
  const names = [...context.targets.keys()];
  const chosen =
    name ?? (context.targets.has(DEFAULT_TARGET) ? DEFAULT_TARGET : names.length === 1 ? names[0] : undefined);
  const target = chosen === undefined ? undefined : context.targets.get(chosen);
  if (target) return target;
  const known = names.map((known) => `"${known}"`).join(', ');
  throw new ConfigError(
    name === undefined
      ? `several targets are declared; name one: ${known}`
      : `no target "${name}" in this project; its targets: ${known} (the comment-id of each settings file)`,
    'target',
  );
}
