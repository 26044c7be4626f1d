/** action.yml as data: generated from the inputs table by `npm run action:yml`, compared by a test. */
import { ACTION_INPUTS } from './inputs.js';

export const ACTION_OUTPUTS: Record<string, string> = {
  passed: 'Number of passed checks, flow steps and benchmark budgets.',
  failed: 'Number of failed ones (expected failures are counted as warnings).',
  warnings: 'Number of warnings (SHOULD rules, heuristics, expected failures).',
  skipped: 'Number of skipped checks (not applicable; the reason is in the report).',
  'results-path': 'Path of results.json.',
  'report-dir': 'Folder with results.json, junit.xml, report.md, transcript.jsonl and server-stderr.log.',
};

export function actionMetadata(): Record<string, unknown> {
  return {
    name: 'mcp-ci',
    description:
      'Test a Model Context Protocol server in CI: spec conformance, flows and latency benchmarks, with JUnit, a sticky PR comment and a job summary.',
    author: 'mcp-ci',
    branding: { icon: 'check-circle', color: 'green' },
    inputs: Object.fromEntries(
      ACTION_INPUTS.map((input) => [
        input.name,
        {
          description: input.description,
          required: false,
          ...(input.default !== undefined && { default: input.default }),
        },
      ]),
    ),
    outputs: Object.fromEntries(Object.entries(ACTION_OUTPUTS).map(([name, description]) => [name, { description }])),
    runs: { using: 'node24', main: 'dist/index.js' },
  };
}

export function actionYml(stringify: (value: unknown, options: { lineWidth: number }) => string): string {
  return `# Generated from src/config/inputs.ts by \`npm run action:yml\`; do not edit by hand.\n${stringify(actionMetadata(), { lineWidth: 0 })}`;
}
