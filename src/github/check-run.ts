/**
 * The optional check run: the verdict as a status check of its own (a branch protection rule can require it by
 * name), the report as its summary, and annotations that put each failure where it was written: failing flow steps
 * on their flow file line, failing checks that a setting is involved in on that mcp-ci.yml line.
 *
 * GitHub takes at most 50 annotations per request, so the check run is created with the first 50 and updated with
 * each further 50; the summary is fitted to GitHub's 65,535-character limit by the report's size budget.
 */
import type { ParsedConfigFile, SettingsPath } from '../config/file.js';
import type { RunResult } from '../model.js';
import { flowAnnotations } from '../flows/annotations.js';
import type { ReportLinks } from '../report/document.js';
import { oneLine, stripControl } from '../report/escape.js';
import { renderMarkdown } from '../report/markdown.js';
import { describeOutcome } from '../outcome.js';
import type { Octokit } from './octokit.js';

/** GitHub's limit on a check run's output.summary. */
export const CHECK_SUMMARY_LIMIT = 65_535;
/** GitHub's limit on annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const ANNOTATION_MESSAGE_CHARS = 4_000;

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  title: string;
  message: string;
}

export interface CheckRunTarget {
  owner: string;
  repo: string;
  /** The commit the check belongs to: a pull request's head commit, not the merge commit the job checked out. */
  headSha: string;
}

export interface CheckRunInput {
  name: string;
  result: RunResult;
  strict: boolean;
  commentId: string;
  links?: ReportLinks;
  annotations: readonly CheckAnnotation[];
}

export interface CheckRunOutcome {
  id: number;
  url: string;
  requests: number;
}

/** Passed is success; a failed gate, a boot failure, a configuration or internal error is failure. */
export function checkConclusion(result: RunResult): 'success' | 'failure' {
  return result.outcome === 'passed' ? 'success' : 'failure';
}

/** Flow annotations plus setting annotations, failures first, each message plain text without control characters. */
export function checkRunAnnotations(result: RunResult, configFile: ParsedConfigFile | undefined): CheckAnnotation[] {
  const flows = flowAnnotations(result.flows).map((annotation): CheckAnnotation => ({
    path: annotation.file,
    start_line: annotation.line,
    end_line: annotation.line,
    annotation_level: 'failure',
    title: oneLine(annotation.title, 255),
    message: stripControl(annotation.message),
  }));
  return [...flows, ...(configFile ? settingAnnotations(result, configFile) : [])];
}

/**
 * Failures a setting in mcp-ci.yml is part of: an expected failure that no longer fails (the entry to remove) and
 * a benchmark budget that was exceeded (the limit to look at).
 */
export function settingAnnotations(result: RunResult, file: ParsedConfigFile): CheckAnnotation[] {
  const at = (
    settingsPath: SettingsPath,
    level: CheckAnnotation['annotation_level'],
    title: string,
    message: string,
  ) => {
    const line = lineOf(file.locateValue(settingsPath));
    return {
      path: file.displayName,
      start_line: line,
      end_line: line,
      annotation_level: level,
      title: oneLine(title, 255),
      message: oneLine(message, ANNOTATION_MESSAGE_CHARS),
    };
  };
  const annotations: CheckAnnotation[] = [];
  const expected = Array.isArray(file.settings['expected-failures']) ? file.settings['expected-failures'] : [];
  for (const check of result.checks) {
    if (check.status !== 'fail' || !check.policy?.staleExpectedFailure) continue;
    const index = expected.findIndex((item: unknown) => (typeof item === 'string' ? item : idOf(item)) === check.id);
    annotations.push(
      at(
        index >= 0 ? ['expected-failures', index] : ['expected-failures'],
        'failure',
        `mcp-ci: ${check.id} is listed as an expected failure but passed`,
        check.message,
      ),
    );
  }
  const bench = isRecord(file.settings.bench) ? file.settings.bench : {};
  const calls = Array.isArray(bench.calls) ? (bench.calls as unknown[]) : [];
  for (const operation of result.bench) {
    for (const budget of operation.budgets ?? []) {
      if (budget.status !== 'fail') continue;
      const call = calls.findIndex((item) => isRecord(item) && (item.name ?? item.tool) === operation.name);
      const settingsPath =
        call >= 0 ? ['bench', 'calls', call, budget.name] : ['bench', 'budgets', operation.name, budget.name];
      annotations.push(
        at(
          settingsPath,
          'failure',
          `mcp-ci: ${operation.name} at concurrency ${operation.concurrency} exceeded ${budget.name}`,
          `${budget.name} is ${budget.limit}; measured ${budget.actual}.`,
        ),
      );
    }
  }
  return annotations;
}

/** Creates the check run (completed, with its conclusion) and adds the annotations past the first 50 in batches. */
export async function publishCheckRun(
  octokit: Octokit,
  target: CheckRunTarget,
  input: CheckRunInput,
): Promise<CheckRunOutcome> {
  const batches: CheckAnnotation[][] = [];
  for (let start = 0; start < input.annotations.length; start += ANNOTATIONS_PER_REQUEST) {
    batches.push(input.annotations.slice(start, start + ANNOTATIONS_PER_REQUEST));
  }
  // Rendered once: the size budget may render a large report several times over.
  const title = oneLine(describeOutcome(input.result), 255);
  const summary = renderMarkdown(input.result, {
    strict: input.strict,
    commentId: input.commentId,
    links: input.links,
    maxChars: CHECK_SUMMARY_LIMIT,
  });
  const output = (annotations: CheckAnnotation[] | undefined) => ({
    title,
    summary,
    ...(annotations && { annotations }),
  });
  const { data } = await octokit.rest.checks.create({
    owner: target.owner,
    repo: target.repo,
    name: input.name,
    head_sha: target.headSha,
    status: 'completed',
    conclusion: checkConclusion(input.result),
    ...(input.links?.summaryUrl && { details_url: input.links.summaryUrl }),
    output: output(batches[0]),
  });
  for (const batch of batches.slice(1)) {
    await octokit.rest.checks.update({
      owner: target.owner,
      repo: target.repo,
      check_run_id: data.id,
      output: output(batch),
    });
  }
  return { id: data.id, url: data.html_url ?? '', requests: Math.max(1, batches.length) };
}

/** `mcp-ci.yml:14:9` -> 14. */
function lineOf(location: string): number {
  const match = /:(\d+):\d+$/.exec(location);
  return match ? Number(match[1]) : 1;
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' ? item.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
