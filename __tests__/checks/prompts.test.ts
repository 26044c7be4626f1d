import { describe, expect, it } from 'vitest';
import { synthesizePromptArguments } from '../../src/checks/probes/prompt-arguments.js';
import { checks, getResultProblems, promptProblems } from '../../src/checks/sections-2025/prompts.js';
import type { Connection } from '../../src/wire/types.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;
/** The shop's prompts carry text only: the media and embedded-resource rules have nothing to judge there. */
const textOnly = ['prompts-media-content', 'prompts-embedded-resources'];

describe('prompts checks', () => {
  it('pass on the shop server over stdio, in every protocol version', async () => {
    const results = await runChecks(ids, shopStdio());
    const unexpected = results.filter(
      (r) => r.status !== 'pass' && !textOnly.includes(r.id) && r.id !== 'prompts-capability-declared',
    );
    expect(unexpected).toEqual([]);
    expect(results.filter((r) => textOnly.includes(r.id)).map((r) => r.status)).toEqual(Array(8).fill('skip'));
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it("fills required prompt arguments from the server's own completions, earlier ones as context", async () => {
    const sent: { method: string; params?: Record<string, unknown> }[] = [];
    const connection = {
      protocolVersion: '2025-11-25',
      serverCapabilities: { completions: {} },
      async request(method: string, params?: Record<string, unknown>) {
        sent.push({ method, params });
        const argument = (params?.argument as { name: string }).name;
        return { ok: true as const, result: { completion: { values: argument === 'team' ? ['red'] : [] } } };
      },
    } as unknown as Connection;
    const prompt = {
      name: 'plan',
      arguments: [
        { name: 'team', required: true },
        { name: 'lead', required: true },
        { name: 'note', required: false },
      ],
    };
    expect(await synthesizePromptArguments(connection, prompt)).toEqual({ team: 'red', lead: 'mcp-ci' });
    expect(sent[1]!.params!.context).toEqual({ arguments: { team: 'red' } });
  });

  it.each([
    ['prompts-capability-implemented', 'prompts-get-missing', 'fail', /answers prompts\/get with -32601/],
    [
      'prompts-capability-declared',
      'prompts-undeclared',
      'fail',
      /serves prompts\/list but does not declare the prompts capability/,
    ],
    [
      'prompts-list-shape',
      'prompt-argument-required-string',
      'fail',
      /order_summary: arguments\[0\].required is not a boolean/,
    ],
    ['prompts-get-result-shape', 'prompt-message-role-system', 'fail', /messages\[0\].role is "system"/],
    [
      'prompts-media-content',
      'prompt-image-bad-mime',
      'fail',
      /\(image\): mimeType "text\/plain" is not an image\/… type/,
    ],
    ['prompts-embedded-resources', 'prompt-resource-no-mime', 'fail', /resource has no mimeType/],
    [
      'prompts-unknown-name-error',
      'prompt-unknown-internal-error',
      'warn',
      /answered with error -32603; the spec asks for -32602/,
    ],
    [
      'prompts-missing-required-arguments',
      'prompt-missing-arguments-accepted',
      'warn',
      /order_summary without its required arguments returned a result/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });

  it('judges prompt and message shapes', () => {
    expect(promptProblems({ name: 'p', arguments: [{ name: 'a', required: true }] }, 0)).toEqual([]);
    expect(promptProblems({ arguments: 'x' }, 3)).toEqual([
      'prompts[3] has no string name',
      'prompts[3]: arguments is not an array',
    ]);
    expect(getResultProblems({ messages: [{ role: 'user', content: { type: 'text', text: 'hi' } }] })).toEqual([]);
    expect(getResultProblems({ messages: [{ role: 'user', content: { type: 'video' } }] })).toEqual([
      'messages[0].content has unknown type "video"',
    ]);
  });
});
