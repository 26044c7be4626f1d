/**
 * The measuring loop of one operation: requests timed with `performance.now()` right around
 * `Connection.request`, allocating nothing of its own per request and logging nothing, so what it reports is
 * the server and the client library, not the harness. The meter is run in slices (`warmUp`, then several
 * `measure` calls) so the runner can interleave operations; one time budget covers all slices of an
 * operation, so it always ends, even on a server that never answers.
 */
import type { Connection, RequestOptions } from '../wire/types.js';

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
export class OperationMeter {
  private readonly latencies: Float64Array;
  private recorded = 0;
  private errors = 0;
  private firstError: string | undefined;
  private elapsedMs = 0;
  private spentMs = 0;
  private capped = false;
  private unanswered = 0;
  private closed = false;

  constructor(
    private readonly lanes: readonly Connection[],
    private readonly method: string,
    private readonly params: Record<string, unknown> | undefined,
    iterations: number,
    private readonly budgetMs: number,
  ) {
    this.latencies = new Float64Array(iterations);
  }

  /** Whether further slices would run nothing: the budget is spent or a connection closed. */
  get done(): boolean {
    return this.capped || this.closed;
  }

  /** Requests that prime the server and the connection; not counted. */
  async warmUp(count: number): Promise<void> {
    await this.slice(count, false);
  }

  async measure(count: number): Promise<void> {
    this.elapsedMs += await this.slice(Math.min(count, this.latencies.length - this.recorded - this.errors), true);
  }

  result(): Measurement {
    return {
      samples: Array.from(this.latencies.subarray(0, this.recorded)),
      errors: this.errors,
      firstError: this.firstError,
      elapsedMs: this.elapsedMs,
      capped: this.capped,
      unanswered: this.unanswered,
      closed: this.closed,
    };
  }

  /** Runs `total` requests within what is left of the budget; returns the wall time it took. */
  private async slice(total: number, counted: boolean): Promise<number> {
    if (total <= 0 || this.done) return 0;
    const remainingMs = this.budgetMs - this.spentMs;
    if (remainingMs <= 0) {
      this.capped = true;
      return 0;
    }
    let expired = false;
    const cap = setTimeout(() => {
      expired = true;
    }, remainingMs);
    // The budget decides when to give up on a request, not the connection's default timeout: a request in flight
    // when the cap passes times out with it. No abort signal: the SDK adds a listener per request to a signal and
    // never removes it, which over thousands of requests costs memory and time.
    const options: RequestOptions = { timeoutMs: remainingMs };
    const { method, params } = this;
    let started = 0;

    const lane = async (connection: Connection) => {
      while (started < total && !expired && !this.closed) {
        started++;
        const start = performance.now();
        let failure: string | undefined;
        try {
          const outcome = await connection.request(method, params, options);
          if (!outcome.ok) failure = `JSON-RPC error ${outcome.error.code}: ${outcome.error.message}`;
          else if (outcome.result.isError === true) failure = 'the tool returned a result with isError: true';
        } catch (error) {
          if (expired) {
            this.unanswered++;
            return;
          }
          failure = error instanceof Error ? error.message : String(error);
          if (connection.closed) this.closed = true;
        }
        const latency = performance.now() - start;
        if (!counted) continue;
        if (failure === undefined) {
          this.latencies[this.recorded++] = latency;
        } else {
          this.errors++;
          this.firstError ??= failure;
        }
      }
    };

    const sliceStart = performance.now();
    try {
      await Promise.all(this.lanes.map(lane));
    } finally {
      clearTimeout(cap);
    }
    const wallMs = performance.now() - sliceStart;
    this.spentMs += wallMs;
    if (expired) this.capped = true;
    return wallMs;
  }
}
