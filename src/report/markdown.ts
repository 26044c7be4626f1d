/**
 * The PR comment body: the report document under GitHub's comment size limit, first line the hidden marker
 * that lets the sticky comment be found and updated in place.
 */
import type { RunResult } from '../model.js';
import { fitToBudget, measureChars } from './budget.js';
import { buildReportModel, itemCount, renderDocument } from './document.js';
import type { ReportLinks } from './document.js';
import { mdLink } from './escape.js';

/** GitHub rejects issue and pull request comments longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

export interface MarkdownOptions {
  strict: boolean;
  commentId: string;
  maxChars?: number;
  links?: ReportLinks;
}

/** The hidden first line of the comment; `commentId` keeps the comments of a job matrix apart. */
export function commentMarker(commentId: string): string {
  return `<!-- mcp-ci:${commentId} -->`;
}

export function renderMarkdown(result: RunResult, options: MarkdownOptions): string {
  const limit = options.maxChars ?? COMMENT_LIMIT;
  const elsewhere = whereTheFullReportIs(options.links);
  const model = buildReportModel(result, {
    strict: options.strict,
    marker: commentMarker(options.commentId),
    links: options.links,
    limitLabel: `GitHub's ${limit.toLocaleString('en-US')}-character comment limit`,
    elsewhere,
  });
  return fitToBudget(
    (plan) => renderDocument(model, plan),
    itemCount(model),
    { limit, measure: measureChars },
    `> [!NOTE]\n> The rest of this report did not fit in a comment; it is in ${elsewhere}.`,
  );
}

function whereTheFullReportIs(links: ReportLinks | undefined): string {
  const summary = links?.summaryUrl ? mdLink('the job summary', links.summaryUrl) : 'the job summary';
  const artifact = links?.artifactUrl ? `the ${mdLink('report artifact', links.artifactUrl)}` : 'the report artifact';
  return `${summary} and ${artifact} (report.md, junit.xml, results.json)`;
}
