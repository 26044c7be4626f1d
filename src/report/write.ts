/** Writes the file reports into the output folder; results.json is the core's, written beside them. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunResult } from '../model.js';
import type { ReportLinks } from './document.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

export interface WriteReportsOptions {
  strict: boolean;
  commentId: string;
  links?: ReportLinks;
}

export async function writeReports(
  result: RunResult,
  outDir: string,
  options: WriteReportsOptions,
): Promise<{ junitPath: string; markdownPath: string }> {
  await mkdir(outDir, { recursive: true });
  const junitPath = join(outDir, 'junit.xml');
  const markdownPath = join(outDir, 'report.md');
  await Promise.all([
    writeFile(junitPath, renderJunit(result, { strict: options.strict }), 'utf8'),
    writeFile(markdownPath, renderMarkdown(result, options), 'utf8'),
  ]);
  return { junitPath, markdownPath };
}
