/**
 * `run` and `run_status`. A run streams its progress to the caller (`notifications/progress` with the caller's
 * token, a `notifications/message` line per failure) and stops, with every process it started, when the caller
 * cancels the request.
 */
import path from 'node:path';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { maskSecrets } from '../../config/secrets.js';
import { PROTOCOL_VERSIONS } from '../../model.js';
import { pickTarget, type ServeContext } from '../context.js';
import type { SessionLog } from '../logging.js';
import { doneCount, totalCount, logLine } from '../progress.js';
import { asToolResult, runView, runViewShape } from '../run-view.js';
import { RunRegistry } from '../runs.js';
import { runConfig, SUITES } from '../targets.js';

export function registerRunTools(mcp: McpServer, context: ServeContext, log: SessionLog): void {
  mcp.registerTool(
    'run',
    {
      title: 'Run mcp-ci on a target',
      description:
        'Boots a server declared in the project (by target name) and runs the conformance suite, its flows, its ' +
        'benchmarks, or all of them; answers with the verdict and each failure once the run ends. Progress and ' +
        'failures stream as notifications while it runs; cancelling the request stops the run and its processes.',
      inputSchema: {
        target: z
          .string()
          .min(1)
          .optional()
          .describe(
            'Target name: the comment-id of one of the settings files mcp-ci serve was given (default: "default", or the only one)',
          ),
        suite: z.enum(SUITES).default('all').describe('What to run; "all" runs what the target\'s settings set up'),
        flows: z
          .array(z.string().min(1))
          .optional()
          .describe("Flow files, relative to the project root, instead of the target's flows (suites flows and all)"),
        protocolVersion: z.enum(PROTOCOL_VERSIONS).optional().describe('Test this protocol version only'),
      },
      outputSchema: runViewShape,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    async ({ target: name, suite, flows, protocolVersion }, extra) => {
      const target = pickTarget(context, name);
      const id = RunRegistry.newId();
      const config = await runConfig(
        context.root,
        target,
        { suite, ...(flows && { flows }), ...(protocolVersion && { protocolVersion }) },
        (base) => path.join(base.outDir, 'runs', id),
      );
      const token = extra._meta?.progressToken;
      // Notifications leave in the order the run produced them.
      let sending = Promise.resolve();
      const started = context.runs.start(id, target.name, suite, config, (update, record) => {
        const progress = doneCount(record.progress);
        const total = totalCount(record.progress, suite);
        sending = sending.then(async () => {
          try {
            if (update.log)
              await log.send(extra, update.log.level, logLine(maskSecrets(update.log.text, config.secrets)));
            if (update.step && token !== undefined) {
              await extra.sendNotification({
                method: 'notifications/progress',
                params: {
                  progressToken: token,
                  progress,
                  ...(total !== undefined && { total }),
                  message: logLine(maskSecrets(update.step, config.secrets)),
                },
              });
            }
          } catch {
            // The client went away; the run goes on to its end or its cancellation.
          }
        });
      });
      const cancel = () => started.cancel('cancelled');
      extra.signal.addEventListener('abort', cancel, { once: true });
      const record = await started.done;
      extra.signal.removeEventListener('abort', cancel);
      await sending;
      return asToolResult(runView(record));
    },
  );

  mcp.registerTool(
    'run_status',
    {
      title: 'Status of a run',
      description: 'How a run started by this server is doing or how it ended: the newest run when no id is given.',
      inputSchema: { runId: z.string().min(1).optional().describe('The runId the run tool answered with') },
      outputSchema: runViewShape,
      annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    ({ runId }) => {
      const record = runId === undefined ? context.runs.list()[0] : context.runs.get(runId);
      if (!record) {
        throw new Error(
          runId === undefined
            ? 'no run yet: start one with the run tool'
            : `no run "${runId}" (runs are kept while mcp-ci serve runs)`,
        );
      }
      return asToolResult(runView(record));
    },
  );
}
