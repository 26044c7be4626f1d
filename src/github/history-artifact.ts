/**
 * Run history as a workflow artifact. Each run downloads one history file (the window of earlier runs, carried
 * forward by the run that wrote it), appends its own entry and uploads the new window under a name unique to the
 * run, attempt and leg. The file is the history file format of src/history/history-file.ts.
 *
 * Pull requests read the base branch's history and never write into it; their own runs form a history of their own
 * (the artifact name carries the PR number), so a re-run of one pull request is compared with the runs before it.
 *
 * Reading history is best effort: an expired or missing artifact, or a run without one, is skipped, a bounded number
 * of runs is tried, and then the run is a first run that says so. A token without `actions: read` is a warning
 * naming the line to add, never a failed run.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArtifactClient } from '@actions/artifact';
import type { HistoryEntry } from '../history/entry.js';
import { appendToWindow, parseHistoryFile, serializeHistoryFile } from '../history/history-file.js';
import type { Octokit } from './octokit.js';
import { isPermissionError } from './octokit.js';
import type { CandidateRun, HistoryScope } from './history-runs.js';
import { branchRuns, historyArtifactName, historyArtifactPattern, pullRequestRuns } from './history-runs.js';

/** Runs a history artifact keeps when no window is given (the `history-window` setting's default). */
export const DEFAULT_HISTORY_WINDOW = 30;
/** Runs looked at for a history artifact before giving up; each costs one API call, and one download at most. */
export const MAX_RUNS_TRIED = 5;
const FILE_NAME = 'history.json';

export interface HistorySource {
  runId: number;
  url: string;
  artifact: string;
  entries: number;
}

export interface LoadedHistory {
  /** The base branch's history (or this branch's), oldest first. */
  branch: HistoryEntry[];
  /** A pull request's own earlier runs, oldest first; empty outside pull requests. */
  own: HistoryEntry[];
  branchSource?: HistorySource;
  ownSource?: HistorySource;
  /** What was skipped and why, one line each, for the log. */
  notes: string[];
  /** Set when reading history needs a permission the token lacks: the warning to show. */
  warning?: string;
}

export interface HistoryArtifactDeps {
  octokit: Octokit;
  artifacts: ArtifactClient;
  token: string;
}

export const MISSING_ACTIONS_READ =
  'mcp-ci could not read the history of earlier runs: the token lacks the `actions: read` permission. ' +
  'Add `actions: read` under `permissions:` of the job (next to the permissions it already has). ' +
  'This run is compared with nothing and starts a new history.';

/** Earlier runs of this leg: the branch's history, and for a pull request its own. At most one download each. */
export async function loadHistory(deps: HistoryArtifactDeps, scope: HistoryScope): Promise<LoadedHistory> {
  const loaded: LoadedHistory = { branch: [], own: [], notes: [] };
  try {
    const branch = await findHistory(deps, scope, await branchRuns(deps.octokit, scope, MAX_RUNS_TRIED), undefined);
    loaded.notes.push(...branch.notes);
    if (branch.found) {
      loaded.branch = branch.found.entries;
      loaded.branchSource = branch.found.source;
    } else {
      loaded.notes.push(`No history for leg "${scope.leg}" on ${scope.branch}: this is a first run there.`);
    }
    if (scope.pullRequest) {
      const candidates = await pullRequestRuns(deps.octokit, scope, MAX_RUNS_TRIED);
      const own = await findHistory(deps, scope, candidates, scope.pullRequest.number);
      loaded.notes.push(...own.notes);
      if (own.found) {
        loaded.own = own.found.entries;
        loaded.ownSource = own.found.source;
      }
    }
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    return { branch: [], own: [], notes: loaded.notes, warning: MISSING_ACTIONS_READ };
  }
  return loaded;
}

/** The entries this run compares with: the branch's, then the pull request's own, oldest first. */
export function previousEntries(loaded: LoadedHistory): HistoryEntry[] {
  return [...loaded.branch, ...loaded.own].sort((a, b) => a.provenance.date.localeCompare(b.provenance.date));
}

/**
 * Uploads the window after this run: on a branch the branch's history plus this entry; on a pull request its own
 * history plus this entry, so the base branch's history is never written by a pull request.
 */
export async function saveHistory(
  artifacts: ArtifactClient,
  scope: HistoryScope,
  loaded: Pick<LoadedHistory, 'branch' | 'own'>,
  entry: HistoryEntry,
  window: number = DEFAULT_HISTORY_WINDOW,
): Promise<{ name: string; id?: number; entries: number }> {
  const entries = appendToWindow(scope.pullRequest ? loaded.own : loaded.branch, entry, window);
  const name = historyArtifactName(scope);
  const dir = await mkdtemp(join(tmpdir(), 'mcp-ci-history-up-'));
  try {
    const file = join(dir, FILE_NAME);
    await writeFile(file, serializeHistoryFile(entries), 'utf8');
    const { id } = await artifacts.uploadArtifact(name, [file], dir);
    return { name, ...(id !== undefined && { id }), entries: entries.length };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

interface Found {
  entries: HistoryEntry[];
  source: HistorySource;
}

/** The newest matching history artifact of the first candidate run that has a usable one. */
async function findHistory(
  deps: HistoryArtifactDeps,
  scope: HistoryScope,
  candidates: readonly CandidateRun[],
  pullRequest: number | undefined,
): Promise<{ found?: Found; notes: string[] }> {
  const notes: string[] = [];
  const pattern = historyArtifactPattern(scope.leg, pullRequest);
  for (const run of candidates) {
    const { data } = await deps.octokit.rest.actions.listWorkflowRunArtifacts({
      owner: scope.owner,
      repo: scope.repo,
      run_id: run.id,
      per_page: 100,
    });
    const matching = data.artifacts
      .map((artifact) => ({ artifact, match: pattern.exec(artifact.name) }))
      .filter(({ match }) => match !== null)
      // A re-run sees its own earlier attempts only, never the attempt running now.
      .filter(({ match }) => run.id !== scope.runId || Number(match?.[2]) < scope.runAttempt)
      .sort((a, b) => Number(b.match?.[2]) - Number(a.match?.[2]));
    const newest = matching[0]?.artifact;
    if (!newest) {
      notes.push(`Run ${run.id} has no history artifact for leg "${scope.leg}"; skipped.`);
      continue;
    }
    if (newest.expired) {
      notes.push(`Run ${run.id}: history artifact ${newest.name} has expired; skipped.`);
      continue;
    }
    try {
      const entries = await download(deps, scope, run.id, newest.id, newest.name);
      return {
        found: { entries, source: { runId: run.id, url: run.url, artifact: newest.name, entries: entries.length } },
        notes,
      };
    } catch (error) {
      notes.push(`Run ${run.id}: history artifact ${newest.name} could not be read (${messageOf(error)}); skipped.`);
    }
  }
  return { notes };
}

async function download(
  deps: HistoryArtifactDeps,
  scope: HistoryScope,
  runId: number,
  artifactId: number,
  name: string,
): Promise<HistoryEntry[]> {
  const dir = await mkdtemp(join(tmpdir(), 'mcp-ci-history-down-'));
  try {
    await deps.artifacts.downloadArtifact(artifactId, {
      path: dir,
      findBy: { token: deps.token, workflowRunId: runId, repositoryOwner: scope.owner, repositoryName: scope.repo },
    });
    const files = await readdir(dir);
    if (!files.includes(FILE_NAME)) throw new Error(`it holds no ${FILE_NAME}`);
    return parseHistoryFile(await readFile(join(dir, FILE_NAME), 'utf8'), `${name}/${FILE_NAME}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
