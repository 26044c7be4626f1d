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
export declare const QUICK_LEFT_OUT: Readonly<Record<string, QuickCost>>;
/** The skip reason of a check a quick run leaves out on this transport, or undefined when the check runs. */
export declare function quickSkipReason(checkId: string, transport: TransportKind): string | undefined;
/** Every quick skip reason starts with this, so reports can count what a quick run left out. */
export declare const QUICK_SKIP_PREFIX = "left out of the quick run: ";
/** The ids of the checks a quick run's results show as left out. */
export declare function quickLeftOut(checks: readonly CheckResult[]): string[];
