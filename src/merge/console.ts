/** The console lines of `mcp-ci merge`: a line per leg, then the merged verdict. Leg names are untrusted text. */
import { consoleText } from '../report/escape.js';
import { formatCount } from '../report/format.js';
import type { LegVerdict, MergedRun } from './merge.js';

const LEG_VERDICT: Record<LegVerdict, string> = {
  passed: '✔ passed',
  'passed-with-warnings': '⚠ passed with warnings',
  failed: '✖ FAILED',
  'boot-error': '✖ SERVER DID NOT BOOT',
  'config-error': '✖ CONFIGURATION ERROR',
  'internal-error': '✖ INTERNAL ERROR',
  'no-results': '✖ NO RESULTS',
};

export function mergeConsoleText(merged: MergedRun): string {
  const width = Math.min(40, Math.max(...merged.legs.map((leg) => consoleText(leg.name, 40).length)));
  const lines = merged.legs.map((leg) => {
    const name = consoleText(leg.name, 40).padEnd(width);
    if (!leg.result) return `${name}  ${LEG_VERDICT[leg.verdict]}: ${consoleText(leg.problem ?? '', 300)}`;
    const { pass, fail, warn, skip } = leg.result.summary;
    return `${name}  ${LEG_VERDICT[leg.verdict]} · ${pass} passed, ${fail} failed, ${warn} warnings, ${skip} skipped`;
  });
  const failing = merged.legs.filter((leg) => leg.verdict !== 'passed' && leg.verdict !== 'passed-with-warnings');
  const legs = `${formatCount(merged.legs.length)} ${merged.legs.length === 1 ? 'leg' : 'legs'}`;
  lines.push(
    '',
    failing.length > 0
      ? `mcp-ci merge: FAILED on ${formatCount(failing.length)} of ${legs}`
      : `mcp-ci merge: passed on ${legs}`,
  );
  return `${lines.join('\n')}\n`;
}

/** One sentence for the action's failed step. */
export function describeMergedOutcome(merged: MergedRun): string {
  const failing = merged.legs.filter((leg) => leg.verdict !== 'passed' && leg.verdict !== 'passed-with-warnings');
  const names = failing.map((leg) => `${consoleText(leg.name, 40)} (${LEG_VERDICT[leg.verdict].slice(2)})`);
  return `mcp-ci failed on ${failing.length} of ${merged.legs.length} legs: ${names.join(', ')}`;
}
