/** Writes the merged report files (report.md and junit.xml) into the output folder. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportLinks } from '../report/document.js';
import { renderMergedMarkdown } from './document.js';
import { renderMergedJunit } from './junit.js';
import type { MergedRun } from './merge.js';

export async function writeMergedReports(
  merged: MergedRun,
  outDir: string,
  options: { commentId: string; links?: ReportLinks },
): Promise<{ junitPath: string; markdownPath: string }> {
  await mkdir(outDir, { recursive: true });
  const junitPath = join(outDir, 'junit.xml');
  const markdownPath = join(outDir, 'report.md');
  await Promise.all([
    writeFile(junitPath, renderMergedJunit(merged), 'utf8'),
    writeFile(markdownPath, renderMergedMarkdown(merged, options), 'utf8'),
  ]);
  return { junitPath, markdownPath };
}
