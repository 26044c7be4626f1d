/**
 * mcp-ci's sessions as a task receiver: in 2025-11-25 sessions they declare task-augmented sampling and
 * elicitation and answer such a request with a task that holds the canned reply; older sessions declare no tasks.
 * The shop's suggest_product asks the client's model, as a task when the client takes one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { indexSessions, isObject, type SessionView } from '../../src/checks/judge/transcript-index.js';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { SHOP_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

async function suggestOn(protocolVersion: string): Promise<{ text: string; session: SessionView }> {
  const transcript = new Transcript();
  target = await bootTarget(testConfig(stdioTarget(['node', SHOP_SERVER])), transcript, () => {});
  const connection = await target.connect({ protocolVersion, label: `suggest@${protocolVersion}` });
  const outcome = await connection.request('tools/call', {
    name: 'suggest_product',
    arguments: { occasion: 'a picnic' },
  });
  if (!outcome.ok) throw new Error(`suggest_product failed: ${outcome.error.message}`);
  const content = outcome.result.content as { text: string }[];
  const session = indexSessions(transcript.entries()).find((s) => s.label === connection.label)!;
  return { text: content[0]!.text, session };
}

const sentInitialize = (session: SessionView) =>
  session.sent.find((m) => m.message.method === 'initialize')!.message.params as Record<string, unknown>;

describe('task receiver', () => {
  it('runs a task-augmented sampling request as a task and serves its result (2025-11-25)', async () => {
    const { text, session } = await suggestOn('2025-11-25');
    expect(text).toBe('The model suggests: This is a canned reply from mcp-ci; no model was called.');
    expect(sentInitialize(session).capabilities).toMatchObject({
      tasks: { requests: { sampling: { createMessage: {} }, elicitation: { create: {} } } },
    });
    const sampling = session.received.find((m) => m.message.method === 'sampling/createMessage')!;
    expect(isObject(sampling.message.params) && sampling.message.params.task).toEqual({ ttl: expect.any(Number) });
    // The answer is a CreateTaskResult that begins "working"; the server then asks for the task's result.
    const answer = session.sent.find((m) => m.message.id === sampling.message.id && 'result' in m.message)!;
    expect(answer.message.result).toMatchObject({ task: { status: 'working', taskId: expect.any(String) } });
    const methods = session.received.map((m) => m.message.method);
    expect(methods).toContain('tasks/result');
  });

  it('declares no tasks in older sessions, where a sampling request is answered directly', async () => {
    const { text, session } = await suggestOn('2025-06-18');
    expect(text).toMatch(/^The model suggests: This is a canned reply/);
    expect(sentInitialize(session).capabilities).not.toHaveProperty('tasks');
    const sampling = session.received.find((m) => m.message.method === 'sampling/createMessage')!;
    expect(sampling.message.params).not.toHaveProperty('task');
  });
});
