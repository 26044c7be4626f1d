/**
 * The history artifacts and the nightly issue as the action uses them: load the earlier runs before the run, hand
 * them to run() as its history backend (which saves the new window), and decide whether this is a nightly run. Every
 * problem here is a warning: history and issues never change the verdict.
 */
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import type { HistoryBackend } from '../history/backend.js';
import { targetKey } from '../history/entry.js';
import type { LoadedHistory } from './history-artifact.js';
import { loadHistory, previousEntries, saveHistory } from './history-artifact.js';
import type { HistoryScope } from './history-runs.js';
import { readHistoryScope, runUrl } from './history-runs.js';
import type { NightlyContext } from './nightly-issue.js';
import { createOctokit } from './octokit.js';

export interface CiHistory {
  scope: HistoryScope;
  loaded: LoadedHistory;
}

const artifacts = new DefaultArtifactClient();

/** Undefined outside GitHub Actions; an empty history when earlier runs cannot be read (with a warning). */
export async function loadCiHistory(token: string, leg: string): Promise<CiHistory | undefined> {
  const scope = await readHistoryScope(leg);
  if (!scope) return undefined;
  try {
    const loaded = await loadHistory({ octokit: createOctokit(token), artifacts, token }, scope);
    for (const note of loaded.notes) core.info(note);
    if (loaded.warning) core.warning(loaded.warning);
    return { scope, loaded };
  } catch (error) {
    core.warning(
      `mcp-ci could not read the history of earlier runs: ${messageOf(error)}. This run starts a new history.`,
    );
    return { scope, loaded: { branch: [], own: [], notes: [] } };
  }
}

/**
 * The artifact history as run() uses a history: it compares with the earlier runs of the same target and hands
 * this run's entry to `record`, which uploads the new window. A failed upload is a warning, never a failed run.
 */
export function artifactHistoryBackend(history: CiHistory): HistoryBackend {
  const { scope, loaded } = history;
  return {
    baseLabel: scope.branch,
    previous: async (current, window) =>
      previousEntries(loaded)
        .filter((entry) => targetKey(entry.target) === targetKey(current.target))
        .slice(-window),
    record: async (entry, window) => {
      try {
        const saved = await saveHistory(artifacts, scope, loaded, entry, window);
        core.info(`History saved as artifact ${saved.name} (${saved.entries} runs).`);
      } catch (error) {
        core.warning(`mcp-ci could not save this run's history artifact: ${messageOf(error)}`);
      }
    },
    close: async () => undefined,
  };
}

/** Scheduled and manually started runs are nightly runs; `mode: nightly` makes any run one. */
export function isNightlyRun(event: string | undefined, mode: string): boolean {
  return mode === 'nightly' || event === 'schedule' || event === 'workflow_dispatch';
}

export function nightlyContext(history: CiHistory, env: NodeJS.ProcessEnv = process.env): NightlyContext {
  const { scope, loaded } = history;
  const base = loaded.branch.at(-1);
  return {
    owner: scope.owner,
    repo: scope.repo,
    workflow: scope.workflow,
    leg: scope.leg,
    branch: scope.branch,
    runUrl: runUrl(scope, scope.runId, env),
    ...(loaded.branchSource && { baseRunUrl: loaded.branchSource.url }),
    ...(base?.provenance.commit && { baseCommit: base.provenance.commit }),
    ...(env.GITHUB_SHA && { commit: env.GITHUB_SHA }),
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
