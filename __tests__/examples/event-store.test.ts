import { describe, expect, it } from 'vitest';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { SessionEventStore } from '../../examples/servers/event-store.js';

const note = (n: number): JSONRPCMessage => ({ jsonrpc: '2.0', method: 'notifications/message', params: { n } });

async function replay(store: SessionEventStore, after: string) {
  const sent: [string, JSONRPCMessage][] = [];
  const streamId = await store.replayEventsAfter(after, { send: async (id, message) => void sent.push([id, message]) });
  return { streamId, sent };
}

describe('SessionEventStore', () => {
  it('replays, in order, only the later events of the stream the last event belongs to', async () => {
    const store = new SessionEventStore();
    const priming = await store.storeEvent('a', {} as JSONRPCMessage);
    const a1 = await store.storeEvent('a', note(1));
    await store.storeEvent('b', note(2));
    const a3 = await store.storeEvent('a', note(3));
    const a4 = await store.storeEvent('a', note(4));
    expect(new Set([priming, a1, a3, a4]).size).toBe(4);
    expect(await replay(store, a1)).toEqual({
      streamId: 'a',
      sent: [
        [a3, note(3)],
        [a4, note(4)],
      ],
    });
    // The priming event only marks where a stream starts; it is never sent again.
    expect((await replay(store, priming)).sent.map(([id]) => id)).toEqual([a1, a3, a4]);
    expect(await store.getStreamIdForEventId(a3)).toBe('a');
  });

  it('forgets the oldest events beyond its capacity, and unknown ids replay nothing', async () => {
    const store = new SessionEventStore(2);
    const first = await store.storeEvent('a', note(1));
    await store.storeEvent('a', note(2));
    await store.storeEvent('a', note(3));
    expect(await store.getStreamIdForEventId(first)).toBeUndefined();
    expect(await replay(store, first)).toEqual({ streamId: '', sent: [] });
  });
});
