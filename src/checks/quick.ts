/**
 * The quick profile (`--quick`): the newest protocol version the server speaks, and every check that needs neither
 * another version nor a slow probe, for pre-commit hooks and editors. This table is the whole of what it leaves
 * out; `__tests__/checks/quick.test.ts` runs the catalogue and fails when a check outside the table starts a server
 * process over stdio, so a new check cannot slip a process into a quick run unnoticed.
 */
import type { CheckResult, TransportKind } from '../model.js';

/**
 * Why a check is left out of a quick run:
 * - `versions`: it judges a session of an older protocol version, and a quick run opens none;
 * - `process`: over stdio it starts a server process of its own (a fresh handshake, a raw probe, the side session
 *   shared by the checks that change session state), which costs most of a second on a small machine; over HTTP a
 *   session is a request, so these checks stay in;
 * - `wait`: it may wait out the whole request timeout on a slow tool.
 */
export type QuickCost = 'versions' | 'process' | 'wait';

export const QUICK_LEFT_OUT: Readonly<Record<string, QuickCost>> = {
  'lifecycle-unsupported-version-counter-offer': 'process',
  'lifecycle-counter-offer-latest': 'process',
  'lifecycle-initialized-notification-accepted': 'process',
  'lifecycle-ping-before-initialized': 'process',
  'lifecycle-no-requests-before-initialized': 'process',
  'base-response-id-echo': 'process',
  'base-parse-error': 'process',
  'base-invalid-request': 'process',
  'base-notification-not-answered': 'process',
  'stdio-exits-on-stdin-close': 'process',
  'cancellation-stops-processing': 'process',
  'cancellation-invalid-ignored': 'process',
  'cancellation-race-handled': 'process',
  'progress-token-echoed': 'process',
  'progress-increasing': 'process',
  'progress-stops-after-response': 'process',
  'logging-set-level': 'process',
  'logging-invalid-level': 'process',
  'resources-subscribe-unsubscribe': 'process',
  'client-features-undeclared-requests': 'process',
  'client-features-roots-list-changed': 'process',
  // Judged only on the tasks' own session, which a quick run over stdio does not start (task-probe.ts).
  'tasks-input-requests-related-task': 'process',
  'client-features-undeclared-requests-legacy': 'versions',
  'tools-call-answered': 'wait',
};

const WHY: Record<QuickCost, string> = {
  versions: 'it needs a session of an older protocol version',
  process: 'over stdio it starts a server process of its own',
  wait: 'it may wait the whole request timeout on a slow tool',
};

/** The skip reason of a check a quick run leaves out on this transport, or undefined when the check runs. */
export function quickSkipReason(checkId: string, transport: TransportKind): string | undefined {
  const cost = QUICK_LEFT_OUT[checkId];
  if (cost === undefined || (cost === 'process' && transport !== 'stdio')) return undefined;
  return `${QUICK_SKIP_PREFIX}${WHY[cost]}; run without --quick to judge it`;
}

/** Every quick skip reason starts with this, so reports can count what a quick run left out. */
export const QUICK_SKIP_PREFIX = 'left out of the quick run: ';

/** The ids of the checks a quick run's results show as left out. */
export function quickLeftOut(checks: readonly CheckResult[]): string[] {
  return [
    ...new Set(checks.filter((c) => c.status === 'skip' && c.message.startsWith(QUICK_SKIP_PREFIX)).map((c) => c.id)),
  ];
}
