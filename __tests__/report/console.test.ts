import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../src/events.js';
import type { RunResult } from '../../src/model.js';
import { createConsoleReporter } from '../../src/report/console.js';
import type { ConsoleReporterOptions } from '../../src/report/console.js';
import { HOSTILE, brokenServerRun } from './fixtures/run-results.js';

/** The events a run of `result` emits, in the order run() emits them: section by section, then flows and bench. */
function eventsOf(result: RunResult): RunEvent[] {
  const events: RunEvent[] = [
    { type: 'boot:start', description: 'node dist/server.js (stdio)' },
    { type: 'boot:done', boot: result.boot, server: result.server },
  ];
  let current = '';
  for (const check of result.checks) {
    const key = `${check.section} ${check.protocolVersion}`;
    if (key !== current) {
      events.push({ type: 'section:start', section: check.section, protocolVersion: check.protocolVersion });
      current = key;
    }
    events.push({ type: 'check:start', id: check.id, protocolVersion: check.protocolVersion });
    events.push({ type: 'check:done', result: check });
  }
  for (const flow of result.flows) {
    events.push({ type: 'flow:start', file: flow.file, name: flow.name });
    for (const step of flow.steps) events.push({ type: 'flow:step', flow: flow.name, step });
    events.push({ type: 'flow:done', result: flow });
  }
  for (const bench of result.bench) events.push({ type: 'bench:op', result: bench });
  events.push({ type: 'log', level: 'debug', message: 'transcript written' });
  events.push({ type: 'run:done', result });
  return events;
}

/** A stream that records what was written, shaped like a terminal or a pipe. */
function capture(isTTY: boolean): { stream: PassThrough & { isTTY?: boolean }; text: () => string } {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  stream.isTTY = isTTY;
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

function run(result: RunResult, options: ConsoleReporterOptions, isTTY = false): string {
  const { stream, text } = capture(isTTY);
  const reporter = createConsoleReporter(stream, options);
  for (const event of eventsOf(result)) reporter.onEvent(event);
  reporter.printSummary(result);
  return text();
}

// eslint-disable-next-line no-control-regex -- looking for escape sequences
const ANSI = /\u001b\[/;

describe('console reporter', () => {
  it('reports progress section by section with the failures and warnings under each, then a table and the verdict', () => {
    const lines = run(brokenServerRun(), { quiet: false, verbose: false }).split('\n');
    expect(lines[0]).toBe('▸ Starting node dist/server.js (stdio)');
    expect(lines[1]).toBe('✔ Booted acme-files 1.2.0 in 412 ms, protocol 2025-11-25');
    const lifecycle = lines.findIndex((line) => line.startsWith('  lifecycle       2025-11-25'));
    expect(lines[lifecycle]).toBe('  lifecycle       2025-11-25  ✔ 1  ✖ 1  ⚠ 1');
    expect(lines[lifecycle + 1]).toBe(
      '    ✖ lifecycle-version-unsupported [2025-11-25, stdio] MUST initialize with protocolVersion "2099-12-31" was answered with "2099-12-31" (an echo of the bogus value)',
    );
    expect(lines[lifecycle + 2]).toMatch(
      /^ {4}⚠ lifecycle-ping-before-initialized \[2025-11-25, stdio\] MUST ping before/,
    );
    expect(lines).toContain(
      '  ✖ flow search round trip 1/3 steps, 184 ms — search-readme (.mcp-ci/flows/search.yml:9): expected content[0].text to contain "README", got "no results"',
    );
    expect(
      lines.some((line) =>
        /^ {2}tools\/list ×1 {2}p50 3\.20 ms {2}p95 9\.80 ms .* ↑ \+100\.0% p95 regression ✖ max-p95-ms 9\.80 > 5$/.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(lines).toContain('Section    2025-11-25       2025-06-18');
    expect(lines).toContain('lifecycle  ✖ 1 ⚠ 1 ✔ 1      ✖ 1 ⚠ 1 ✔ 1');
    expect(lines).toContain('Flows: 1 of 2 passed');
    expect(lines).toContain('Benchmarks: 2 operations, 1 regressions, 1 budgets exceeded');
    expect(lines.at(-2)).toBe(
      '✖ FAILED  acme-files 1.2.0 · 8 passed · 7 failed · 3 warnings · 3 not applicable · 4.8 s',
    );
    expect(lines.join('\n')).not.toMatch(ANSI);
    expect(lines.join('\n')).not.toContain('transcript written');
  });

  it('shows failures and warnings as they come when the engine emits no section events', () => {
    const result = brokenServerRun();
    const { stream, text } = capture(false);
    const reporter = createConsoleReporter(stream, { quiet: false, verbose: false });
    for (const event of eventsOf(result).filter((e) => e.type !== 'section:start')) reporter.onEvent(event);
    const problems = text()
      .split('\n')
      .filter((line) => /^ {4}[✖⚠] /.test(line))
      .map((line) => line.trim().split(' ').slice(0, 3).join(' '));
    expect(problems).toEqual([
      '✖ lifecycle-version-unsupported [2025-11-25,',
      '⚠ lifecycle-ping-before-initialized [2025-11-25,',
      '✖ tools-input-schema-object [2025-11-25,',
      '✖ lifecycle-version-unsupported [2025-06-18,',
      '⚠ lifecycle-ping-before-initialized [2025-06-18,',
      '✖ tools-input-schema-object [2025-06-18,',
      '✖ stdio-no-stray-output [2025-11-25,',
      '⚠ logging-set-level [2025-11-25,',
    ]);
  });

  it('prints every check and debug logs when verbose', () => {
    const output = run(brokenServerRun(), { quiet: false, verbose: true });
    expect(output).toContain(
      '    ✔ base-unknown-method [2025-06-18, stdio] mcp-tester/nonexistent answered with -32601',
    );
    expect(output).toContain('    ✔ list-tools list 3 tools listed');
    expect(output).toContain('transcript written');
  });

  it('prints only the failures and the verdict when quiet', () => {
    const lines = run(brokenServerRun(), { quiet: true, verbose: false }).trimEnd().split('\n');
    expect(lines).toHaveLength(5 + 1 + 1);
    expect(lines.slice(0, 5).every((line) => line.startsWith('✖ '))).toBe(true);
    expect(lines[5]).toMatch(/^ {2}✖ flow search round trip/);
    expect(lines[6]).toMatch(/^✖ FAILED {2}acme-files/);
  });

  it('colours only on a terminal, unless told otherwise', () => {
    expect(run(brokenServerRun(), { quiet: false, verbose: false }, true)).toMatch(ANSI);
    expect(run(brokenServerRun(), { quiet: false, verbose: false, color: false }, true)).not.toMatch(ANSI);
    expect(run(brokenServerRun(), { quiet: false, verbose: false, color: true }, false)).toMatch(ANSI);
  });

  it('keeps server strings from restyling the terminal or starting a workflow command line', () => {
    const result = brokenServerRun();
    result.checks[1] = { ...result.checks[1]!, message: `${HOSTILE.controls} ${HOSTILE.workflowCommand}` };
    const output = run(result, { quiet: false, verbose: false });
    expect(output).not.toMatch(ANSI);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(output).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
    expect(output.split('\n').some((line) => line.startsWith('::'))).toBe(false);
    expect(output).toContain('bell nul escred vt bidievil ::error file=x::injected ::add-mask::secret');
  });

  it('says plainly when the server did not boot, even when quiet', () => {
    const result: RunResult = {
      ...brokenServerRun(),
      checks: [],
      flows: [],
      bench: [],
      boot: { ok: false, ms: 1_200, exitCode: 1, error: 'the process exited before the handshake' },
      outcome: 'boot-error',
    };
    const output = run(result, { quiet: true, verbose: false });
    expect(output).toContain('✖ The server did not boot: the process exited before the handshake');
    expect(output).toMatch(/✖ SERVER DID NOT BOOT {2}acme-files/);
  });
});
