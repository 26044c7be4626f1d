/**
 * GitHub Actions as the history artifacts see it, on one fake server: the REST endpoints for workflow runs and
 * their artifacts, the results service's twirp endpoints @actions/artifact uploads through, and the blob storage
 * behind the signed URLs (Azure block uploads in, the stored bytes out). Uploads go through the real
 * @actions/artifact client, so a test's "earlier run" writes its artifact the same way the action does.
 */
import type { FakeApi } from './fake-api.js';
import { NOT_ACCESSIBLE } from './fake-api.js';

export interface FakeRun {
  id: number;
  attempt?: number;
  event: 'push' | 'pull_request' | 'schedule' | 'workflow_dispatch';
  branch: string;
  conclusion: 'success' | 'failure' | 'cancelled';
  headSha?: string;
  workflow?: string;
}

export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  bytes: Buffer;
  expired: boolean;
}

export interface FakeActions {
  runs: FakeRun[];
  artifacts: FakeArtifact[];
  /** The runtime token the runner gives a job of this run: a JWT whose scope names the run's backend ids. */
  runtimeToken(runId: number): string;
  /** Which run the next upload belongs to (the results service knows it from the runtime token). */
  env(runId: number): Record<string, string>;
  /** Listing runs answers 403 as for a token without `actions: read`. */
  denyActionsRead(): void;
}

/** The client sends protobuf JSON with the proto field names. */
function twirpBody(body: unknown): { runBackendId: string; name: string } {
  const fields = body as { workflow_run_backend_id?: string; workflowRunBackendId?: string; name: string };
  return { runBackendId: fields.workflow_run_backend_id ?? fields.workflowRunBackendId ?? '', name: fields.name };
}

const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';

export function fakeActions(api: FakeApi, repository = 'acme/files'): FakeActions {
  const runs: FakeRun[] = [];
  const artifacts: FakeArtifact[] = [];
  const pending = new Map<string, { runId: number; name: string; blocks: Map<string, Buffer>; bytes?: Buffer }>();
  let nextArtifact = 9_000;
  let denied = false;
  const repo = repository.replace('/', '\\/');

  const runtimeToken = (runId: number): string => {
    const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead Actions.Results:run-${runId}:job-${runId}` })}.sig`;
  };
  const runOf = (backendId: unknown): number => Number(String(backendId).replace('run-', ''));

  api.on('GET', new RegExp(`^/repos/${repo}/actions/workflows/([^/]+)/runs$`), (request, match) => {
    if (denied) return { status: 403, body: NOT_ACCESSIBLE };
    const { branch, status, event } = request.query;
    const matching = runs
      .filter((run) => (run.workflow ?? 'ci.yml') === decodeURIComponent(match[1] ?? ''))
      .filter((run) => !branch || run.branch === branch)
      .filter((run) => !event || run.event === event)
      .filter((run) => !status || status === 'completed' || run.conclusion === status)
      .sort((a, b) => b.id - a.id);
    const perPage = Number(request.query.per_page ?? 30);
    return {
      body: {
        total_count: matching.length,
        workflow_runs: matching.slice(0, perPage).map((run) => ({
          id: run.id,
          run_attempt: run.attempt ?? 1,
          event: run.event,
          head_branch: run.branch,
          head_sha: run.headSha ?? 'd'.repeat(40),
          status: 'completed',
          conclusion: run.conclusion,
          html_url: `https://github.com/${repository}/actions/runs/${run.id}`,
          created_at: '2026-03-01T02:00:00Z',
        })),
      },
    };
  });
  api.on('GET', new RegExp(`^/repos/${repo}/actions/runs/(\\d+)/artifacts$`), (request, match) => {
    if (denied) return { status: 403, body: NOT_ACCESSIBLE };
    const listed = artifacts.filter((artifact) => artifact.runId === Number(match[1]));
    const name = request.query.name;
    const named = name ? listed.filter((artifact) => artifact.name === name) : listed;
    return {
      body: {
        total_count: named.length,
        artifacts: named.map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          size_in_bytes: artifact.bytes.length,
          expired: artifact.expired,
          created_at: '2026-03-01T02:10:00Z',
          workflow_run: { id: artifact.runId },
        })),
      },
    };
  });
  api.on('GET', new RegExp(`^/repos/${repo}/actions/artifacts/(\\d+)/zip$`), (_request, match) => {
    const artifact = artifacts.find((candidate) => candidate.id === Number(match[1]));
    if (!artifact) return { status: 404, body: { message: 'Not Found' } };
    if (artifact.expired) return { status: 410, body: { message: 'Artifact has expired' } };
    return { status: 302, headers: { location: `${api.url}/blob-download/${artifact.id}.zip?sig=download` } };
  });
  api.on('GET', /^\/blob-download\/(\d+)\.zip$/, (_request, match) => {
    const artifact = artifacts.find((candidate) => candidate.id === Number(match[1]));
    if (!artifact) return { status: 404, body: { message: 'BlobNotFound' } };
    return { body: artifact.bytes, headers: { 'content-type': 'application/zip' } };
  });

  api.on('POST', new RegExp(`^${TWIRP}/CreateArtifact$`), (request) => {
    const body = twirpBody(request.body);
    const key = `${body.runBackendId}/${body.name}`;
    pending.set(key, { runId: runOf(body.runBackendId), name: body.name, blocks: new Map() });
    return {
      body: {
        ok: true,
        signedUploadUrl: `${api.url}/blob-upload/account/container/${encodeURIComponent(key)}?sig=upload`,
      },
    };
  });
  api.on('PUT', /^\/blob-upload\/account\/container\/(.+)$/, (request, match) => {
    const upload = pending.get(decodeURIComponent(match[1] ?? ''));
    if (!upload) return { status: 404, body: { message: 'BlobNotFound' } };
    if (request.query.comp === 'block') {
      upload.blocks.set(request.query.blockid ?? '', request.raw);
    } else if (request.query.comp === 'blocklist') {
      const ids = [...request.raw.toString('utf8').matchAll(/<Latest>([^<]*)<\/Latest>/g)].map(
        (found) => found[1] ?? '',
      );
      upload.bytes = Buffer.concat(ids.map((id) => upload.blocks.get(id) ?? Buffer.alloc(0)));
    } else {
      upload.bytes = request.raw;
    }
    return { status: 201, headers: { etag: '"0x1"', 'last-modified': new Date().toUTCString() } };
  });
  api.on('POST', new RegExp(`^${TWIRP}/FinalizeArtifact$`), (request) => {
    const body = twirpBody(request.body);
    const upload = pending.get(`${body.runBackendId}/${body.name}`);
    if (!upload?.bytes) return { status: 400, body: { code: 'invalid_argument', msg: 'nothing uploaded' } };
    const artifact = {
      id: nextArtifact++,
      runId: upload.runId,
      name: upload.name,
      bytes: upload.bytes,
      expired: false,
    };
    artifacts.push(artifact);
    return { body: { ok: true, artifactId: String(artifact.id) } };
  });

  return {
    runs,
    artifacts,
    runtimeToken,
    env: (runId) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(runId),
      ACTIONS_RESULTS_URL: `${api.url}/`,
      GITHUB_RUN_ID: String(runId),
    }),
    denyActionsRead: () => {
      denied = true;
    },
  };
}
