/**
 * Where a run came from. In GitHub Actions the runner's variables say it all; elsewhere git says the commit and
 * branch when the folder is a repository with a commit, and the event is `local`. git runs without a shell, and a
 * folder without git, or a repository without commits, is a run without a commit, not an error.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { HISTORY_EVENTS, type HistoryEvent, type Provenance } from './entry.js';

const exec = promisify(execFile);

/** git's answer, or undefined when git is missing, the folder is no repository, or HEAD has no commit. */
async function git(args: string[], cwd: string): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', args, { cwd, timeout: 5_000, windowsHide: true });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

export async function detectProvenance(options: {
  env: NodeJS.ProcessEnv;
  cwd: string;
  date: string;
  leg?: string;
}): Promise<Provenance> {
  const { env, cwd, date } = options;
  const leg = options.leg !== undefined ? { leg: options.leg } : {};
  if (env.GITHUB_ACTIONS === 'true') {
    const name = env.GITHUB_EVENT_NAME ?? '';
    // pull_request_target runs for a pull request too; any other event is compared like a push.
    const event: HistoryEvent = name.startsWith('pull_request')
      ? 'pull_request'
      : (HISTORY_EVENTS as readonly string[]).includes(name)
        ? (name as HistoryEvent)
        : 'push';
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return {
      ...(env.GITHUB_SHA && { commit: env.GITHUB_SHA }),
      ...(env.GITHUB_REF && { ref: env.GITHUB_REF }),
      event,
      ...(env.GITHUB_RUN_ID && { runId: env.GITHUB_RUN_ID }),
      ...(Number.isInteger(attempt) && attempt > 0 && { runAttempt: attempt }),
      ...(env.GITHUB_WORKFLOW && { workflow: env.GITHUB_WORKFLOW }),
      ...leg,
      date,
    };
  }
  const [commit, ref] = await Promise.all([
    git(['rev-parse', '--verify', '--quiet', 'HEAD'], cwd),
    git(['symbolic-ref', '--quiet', 'HEAD'], cwd),
  ]);
  return { ...(commit && { commit }), ...(ref && { ref }), event: 'local', ...leg, date };
}
