/**
 * The console reporter: progress section by section while the run goes, then a compact table and the verdict.
 * quiet prints only failures and the verdict; verbose adds every check, flow step and debug log. Colour only when
 * asked or when the stream is a terminal (and NO_COLOR is unset). Server strings go through consoleText so they
 * stay on one line; every line then leaves through one writer (createConsoleWriter) that masks the configured
 * secrets and neutralises escapes and workflow commands, so no path can forget to.
 */
import { createColors } from 'picocolors';
import type { RunEvent } from '../events.js';
import type { BenchResult, CheckResult, FlowResult, RunResult, Status } from '../model.js';
import { maskSecrets } from '../config/secrets.js';
import { consoleSafe, consoleText } from './escape.js';
import { columnLabel, formatChange, formatCount, formatDuration, formatLatency, formatThroughput } from './format.js';
import { quickRunNote } from './quick-note.js';
import { coverageMatrix, failTotal, verdictOf } from './tally.js';
import type { CellCounts, Verdict } from './tally.js';

export interface ConsoleReporterOptions {
  quiet: boolean;
  verbose: boolean;
  /** Overrides the terminal detection. */
  color?: boolean;
  /** Values masked on every line (header values, secrets from the environment). */
  secrets?: readonly string[];
}

export interface ConsoleReporter {
  onEvent(event: RunEvent): void;
  printSummary(result: RunResult): void;
}

type Colors = ReturnType<typeof createColors>;

/**
 * The console's one exit: each call writes `text` (one line or several) with the secrets masked and every line
 * made safe for a terminal and a GitHub runner log. `keepStyle` keeps mcp-ci's own colour codes.
 */
export function createConsoleWriter(
  stream: NodeJS.WritableStream,
  options: { secrets?: readonly string[]; keepStyle?: boolean } = {},
): (text: string) => void {
  return (text) => {
    stream.write(`${safeConsoleText(text, options.secrets ?? [], options.keepStyle)}\n`);
  };
}

/** Text for the console or a runner log command (core.error, core.setFailed): secrets masked, lines neutralised. */
export function safeConsoleText(text: string, secrets: readonly string[], keepStyle = false): string {
  return consoleSafe(maskSecrets(text, secrets), keepStyle);
}

const SYMBOL: Record<Status, string> = { pass: '✔', fail: '✖', warn: '⚠', skip: '↷' };

const VERDICT_TEXT: Record<Verdict, string> = {
  passed: 'PASSED',
  'passed-with-warnings': 'PASSED with warnings',
  failed: 'FAILED',
  'boot-error': 'SERVER DID NOT BOOT',
  'config-error': 'CONFIGURATION ERROR',
  'internal-error': 'INTERNAL ERROR',
};

interface SectionProgress {
  section: string;
  protocolVersion: string;
  results: CheckResult[];
}

export function createConsoleReporter(stream: NodeJS.WritableStream, options: ConsoleReporterOptions): ConsoleReporter {
  const colorEnabled =
    options.color ?? ((stream as { isTTY?: boolean }).isTTY === true && process.env.NO_COLOR === undefined);
  const c = createColors(colorEnabled);
  const write = createConsoleWriter(stream, { secrets: options.secrets ?? [], keepStyle: colorEnabled });
  const paint = (status: Status, text: string): string =>
    status === 'pass'
      ? c.green(text)
      : status === 'fail'
        ? c.red(text)
        : status === 'warn'
          ? c.yellow(text)
          : c.dim(text);
  let section: SectionProgress | undefined;

  const checkLine = (result: CheckResult): string =>
    `    ${paint(result.status, SYMBOL[result.status])} ${result.id} ${c.dim(`[${consoleText(result.protocolVersion, 20)}, ${result.transport}]`)}` +
    `${result.status === 'fail' || result.status === 'warn' ? ` ${c.dim(result.level)}` : ''} ${consoleText(result.message)}`;

  const flushSection = (): void => {
    if (!section) return;
    const { results } = section;
    const count = (status: Status): number => results.filter((result) => result.status === status).length;
    if (!options.quiet) {
      const counts = (['pass', 'fail', 'warn', 'skip'] as const)
        .filter((status) => count(status) > 0)
        .map((status) => paint(status, `${SYMBOL[status]} ${count(status)}`))
        .join('  ');
      write(
        `  ${section.section.padEnd(16)}${c.dim(consoleText(section.protocolVersion, 20).padEnd(12))}${counts || c.dim('no checks')}`,
      );
      if (!options.verbose) {
        results
          .filter((result) => result.status === 'fail' || result.status === 'warn')
          .forEach((r) => write(checkLine(r)));
      }
    }
    section = undefined;
  };

  const onEvent = (event: RunEvent): void => {
    if (event.type !== 'check:start' && event.type !== 'check:done' && event.type !== 'log') flushSection();
    if (options.quiet) {
      if (event.type === 'boot:done' && !event.boot.ok)
        write(c.red(`✖ The server did not boot: ${consoleText(event.boot.error ?? 'no handshake')}`));
      return;
    }
    switch (event.type) {
      case 'boot:start':
        write(c.dim(`▸ Starting ${consoleText(event.description)}`));
        return;
      case 'boot:done':
        write(bootLine(event, c));
        return;
      case 'section:start':
        section = { section: event.section, protocolVersion: event.protocolVersion, results: [] };
        return;
      case 'check:start':
        return;
      case 'check:done':
        if (options.verbose) write(checkLine(event.result));
        if (section) section.results.push(event.result);
        // Without section events (checks running in a pool across sections), problems are shown as they come.
        else if (!options.verbose && (event.result.status === 'fail' || event.result.status === 'warn')) {
          write(checkLine(event.result));
        }
        return;
      case 'flow:start':
        if (options.verbose) write(c.dim(`▸ Flow ${consoleText(event.name)} (${consoleText(event.file)})`));
        return;
      case 'flow:step':
        if (options.verbose) {
          const { step } = event;
          write(
            `    ${paint(step.status, SYMBOL[step.status])} ${consoleText(step.id)} ${c.dim(step.kind)} ${consoleText(step.message)}`,
          );
        }
        return;
      case 'flow:done':
        write(flowLine(event.result, c, paint));
        return;
      case 'bench:op':
        write(benchLine(event.result, c));
        return;
      case 'log':
        if (event.level === 'warn') write(c.yellow(`⚠ ${consoleText(event.message, 500)}`));
        else if (event.level === 'info' || options.verbose) write(c.dim(consoleText(event.message, 500)));
        return;
      case 'run:done':
        return;
    }
  };

  const printSummary = (result: RunResult): void => {
    flushSection();
    if (options.quiet) {
      for (const check of result.checks.filter((r) => r.status === 'fail')) write(checkLine(check).trimStart());
      for (const flow of result.flows.filter((f) => f.status === 'fail')) write(flowLine(flow, c, paint));
    } else {
      write('');
      matrixLines(result, c).forEach(write);
      const flowsPassed = result.flows.filter((flow) => flow.status === 'pass').length;
      if (result.flows.length > 0) write(`Flows: ${flowsPassed} of ${result.flows.length} passed`);
      const regressions = result.bench.filter((bench) => bench.comparison?.regression).length;
      const overBudget = result.bench.flatMap((b) => b.budgets ?? []).filter((b) => b.status === 'fail').length;
      if (result.bench.length > 0) {
        write(
          `Benchmarks: ${result.bench.length} operations, ${regressions} regressions, ${overBudget} budgets exceeded`,
        );
      }
    }
    if (result.error !== undefined)
      write(c.red(`mcp-ci itself failed: ${consoleText(result.error.split('\n')[0] ?? '', 300)}`));
    const quick = quickRunNote(result, false);
    if (quick !== undefined) write(c.yellow(consoleText(quick, 4000)));
    write(verdictLine(result, c));
  };

  return { onEvent, printSummary };
}

function bootLine(event: Extract<RunEvent, { type: 'boot:done' }>, c: Colors): string {
  if (!event.boot.ok) {
    const exit =
      event.boot.exitCode !== undefined && event.boot.exitCode !== null ? ` (exit code ${event.boot.exitCode})` : '';
    return c.red(
      `✖ The server did not boot after ${formatDuration(event.boot.ms)}: ${consoleText(event.boot.error ?? 'no handshake')}${exit}`,
    );
  }
  const server = event.server?.name
    ? `${consoleText(event.server.name, 80)}${event.server.version ? ` ${consoleText(event.server.version, 40)}` : ''}`
    : 'the server';
  const protocol = event.server?.protocolVersion ? `, protocol ${consoleText(event.server.protocolVersion, 20)}` : '';
  return `${c.green('✔')} Booted ${server} in ${formatDuration(event.boot.ms)}${protocol}`;
}

function flowLine(flow: FlowResult, c: Colors, paint: (status: Status, text: string) => string): string {
  const passed = flow.steps.filter((step) => step.status === 'pass').length;
  const head = `  ${paint(flow.status, SYMBOL[flow.status])} flow ${consoleText(flow.name, 80)} ${c.dim(`${passed}/${flow.steps.length} steps, ${formatDuration(flow.durationMs)}`)}`;
  if (flow.error !== undefined) return `${head} — could not be loaded: ${consoleText(flow.error)}`;
  const failure = flow.steps.find((step) => step.status === 'fail');
  if (!failure) return head;
  const line = failure.line !== undefined ? `${flow.file}:${failure.line}` : flow.file;
  return `${head} — ${consoleText(failure.id, 60)} (${consoleText(line, 120)}): ${consoleText(failure.message)}`;
}

function benchLine(bench: BenchResult, c: Colors): string {
  const { stats, comparison } = bench;
  const change = comparison
    ? ` ${comparison.regression ? c.red(`${formatChange(comparison.p95ChangePct, comparison.verdict)} p95 regression`) : c.dim(`${formatChange(comparison.p95ChangePct, comparison.verdict)} p95`)}`
    : '';
  const budgets = (bench.budgets ?? [])
    .filter((budget) => budget.status === 'fail')
    .map((budget) => c.red(` ✖ ${budget.name} ${budget.actual.toFixed(2)} > ${budget.limit}`))
    .join('');
  return (
    `  ${consoleText(bench.name, 60)} ${c.dim(`×${bench.concurrency}`)}  p50 ${formatLatency(stats.p50)}  p95 ${formatLatency(stats.p95)}` +
    `  p99 ${formatLatency(stats.p99)}  ${formatThroughput(stats.throughput)} ops/s${change}${budgets}`
  );
}

function cellText(counts: CellCounts | undefined): { text: string; status: Status | undefined } {
  if (!counts) return { text: '·', status: undefined };
  const fails = failTotal(counts);
  const parts = [
    fails > 0 ? `${SYMBOL.fail} ${fails}` : '',
    counts.warn > 0 ? `${SYMBOL.warn} ${counts.warn}` : '',
    counts.pass > 0 ? `${SYMBOL.pass} ${counts.pass}` : '',
    counts.skip > 0 ? `${SYMBOL.skip} ${counts.skip}` : '',
  ].filter(Boolean);
  const status: Status = fails > 0 ? 'fail' : counts.warn > 0 ? 'warn' : counts.pass > 0 ? 'pass' : 'skip';
  return { text: parts.join(' '), status };
}

/** The coverage matrix as aligned text: colour is applied after padding so escape codes do not skew columns. */
function matrixLines(result: RunResult, c: Colors): string[] {
  const { rows, columns, totals } = coverageMatrix(result.checks, false);
  if (rows.length === 0) return [];
  const showTransport = new Set(columns.map((column) => column.transport)).size > 1;
  const table = [
    {
      label: 'Section',
      cells: columns.map((column) => ({
        text: consoleText(columnLabel(column, showTransport), 40),
        status: undefined,
      })),
    },
    ...rows.map((row) => ({ label: row.section, cells: row.cells.map(cellText) })),
    { label: 'Total', cells: totals.map(cellText) },
  ];
  const labelWidth = Math.max(...table.map((row) => row.label.length)) + 2;
  const widths = columns.map((_, index) => Math.max(...table.map((row) => row.cells[index]?.text.length ?? 0)) + 2);
  const color = (status: Status | undefined, text: string): string =>
    status === 'fail'
      ? c.red(text)
      : status === 'warn'
        ? c.yellow(text)
        : status === 'pass'
          ? c.green(text)
          : c.dim(text);
  return table.map((row, rowIndex) => {
    const cells = row.cells.map((cell, index) => {
      const padded = cell.text.padEnd(widths[index] ?? 0);
      return rowIndex === 0 ? c.bold(padded) : color(cell.status, padded);
    });
    return `${rowIndex === 0 || rowIndex === table.length - 1 ? c.bold(row.label.padEnd(labelWidth)) : row.label.padEnd(labelWidth)}${cells.join('')}`.trimEnd();
  });
}

function verdictLine(result: RunResult, c: Colors): string {
  const verdict = verdictOf(result, false);
  const { pass, fail, warn, skip } = result.summary;
  const server = result.server.name
    ? `${consoleText(result.server.name, 80)}${result.server.version ? ` ${consoleText(result.server.version, 40)}` : ''} · `
    : '';
  const text =
    `${VERDICT_TEXT[verdict]}  ${server}${formatCount(pass)} passed · ${formatCount(fail)} failed · ` +
    `${formatCount(warn)} warnings · ${formatCount(skip)} not applicable · ${formatDuration(result.durationMs)}`;
  if (verdict === 'passed') return c.green(`✔ ${text}`);
  if (verdict === 'passed-with-warnings') return c.yellow(`⚠ ${text}`);
  return c.red(`✖ ${text}`);
}
