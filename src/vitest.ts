/**
 * `mcp-ci/vitest`: matchers for vitest and jest (`expect.extend(matchers)` in either). Each runs a suite through the
 * library API and, when it fails, lists every broken rule with its spec sentence, link and evidence, as the PR
 * comment does. Everything in a message comes from the server, so it is neutralised like console output.
 */
import {
  listTools,
  runConformance,
  runFlows,
  type ApiOptions,
  type CheckResult,
  type ConformanceOptions,
  type FlowInput,
  type FlowResult,
  type RunResult,
  type StartedTarget,
  type TargetSpec,
} from './api.js';
import { consoleSafe } from './report/escape.js';
// The module the declaration below adds the matchers to: a type-only import keeps it out of the bundle.
import type {} from 'vitest';
import { formatJson } from './report/format.js';

/** Options of `toPassConformance`: the API's, and `strict` to fail on warnings (SHOULD rules) too. */
export interface ConformanceMatcherOptions extends ConformanceOptions {
  strict?: boolean;
}

export interface McpCiMatchers<R = unknown> {
  /** Runs the conformance suite; fails listing each broken rule (and each warning under `strict`). */
  toPassConformance(options?: ConformanceMatcherOptions): Promise<R>;
  /** Runs flow files, globs or flow objects; fails listing each failed step. */
  toPassFlow(flows: FlowInput | readonly FlowInput[], options?: ApiOptions): Promise<R>;
  /** Passes when the server lists a tool of this name. */
  toHaveTool(name: string, options?: ApiOptions): Promise<R>;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any -- merges the matchers into vitest's own interface, whose parameter defaults to any
  interface Assertion<T = any> extends McpCiMatchers<T> {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- jest declares its matchers in this global namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges the matchers into jest's interface
    interface Matchers<R> extends McpCiMatchers<R> {}
  }
}

/** What vitest and jest both hand a matcher as `this`. */
interface MatcherContext {
  isNot?: boolean;
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

/** Evidence past this length is cut: a failure message is read in a terminal. */
const MAX_EVIDENCE_CHARS = 1_200;

export const matchers = {
  async toPassConformance(
    this: MatcherContext,
    received: unknown,
    options: ConformanceMatcherOptions = {},
  ): Promise<MatcherResult> {
    const { strict, ...apiOptions } = options;
    const settings = { ...apiOptions.settings, ...(strict !== undefined && { strict }) };
    const result = await runConformance(asTarget(received), { ...apiOptions, settings });
    const broken = result.checks.filter((check) => check.status === 'fail' || (strict && check.status === 'warn'));
    const pass = result.outcome === 'passed';
    return {
      pass,
      message: () =>
        pass
          ? `expected the server not to pass conformance, but it passed (${counts(result)})`
          : [
              `expected the server to pass conformance: ${problem(result) ?? `${broken.length} rule(s) broken (${counts(result)})`}`,
              ...broken.map(describeCheck),
            ].join('\n\n'),
    };
  },

  async toPassFlow(
    this: MatcherContext,
    received: unknown,
    flows: FlowInput | readonly FlowInput[],
    options: ApiOptions = {},
  ): Promise<MatcherResult> {
    const result = await runFlows(asTarget(received), flows, options);
    const failed = result.flows.filter((flow) => flow.status === 'fail');
    const pass = result.outcome === 'passed';
    return {
      pass,
      message: () =>
        pass
          ? `expected the flows not to pass, but ${result.flows.map((flow) => flow.name).join(', ')} passed`
          : [
              `expected the flows to pass: ${problem(result) ?? `${failed.length} flow(s) failed`}`,
              ...failed.map(describeFlow),
            ].join('\n\n'),
    };
  },

  async toHaveTool(this: MatcherContext, received: unknown, name: string, options: ApiOptions = {}) {
    const tools = await listTools(asTarget(received), options);
    const names = tools.map((tool) => String(tool.name));
    const pass = names.includes(name);
    return {
      pass,
      message: () =>
        safe(
          pass
            ? `expected the server not to list the tool "${name}", but it does`
            : `expected the server to list the tool "${name}"; it lists ${names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'no tools'}`,
        ),
    };
  },
};

function asTarget(received: unknown): TargetSpec | StartedTarget {
  if (typeof received === 'function') return { server: received as () => never };
  if (typeof received === 'object' && received !== null) return received as TargetSpec | StartedTarget;
  throw new TypeError(
    'expect(target): pass a server factory (() => new McpServer(...)), { stdio: "command" }, { url: "http://..." } or a target from startTarget()',
  );
}

/** Why the run ended without judging everything: the server did not boot, or mcp-ci failed. */
function problem(result: RunResult): string | undefined {
  if (result.outcome === 'boot-error') {
    const tail = result.boot.stderrTail ? `\nserver stderr:\n${result.boot.stderrTail}` : '';
    return safe(`the server did not boot: ${result.boot.error ?? 'unknown error'}${tail}`);
  }
  if (result.outcome === 'config-error' || result.outcome === 'internal-error')
    return safe(`${result.outcome}: ${result.error ?? ''}`);
  return undefined;
}

const counts = (result: RunResult) =>
  `${result.summary.pass} passed, ${result.summary.fail} failed, ${result.summary.warn} warned, ${result.summary.skip} skipped`;

/** One broken rule as the PR comment shows it: id, level and version, what happened, the rule, the link, evidence. */
function describeCheck(check: CheckResult): string {
  const lines = [
    `${check.status === 'fail' ? '✖' : '⚠'} ${check.id} (${check.level}, ${check.protocolVersion}): ${check.message}`,
    ...(check.rule ? [`  rule: "${check.rule}"`] : []),
    `  spec: ${check.spec.url}`,
  ];
  const evidence = check.evidence;
  if (evidence?.note) lines.push(`  note: ${evidence.note}`);
  if (evidence?.sent !== undefined) lines.push(`  sent: ${excerpt(evidence.sent)}`);
  if (evidence?.received !== undefined) lines.push(`  received: ${excerpt(evidence.received)}`);
  return safe(lines.join('\n'));
}

function describeFlow(flow: FlowResult): string {
  const lines = [`✖ ${flow.name} (${flow.file})`];
  if (flow.error) lines.push(...flow.error.split('\n').map((line) => `  ${line}`));
  for (const step of flow.steps.filter((s) => s.status === 'fail')) {
    // The step's message already shows what was expected against what came back.
    lines.push(`  ✖ ${step.id}${step.line ? ` (line ${step.line})` : ''}: ${step.message}`);
  }
  return safe(lines.join('\n'));
}

function excerpt(value: unknown): string {
  const text = formatJson(value).replace(/\n/g, '\n    ');
  return text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}… (${text.length} chars)` : text;
}

/** Server text in a terminal: no escape sequences, no workflow commands. */
const safe = (text: string) => consoleSafe(text);
