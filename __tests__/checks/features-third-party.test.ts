/**
 * The feature sections (tools, resources, prompts, completion, pagination, client features, tasks) against the
 * reference servers of the MCP project: no failure and no warning, except the pinned findings below, each a rule
 * the server really breaks (the comment quotes the spec sentence).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/checks/registry.js';
import type { CheckResult } from '../../src/model.js';
import { runChecks, everythingHttp } from '../helpers/conformance.js';
import { EVERYTHING, stdioTarget } from '../helpers/config.js';

const SECTIONS = new Set(['tools', 'resources', 'prompts', 'completion', 'pagination', 'client-features', 'tasks']);
const ids = CATALOGUE.filter((check) => SECTIONS.has(check.section)).map((check) => check.id);
const ALL = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'];
const MEMORY = 'node_modules/@modelcontextprotocol/server-memory/dist/index.js';
const FILESYSTEM = 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js';

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/** Every fail and warn as `id@version status`, sorted. */
function findings(results: CheckResult[]): string[] {
  return results
    .filter((r) => r.status === 'fail' || r.status === 'warn')
    .map((r) => `${r.id}@${r.protocolVersion} ${r.status}`)
    .sort();
}

const pinned = (id: string, versions: string[], status = 'warn') => versions.map((v) => `${id}@${v} ${status}`);

/**
 * Findings every server built on the TypeScript SDK's McpServer shows:
 * - pagination/#error-handling: "Invalid cursors SHOULD result in an error with code -32602" — the SDK ignores
 *   the cursor and answers the first page.
 * - server/tools#error-handling: unknown tools are protocol errors (example -32602) — the SDK answers with an
 *   isError result.
 * - server/tools#error-handling (2025-11-25): malformed requests are protocol errors; JSON-RPC 2.0 reserves -32602
 *   for invalid params — the SDK answers -32603.
 */
const SDK_FINDINGS = [
  ...pinned('pagination-invalid-cursor', ALL),
  ...pinned('tools-unknown-tool-error', ALL),
  ...pinned('tools-call-malformed-params', ['2025-11-25']),
];

/**
 * basic/utilities/tasks#task-support-and-handling: "Receivers that do not declare the task capability for a request
 * type MUST process requests of that type normally, ignoring any task-augmentation metadata if present" — an
 * McpServer without the tasks capability answers a task-augmented tools/call with -32603 ("Server does not support
 * task creation").
 */
const TASKLESS_SDK_FINDINGS = pinned('tasks-ignored-without-capability', ['2025-11-25'], 'fail');

/** server/resources#error-handling: "Resource not found: -32002" (SHOULD) — the SDK's resources/read answers -32602. */
const RESOURCE_FINDINGS = pinned('resources-unknown-uri-error', ALL);

/**
 * server-everything besides the SDK and resource findings:
 * - basic/utilities/tasks#tool-level-negotiation: a tool whose taskSupport is "forbidden", called as a task,
 *   "servers SHOULD return a -32601 (Method not found) error" — it answers -32602 (invalid task creation result).
 * (trigger-long-running-operation runs ten seconds, longer than these runs' request timeout, but reports progress
 * every two: it is awaited to its end and judged, and tools-call-answered passes.)
 */
const EVERYTHING_FINDINGS = [
  ...SDK_FINDINGS,
  ...RESOURCE_FINDINGS,
  ...pinned('tasks-forbidden-tool-with-task', ['2025-11-25']),
].sort();

describe('feature checks against the reference servers', () => {
  it('server-everything over stdio', async () => {
    const results = await runChecks(ids, stdioTarget(['node', EVERYTHING, 'stdio']));
    expect(findings(results)).toEqual(EVERYTHING_FINDINGS);
  });

  it('server-everything over Streamable HTTP', async () => {
    const target = await everythingHttp();
    const results = await runChecks(ids, target);
    expect(findings(results)).toEqual(EVERYTHING_FINDINGS);
  });

  it('server-everything over stdio, with its task tool listed so the task lifecycle is followed', async () => {
    const taskIds = CATALOGUE.filter((check) => check.section === 'tasks' && check.versions.includes('2025-11-25')).map(
      (check) => check.id,
    );
    const results = await runChecks(taskIds, stdioTarget(['node', EVERYTHING, 'stdio']), {
      protocolVersion: '2025-11-25',
      // The research task takes four seconds.
      requestTimeoutMs: 6_000,
      // An ambiguous topic makes the task ask for clarification (elicitation, delivered through tasks/result).
      tools: [{ name: 'simulate-research-query', arguments: { topic: 'python', ambiguous: true } }],
    });
    // - basic/utilities/tasks#tool-level-negotiation: 'If execution.taskSupport is "required" ... Servers MUST
    //   return a -32601 (Method not found) error if a client does not attempt to do so' — the SDK's McpServer
    //   catches its own -32601 and answers an isError tool result.
    // - basic/utilities/tasks#associating-task-related-messages: 'receivers MUST ignore such metadata if present
    //   in favor of the RPC method parameter' — with a task message queue, the SDK queues the answer to a
    //   tasks/get whose _meta names another task for that task's tasks/result, so it never arrives.
    expect(findings(results)).toEqual(
      [
        ...pinned('tasks-forbidden-tool-with-task', ['2025-11-25']),
        ...pinned('tasks-required-tool-without-task', ['2025-11-25'], 'fail'),
        ...pinned('tasks-task-id-authoritative', ['2025-11-25'], 'fail'),
      ].sort(),
    );
    expect(results.filter((r) => r.status === 'skip').map((r) => r.id)).toEqual([
      'tasks-capability-declared',
      'tasks-ignored-without-capability',
      'tasks-get-not-sse',
    ]);
    expect(results.find((r) => r.id === 'tasks-input-requests-related-task')).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/^[1-9]\d* request\(s\) for input named their task$/),
    });
  });

  it('server-memory over stdio', async () => {
    const target = stdioTarget(['node', MEMORY], { MEMORY_FILE_PATH: join(tempDir('mcp-ci-memory-'), 'memory.jsonl') });
    const results = await runChecks(ids, target);
    expect(findings(results)).toEqual([...SDK_FINDINGS, ...TASKLESS_SDK_FINDINGS, ...RESOURCE_FINDINGS].sort());
  });

  it('server-filesystem over stdio', async () => {
    const results = await runChecks(ids, stdioTarget(['node', FILESYSTEM, tempDir('mcp-ci-fs-')]));
    // server/tools#structured-content: "a tool that returns structured content SHOULD also return the serialized
    // JSON in a TextContent block" — read_multiple_files returns the file text, not the JSON.
    expect(findings(results)).toEqual(
      [
        ...SDK_FINDINGS,
        ...TASKLESS_SDK_FINDINGS,
        ...pinned('tools-structured-content-text-mirror', ['2025-11-25', '2025-06-18']),
      ].sort(),
    );
  });
});
