/** The one way mcp-ci talks to the GitHub REST API. */
import { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * An authenticated client for `GITHUB_API_URL` (GitHub Enterprise Server sets it; tests point it at a fake API),
 * read when the client is made rather than when @actions/github was first imported.
 */
export function createOctokit(token: string, env: NodeJS.ProcessEnv = process.env): Octokit {
  return getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
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
