/**
 * The action's `mode: merge`: one report for a job matrix. The legs' report folders (downloaded with
 * actions/download-artifact) become one report.md, one junit.xml, one job summary and one sticky comment; the
 * step fails when a leg failed, as the legs' own steps would have. Publishing problems are warnings.
 */
import * as core from '@actions/core';
import type { SettingsInput } from '../config/schema.js';
import { mergeConsoleText } from '../merge/console.js';
import { mergeReportFolders, parseMergeSettings, renderMergedMarkdown, renderMergedSummary } from '../merge/index.js';
import type { MergedRun } from '../merge/index.js';
import { COMMENT_LIMIT } from '../report/markdown.js';
import { withFindingsDigest } from './findings-digest.js';
import { mergedFindingsDigest } from './merged-digest.js';
import { postOrSaveComment, runLinks, writeJobSummary } from './publish.js';

export interface MergeModeInputs {
  reports: string[];
  settings: SettingsInput;
  githubToken?: string;
}

export async function runMergeMode(inputs: MergeModeInputs, cwd: string): Promise<MergedRun> {
  const settings = parseMergeSettings(inputs.settings, (key) => `input ${key}`);
  const { merged, outDir, markdownPath } = await mergeReportFolders({
    reports: inputs.reports,
    cwd,
    settings,
    source: 'input reports',
  });
  process.stdout.write(mergeConsoleText(merged));
  core.setOutput('passed', merged.summary.pass);
  core.setOutput('failed', merged.summary.fail);
  core.setOutput('warnings', merged.summary.warn);
  core.setOutput('skipped', merged.summary.skip);
  core.setOutput('report-dir', outDir);
  core.info(`Merged report: ${markdownPath}`);

  const links = runLinks(process.env);
  await writeJobSummary(() => renderMergedSummary(merged, { links }));
  if (settings.comment === 'off') return merged;
  const digest = mergedFindingsDigest(merged);
  const body = withFindingsDigest(
    renderMergedMarkdown(merged, {
      commentId: settings['comment-id'],
      links,
      maxChars: COMMENT_LIMIT - withFindingsDigest('', digest).length,
    }),
    digest,
  );
  try {
    await postOrSaveComment(body, { token: inputs.githubToken ?? '', commentId: settings['comment-id'], outDir });
  } catch (error) {
    core.warning(`mcp-ci could not post the PR comment: ${error instanceof Error ? error.message : String(error)}`);
  }
  return merged;
}
