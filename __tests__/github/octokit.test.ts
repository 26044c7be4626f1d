import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit, DEFAULT_RETRY_LIMITS, httpStatus } from '../../src/github/octokit.js';
import type { RetryLimits } from '../../src/github/octokit.js';
import { startFakeApi } from './fakes/fake-api.js';
import type { FakeApi } from './fakes/fake-api.js';

let api: FakeApi;
let output: string[];

/** The production limits with waits shrunk, so a test sees every retry without sleeping through it. */
const FAST: RetryLimits = { ...DEFAULT_RETRY_LIMITS, serverErrorBackoffMs: 5, msPerRetryAfterSecond: 5 };

beforeEach(async () => {
  api = await startFakeApi();
  output = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await api.close();
});

const repoPath = /^\/repos\/acme\/files$/;

describe('createOctokit', () => {
  it('retries a server error and returns the answer that follows', async () => {
    let calls = 0;
    api.on('GET', repoPath, () =>
      ++calls < 3 ? { status: 502, body: { message: 'Bad Gateway' } } : { body: { id: 7 } },
    );
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url }, FAST);
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'files' });
    expect(data.id).toBe(7);
    expect(api.calls()).toEqual(Array(3).fill('GET /repos/acme/files'));
  });

  it('gives up on a server error after the bounded number of retries', async () => {
    api.on('GET', repoPath, () => ({ status: 503, body: { message: 'Service Unavailable' } }));
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url }, FAST);
    const error = await octokit.rest.repos.get({ owner: 'acme', repo: 'files' }).catch((caught: unknown) => caught);
    expect(httpStatus(error)).toBe(503);
    expect(api.requests).toHaveLength(1 + FAST.serverErrorRetries);
  });

  it('waits out a secondary rate limit and retries, then succeeds', async () => {
    let calls = 0;
    api.on('GET', repoPath, () =>
      ++calls === 1
        ? {
            status: 403,
            headers: { 'retry-after': '2' },
            body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
          }
        : { body: { id: 8 } },
    );
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url }, FAST);
    const { data } = await octokit.rest.repos.get({ owner: 'acme', repo: 'files' });
    expect(data.id).toBe(8);
    expect(api.requests).toHaveLength(2);
    expect(output.join('')).toContain(
      'GitHub secondary rate limit on GET /repos/{owner}/{repo}: retrying in 2 s (retry 1 of 2).',
    );
  });

  it('stops after the bounded number of rate limit retries with a warning', async () => {
    api.on('GET', repoPath, () => ({
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    }));
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url }, FAST);
    const error = await octokit.rest.repos.get({ owner: 'acme', repo: 'files' }).catch((caught: unknown) => caught);
    expect(httpStatus(error)).toBe(429);
    expect(api.requests).toHaveLength(1 + FAST.rateLimitRetries);
    expect(output.filter((line) => line.startsWith('::warning::'))).toEqual([
      `::warning::GitHub secondary rate limit on GET /repos/{owner}/{repo}: giving up after ${FAST.rateLimitRetries} retries (GitHub asked to wait 1 s).\n`,
    ]);
  });

  it('does not stall the job on a primary rate limit that resets far in the future', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    api.on('GET', repoPath, () => ({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      body: { message: 'API rate limit exceeded for installation.' },
    }));
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url }, FAST);
    const error = await octokit.rest.repos.get({ owner: 'acme', repo: 'files' }).catch((caught: unknown) => caught);
    expect(httpStatus(error)).toBe(403);
    expect(api.requests).toHaveLength(1);
    expect(output.join('')).toMatch(
      /::warning::GitHub primary rate limit on GET \/repos\/\{owner\}\/\{repo\}: giving up after 0 retries/,
    );
  });
});
