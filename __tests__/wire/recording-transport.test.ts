import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { RecordingTransport } from '../../src/wire/recording-transport.js';
import { Transcript } from '../../src/wire/transcript.js';

/** A transport that keeps what it is asked to send. */
function innerTransport(): Transport & { sent: JSONRPCMessage[] } {
  const sent: JSONRPCMessage[] = [];
  return {
    sent,
    start: async () => {},
    close: async () => {},
    send: async (message) => {
      sent.push(message);
    },
  };
}

const cancel = (requestId: number): JSONRPCMessage => ({
  jsonrpc: '2.0',
  method: 'notifications/cancelled',
  params: { requestId, reason: 'test' },
});

describe('RecordingTransport', () => {
  it('sends one cancellation per request: a second one (the SDK stopping its wait) is neither sent nor recorded', async () => {
    const inner = innerTransport();
    const transcript = new Transcript();
    const wire = new RecordingTransport(inner, transcript, 'main', 'stdio', undefined);
    await wire.send(cancel(7));
    await wire.send(cancel(7));
    await wire.send(cancel(8));
    expect(inner.sent).toEqual([cancel(7), cancel(8)]);
    expect(transcript.entries().map((e) => e.message)).toEqual([cancel(7), cancel(8)]);
  });
});
