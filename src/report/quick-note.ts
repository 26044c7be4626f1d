/**
 * The line every report of a quick run carries next to its verdict, so a quick pass is never read as a full one.
 * Plain text; each renderer escapes and frames it.
 */
import type { RunResult } from '../model.js';

/** `listChecks`: name the left-out checks (the reports) or only count them (the console, where they are skipped). */
export function quickRunNote(result: RunResult, listChecks = true): string | undefined {
  if (!result.quick) return undefined;
  const versions = result.server.acceptedVersions?.join(', ') ?? result.server.protocolVersion;
  const left = result.quick.leftOut.length;
  return (
    `Quick run (--quick): protocol ${versions ?? 'of the boot session'} only` +
    (left > 0
      ? `, ${left} ${left === 1 ? 'check' : 'checks'} left out${listChecks ? ` (${result.quick.leftOut.join(', ')})` : ''}`
      : '') +
    '. Not a full conformance result: run without --quick for every version and check.'
  );
}
