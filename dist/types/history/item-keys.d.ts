/**
 * The keys a judged item has in the history: a check at a protocol version, a flow step, a benchmark budget. The
 * comparison (compare.ts) and the JUnit report (which marks flaky test cases by them) share them; they live apart
 * from the comparison so a report does not load its statistics.
 */
export declare const checkKey: (id: string, protocolVersion: string) => string;
export declare const stepKey: (flow: string, step: string) => string;
export declare const budgetKey: (operation: string, concurrency: number, budget: string) => string;
