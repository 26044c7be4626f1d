/**
 * One JUnit file for a job matrix: each leg's suites as the single-run report writes them, prefixed with the leg's
 * name, and a failing testcase for a leg whose results are missing, so a CI test viewer cannot show it as green.
 */
import { addRunSuites, newJunitBuilder } from '../report/junit.js';
import { oneLine, xmlText } from '../report/escape.js';
import type { MergedRun } from './merge.js';

export function renderMergedJunit(merged: MergedRun): string {
  const builder = newJunitBuilder('mcp-ci matrix');
  for (const leg of merged.legs) {
    if (leg.result) {
      addRunSuites(builder, leg.result, merged.strict, leg.name);
      continue;
    }
    builder
      .testSuite()
      .name(xmlText(`${leg.name}/results`))
      .testCase()
      .className(xmlText(leg.name))
      .name('results.json')
      .failure(xmlText(oneLine(`no results: ${leg.problem ?? 'no results.json'}`, 500)), 'no-results');
  }
  return builder.build();
}
