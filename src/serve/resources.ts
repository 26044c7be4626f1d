/**
 * Each run's report.md and results.json as resources, `mcp-ci://runs/{runId}/report.md` and `.../results.json`,
 * listed once the run has written them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import { RESOURCE_NOT_FOUND } from '../../examples/servers/spec-fixes.js';
import type { ServeContext } from './context.js';
import { reportUri, resultsUri } from './run-view.js';
import type { RunRecord } from './runs.js';

const FILES = [
  { file: 'report.md', uri: reportUri, mimeType: 'text/markdown', what: 'the report (the PR comment body)' },
  { file: 'results.json', uri: resultsUri, mimeType: 'application/json', what: 'every result, with evidence' },
] as const;

export function registerRunResources(mcp: McpServer, context: ServeContext): void {
  for (const { file, uri, mimeType, what } of FILES) {
    const finished = () => context.runs.list().filter((run) => run.result !== undefined);
    mcp.registerResource(
      `run-${file}`,
      new ResourceTemplate(uri('{runId}'), {
        list: () => ({
          resources: finished().map((run) => ({
            uri: uri(run.id),
            name: `${run.id}/${file}`,
            title: `${file} of run ${run.id} (${run.target}, ${run.status})`,
            mimeType,
          })),
        }),
      }),
      { title: `Run ${file}`, description: `A run's ${file}: ${what}`, mimeType },
      async (resourceUri, { runId }) => {
        const run = typeof runId === 'string' ? context.runs.get(runId) : undefined;
        const text = run?.result ? await readReport(run, file) : undefined;
        if (text === undefined) throw new McpError(RESOURCE_NOT_FOUND, 'Resource not found', { uri: resourceUri.href });
        return { contents: [{ uri: resourceUri.href, mimeType, text }] };
      },
    );
  }
}

async function readReport(run: RunRecord, file: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(run.outDir, file), 'utf8');
  } catch {
    return undefined;
  }
}
