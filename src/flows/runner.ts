/**
 * Runs loaded flows against the server, one after another. Each flow run opens its own sessions (the default one,
 * plus those its steps name) and closes every one of them; setup runs first, a failure skips what follows, and
 * teardown always runs. Steps talk to the server only through `Connection`.
 */
import { performance } from 'node:perf_hooks';
import type { EmitEvent } from '../events.js';
import type { FlowResult, FlowStepResult, Status } from '../model.js';
import { ConnectionClosedError, RequestTimeoutError, type Connection } from '../wire/types.js';
import { judgeOutcome, type Failure } from './assertions.js';
import { combineRuns, flowStatus } from './combine.js';
import { executeAction, WaitTimeoutError } from './execute.js';
import { preview, trimForReport } from './format.js';
import { selectAll } from './json-path.js';
import type { StepOutcome } from './outcome.js';
import { RunState } from './run-state.js';
import { SessionPool, type FlowSession } from './session.js';
import { checkSnapshot, snapshotPath, snapshotValue } from './snapshots.js';
import { hasTemplate, resolveTemplates, TemplateError, type TemplateScope } from './template.js';
import {
  isParallel,
  type CaptureSource,
  type Expectation,
  type FlowNode,
  type FlowStep,
  type LoadedFlow,
  type StepAction,
} from './types.js';

export interface FlowRunDeps {
  connect: (options?: { label?: string }) => Promise<Connection>;
  emit: EmitEvent;
  /** Default per-request timeout; a flow's or step's `timeout-ms` overrides it. */
  timeoutMs: number;
  updateSnapshots: boolean;
  snapshotDir: string;
  env: NodeJS.ProcessEnv;
}

export async function runFlows(flows: readonly LoadedFlow[], deps: FlowRunDeps): Promise<FlowResult[]> {
  const results: FlowResult[] = [];
  for (const flow of flows) results.push(await runFlow(flow, deps));
  return results;
}

/** A step result whose message does not yet carry the step's title (repeats are folded first). */
type StepReport = FlowStepResult;

async function runFlow(flow: LoadedFlow, deps: FlowRunDeps): Promise<FlowResult> {
  deps.emit({ type: 'flow:start', file: flow.file, name: flow.name });
  const started = performance.now();
  const titles = new Map(allSteps(flow).map((step) => [step.id, step.title]));
  const finish = (report: StepReport): FlowStepResult => ({
    ...report,
    message: `${titles.get(report.id)}: ${report.message}`,
  });
  const emitStep = (step: FlowStepResult) => deps.emit({ type: 'flow:step', flow: flow.name, step });

  const runs: FlowRunOutcome[] = [];
  // Live progress only when each step reports once; repeated flows report the folded result at the end.
  const live = flow.repeat === 1 ? (report: StepReport) => emitStep(finish(report)) : undefined;
  for (let run = 0; run < flow.repeat; run++) runs.push(await new FlowRun(flow, deps, live).run());

  const [firstRun] = runs;
  const folded =
    runs.length === 1 && firstRun
      ? firstRun.steps
      : (firstRun?.steps ?? []).map((_, index) => combineRuns(runs.map((run) => run.steps[index] as StepReport)));
  const steps = folded.map(finish);
  if (!live) steps.forEach(emitStep);
  const error = runs.find((run) => run.error !== undefined)?.error;
  const result: FlowResult = {
    name: flow.name,
    file: flow.file,
    status: flowStatus(steps, error),
    durationMs: performance.now() - started,
    steps,
    ...(error !== undefined && { error }),
  };
  deps.emit({ type: 'flow:done', result });
  return result;
}

interface FlowRunOutcome {
  steps: StepReport[];
  /** Set when the flow could not start at all (no session). */
  error?: string;
}

/** One run of a flow: its own sessions, variables and step outcomes. */
class FlowRun {
  private readonly pool: SessionPool;
  private readonly state: RunState;
  private readonly reports: StepReport[] = [];

  constructor(
    private readonly flow: LoadedFlow,
    private readonly deps: FlowRunDeps,
    private readonly onStep: ((report: StepReport) => void) | undefined,
  ) {
    this.pool = new SessionPool(deps.connect, flow.name);
    this.state = new RunState(flow, deps.env);
  }

  async run(): Promise<FlowRunOutcome> {
    try {
      let session: FlowSession;
      try {
        session = await this.pool.get('default');
      } catch (error) {
        const message = `could not open a session: ${errorText(error)}`;
        this.skipAll(message);
        return { steps: this.reports, error: message };
      }
      const { transports } = this.flow;
      if (transports && !transports.includes(session.connection.transport)) {
        this.skipAll(
          `the flow runs over ${transports.join(' or ')}, and the server is reached over ${session.connection.transport}`,
        );
        return { steps: this.reports };
      }
      const unknownTools = await this.unknownTools(session);
      if (unknownTools) {
        this.reportUnknownTools(unknownTools);
        return { steps: this.reports };
      }
      const setupFailure = await this.runPhase(this.flow.setup, undefined, 'setup step');
      await this.runPhase(this.flow.steps, setupFailure, 'step');
      // Teardown always runs in full: each step cleans up on its own.
      for (const node of this.flow.teardown) await this.runNode(node);
      return { steps: this.reports };
    } finally {
      await this.pool.closeAll();
    }
  }

  /** Runs nodes in order until one fails; returns why the rest (and what follows) is skipped. */
  private async runPhase(nodes: FlowNode[], blocked: string | undefined, label: string): Promise<string | undefined> {
    let reason = blocked;
    for (const node of nodes) {
      if (reason !== undefined) {
        this.skip(node, reason);
        continue;
      }
      const failed = (await this.runNode(node)).find((report) => report.status === 'fail');
      if (failed) reason = `not run: ${label} '${failed.id}' failed`;
    }
    return reason;
  }

  private async runNode(node: FlowNode): Promise<StepReport[]> {
    const reports = isParallel(node)
      ? await Promise.all(node.steps.map((step) => this.runStep(step)))
      : [await this.runStep(node)];
    for (const report of reports) this.add(report);
    return reports;
  }

  private async runStep(step: FlowStep): Promise<StepReport> {
    const attempts: StepReport[] = [];
    let outcome: StepOutcome | undefined;
    let captured: Record<string, unknown> = {};
    for (let run = 0; run < step.repeat; run++) {
      const attempt = await this.attempt(step);
      attempts.push(attempt.report);
      outcome = attempt.outcome ?? outcome;
      if (attempt.report.status !== 'fail') captured = attempt.captured;
    }
    const report = attempts.length === 1 && attempts[0] ? attempts[0] : combineRuns(attempts);
    this.state.record(step.id, report.status, outcome, report.status === 'fail' ? {} : captured);
    return report;
  }

  private async attempt(
    step: FlowStep,
  ): Promise<{ report: StepReport; outcome?: StepOutcome; captured: Record<string, unknown> }> {
    let started = performance.now();
    const report = (status: Status, message: string, failure?: Failure): StepReport => ({
      id: step.id,
      kind: step.action.kind,
      status,
      message,
      durationMs: performance.now() - started,
      line: step.line,
      ...(failure?.expected !== undefined && { expected: trimForReport(failure.expected) }),
      ...(failure?.actual !== undefined && { actual: trimForReport(failure.actual) }),
    });
    const timeoutMs = step.timeoutMs ?? this.flow.timeoutMs ?? this.deps.timeoutMs;

    let action: StepAction;
    let expect: Expectation;
    let session: FlowSession;
    let outcome: StepOutcome;
    try {
      action = resolveTemplates(step.action, this.state) as StepAction;
      expect = resolveExpectation(step.expect, this.state);
      session = await this.pool.get(step.session);
      // Opening a session (over stdio: starting a process) is not the step's own time.
      started = performance.now();
      outcome = await executeAction(action, session, timeoutMs);
    } catch (error) {
      return { report: report('fail', stepErrorText(error, step)), captured: {} };
    }

    const failures = judgeOutcome(expect, outcome, action.kind);
    let snapshotNote: string | undefined;
    let snapshotWarns = false;
    if (failures.length === 0 && expect.snapshot && outcome.result) {
      const file = snapshotPath(this.deps.snapshotDir, this.flow.file, step.id);
      const verdict = await checkSnapshot(
        file,
        snapshotValue(outcome.result, expect.snapshot.redact),
        this.deps.updateSnapshots,
      );
      if (verdict.status === 'fail') failures.push(verdict);
      else snapshotNote = verdict.message;
      snapshotWarns = verdict.status === 'warn';
    }
    const captured: Record<string, unknown> = {};
    if (failures.length === 0) {
      for (const [name, source] of Object.entries(step.capture)) {
        const value = captureValue(source, outcome);
        if ('missing' in value) failures.push({ message: `capture ${name}: ${value.missing}` });
        else captured[name] = value.value;
      }
    }
    const [first] = failures;
    if (first)
      return {
        report: report('fail', failures.map((failure) => failure.message).join('\n'), first),
        outcome,
        captured,
      };
    const took = `ok in ${Math.round(outcome.durationMs)} ms`;
    const message = snapshotNote ? `${took}; ${snapshotNote}` : took;
    return { report: report(snapshotWarns ? 'warn' : 'pass', message), outcome, captured };
  }

  /** Call steps naming a tool (without templates) that the server does not list; undefined when all are listed. */
  private async unknownTools(session: FlowSession): Promise<{ steps: FlowStep[]; listed: string } | undefined> {
    const calls = allSteps(this.flow).filter((step) => step.action.kind === 'call' && !hasTemplate(step.action.tool));
    if (calls.length === 0) return undefined;
    let names: string[];
    let listed: string;
    try {
      const timeoutMs = this.flow.timeoutMs ?? this.deps.timeoutMs;
      const outcome = await executeAction({ kind: 'list', target: 'tools' }, session, timeoutMs);
      names = ((outcome.result?.tools as { name?: unknown }[] | undefined) ?? []).map((tool) => String(tool.name));
      listed = outcome.error ? `tools/list failed: ${outcome.error.message}` : `listed: ${names.join(', ') || 'none'}`;
    } catch (error) {
      names = [];
      listed = `tools/list failed: ${errorText(error)}`;
    }
    const missing = calls.filter((step) => step.action.kind === 'call' && !names.includes(step.action.tool));
    return missing.length === 0 ? undefined : { steps: missing, listed };
  }

  private reportUnknownTools({ steps, listed }: { steps: FlowStep[]; listed: string }): void {
    for (const step of allSteps(this.flow)) {
      if (steps.includes(step) && step.action.kind === 'call') {
        this.add({
          id: step.id,
          kind: step.action.kind,
          status: 'fail',
          message: `${this.flow.file}:${step.line}:${step.column}: the server does not list tool '${step.action.tool}' (${listed}); the flow did not run`,
          durationMs: 0,
          line: step.line,
        });
      } else {
        this.add(skipped(step, 'not run: the flow names a tool the server does not list'));
      }
    }
  }

  private skipAll(reason: string): void {
    for (const node of [...this.flow.setup, ...this.flow.steps, ...this.flow.teardown]) this.skip(node, reason);
  }

  private skip(node: FlowNode, reason: string): void {
    for (const step of isParallel(node) ? node.steps : [node]) {
      this.state.record(step.id, 'skip', undefined, {});
      this.add(skipped(step, reason));
    }
  }

  private add(report: StepReport): void {
    this.reports.push(report);
    this.onStep?.(report);
  }
}

function captureValue(source: CaptureSource, outcome: StepOutcome): { value: unknown } | { missing: string } {
  const found = source.path === undefined ? [outcome.text] : selectAll(outcome.result ?? {}, source.path);
  const where = source.path ?? 'the text';
  if (found.length === 0) return { missing: `${where} selects nothing in the result` };
  const value = found.length === 1 ? found[0] : found;
  if (!source.matches) return { value };
  if (typeof value !== 'string')
    return { missing: `${where} is ${preview(value)}, not text to match ${String(source.matches)}` };
  const match = source.matches.exec(value);
  if (!match) return { missing: `${where} ${preview(value)} does not match ${String(source.matches)}` };
  return { value: match[1] ?? match[0] };
}

function skipped(step: FlowStep, reason: string): StepReport {
  return { id: step.id, kind: step.action.kind, status: 'skip', message: reason, durationMs: 0, line: step.line };
}

function allSteps(flow: LoadedFlow): FlowStep[] {
  return [...flow.setup, ...flow.steps, ...flow.teardown].flatMap((node) => (isParallel(node) ? node.steps : [node]));
}

/** Expected values may use templates too; regexes, schemas and JSONPaths were compiled at load. */
function resolveExpectation(expect: Expectation, scope: TemplateScope): Expectation {
  const resolve = (value: unknown) => resolveTemplates(value, scope);
  const asText = (value: unknown) => (value === undefined ? undefined : String(resolve(value)));
  return {
    ...expect,
    error: resolve(expect.error) as Expectation['error'],
    text: expect.text && { ...expect.text, equals: asText(expect.text.equals), contains: asText(expect.text.contains) },
    structured: resolve(expect.structured),
    paths: expect.paths.map((assertion) => ({
      ...assertion,
      equals: resolve(assertion.equals),
      notEquals: resolve(assertion.notEquals),
      length: resolve(assertion.length),
      greaterThan: resolve(assertion.greaterThan),
      lessThan: resolve(assertion.lessThan),
      atLeast: resolve(assertion.atLeast),
      atMost: resolve(assertion.atMost),
      contains: resolve(assertion.contains),
    })),
    notifications: expect.notifications.map((item) => ({ ...item, match: resolve(item.match) as typeof item.match })),
  };
}

function stepErrorText(error: unknown, step: FlowStep): string {
  if (error instanceof RequestTimeoutError) return `timed out: ${error.message} (timeout-ms)`;
  if (error instanceof TemplateError || error instanceof WaitTimeoutError || error instanceof ConnectionClosedError) {
    return error.message;
  }
  return `${step.session === 'default' ? '' : `session '${step.session}': `}${errorText(error)}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
