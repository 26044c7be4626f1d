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
export declare const measureChars: (text: string) => number;
export declare const measureBytes: (text: string) => number;
/**
 * Returns the most detailed rendering that fits. `render` must add its own note whenever the plan leaves
 * something out; `lastResortNote` closes a report that had to be cut block by block.
 */
export declare function fitToBudget(render: (plan: DetailPlan) => string, itemCount: number, budget: Budget, lastResortNote: string): string;
