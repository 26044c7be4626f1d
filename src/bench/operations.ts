/**
 * Which operations a benchmark measures: `ping` always (`server/discover` on a 2026-07-28 session), each list
 * method the server advertises, and each tool call the user listed, never a tool they did not list. Settings that
 * name things the server does not have are configuration errors, reported before anything is measured.
 */
import { ConfigError } from '../config/errors.js';
import type { BenchSettings } from '../config/schema.js';
import { MODERN_VERSION } from '../model.js';
import type { Budget } from './budgets.js';

export interface BenchOperation {
  name: string;
  method: string;
  params?: Record<string, unknown>;
  budget: Budget;
}

export const STARTUP_INITIALIZE = 'startup/initialize';
export const STARTUP_FIRST_TOOLS_LIST = 'startup/first-tools-list';

/** Built-in operations and the capability that makes each one applicable (none: always). */
const LIST_OPERATIONS: readonly { name: string; capability?: string }[] = [
  { name: 'ping' },
  { name: 'tools/list', capability: 'tools' },
  { name: 'resources/list', capability: 'resources' },
  { name: 'prompts/list', capability: 'prompts' },
];

/** 2026-07-28 removed ping: the cheapest round trip there is server/discover. */
const DISCOVER = 'server/discover';

const BUDGETABLE = new Set([
  ...LIST_OPERATIONS.map((op) => op.name),
  DISCOVER,
  STARTUP_INITIALIZE,
  STARTUP_FIRST_TOOLS_LIST,
]);

export interface BenchPlan {
  operations: BenchOperation[];
  /** Budgets on operations the server does not advertise; they cannot be evaluated. */
  unusedBudgets: string[];
}

const MAX_LISTED_TOOLS = 20;

function listToolNames(toolNames: readonly string[]): string {
  if (toolNames.length === 0) return 'it lists no tools';
  const shown = toolNames.slice(0, MAX_LISTED_TOOLS).map((name) => JSON.stringify(name));
  const more = toolNames.length > MAX_LISTED_TOOLS ? `, and ${toolNames.length - MAX_LISTED_TOOLS} more` : '';
  return `it lists ${shown.join(', ')}${more}`;
}

export function planOperations(
  settings: BenchSettings,
  serverCapabilities: Record<string, unknown>,
  toolNames: readonly string[],
  protocolVersion?: string,
): BenchPlan {
  for (const key of Object.keys(settings.budgets)) {
    if (!BUDGETABLE.has(key)) {
      throw new ConfigError(
        `bench.budgets has an entry for "${key}", which is not a built-in operation (${[...BUDGETABLE].join(', ')}); ` +
          'set budgets of a tool call on its bench.calls entry',
        `bench.budgets.${key}`,
      );
    }
  }
  const modern = protocolVersion === MODERN_VERSION;
  const builtIn = modern
    ? [{ name: DISCOVER }, ...LIST_OPERATIONS.filter((op) => op.name !== 'ping')]
    : LIST_OPERATIONS;
  const advertised = builtIn.filter((op) => !op.capability || serverCapabilities[op.capability] !== undefined);
  const operations: BenchOperation[] = advertised.map((op) => ({
    name: op.name,
    method: op.name,
    budget: settings.budgets[op.name] ?? {},
  }));
  const unusedBudgets = builtIn
    .filter((op) => !advertised.includes(op) && settings.budgets[op.name])
    .map(
      (op) =>
        `bench.budgets.${op.name}: the server does not advertise ${op.capability}, so this budget was not evaluated`,
    );
  const otherEra = modern ? 'ping' : DISCOVER;
  if (settings.budgets[otherEra])
    unusedBudgets.push(
      modern
        ? `bench.budgets.ping: ping is removed in ${MODERN_VERSION} (server/discover is measured instead), so this budget was not evaluated`
        : `bench.budgets.${DISCOVER}: server/discover is measured on ${MODERN_VERSION} sessions only, so this budget was not evaluated`,
    );

  const known = new Set(toolNames);
  const taken = new Set([...BUDGETABLE]);
  settings.calls.forEach((call, index) => {
    if (!known.has(call.tool)) {
      throw new ConfigError(
        `bench.calls[${index}].tool is "${call.tool}", but the server has no tool by that name (${listToolNames(toolNames)})`,
        `bench.calls[${index}].tool`,
      );
    }
    const name = call.name ?? call.tool;
    if (taken.has(name)) {
      throw new ConfigError(
        `bench.calls[${index}] is named "${name}", which another operation already uses; give it a distinct name`,
        `bench.calls[${index}].name`,
      );
    }
    taken.add(name);
    operations.push({
      name,
      method: 'tools/call',
      params: { name: call.tool, arguments: call.arguments },
      budget: {
        'max-p95-ms': call['max-p95-ms'],
        'max-p99-ms': call['max-p99-ms'],
        'min-throughput': call['min-throughput'],
      },
    });
  });
  return { operations, unusedBudgets };
}
