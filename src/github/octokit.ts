/**
 * The one way mcp-ci talks to the GitHub REST API: @actions/github's client with the retry plugin (server errors
 * and dropped connections are retried with backoff) and the throttling plugin (requests are paced, and rate limit
 * answers wait out the time GitHub names). Both retry a bounded number of times, so a run never hangs on GitHub.
 */
import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryLimits {
  /** Retries of one request after a server error (5xx) or a dropped connection. */
  serverErrorRetries: number;
  /** Retries of one request after a primary or secondary rate limit answer. */
  rateLimitRetries: number;
  /** Longest wait for a rate limit to reset, in seconds; past it the request fails instead of stalling the job. */
  maxRateLimitWaitSeconds: number;
  /** Backoff unit after a server error: retry n waits n² units. Short, since publishing should not hold up the job. */
  serverErrorBackoffMs: number;
  /** How long one second of GitHub's retry-after is (1,000; tests shrink it so they need not wait). */
  msPerRetryAfterSecond: number;
}

export const DEFAULT_RETRY_LIMITS: RetryLimits = {
  serverErrorRetries: 2,
  rateLimitRetries: 2,
  maxRateLimitWaitSeconds: 60,
  serverErrorBackoffMs: 500,
  msPerRetryAfterSecond: 1_000,
};

/**
 * An authenticated client for `GITHUB_API_URL` (GitHub Enterprise Server sets it; tests point it at a fake API),
 * read when the client is made rather than when @actions/github was first imported.
 */
export function createOctokit(
  token: string,
  env: NodeJS.ProcessEnv = process.env,
  limits: RetryLimits = DEFAULT_RETRY_LIMITS,
): Octokit {
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      const what = `GitHub ${kind} rate limit on ${request.method} ${request.url}`;
      if (retryCount < limits.rateLimitRetries && retryAfter <= limits.maxRateLimitWaitSeconds) {
        core.info(`${what}: retrying in ${retryAfter} s (retry ${retryCount + 1} of ${limits.rateLimitRetries}).`);
        return true;
      }
      core.warning(`${what}: giving up after ${retryCount} retries (GitHub asked to wait ${retryAfter} s).`);
      return false;
    };
  return getOctokit(
    token,
    {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      retry: {
        retries: limits.serverErrorRetries,
        retryAfterBaseValue: limits.serverErrorBackoffMs,
        // The plugin's list plus 429: rate limits are the throttling plugin's to wait out, with its own bound.
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      },
      throttle: {
        retryAfterBaseValue: limits.msPerRetryAfterSecond,
        fallbackSecondaryRateRetryAfter: 1,
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
      },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of a failed API call, if the error came from the API. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  return typeof error.status === 'number' ? error.status : undefined;
}

/** GitHub's answer when the token lacks a permission the call needs. */
export function isPermissionError(error: unknown): boolean {
  return (
    httpStatus(error) === 403 &&
    error instanceof Error &&
    error.message.includes('Resource not accessible by integration')
  );
}
