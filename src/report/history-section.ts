/**
 * The "Since <base> (N runs)" section of the report: what changed since the runs before this one (new failures,
 * fixes, flaky items, breaking interface changes, latency regressions), a status strip for every item that was not
 * green in all of the last runs, and a latency trend per operation as a mermaid chart GitHub draws, with the
 * figures in text beside it. Pure rendering of a Comparison; every name goes through escape.ts.
 */
import type {
  Comparison,
  InterfaceChange,
  ItemRef,
  LatencyChange,
  LatencyTrend,
  RunStatus,
} from '../history/compare.js';
import { mdCode, mdText } from './escape.js';
import { formatCount, formatLatency } from './format.js';

const STATUS_SYMBOL: Record<RunStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', absent: '·' };
/** Items named per class before the rest is counted. */
const NAMED_PER_CLASS = 10;
const MAX_STRIPS = 20;
const MAX_CHARTS = 4;

export interface HistorySectionOptions {
  /** Lists only: no status strips and no charts (the report is being shortened to fit). */
  compact: boolean;
}

export function renderHistorySection(comparison: Comparison, options: HistorySectionOptions): string {
  const { base } = comparison;
  const label = base.label ?? 'the last run';
  if (base.runs === 0) {
    return `#### Since ${mdText(label, 60)}\n\nThis is the first run in the history: the next runs are compared with it.`;
  }
  const heading = `#### Since ${mdText(label, 60)} (${formatCount(base.runs)} ${base.runs === 1 ? 'run' : 'runs'})`;
  const lines = changeLines(comparison);
  const blocks = [heading, lines.length > 0 ? lines.join('\n') : 'Nothing changed.'];
  if (!options.compact) {
    blocks.push(statusStrips(comparison) ?? '', latencyTrends(comparison.trends) ?? '');
  }
  return blocks.filter((block) => block !== '').join('\n\n');
}

function changeLines(comparison: Comparison): string[] {
  const breaking = comparison.interfaceChanges.filter((change) => change.breaking);
  const otherInterface = comparison.interfaceChanges.filter((change) => !change.breaking);
  const regressions = comparison.latency.filter((change) => change.regression);
  const lines = [
    classLine('❌', 'New failures', groupedLabels(comparison.newFailures)),
    classLine('✅', 'Fixed', groupedLabels(comparison.fixed)),
    classLine(
      '🔀',
      'Flaky',
      groupedLabels(comparison.flaky, (item) => item.history.map((point) => STATUS_SYMBOL[point.status]).join('')),
    ),
    classLine('💥', 'Breaking interface changes', breaking.map(interfaceLabel)),
    classLine('🐢', 'Latency regressions', regressions.map(latencyLabel)),
    classLine('⚠️', 'New warnings', groupedLabels(comparison.newWarnings)),
    classLine('🔧', 'Checker changed (mcp-ci, not the server)', groupedLabels(comparison.checkerChanged)),
    classLine('🔁', 'Still failing', groupedLabels(comparison.stillFailing)),
    classLine('🧩', 'Interface changes', otherInterface.map(interfaceLabel)),
    classLine('➕', 'New', groupedLabels(comparison.newItems)),
    classLine('➖', 'Removed', groupedLabels(comparison.removedItems)),
  ];
  return lines.filter((line): line is string => line !== undefined);
}

function classLine(symbol: string, title: string, names: string[]): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, NAMED_PER_CLASS).join(', ');
  const more = names.length > NAMED_PER_CLASS ? ` and ${formatCount(names.length - NAMED_PER_CLASS)} more` : '';
  return `- ${symbol} **${title} (${formatCount(names.length)}):** ${shown}${more}`;
}

/**
 * One label per check id (with its protocol versions) rather than one per version: a rule broken under four
 * versions reads as one item, as in the rest of the report. `suffix` (a flip history) must match to be grouped.
 */
function groupedLabels<T extends ItemRef>(items: readonly T[], suffix?: (item: T) => string): string[] {
  const groups = new Map<string, { item: T; versions: string[]; suffix: string }>();
  for (const item of items) {
    const tail = suffix?.(item) ?? '';
    const key = item.kind === 'check' ? `${item.id}\u0000${tail}` : `${item.key}\u0000${tail}`;
    const group = groups.get(key);
    if (group && item.protocolVersion) group.versions.push(item.protocolVersion);
    else groups.set(key, { item, versions: item.protocolVersion ? [item.protocolVersion] : [], suffix: tail });
  }
  return [...groups.values()].map(({ item, versions, suffix: tail }) => {
    const label =
      item.kind === 'check'
        ? `${mdCode(item.id)}${versions.length > 0 ? ` (${versions.map((version) => mdText(version, 20)).join(', ')})` : ''}`
        : itemLabel(item);
    return tail ? `${label} ${tail}` : label;
  });
}

export function itemLabel(item: ItemRef): string {
  switch (item.kind) {
    case 'check':
      return `${mdCode(item.id)}${item.protocolVersion ? ` (${mdText(item.protocolVersion, 20)})` : ''}`;
    case 'flow-step':
      return `flow ${mdText(item.flow ?? '', 60)} › ${mdCode(item.id)}`;
    case 'budget':
      return `${mdCode(item.operation ?? '')} ${mdText(item.id, 40)}`;
  }
}

function interfaceLabel(change: InterfaceChange): string {
  const details = change.details.length > 0 ? `: ${mdText(change.details.join('; '), 200)}` : '';
  return `${change.kind} ${mdCode(change.name)} ${change.change}${details}`;
}

function latencyLabel(change: LatencyChange): string {
  const sign = change.p50ChangePct >= 0 ? '+' : '';
  return (
    `${mdCode(change.name)} @${change.concurrency} p50 ${formatLatency(change.baselineP50)} → ${formatLatency(change.p50)} ` +
    `(${sign}${Math.round(change.p50ChangePct)} %, median of ${formatCount(change.baselineRuns)} runs)`
  );
}

function statusStrips(comparison: Comparison): string | undefined {
  const strips = comparison.strips;
  if (strips.length === 0) return undefined;
  const runs = Math.max(...strips.map((strip) => strip.statuses.length));
  const rows = strips
    .slice(0, MAX_STRIPS)
    .map((strip) => `| ${itemLabel(strip)} | ${strip.statuses.map((status) => STATUS_SYMBOL[status]).join('')} |`);
  const more =
    strips.length > MAX_STRIPS ? `\n\n<sub>and ${formatCount(strips.length - MAX_STRIPS)} more not shown</sub>` : '';
  return [
    `<details><summary>Not green in all of the last ${formatCount(runs)} runs (${formatCount(strips.length)})</summary>`,
    '',
    `| Item | Oldest → this run |`,
    '| :-- | :-- |',
    rows.join('\n') + more,
    '',
    '</details>',
  ].join('\n');
}

function latencyTrends(trends: LatencyTrend[]): string | undefined {
  const charted = trends.filter((trend) => trend.points.length >= 2).slice(0, MAX_CHARTS);
  if (charted.length === 0) return undefined;
  const blocks = charted.map((trend) => {
    const values = (key: 'p50' | 'p95') => trend.points.map((point) => round(point[key]));
    const labels = trend.points.map((point, index) => `"${chartLabel(point.commit, index)}"`);
    return [
      '```mermaid',
      'xychart-beta',
      `  title "${chartText(trend.name)} @${trend.concurrency} (ms)"`,
      `  x-axis [${labels.join(', ')}]`,
      '  y-axis "ms"',
      `  line [${values('p95').join(', ')}]`,
      `  line [${values('p50').join(', ')}]`,
      '```',
      '',
      `${mdCode(trend.name)} @${trend.concurrency}, oldest → this run: p50 ${values('p50').join(' → ')} ms; p95 ${values('p95').join(' → ')} ms`,
    ].join('\n');
  });
  const more =
    trends.length > charted.length
      ? `\n\n<sub>${formatCount(trends.length - charted.length)} more operations in results.json</sub>`
      : '';
  return [
    '<details><summary>Latency trend (upper line p95, lower line p50)</summary>',
    '',
    blocks.join('\n\n') + more,
    '',
    '</details>',
  ].join('\n');
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Text inside a mermaid block is not markdown: keep only characters that cannot end a string or the block. */
function chartText(text: string): string {
  return text.replace(/[^A-Za-z0-9 /_.@:-]/g, '').slice(0, 60);
}

function chartLabel(commit: string | undefined, index: number): string {
  return commit && /^[0-9a-f]{7,}$/i.test(commit) ? commit.slice(0, 7) : `#${index + 1}`;
}
