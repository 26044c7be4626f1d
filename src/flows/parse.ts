/**
 * Turns the text of one flow file into a LoadedFlow, or into errors with line and column. Everything that can be
 * known before the server is reached is checked here: the schema, step ids, references to steps and variables,
 * JSONPaths, regular expressions and JSON Schemas in assertions.
 */
import { posix } from 'node:path';
import type { TransportKind } from '../model.js';
import { describe, validateFlowDocument } from './flow-schema.js';
import { jsonPathProblem } from './json-path.js';
import { parseTemplate, TemplateError, type Reference } from './template.js';
import {
  STEP_KINDS,
  type CaptureSource,
  type Expectation,
  type FlowLoadError,
  type FlowNode,
  type FlowStep,
  type ListTarget,
  type LoadedFlow,
  type PathAssertion,
  type SourcePosition,
  type StepAction,
  type StepKind,
  type TextExpectation,
} from './types.js';
import { compileUserSchema } from './user-schema.js';
import { parseYamlSource, type DocPath, type YamlSource } from './yaml-source.js';

type Raw = Record<string, unknown>;

export function parseFlowSource(text: string, file: string): { flow?: LoadedFlow; errors: FlowLoadError[] } {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) return { errors: parsed.errors.map((error) => ({ file, ...error })) };
  const { source } = parsed;
  const problems = validateFlowDocument(source.value);
  if (problems.length > 0) {
    const errors = problems.map((problem) => ({
      file,
      ...source.positionOf(problem.path, { key: problem.atKey }),
      message: problem.message,
    }));
    return { errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const builder = new FlowBuilder(source, file);
  const flow = builder.build(source.value as Raw);
  return builder.errors.length > 0 ? { errors: builder.errors } : { flow, errors: [] };
}

/** What a step may refer to: named steps and variables defined before it. */
interface Known {
  steps: Set<string>;
  vars: Set<string>;
}

/** Step keys whose values are not interpolated (`expect` is walked on its own). */
const STEP_KEYS_NOT_INTERPOLATED = new Set(['id', 'name', 'session', 'capture', 'expect', 'repeat', 'timeout-ms']);
/** Assertions compiled when the file loads instead of interpolated when the step runs. */
const ASSERTIONS_NOT_INTERPOLATED = new Set(['schema', 'snapshot', 'max-ms']);

class FlowBuilder {
  readonly errors: FlowLoadError[] = [];
  private readonly stepLines = new Map<string, number>();
  private readonly laterIds = new Set<string>();

  constructor(
    private readonly source: YamlSource,
    private readonly file: string,
  ) {}

  build(raw: Raw): LoadedFlow {
    const vars = (raw.vars as Raw | undefined) ?? {};
    // Variables may use the environment only: they are read before any step runs.
    this.checkTemplates(vars, ['vars'], { steps: new Set(), vars: new Set() });
    const known: Known = { steps: new Set(), vars: new Set(Object.keys(vars)) };
    this.collectIds(raw);
    const transport = raw.transport as TransportKind | TransportKind[] | undefined;
    return {
      name: (raw.name as string | undefined) ?? posix.basename(this.file).replace(/\.ya?ml$/, ''),
      file: this.file,
      description: raw.description as string | undefined,
      vars,
      timeoutMs: raw['timeout-ms'] as number | undefined,
      repeat: (raw.repeat as number | undefined) ?? 1,
      transports: transport === undefined ? undefined : Array.isArray(transport) ? transport : [transport],
      setup: this.buildList(raw.setup, 'setup', known),
      steps: this.buildList(raw.steps, 'steps', known),
      teardown: this.buildList(raw.teardown, 'teardown', known),
    };
  }

  private error(path: DocPath, message: string, options?: { key?: boolean }): void {
    this.errors.push({ file: this.file, ...this.source.positionOf(path, options), message });
  }

  private position(path: DocPath): SourcePosition {
    return this.source.positionOf(path);
  }

  /** Every user id in the file, so a reference to a step that runs later is told apart from a typo. */
  private collectIds(raw: Raw): void {
    for (const list of ['setup', 'steps', 'teardown']) {
      for (const [index, node] of ((raw[list] as Raw[] | undefined) ?? []).entries()) {
        const steps = Array.isArray(node.parallel) ? (node.parallel as Raw[]) : [node];
        for (const [inner, step] of steps.entries()) {
          if (typeof step.id !== 'string') continue;
          const path = Array.isArray(node.parallel) ? [list, index, 'parallel', inner, 'id'] : [list, index, 'id'];
          const line = this.stepLines.get(step.id);
          if (line !== undefined) this.error(path, `step id '${step.id}' is already used at line ${line}`);
          else this.stepLines.set(step.id, this.position(path).line);
          this.laterIds.add(step.id);
        }
      }
    }
  }

  private buildList(list: unknown, name: string, known: Known): FlowNode[] {
    return ((list as Raw[] | undefined) ?? []).map((node, index) => {
      const path = [name, index];
      if (!Array.isArray(node.parallel)) {
        const step = this.buildStep(node, path, `${name}-${index + 1}`, known);
        this.learn(step, known);
        return step;
      }
      // Siblings run at the same time, so none may use another's values.
      const before: Known = { steps: new Set(known.steps), vars: new Set(known.vars) };
      const steps = (node.parallel as Raw[]).map((inner, innerIndex) =>
        this.buildStep(inner, [...path, 'parallel', innerIndex], `${name}-${index + 1}.${innerIndex + 1}`, before),
      );
      for (const step of steps) this.learn(step, known);
      return { kind: 'parallel' as const, steps, ...this.position(path) };
    });
  }

  private learn(step: FlowStep, known: Known): void {
    if (step.named) known.steps.add(step.id);
    for (const name of Object.keys(step.capture)) known.vars.add(name);
  }

  private buildStep(raw: Raw, path: DocPath, placeId: string, known: Known): FlowStep {
    const kind = STEP_KINDS.find((candidate) => candidate in raw) as StepKind;
    this.checkStepTemplates(raw, path, known);
    const capture = this.buildCapture((raw.capture as Raw | undefined) ?? {}, [...path, 'capture']);
    const action = this.buildAction(kind, raw, path);
    const id = raw.id as string | undefined;
    return {
      id: id ?? placeId,
      named: id !== undefined,
      title: (raw.name as string | undefined) ?? summarize(action),
      action,
      session: (raw.session as string | undefined) ?? 'default',
      timeoutMs: raw['timeout-ms'] as number | undefined,
      repeat: (raw.repeat as number | undefined) ?? 1,
      expect: this.buildExpectation((raw.expect as Raw | undefined) ?? {}, [...path, 'expect'], kind, id !== undefined),
      capture,
      ...this.position(path),
    };
  }

  private buildCapture(raw: Raw, path: DocPath): Record<string, CaptureSource> {
    const capture: Record<string, CaptureSource> = {};
    for (const [name, source] of Object.entries(raw)) {
      if (typeof source === 'string') {
        this.checkJsonPath(source, [...path, name]);
        capture[name] = { path: source };
        continue;
      }
      const { matches, path: jsonPath } = source as { matches: string; path?: string };
      if (jsonPath !== undefined) this.checkJsonPath(jsonPath, [...path, name, 'path']);
      const regExp = this.compileRegExp(matches, [...path, name, 'matches']);
      if (regExp) capture[name] = { path: jsonPath, matches: regExp };
    }
    return capture;
  }

  private buildAction(kind: StepKind, raw: Raw, path: DocPath): StepAction {
    const value = raw[kind];
    switch (kind) {
      case 'call':
        return { kind, tool: value as string, arguments: (raw.arguments as Raw | undefined) ?? {} };
      case 'prompt':
        return { kind, prompt: value as string, arguments: (raw.arguments as Raw | undefined) ?? {} };
      case 'read':
      case 'subscribe':
      case 'unsubscribe':
        return { kind, uri: value as string };
      case 'list':
        return { kind, target: value as ListTarget };
      case 'complete': {
        const request = value as { prompt?: string; resource?: string; argument: string; value: string; context?: Raw };
        if ((request.prompt === undefined) === (request.resource === undefined)) {
          this.error(
            [...path, kind],
            'complete needs exactly one of prompt (a prompt name) or resource (a template URI)',
          );
        }
        return {
          kind,
          ref:
            request.prompt !== undefined
              ? { type: 'ref/prompt', name: request.prompt }
              : { type: 'ref/resource', uri: request.resource ?? '' },
          argument: request.argument,
          value: request.value,
          context: request.context as Record<string, string> | undefined,
        };
      }
      case 'ping':
        return { kind };
      case 'log-level':
        return { kind, level: value as string };
      case 'request':
        return { kind, method: value as string, params: raw.params as Raw | undefined };
      case 'wait-for':
        return { kind, notification: value as string, match: raw.match as Raw | undefined };
      case 'sleep':
        return { kind, ms: value as number };
    }
  }

  private buildExpectation(raw: Raw, path: DocPath, kind: StepKind, named: boolean): Expectation {
    if (raw.structured !== undefined && kind !== 'call') {
      this.error(
        [...path, 'structured'],
        `'structured' applies to call steps (structuredContent); use 'path' on a ${kind} step`,
        {
          key: true,
        },
      );
    }
    const snapshot = raw.snapshot as boolean | { redact?: string[] } | undefined;
    if (snapshot && !named) {
      this.error([...path, 'snapshot'], "a snapshot step needs an 'id:', which names its snapshot file", { key: true });
    }
    const redact = typeof snapshot === 'object' ? (snapshot.redact ?? []) : [];
    redact.forEach((jsonPath, index) => this.checkJsonPath(jsonPath, [...path, 'snapshot', 'redact', index]));
    const notifications = (raw.notifications as Raw[] | undefined) ?? [];
    return {
      error: raw.error as Expectation['error'],
      text: this.buildText(raw.text, [...path, 'text']),
      structured: raw.structured,
      paths: ((raw.path as Raw[] | undefined) ?? []).map((item, index) =>
        this.buildPath(item, [...path, 'path', index]),
      ),
      schema: raw.schema === undefined ? undefined : this.compileSchema(raw.schema, [...path, 'schema']),
      snapshot: snapshot ? { redact } : undefined,
      maxMs: raw['max-ms'] as number | undefined,
      notifications: notifications.map((item) => ({
        notification: item.notification as string,
        match: item.match as Raw | undefined,
        atLeast: (item['at-least'] as number | undefined) ?? 1,
      })),
    };
  }

  private buildText(raw: unknown, path: DocPath): TextExpectation | undefined {
    if (raw === undefined) return undefined;
    if (typeof raw === 'string') return { equals: raw };
    const text = raw as { equals?: string; contains?: string; matches?: string };
    return {
      equals: text.equals,
      contains: text.contains,
      matches: text.matches === undefined ? undefined : this.compileRegExp(text.matches, [...path, 'matches']),
    };
  }

  private buildPath(raw: Raw, path: DocPath): PathAssertion {
    const jsonPath = raw.path as string;
    this.checkJsonPath(jsonPath, [...path, 'path']);
    return {
      path: jsonPath,
      equals: raw.equals,
      notEquals: raw['not-equals'],
      exists: raw.exists as boolean | undefined,
      length: raw.length,
      greaterThan: raw['greater-than'],
      lessThan: raw['less-than'],
      atLeast: raw['at-least'],
      atMost: raw['at-most'],
      contains: raw.contains,
      matches: typeof raw.matches === 'string' ? this.compileRegExp(raw.matches, [...path, 'matches']) : undefined,
      type: raw.type as PathAssertion['type'],
      ...this.position(path),
    };
  }

  private compileSchema(schema: unknown, path: DocPath): Expectation['schema'] {
    try {
      return compileUserSchema(schema);
    } catch (error) {
      this.error(path, `the schema does not compile: ${(error as Error).message}`);
      return undefined;
    }
  }

  private compileRegExp(source: string, path: DocPath): RegExp | undefined {
    const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(source);
    try {
      return literal ? new RegExp(literal[1] ?? '', literal[2]) : new RegExp(source);
    } catch (error) {
      this.error(
        path,
        `${(error as Error).message}; write a JavaScript regular expression, optionally as /pattern/flags`,
      );
      return undefined;
    }
  }

  private checkJsonPath(jsonPath: string, path: DocPath): void {
    const problem = jsonPathProblem(jsonPath);
    if (problem) this.error(path, `${problem}; write e.g. $.structuredContent.id or $.tools[0].name`);
  }

  /** Checks exactly the values the runner interpolates: the action and the expected values, not regexes or schemas. */
  private checkStepTemplates(raw: Raw, path: DocPath, known: Known): void {
    for (const [key, value] of Object.entries(raw)) {
      if (!STEP_KEYS_NOT_INTERPOLATED.has(key)) this.checkTemplates(value, [...path, key], known);
    }
    const expect = (raw.expect as Raw | undefined) ?? {};
    for (const [key, value] of Object.entries(expect)) {
      const at = [...path, 'expect', key];
      if (ASSERTIONS_NOT_INTERPOLATED.has(key)) continue;
      if (key === 'text' && typeof value === 'object') {
        this.checkTemplates(withoutKeys(value as Raw, ['matches']), at, known);
      } else if (key === 'path') {
        (value as Raw[]).forEach((item, index) =>
          this.checkTemplates(withoutKeys(item, ['path', 'matches']), [...at, index], known),
        );
      } else {
        this.checkTemplates(value, at, known);
      }
    }
  }

  /** Parses every `{{ }}` under `value` and checks that each reference names something defined before it. */
  private checkTemplates(value: unknown, path: DocPath, known: Known): void {
    if (typeof value === 'string') {
      try {
        for (const part of parseTemplate(value)) {
          if (typeof part !== 'string' && part.type === 'reference')
            this.checkReference(part.reference, part.source, path, known);
        }
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        this.error(path, error.message);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => this.checkTemplates(item, [...path, index], known));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) this.checkTemplates(item, [...path, key], known);
    }
  }

  private checkReference(reference: Reference, source: string, path: DocPath, known: Known): void {
    const where = describe(path);
    if (reference.root === 'steps' && !known.steps.has(reference.name)) {
      const reason = this.laterIds.has(reference.name)
        ? `step '${reference.name}' has not run yet at this point (a step can use only named steps before it, not parallel siblings)`
        : `there is no step with id '${reference.name}'${listed(' named steps before it', known.steps)}`;
      this.error(path, `{{ ${source} }} in ${where}: ${reason}`);
    }
    if (reference.root === 'vars' && !known.vars.has(reference.name)) {
      this.error(
        path,
        `{{ ${source} }} in ${where}: undefined variable '${reference.name}'; define it under vars: or capture it in an earlier step${listed(' defined', known.vars)}`,
      );
    }
  }
}

function withoutKeys(raw: Raw, keys: string[]): Raw {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !keys.includes(key)));
}

function listed(label: string, names: Set<string>): string {
  return names.size === 0 ? '' : ` (${label.trim()}: ${[...names].join(', ')})`;
}

function summarize(action: StepAction): string {
  switch (action.kind) {
    case 'call':
      return `call ${action.tool}`;
    case 'prompt':
      return `prompt ${action.prompt}`;
    case 'read':
    case 'subscribe':
    case 'unsubscribe':
      return `${action.kind} ${action.uri}`;
    case 'list':
      return `list ${action.target}`;
    case 'complete':
      return `complete ${action.ref.type === 'ref/prompt' ? action.ref.name : action.ref.uri} ${action.argument}`;
    case 'ping':
      return 'ping';
    case 'log-level':
      return `log-level ${action.level}`;
    case 'request':
      return `request ${action.method}`;
    case 'wait-for':
      return `wait-for ${action.notification}`;
    case 'sleep':
      return `sleep ${action.ms} ms`;
  }
}
