/**
 * The conformance catalogue: every check, in report order. One file per spec section; `mcp-ci checks` and
 * docs/checks.md are generated from this list.
 */
import { checks as auth } from './sections-2025/auth.js';
import { checks as base } from './sections-2025/base.js';
import { checks as cancellation } from './sections-2025/cancellation.js';
import { checks as clientFeatures } from './sections-2025/client-features.js';
import { checks as clientRequests } from './sections-2025/client-requests.js';
import { checks as completion } from './sections-2025/completion.js';
import { checks as http } from './sections-2025/http.js';
import { checks as httpStreams } from './sections-2025/http-streams.js';
import { checks as lifecycle } from './sections-2025/lifecycle.js';
import { checks as logging } from './sections-2025/logging.js';
import { checks as pagination } from './sections-2025/pagination.js';
import { checks as ping } from './sections-2025/ping.js';
import { checks as progress } from './sections-2025/progress.js';
import { checks as prompts } from './sections-2025/prompts.js';
import { checks as resources } from './sections-2025/resources.js';
import { checks as schema } from './sections-2025/schema.js';
import { checks as stdio } from './sections-2025/stdio.js';
import { checks as taskLifecycle } from './sections-2025/task-lifecycle.js';
import { checks as tasks } from './sections-2025/tasks.js';
import { checks as tools } from './sections-2025/tools.js';
import { checks as modernBase } from './sections-2026-07-28/base.js';
import { checks as modernCaching } from './sections-2026-07-28/caching.js';
import { checks as modernCancellation } from './sections-2026-07-28/cancellation.js';
import { checks as modernFeatures } from './sections-2026-07-28/features.js';
import { checks as modernHttp } from './sections-2026-07-28/http.js';
import { checks as modernInputRequired } from './sections-2026-07-28/input-required.js';
import { checks as modernSubscriptions } from './sections-2026-07-28/subscriptions.js';
import { checks as modernLifecycle } from './sections-2026-07-28/lifecycle.js';
import { MODERN_VERSION } from '../model.js';
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
  // The stateless profile: 2026-07-28.
  ...modernLifecycle,
  ...modernBase,
  ...modernCaching,
  ...modernHttp,
  ...modernFeatures,
  ...modernInputRequired,
  ...modernSubscriptions,
  ...modernCancellation,
];

export const SPEC_BASE_URL = 'https://modelcontextprotocol.io/specification';

/** The spec URL of a check's rule in the given protocol version. */
export function specUrl(check: Pick<CheckDefinition, 'spec' | 'modernSpec'>, version: string): string {
  const page = version === MODERN_VERSION ? (check.modernSpec ?? check.spec) : check.spec;
  return `${SPEC_BASE_URL}/${version}/${page}`;
}
