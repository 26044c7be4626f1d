/**
 * JUnit XML in the Jenkins shape most CI viewers read: one testsuite per conformance section, one per flow file
 * (a testcase per step) and one for benchmarks (a testcase per budget and per baseline comparison).
 * fail -> <failure>, skip -> <skipped message>, warn -> a passing testcase with the warning in system-out,
 * or a failure under strict.
 */
import junitModule from 'junit-report-builder';
import type { Builder, TestCase, TestSuite } from 'junit-report-builder';
import { SECTIONS } from '../model.js';
import type { BenchResult, CheckResult, Evidence, FlowResult, FlowStepResult, RunResult, Status } from '../model.js';
import { oneLine, truncate, xmlCdata, xmlText } from './escape.js';
import { formatJson, formatLatency, formatSeconds } from './format.js';
import { effectiveStatus } from './tally.js';
import { budgetKey, checkKey, stepKey } from '../history/item-keys.js';

export interface JunitOptions {
  strict: boolean;
}

// The package's types declare an ES default export, but it is CommonJS and module.exports is the builder itself.
const junitReportBuilder = junitModule as unknown as Builder;

/** Enough evidence to act on in a CI test viewer without making the file heavy. */
const EVIDENCE_CHARS = 2_000;
const MESSAGE_CHARS = 500;

/**
 * A flaky item keeps its status (the gate's policy decides what it costs) and gains a `flaky` property, which
 * JUnit viewers that read testcase properties show, plus a line in its output for those that do not.
 */
function flakyMarker(result: RunResult): (testCase: TestCase, key: string) => string | undefined {
  const flaky = new Map((result.comparison?.flaky ?? []).map((item) => [item.key, item]));
  return (testCase, key) => {
    const item = flaky.get(key);
    if (!item) return undefined;
    testCase.property('flaky', 'true');
    const history = item.history.map((point) => point.status).join(', ');
    return `Flaky (${item.reason === 'same-commit' ? 'differs on the same commit' : 'failed again after a fix'}): ${history}`;
  };
}

export function renderJunit(result: RunResult, options: JunitOptions): string {
  const builder = newJunitBuilder(`mcp-ci ${result.server.name ?? ''}`.trim());
  addRunSuites(builder, result, options.strict);
  return builder.build();
}

export function newJunitBuilder(name: string): Builder {
  return junitReportBuilder.newBuilder().name(xmlText(name));
}

/**
 * Adds a run's suites to a report. `leg` (a job matrix leg) prefixes every suite and class name, so the legs of a
 * merged report stay apart in one file.
 */
export function addRunSuites(builder: Builder, result: RunResult, strict: boolean, leg?: string): void {
  const prefix = leg === undefined ? '' : `${leg}/`;
  const markFlaky = flakyMarker(result);
  for (const section of SECTIONS) {
    const checks = result.checks.filter((check) => check.section === section);
    if (checks.length > 0)
      addCheckSuite(builder.testSuite(), section, checks, result.startedAt, strict, prefix, markFlaky);
  }
  for (const flow of result.flows) addFlowSuite(builder.testSuite(), flow, result.startedAt, strict, prefix, markFlaky);
  if (result.bench.length > 0)
    addBenchSuite(builder.testSuite(), result.bench, result.startedAt, strict, prefix, markFlaky);
}

function suite(testSuite: TestSuite, name: string, durationMs: number, startedAt: string): void {
  testSuite.name(xmlText(name)).time(formatSeconds(durationMs)).timestamp(startedAt);
}

function addCheckSuite(
  testSuite: TestSuite,
  section: string,
  checks: CheckResult[],
  startedAt: string,
  strict: boolean,
  prefix: string,
  markFlaky: ReturnType<typeof flakyMarker>,
): void {
  suite(
    testSuite,
    `${prefix}conformance.${section}`,
    checks.reduce((sum, check) => sum + check.durationMs, 0),
    startedAt,
  );
  for (const check of checks) {
    const testCase = testSuite
      .testCase()
      .className(xmlText(`${prefix}${section}`))
      .name(xmlText(`${check.id} [${check.protocolVersion}, ${check.transport}]: ${oneLine(check.title)}`))
      .time(formatSeconds(check.durationMs));
    const details = [
      check.rule ? `Rule (${check.level}): ${check.rule}` : undefined,
      `${check.level} · spec ${check.spec.version}: ${check.spec.url}`,
      check.requirements.length > 0 ? `Requirements: ${check.requirements.join(', ')}` : undefined,
      check.evidence ? evidenceText(check.evidence) : undefined,
      markFlaky(testCase, checkKey(check.id, check.protocolVersion)),
    ];
    applyStatus(testCase, check.status, check.message, details, strict, check.level);
  }
}

function addFlowSuite(
  testSuite: TestSuite,
  flow: FlowResult,
  startedAt: string,
  strict: boolean,
  prefix: string,
  markFlaky: ReturnType<typeof flakyMarker>,
): void {
  suite(testSuite, `${prefix}flow.${flow.file}`, flow.durationMs, startedAt);
  const className = `${prefix}flow.${flow.name}`;
  if (flow.error !== undefined) {
    testSuite
      .testCase()
      .className(xmlText(className))
      .name(xmlText(`${flow.file}: load`))
      .failure(xmlText(oneLine(`could not be loaded: ${flow.error}`, MESSAGE_CHARS)), 'flow');
    return;
  }
  for (const step of flow.steps) {
    const testCase = testSuite
      .testCase()
      .className(xmlText(className))
      .name(xmlText(`${step.id} [${step.kind}]`))
      .time(formatSeconds(step.durationMs));
    const details = [...stepDetails(flow, step), markFlaky(testCase, stepKey(flow.name, step.id))];
    applyStatus(testCase, step.status, step.message, details, strict, 'flow');
  }
}

function stepDetails(flow: FlowResult, step: FlowStepResult): (string | undefined)[] {
  return [
    step.line !== undefined ? `At ${flow.file}:${step.line}` : `In ${flow.file}`,
    step.repeats
      ? `Passed ${step.repeats.passed} of ${step.repeats.total} runs${step.flaky ? ' (flaky)' : ''}`
      : undefined,
    step.expected !== undefined ? `Expected:\n${truncate(formatJson(step.expected), EVIDENCE_CHARS)}` : undefined,
    step.actual !== undefined ? `Actual:\n${truncate(formatJson(step.actual), EVIDENCE_CHARS)}` : undefined,
  ];
}

function addBenchSuite(
  testSuite: TestSuite,
  bench: BenchResult[],
  startedAt: string,
  strict: boolean,
  prefix: string,
  markFlaky: ReturnType<typeof flakyMarker>,
): void {
  const className = xmlText(`${prefix}benchmarks`);
  suite(
    testSuite,
    `${prefix}benchmarks`,
    bench.reduce((sum, result) => sum + result.samples.reduce((total, sample) => total + sample, 0), 0),
    startedAt,
  );
  for (const result of bench) {
    const operation = `${result.name} [concurrency ${result.concurrency}]`;
    for (const budget of result.budgets ?? []) {
      const testCase = testSuite
        .testCase()
        .className(className)
        .name(xmlText(`${operation}: ${budget.name} ${budget.limit}`));
      applyStatus(
        testCase,
        budget.status,
        `${budget.name}: measured ${budget.actual.toFixed(2)}, limit ${budget.limit}`,
        [statsLine(result), markFlaky(testCase, budgetKey(result.name, result.concurrency, budget.name))],
        strict,
        'budget',
      );
    }
    if (result.comparison) {
      const { comparison } = result;
      const change =
        `p50 ${formatLatency(comparison.baselineP50)} -> ${formatLatency(result.stats.p50)} (${comparison.p50ChangePct.toFixed(1)}%), ` +
        `p95 ${formatLatency(comparison.baselineP95)} -> ${formatLatency(result.stats.p95)} (${comparison.p95ChangePct.toFixed(1)}%)` +
        (comparison.pValue !== undefined ? `, p = ${comparison.pValue.toPrecision(2)}` : '');
      const testCase = testSuite
        .testCase()
        .className(className)
        .name(xmlText(`${operation}: vs baseline`));
      if (comparison.regression) testCase.failure(xmlText(`regression: ${change}`), 'regression');
      else testCase.standardOutput(xmlCdata(`${comparison.verdict}: ${change}`));
    }
  }
}

function statsLine(result: BenchResult): string {
  const { stats } = result;
  return (
    `p50 ${formatLatency(stats.p50)}, p95 ${formatLatency(stats.p95)}, p99 ${formatLatency(stats.p99)}, ` +
    `${stats.throughput.toFixed(1)} ops/s over ${stats.count} calls (${stats.errors} errors)`
  );
}

function evidenceText(evidence: Evidence): string {
  const parts = ['Evidence:'];
  if (evidence.note) parts.push(`note: ${evidence.note}`);
  if (evidence.sent !== undefined) parts.push(`sent: ${formatJson(evidence.sent)}`);
  if (evidence.received !== undefined) parts.push(`received: ${formatJson(evidence.received)}`);
  return truncate(parts.join('\n'), EVIDENCE_CHARS);
}

/**
 * `type` names what broke (the rule's level, `flow` or `budget`); the failure body repeats the message and adds
 * the details, because most viewers show the body and not the attribute.
 */
function applyStatus(
  testCase: TestCase,
  status: Status,
  message: string,
  details: (string | undefined)[],
  strict: boolean,
  type: string,
): void {
  const line = oneLine(message, MESSAGE_CHARS);
  const body = xmlCdata(
    [truncate(message, EVIDENCE_CHARS), ...details].filter((part) => part !== undefined).join('\n'),
  );
  switch (effectiveStatus(status, strict)) {
    case 'pass':
      return;
    case 'fail':
      testCase.failure(xmlText(line), status === 'warn' ? `${type} (warning, failing under strict)` : type);
      testCase.stacktrace(body);
      return;
    case 'skip':
      skipWithReason(testCase, xmlText(line));
      return;
    case 'warn':
      testCase.standardOutput(`warning: ${body}`);
      return;
  }
}

/**
 * junit-report-builder writes a bare <skipped/>; CI viewers show the skip reason from its `message`
 * attribute, so it is added to the element the builder creates.
 */
function skipWithReason(testCase: TestCase, reason: string): void {
  testCase.skipped();
  const build = testCase.build.bind(testCase);
  testCase.build = (parent) => {
    const element = build(parent);
    for (const child of element.children) {
      if ('name' in child && child.name === 'skipped' && 'att' in child) child.att('message', reason);
    }
    return element;
  };
}
