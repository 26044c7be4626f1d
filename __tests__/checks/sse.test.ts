import { describe, expect, it } from 'vitest';
import { isEventStream, mediaType, messagesOf, parseSse, responseTo } from '../../src/checks/judge/sse.js';

describe('parseSse', () => {
  it('keeps events in order with ids, a priming event with empty data included, and retry fields', () => {
    const body = 'id: 1\nretry: 500\ndata: \n\n: keep-alive\n\nevent: message\nid: 2\ndata: {"a":1}\n\n';
    expect(parseSse(body)).toEqual({
      events: [
        { id: '1', event: undefined, data: '' },
        { id: '2', event: 'message', data: '{"a":1}' },
      ],
      retries: [500],
    });
  });
});

describe('messagesOf', () => {
  const sse = (body: string) => ({ status: 200, headers: { 'content-type': 'text/event-stream' }, body });
  const json = (body: string) => ({
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body,
  });

  it('reads SSE data, JSON bodies and batches, and skips what is not JSON', () => {
    expect(messagesOf(sse('id: 1\ndata: \n\ndata: {"jsonrpc":"2.0","id":1,"result":{}}\n\ndata: nope\n\n'))).toEqual([
      { jsonrpc: '2.0', id: 1, result: {} },
    ]);
    expect(messagesOf(json('[{"id":1,"result":{}},{"id":2,"error":{}},3]'))).toHaveLength(2);
    expect(messagesOf(json(''))).toEqual([]);
  });

  it('finds the response to an id, not a request that reuses it', () => {
    const exchange = sse(
      'data: {"jsonrpc":"2.0","id":"a","method":"ping"}\n\ndata: {"jsonrpc":"2.0","id":"a","result":{}}\n\n',
    );
    expect(responseTo(exchange, 'a')).toEqual({ jsonrpc: '2.0', id: 'a', result: {} });
    expect(responseTo(exchange, 'b')).toBeUndefined();
  });

  it('reads the media type without parameters', () => {
    expect(mediaType({ 'content-type': 'Application/JSON; charset=utf-8' })).toBe('application/json');
    expect(mediaType({})).toBe('');
    expect(isEventStream({ 'content-type': 'text/event-stream;charset=utf-8' })).toBe(true);
  });
});
