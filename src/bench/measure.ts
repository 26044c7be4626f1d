/**
 * The measuring loop: warm-up, then timed requests, each timed with `performance.now()` right around
 * `Connection.request`. The loop allocates nothing of its own per request and logs nothing, so what it reports
 * is the server and the client library, not the harness. One time cap covers warm-up and measurement, so an
 * operation always ends, even on a server that never answers.
 */
import type { Connection, RequestOptions } from '../wire/types.js';

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  maxDurationMs: number;
}

export interface Measurement {
  /** Latencies in ms of the requests that succeeded. */
  samples: number[];
  /** Requests that failed: a JSON-RPC error, a result with `isError: true`, or no answer before the cap. */
  errors: number;
  firstError?: string;
  /** Wall time of the measured phase. */
  elapsedMs: number;
  /** The time cap ended the operation before every iteration was run. */
  capped: boolean;
  /** Requests in flight when the cap ended the operation: the server had not answered them. */
  unanswered: number;
  /** A connection closed under the benchmark; the operation stopped there. */
  closed: boolean;
}

/**
 * Runs `options.iterations` requests (after `options.warmup` uncounted ones) spread over `lanes`: one request
 * in flight per lane at a time. A connection listed several times carries several requests at once.
 */
export async function measure(
  lanes: readonly Connection[],
  method: string,
  params: Record<string, unknown> | undefined,
  options: MeasureOptions,
): Promise<Measurement> {
  const abort = new AbortController();
  let expired = false;
  const cap = setTimeout(() => {
    expired = true;
    abort.abort();
  }, options.maxDurationMs);
  // The cap decides when to give up on a request, not the connection's default timeout.
  const requestOptions: RequestOptions = { timeoutMs: options.maxDurationMs, signal: abort.signal };
  const latencies = new Float64Array(options.iterations);
  let recorded = 0;
  let errors = 0;
  let firstError: string | undefined;
  let unanswered = 0;
  let closed = false;

  const runPhase = async (total: number, counted: boolean) => {
    let started = 0;
    const lane = async (connection: Connection) => {
      while (started < total && !expired && !closed) {
        started++;
        const start = performance.now();
        let failure: string | undefined;
        try {
          const outcome = await connection.request(method, params, requestOptions);
          if (!outcome.ok) failure = `JSON-RPC error ${outcome.error.code}: ${outcome.error.message}`;
          else if (outcome.result.isError === true) failure = 'the tool returned a result with isError: true';
        } catch (error) {
          if (expired) {
            unanswered++;
            return;
          }
          failure = error instanceof Error ? error.message : String(error);
          if (connection.closed) closed = true;
        }
        const latency = performance.now() - start;
        if (!counted) continue;
        if (failure === undefined) {
          latencies[recorded++] = latency;
        } else {
          errors++;
          firstError ??= failure;
        }
      }
    };
    await Promise.all(lanes.map(lane));
  };

  try {
    await runPhase(options.warmup, false);
    const measuredFrom = performance.now();
    await runPhase(options.iterations, true);
    const elapsedMs = performance.now() - measuredFrom;
    return {
      samples: Array.from(latencies.subarray(0, recorded)),
      errors,
      firstError,
      elapsedMs,
      capped: expired,
      unanswered,
      closed,
    };
  } finally {
    clearTimeout(cap);
  }
}
