/**
 * The job summary: the same report as the PR comment with room for the full failure list and evidence, under
 * the 1 MiB a step's summary may hold.
 */
import type { RunResult } from '../model.js';
import { fitToBudget, measureBytes } from './budget.js';
import { buildReportModel, itemCount, renderDocument } from './document.js';
import type { ReportLinks } from './document.js';
import { mdLink } from './escape.js';

/** GitHub refuses a step summary larger than 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryOptions {
  strict: boolean;
  maxBytes?: number;
  links?: Pick<ReportLinks, 'artifactUrl'>;
}

export function renderSummary(result: RunResult, options: SummaryOptions): string {
  const artifact = options.links?.artifactUrl
    ? `the ${mdLink('report artifact', options.links.artifactUrl)}`
    : 'the report artifact';
  const elsewhere = `${artifact} (report.md, junit.xml, results.json)`;
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  const model = buildReportModel(result, {
    strict: options.strict,
    links: options.links,
    limitLabel: `the job summary's ${limit === SUMMARY_LIMIT_BYTES ? '1 MiB' : `${limit.toLocaleString('en-US')}-byte`} limit`,
    elsewhere,
  });
  return fitToBudget(
    (plan) => renderDocument(model, plan),
    itemCount(model),
    { limit, measure: measureBytes },
    `> [!NOTE]\n> The rest of this report did not fit in the job summary; it is in ${elsewhere}.`,
  );
}
