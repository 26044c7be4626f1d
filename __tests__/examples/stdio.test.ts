import { describe, expect, it } from 'vitest';
import { decodeLine } from '../../examples/servers/stdio.js';

describe('decodeLine', () => {
  it('passes JSON-RPC requests, notifications and responses through', () => {
    const request = { jsonrpc: '2.0', id: 1, method: 'ping' };
    expect(decodeLine(JSON.stringify(request))).toEqual({ message: request });
    const response = { jsonrpc: '2.0', id: 'a', result: {} };
    expect(decodeLine(JSON.stringify(response))).toEqual({ message: response });
    expect(decodeLine('{"jsonrpc":"2.0","method":"notifications/initialized"}')).toHaveProperty('message');
  });

  it('answers text that is not JSON with -32700 and no id', () => {
    expect(decodeLine('{"jsonrpc":"2.0","id":1,')).toEqual({
      reply: { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' } },
    });
  });

  it('answers JSON that is not a message with -32600, keeping a readable id', () => {
    const reply = (line: string) => (decodeLine(line) as { reply: Record<string, unknown> }).reply;
    expect(reply('{"jsonrpc":"2.0","id":7,"method":42}')).toMatchObject({ id: 7, error: { code: -32600 } });
    expect(reply('{"jsonrpc":"1.0","id":"x","method":"tools/list"}')).toMatchObject({
      id: 'x',
      error: { code: -32600 },
    });
    expect(reply('{"id":null,"method":"tools/list"}')).not.toHaveProperty('id');
    expect(reply('[1,2]')).toMatchObject({ error: { code: -32600 } });
    expect(reply('"text"')).toMatchObject({ error: { code: -32600 } });
  });

  it('ignores blank lines', () => {
    expect(decodeLine('  ')).toEqual({ ignore: true });
  });
});
