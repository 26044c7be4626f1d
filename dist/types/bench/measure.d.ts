/**
 * The measuring loop of one operation: requests timed with `performance.now()` right around
 * `Connection.request`, allocating nothing of its own per request and logging nothing, so what it reports is
 * the server and the client library, not the harness. The meter is run in slices (`warmUp`, then several
 * `measure` calls) so the runner can interleave operations; one time budget covers all slices of an
 * operation, so it always ends, even on a server that never answers.
 */
import type { Connection } from '../wire/types.js';
export interface Measurement {
    /** Latencies in ms of the requests that succeeded. */
    samples: number[];
    /** Requests that failed: a JSON-RPC error, a result with `isError: true`, or a thrown error. */
    errors: number;
    firstError?: string;
    /** Wall time of the measured slices, for throughput. */
    elapsedMs: number;
    /** The time budget ran out before every iteration was run. */
    capped: boolean;
    /** Requests in flight when the budget ran out: the server had not answered them. */
    unanswered: number;
    /** A connection closed under the benchmark; the operation stopped there. */
    closed: boolean;
}
/**
 * Requests are spread over `lanes`, one in flight per lane at a time; a connection listed several times
 * carries several requests at once.
 */
export declare class OperationMeter {
    private readonly lanes;
    private readonly method;
    private readonly params;
    private readonly budgetMs;
    private readonly latencies;
    private recorded;
    private errors;
    private firstError;
    private elapsedMs;
    private spentMs;
    private capped;
    private unanswered;
    private closed;
    constructor(lanes: readonly Connection[], method: string, params: Record<string, unknown> | undefined, iterations: number, budgetMs: number);
    /** Whether further slices would run nothing: the budget is spent or a connection closed. */
    get done(): boolean;
    /** Requests that prime the server and the connection; not counted. */
    warmUp(count: number): Promise<void>;
    measure(count: number): Promise<void>;
    result(): Measurement;
    /** Runs `total` requests within what is left of the budget; returns the wall time it took. */
    private slice;
}
