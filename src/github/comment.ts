/**
 * The sticky PR comment: one comment per marker, found across every page of the PR's comments, updated in place,
 * left alone when its body is already the same, created when absent.
 */
import { readFindingsDigest } from './findings-digest.js';
import type { Octokit } from './octokit.js';
import { httpStatus } from './octokit.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  number: number;
}

export interface StickyOutcome {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url: string;
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

/**
 * Ours when it starts with the marker and was written by the token's user. GITHUB_TOKEN and other installation
 * tokens cannot call GET /user, so then any bot's comment with the marker counts (GITHUB_TOKEN writes as
 * github-actions[bot]); a person's comment quoting the marker never does.
 */
export function isStickyComment(comment: IssueComment, marker: string, login: string | undefined): boolean {
  if (!comment.body?.startsWith(marker) || !comment.user) return false;
  if (login !== undefined) return comment.user.login === login;
  return comment.user.type === 'Bot' || comment.user.login === 'github-actions[bot]';
}

async function tokenLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (httpStatus(error) !== undefined) return undefined;
    throw error;
  }
}

async function findStickyComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
): Promise<IssueComment | undefined> {
  const login = await tokenLogin(octokit);
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((comment) => isStickyComment(comment, marker, login));
    if (found) return found;
  }
  return undefined;
}

const normalize = (body: string): string => body.replace(/\r\n/g, '\n').trimEnd();

/** Same findings (see findings-digest.ts), or the same text when a body carries no fingerprint. */
function unchanged(existing: string, next: string): boolean {
  const digest = readFindingsDigest(next);
  if (digest !== undefined && digest === readFindingsDigest(existing)) return true;
  return normalize(existing) === normalize(next);
}

export async function upsertStickyComment(
  octokit: Octokit,
  target: CommentTarget,
  marker: string,
  body: string,
): Promise<StickyOutcome> {
  const existing = await findStickyComment(octokit, target, marker);
  if (existing && unchanged(existing.body ?? '', body)) {
    return { action: 'unchanged', id: existing.id, url: existing.html_url };
  }
  if (existing) {
    const { data } = await octokit.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
