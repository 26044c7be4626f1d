/**
 * `mcp-ci merge` and the action's `mode: merge`: read the legs' report folders, merge them, write report.md and
 * junit.xml into the output folder. Both front ends call this; publishing (job summary, comment) is the action's.
 */
import { resolve } from 'node:path';
import type { z } from 'zod';
import { ConfigError } from '../config/errors.js';
import { settingsSchema } from '../config/schema.js';
import type { SettingsInput } from '../config/schema.js';
import { readLegs } from './legs.js';
import { mergeLegs } from './merge.js';
import type { MergedRun } from './merge.js';
import { writeMergedReports } from './write.js';

export { renderMergedMarkdown, renderMergedSummary } from './document.js';
export type { MergedRun } from './merge.js';

/** The settings a merge uses, validated by the same rules as a run's. */
const mergeSettingsSchema = settingsSchema.pick({
  out: true,
  strict: true,
  comment: true,
  'comment-id': true,
  quiet: true,
});
export type MergeSettings = z.output<typeof mergeSettingsSchema>;

/** `describe(key)` says where a key came from in messages: `--out`, `input out`. */
export function parseMergeSettings(input: SettingsInput, describe: (key: string) => string): MergeSettings {
  const parsed = mergeSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const key = String(issue?.path[0] ?? '');
  throw new ConfigError(`${describe(key)}: ${issue?.message ?? 'invalid'}`, key, describe(key));
}

export interface MergeRequest {
  /** Report folders or globs, relative to `cwd`. */
  reports: readonly string[];
  cwd: string;
  settings: MergeSettings;
  /** Names the source of `reports` in messages: `mcp-ci merge`, `input reports`. */
  source: string;
}

export async function mergeReportFolders(
  request: MergeRequest,
): Promise<{ merged: MergedRun; outDir: string; markdownPath: string; junitPath: string }> {
  const legs = await readLegs(request.reports, request.cwd, request.source);
  const outDir = resolve(request.cwd, request.settings.out);
  const overwritten = legs.find((leg) => resolve(request.cwd, leg.folder) === outDir);
  if (overwritten) {
    throw new ConfigError(
      `out: ${request.settings.out} is the report folder of leg "${overwritten.name}"; write the merged report to another folder`,
      'out',
    );
  }
  const merged = mergeLegs(legs, request.settings.strict);
  const written = await writeMergedReports(merged, outDir, { commentId: request.settings['comment-id'] });
  return { merged, outDir, ...written };
}
