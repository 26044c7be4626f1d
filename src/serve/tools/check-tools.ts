/** `list_checks` and `explain_check`: the conformance catalogue, and what one check demands and how to fix it. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { CATALOGUE, specUrl } from '../../checks/registry.js';
import { PROTOCOL_VERSIONS, SECTIONS } from '../../model.js';
import type { ServeContext } from '../context.js';
import { howToFix } from '../explain.js';
import { asToolResult } from '../run-view.js';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const LEVELS = ['MUST', 'SHOULD', 'MAY'] as const;
const TRANSPORTS = ['stdio', 'http', 'sse'] as const;

const checkSummary = {
  id: z.string(),
  title: z.string(),
  section: z.string(),
  level: z.enum(LEVELS),
  heuristic: z.boolean(),
  versions: z.array(z.string()),
  transports: z.array(z.string()),
  requirements: z.array(z.string()),
};

export function registerCheckTools(mcp: McpServer, context: ServeContext): void {
  mcp.registerTool(
    'list_checks',
    {
      title: 'List the conformance checks',
      description:
        'The conformance checks mcp-ci runs, with section, level, protocol versions and transports; filters narrow the list.',
      inputSchema: {
        section: z.enum(SECTIONS).optional().describe('Only this spec section'),
        level: z.enum(LEVELS).optional().describe('Only checks of this requirement level'),
        protocolVersion: z.enum(PROTOCOL_VERSIONS).optional().describe('Only checks that apply to this version'),
        transport: z.enum(TRANSPORTS).optional().describe('Only checks that apply over this transport'),
      },
      outputSchema: { count: z.number(), checks: z.array(z.object(checkSummary)) },
      annotations: READ_ONLY,
    },
    ({ section, level, protocolVersion, transport }) => {
      const checks = CATALOGUE.filter(
        (check) =>
          (section === undefined || check.section === section) &&
          (level === undefined || check.level === level) &&
          (protocolVersion === undefined || check.versions.includes(protocolVersion)) &&
          (transport === undefined || check.transports.includes(transport)),
      ).map((check) => ({
        id: check.id,
        title: check.title,
        section: check.section,
        level: check.level,
        heuristic: check.heuristic ?? false,
        versions: [...check.versions],
        transports: [...check.transports],
        requirements: check.requirements,
      }));
      return asToolResult({ count: checks.length, checks });
    },
  );

  mcp.registerTool(
    'explain_check',
    {
      title: 'Explain a check',
      description:
        'What one check demands: its rule, the spec sentence it enforces with a link, and how to fix a failure, ' +
        "with its latest result in this server's runs.",
      inputSchema: { id: z.string().min(1).describe('Check id, as list_checks or a failed run names it') },
      outputSchema: {
        ...checkSummary,
        specSentence: z.string(),
        specUrl: z.string(),
        howToFix: z.array(z.string()),
        latest: z
          .object({
            runId: z.string(),
            protocolVersion: z.string(),
            status: z.enum(['pass', 'fail', 'warn', 'skip']),
            message: z.string(),
            evidence: z.unknown().optional(),
          })
          .optional(),
      },
      annotations: READ_ONLY,
    },
    ({ id }) => {
      const check = CATALOGUE.find((candidate) => candidate.id === id);
      if (!check) throw new Error(`no check "${id}"; list_checks names them all`);
      const latest = latestResult(context, id);
      return asToolResult({
        id: check.id,
        title: check.title,
        section: check.section,
        level: check.level,
        heuristic: check.heuristic ?? false,
        versions: [...check.versions],
        transports: [...check.transports],
        requirements: check.requirements,
        specSentence: check.rule,
        specUrl: specUrl(check, check.versions[0] ?? PROTOCOL_VERSIONS[0]),
        howToFix: howToFix(check),
        ...(latest && { latest }),
      });
    },
  );
}

/** The newest result of the check in this server's runs, a failing one first. */
function latestResult(context: ServeContext, id: string) {
  for (const run of context.runs.list()) {
    const results = run.result?.checks.filter((check) => check.id === id) ?? [];
    const shown = results.find((check) => check.status === 'fail' || check.status === 'warn') ?? results[0];
    if (shown) {
      return {
        runId: run.id,
        protocolVersion: shown.protocolVersion,
        status: shown.status,
        message: shown.message,
        ...(shown.evidence !== undefined && { evidence: shown.evidence }),
      };
    }
  }
  return undefined;
}
