/**
 * The "since last run" lines the CLI prints after a run compared with its history: one line per class that has
 * something in it, names cut to a few. Server-supplied names go through consoleText.
 */
import type { Comparison, ItemRef } from '../history/compare.js';
import { consoleText } from './escape.js';
import { formatCount, formatLatency } from './format.js';

const NAMED = 5;

function label(item: ItemRef): string {
  switch (item.kind) {
    case 'check':
      return `${item.id}${item.protocolVersion ? ` (${item.protocolVersion})` : ''}`;
    case 'flow-step':
      return `${item.flow ?? ''} > ${item.id}`;
    case 'budget':
      return `${item.operation ?? ''} ${item.id}`;
  }
}

function line(title: string, names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, NAMED).map((name) => consoleText(name, 100));
  const more = names.length > NAMED ? ` and ${formatCount(names.length - NAMED)} more` : '';
  return `  ${title} (${formatCount(names.length)}): ${shown.join(', ')}${more}`;
}

export function sinceLastRunLines(comparison: Comparison): string[] {
  const { base } = comparison;
  const label0 = base.label ?? 'last run';
  if (base.runs === 0) return [`History: first run of this target; later runs are compared with it.`];
  const lines = [
    line('new failures', comparison.newFailures.map(label)),
    line('fixed', comparison.fixed.map(label)),
    line(
      'flaky',
      comparison.flaky.map((item) => `${label(item)} [${item.history.map((point) => point.status).join(' ')}]`),
    ),
    line(
      'breaking interface changes',
      comparison.interfaceChanges
        .filter((change) => change.breaking)
        .map((change) => `${change.kind} ${change.name} ${change.change}`),
    ),
    line(
      'latency regressions',
      comparison.latency
        .filter((change) => change.regression)
        .map((change) => `${change.name} p50 ${formatLatency(change.baselineP50)} -> ${formatLatency(change.p50)}`),
    ),
    line('new warnings', comparison.newWarnings.map(label)),
    line('checker changed', comparison.checkerChanged.map(label)),
    line('still failing', comparison.stillFailing.map(label)),
  ].filter((text): text is string => text !== undefined);
  const heading = `Since ${label0} (${formatCount(base.runs)} ${base.runs === 1 ? 'run' : 'runs'} in the history):`;
  return [heading, ...(lines.length > 0 ? lines : ['  nothing changed'])];
}
