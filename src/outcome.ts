/** One sentence per outcome, shared by the CLI and the action so both say the same thing. */
import type { RunResult } from './model.js';

export function describeOutcome(result: RunResult): string {
  const { pass, fail, warn, skip } = result.summary;
  const counts = `${pass} passed, ${fail} failed, ${warn} warnings, ${skip} skipped`;
  switch (result.outcome) {
    case 'passed':
      return `mcp-ci gate passed: ${counts}`;
    case 'failed':
      return fail > 0
        ? `mcp-ci gate failed: ${counts}`
        : `mcp-ci gate failed under strict (warnings count as failures): ${counts}`;
    case 'boot-error': {
      const tail = result.boot.stderrTail ? `\nLast server output:\n${result.boot.stderrTail}` : '';
      return `The server could not be booted: ${result.boot.error ?? 'unknown reason'}${tail}`;
    }
    case 'config-error':
      return `Configuration error: ${result.error ?? ''}`;
    default:
      return `mcp-ci internal error (please report it): ${result.error ?? 'unknown'}`;
  }
}
