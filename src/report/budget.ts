/**
 * Fitting a report into a size limit the way a careful reporter would: drop passing detail first, then evidence,
 * then show fewer failure and warning items (warnings go before failures), and as a last resort cut whole blocks
 * from the end. Each step keeps the markdown well formed because the renderer, not this file, decides the text.
 */

export interface DetailPlan {
  passingDetail: boolean;
  evidence: boolean;
  /** How many failure and warning items to show, failures first. */
  itemLimit: number;
}

export interface Budget {
  limit: number;
  /** Size as the destination counts it: characters for a PR comment, UTF-8 bytes for the job summary. */
  measure(text: string): number;
}

export const measureChars = (text: string): number => text.length;
export const measureBytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/**
 * Returns the most detailed rendering that fits. `render` must add its own note whenever the plan leaves
 * something out; `lastResortNote` closes a report that had to be cut block by block.
 */
export function fitToBudget(
  render: (plan: DetailPlan) => string,
  itemCount: number,
  budget: Budget,
  lastResortNote: string,
): string {
  const fits = (text: string): boolean => budget.measure(text) <= budget.limit;
  for (const plan of [
    { passingDetail: true, evidence: true, itemLimit: itemCount },
    { passingDetail: false, evidence: true, itemLimit: itemCount },
    { passingDetail: false, evidence: false, itemLimit: itemCount },
  ]) {
    const text = render(plan);
    if (fits(text)) return text;
  }

  // Largest number of items that fits; the size grows with the item count, so a binary search finds it.
  let low = 0;
  let high = itemCount - 1;
  let best: string | undefined;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text = render({ passingDetail: false, evidence: false, itemLimit: middle });
    if (fits(text)) {
      best = text;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best !== undefined) return best;

  // Even the headline tables are too big: keep whole blocks (split at blank lines) from the top.
  const blocks = render({ passingDetail: false, evidence: false, itemLimit: 0 }).split('\n\n');
  const tail = `\n\n${lastResortNote}\n`;
  while (blocks.length > 1 && !fits(blocks.join('\n\n') + tail)) blocks.pop();
  const text = blocks.join('\n\n') + tail;
  return fits(text) ? text : lastResortNote.slice(0, budget.limit);
}
