import { describe, expect, it } from 'vitest';
import { planOperations } from '../../src/bench/operations.js';
import { ConfigError } from '../../src/config/errors.js';
import { benchSettingsSchema, type BenchSettings } from '../../src/config/schema.js';

const settings = (input: Record<string, unknown> = {}): BenchSettings => benchSettingsSchema.parse(input);

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('planOperations', () => {
  it('measures ping always and each list method only when its capability is advertised', () => {
    const plan = planOperations(settings(), { tools: {}, prompts: {} }, ['a']);
    expect(plan.operations.map((op) => op.name)).toEqual(['ping', 'tools/list', 'prompts/list']);
    expect(planOperations(settings(), {}, []).operations.map((op) => op.name)).toEqual(['ping']);
  });

  it('measures server/discover instead of ping on a 2026-07-28 session, and says a ping budget went unused', () => {
    const budgets = { ping: { 'max-p95-ms': 5 }, 'server/discover': { 'max-p95-ms': 7 } };
    const modern = planOperations(settings({ budgets }), { tools: {} }, [], '2026-07-28');
    expect(modern.operations.map((op) => [op.name, op.budget])).toEqual([
      ['server/discover', { 'max-p95-ms': 7 }],
      ['tools/list', {}],
    ]);
    expect(modern.unusedBudgets).toEqual([
      expect.stringMatching(/^bench\.budgets\.ping: ping is removed in 2026-07-28/),
    ]);
    const legacy = planOperations(settings({ budgets }), { tools: {} }, [], '2025-11-25');
    expect(legacy.operations.map((op) => op.name)).toEqual(['ping', 'tools/list']);
    expect(legacy.unusedBudgets).toEqual([
      expect.stringMatching(
        /^bench\.budgets\.server\/discover: server\/discover is measured on 2026-07-28 sessions only/,
      ),
    ]);
  });

  it('calls only the listed tools, with their arguments, names and budgets', () => {
    const plan = planOperations(
      settings({
        calls: [
          { tool: 'search', arguments: { q: 'x' }, 'max-p95-ms': 50 },
          { tool: 'search', arguments: { q: 'y' }, name: 'search-y' },
        ],
      }),
      { tools: {} },
      ['search', 'delete_everything'],
    );
    const calls = plan.operations.filter((op) => op.method === 'tools/call');
    expect(calls).toEqual([
      {
        name: 'search',
        method: 'tools/call',
        params: { name: 'search', arguments: { q: 'x' } },
        budget: { 'max-p95-ms': 50, 'max-p99-ms': undefined, 'min-throughput': undefined },
      },
      {
        name: 'search-y',
        method: 'tools/call',
        params: { name: 'search', arguments: { q: 'y' } },
        budget: { 'max-p95-ms': undefined, 'max-p99-ms': undefined, 'min-throughput': undefined },
      },
    ]);
  });

  it('rejects a listed tool the server does not have, naming it and the key', () => {
    const error = configError(() =>
      planOperations(settings({ calls: [{ tool: 'echo' }, { tool: 'serach' }] }), { tools: {} }, ['search', 'echo']),
    );
    expect(error.key).toBe('bench.calls[1].tool');
    expect(error.message).toContain('"serach"');
    expect(error.message).toContain('"search", "echo"');
  });

  it('rejects two operations with one name', () => {
    const error = configError(() =>
      planOperations(settings({ calls: [{ tool: 'a' }, { tool: 'a' }] }), { tools: {} }, ['a']),
    );
    expect(error.key).toBe('bench.calls[1].name');
    const clash = configError(() => planOperations(settings({ calls: [{ tool: 'ping' }] }), { tools: {} }, ['ping']));
    expect(clash.key).toBe('bench.calls[0].name');
  });

  it('rejects a budget for an operation that does not exist, and reports budgets it cannot evaluate', () => {
    const error = configError(() =>
      planOperations(settings({ budgets: { 'tool/list': { 'max-p95-ms': 5 } } }), {}, []),
    );
    expect(error.key).toBe('bench.budgets.tool/list');
    const plan = planOperations(settings({ budgets: { 'resources/list': { 'max-p95-ms': 5 } } }), { tools: {} }, []);
    expect(plan.unusedBudgets).toEqual([
      'bench.budgets.resources/list: the server does not advertise resources, so this budget was not evaluated',
    ]);
    expect(plan.operations.map((op) => op.name)).toEqual(['ping', 'tools/list']);
  });

  it('applies budgets of built-in operations from bench.budgets', () => {
    const plan = planOperations(settings({ budgets: { ping: { 'min-throughput': 100 } } }), {}, []);
    expect(plan.operations[0]!.budget).toEqual({ 'min-throughput': 100 });
  });
});
