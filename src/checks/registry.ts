/**
 * The conformance catalogue: every check, in report order. One file per spec section; `mcp-ci checks` and
 * docs/checks.md are generated from this list.
 */
import { checks as auth } from './auth.js';
import { checks as base } from './base.js';
import { checks as cancellation } from './cancellation.js';
import { checks as clientFeatures } from './client-features.js';
import { checks as clientRequests } from './client-requests.js';
import { checks as completion } from './completion.js';
import { checks as http } from './http.js';
import { checks as httpStreams } from './http-streams.js';
import { checks as lifecycle } from './lifecycle.js';
import { checks as logging } from './logging.js';
import { checks as pagination } from './pagination.js';
import { checks as ping } from './ping.js';
import { checks as progress } from './progress.js';
import { checks as prompts } from './prompts.js';
import { checks as resources } from './resources.js';
import { checks as schema } from './schema.js';
import { checks as stdio } from './stdio.js';
import { checks as taskLifecycle } from './task-lifecycle.js';
import { checks as tasks } from './tasks.js';
import { checks as tools } from './tools.js';
import type { CheckDefinition } from './types.js';

/** The legacy (initialize-era) profile: 2024-11-05 through 2025-11-25. A stateless profile will sit beside it. */
export const CATALOGUE: readonly CheckDefinition[] = [
  ...lifecycle,
  ...base,
  ...schema,
  ...stdio,
  ...http,
  ...httpStreams,
  ...auth,
  ...ping,
  ...cancellation,
  ...progress,
  ...logging,
  ...completion,
  ...pagination,
  ...tools,
  ...resources,
  ...prompts,
  ...clientFeatures,
  ...clientRequests,
  ...tasks,
  ...taskLifecycle,
];

export const SPEC_BASE_URL = 'https://modelcontextprotocol.io/specification';

/** The spec URL of a check's rule in the given protocol version. */
export function specUrl(check: Pick<CheckDefinition, 'spec'>, version: string): string {
  return `${SPEC_BASE_URL}/${version}/${check.spec}`;
}
