/**
 * What one run of a flow has learned so far: each step's outcome and the captured variables. It answers the
 * `{{ steps.… }}`, `{{ vars.… }}` and `{{ env.… }}` lookups, saying why a value is missing.
 */
import type { Status } from '../model.js';
import { referenceView, type StepOutcome } from './outcome.js';
import { resolveTemplates, type TemplateScope } from './template.js';
import type { LoadedFlow } from './types.js';

export class RunState implements TemplateScope {
  private readonly steps = new Map<string, { status: Status; outcome?: StepOutcome }>();
  private readonly captured = new Map<string, unknown>();

  constructor(
    private readonly flow: LoadedFlow,
    private readonly environment: NodeJS.ProcessEnv,
  ) {}

  record(id: string, status: Status, outcome: StepOutcome | undefined, captured: Record<string, unknown>): void {
    this.steps.set(id, { status, outcome });
    for (const [name, value] of Object.entries(captured)) this.captured.set(name, value);
  }

  step(id: string): { value: Record<string, unknown> } | { missing: string } {
    const step = this.steps.get(id);
    if (step?.status === 'fail') return { missing: `step '${id}' failed, so its values cannot be used` };
    if (!step?.outcome || step.status === 'skip') return { missing: `step '${id}' did not run` };
    return { value: referenceView(step.outcome) };
  }

  variable(name: string): { value: unknown } | { missing: string } {
    if (this.captured.has(name)) return { value: this.captured.get(name) };
    if (Object.hasOwn(this.flow.vars, name)) {
      // Variables may use the environment only, so they resolve the same way at any step.
      return { value: resolveTemplates(this.flow.vars[name], this) };
    }
    return { missing: `variable '${name}' was not captured: the step that captures it did not pass` };
  }

  env(name: string): string | undefined {
    return this.environment[name];
  }
}
