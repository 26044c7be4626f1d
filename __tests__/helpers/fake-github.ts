/**
 * A fake GitHub REST API on 127.0.0.1 (ephemeral port) with the endpoints the sticky comment uses, and the
 * environment a GitHub Actions step sees, so publishing can be tested end to end without the network — directly
 * through publishToGitHub, or by running the bundled action with `githubActionsEnv()`.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface FakeUser {
  login: string;
  type: 'User' | 'Bot';
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  authorization?: string;
  body?: unknown;
}

export interface FakeGitHubOptions {
  /** What GET /user answers. Absent: 403, as for GITHUB_TOKEN and other installation tokens. */
  login?: string;
  /** The author of comments this token creates. */
  author?: FakeUser;
  /** Every write answers 403 "Resource not accessible by integration", like a read-only token. */
  readOnly?: boolean;
  /** Head commit of each pull request GET /repos/{owner}/{repo}/pulls/{number} reports; default `HEAD_SHA`. */
  pullHeads?: Record<number, string>;
  /** More endpoints, asked first (before authentication, so they can serve storage URLs); true when answered. */
  routes?: (request: RecordedRequest, send: SendJson, response: ServerResponse) => boolean;
}

export type SendJson = (status: number, payload: unknown, headers?: Record<string, string>) => void;

export interface FakeGitHub {
  /** The base URL to put in GITHUB_API_URL. */
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  /** Requests that change something (POST, PATCH, PUT, DELETE). */
  writes(): RecordedRequest[];
  addComment(issueNumber: number, body: string, user: FakeUser): FakeComment;
  close(): Promise<void>;
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

/** The head commit of the pull requests `writePullRequestEvent` describes. */
export const HEAD_SHA = 'a'.repeat(40);

const NOT_ACCESSIBLE = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const comments: FakeComment[] = [];
  let nextId = 1_000;
  let baseUrl = '';

  const addComment = (issueNumber: number, body: string, user: FakeUser): FakeComment => {
    const comment = { id: nextId++, issueNumber, body, user };
    comments.push(comment);
    return comment;
  };
  const toJson = (comment: FakeComment): Record<string, unknown> => ({
    id: comment.id,
    body: comment.body,
    user: { login: comment.user.login, type: comment.user.type },
    html_url: `https://github.com/acme/files/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    created_at: '2026-03-02T10:15:00Z',
    updated_at: '2026-03-02T10:15:00Z',
  });

  const handle = (request: RecordedRequest, response: ServerResponse): void => {
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(JSON.stringify(payload));
    };
    if (options.routes?.(request, send, response)) return;
    if (!request.authorization) return send(401, { message: 'Requires authentication' });
    if (request.method !== 'GET' && options.readOnly) return send(403, NOT_ACCESSIBLE);

    if (request.method === 'GET' && request.path === '/user') {
      return options.login ? send(200, { login: options.login, type: 'User' }) : send(403, NOT_ACCESSIBLE);
    }
    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(request.path);
    if (pull && request.method === 'GET') {
      const number = Number(pull[1]);
      return send(200, { number, head: { sha: options.pullHeads?.[number] ?? HEAD_SHA } });
    }
    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(request.path);
    if (list) {
      const issueNumber = Number(list[1]);
      if (request.method === 'GET') {
        const perPage = Math.min(100, Number(request.query.per_page ?? 30));
        const page = Number(request.query.page ?? 1);
        const all = comments.filter((comment) => comment.issueNumber === issueNumber);
        const pages = Math.max(1, Math.ceil(all.length / perPage));
        const headers: Record<string, string> = {};
        if (page < pages) {
          const next = new URL(`${baseUrl}${request.path}`);
          next.searchParams.set('per_page', String(perPage));
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage).map(toJson), headers);
      }
      if (request.method === 'POST') {
        const { body } = request.body as { body: string };
        return send(201, toJson(addComment(issueNumber, body, options.author ?? GITHUB_ACTIONS_BOT)));
      }
    }
    const update = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(request.path);
    if (update && request.method === 'PATCH') {
      const comment = comments.find((candidate) => candidate.id === Number(update[1]));
      if (!comment) return send(404, { message: 'Not Found' });
      comment.body = (request.body as { body: string }).body;
      return send(200, toJson(comment));
    }
    send(404, { message: 'Not Found' });
  };

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const request: RecordedRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: incoming.headers.authorization,
        body: text ? (JSON.parse(text) as unknown) : undefined,
      };
      requests.push(request);
      handle(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    requests,
    comments,
    writes: () => requests.filter((request) => request.method !== 'GET'),
    addComment,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export interface PullRequestEventOptions {
  number: number;
  /** The base repository, `owner/name`. */
  repository: string;
  /** Set for a pull request from a fork: the head repository's `owner/name`. */
  forkOf?: string;
}

/** Writes a pull_request event payload (the fields mcp-ci reads, shaped as GitHub sends them) and returns its path. */
export async function writePullRequestEvent(dir: string, options: PullRequestEventOptions): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `event-${options.number}${options.forkOf ? '-fork' : ''}.json`);
  const repo = (fullName: string): Record<string, unknown> => ({
    full_name: fullName,
    name: fullName.split('/')[1],
    owner: { login: fullName.split('/')[0] },
  });
  const payload = {
    action: 'synchronize',
    number: options.number,
    pull_request: {
      number: options.number,
      head: { ref: 'feature', sha: HEAD_SHA, repo: repo(options.forkOf ?? options.repository) },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: repo(options.repository) },
    },
    repository: repo(options.repository),
  };
  await writeFile(path, JSON.stringify(payload), 'utf8');
  return path;
}

export interface ActionsEnvOptions {
  apiUrl: string;
  eventPath: string;
  repository: string;
  stepSummary: string;
  eventName?: string;
}

/** The variables a GitHub Actions step sees, pointed at the fake API. */
export function githubActionsEnv(options: ActionsEnvOptions): Record<string, string> {
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: options.eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_RUN_ID: '123456789',
    GITHUB_STEP_SUMMARY: options.stepSummary,
  };
}
