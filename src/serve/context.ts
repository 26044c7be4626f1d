/** What every session of `mcp-ci serve` shares: the project, its targets and the runs. */
import { ConfigError } from '../config/errors.js';
import type { RunRegistry } from './runs.js';
import type { ServeTarget } from './targets.js';

export interface ServeContext {
  root: string;
  targets: Map<string, ServeTarget>;
  runs: RunRegistry;
}

/** The named target, or the only one when no name is given; a ConfigError listing the names otherwise. */
export function pickTarget(context: ServeContext, name: string | undefined): ServeTarget {
  const names = [...context.targets.keys()];
  const chosen = name ?? (names.length === 1 ? names[0] : undefined);
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
