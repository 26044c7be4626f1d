/**
 * The SDK's HTTP client drops a frame that fails its message schema (a null id, a wrong `jsonrpc`) before any
 * transport hook sees it, so the passive checks would never judge it. This fetch wrapper reads a copy of every
 * response body and records each frame the SDK will drop; valid frames are recorded by RecordingTransport. Each
 * dropped frame is also handed to `onDropped`, so a request it answers fails at once instead of timing out.
 */
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { createParser } from 'eventsource-parser';
import type { TransportKind } from '../model.js';
import type { Transcript } from './transcript.js';

export function fetchRecordingInvalidFrames(
  transcript: Transcript,
  label: string,
  kind: TransportKind,
  protocolVersion: () => string | undefined,
  onDropped: (frame: unknown) => void,
): FetchLike {
  const record = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      transcript.record({ conn: label, dir: 'recv', raw: text, transport: kind, protocolVersion: protocolVersion() });
      return;
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      if (JSONRPCMessageSchema.safeParse(message).success) continue;
      transcript.record({ conn: label, dir: 'recv', message, transport: kind, protocolVersion: protocolVersion() });
      onDropped(message);
    }
  };
  return async (url, init) => {
    const response = await fetch(url, init);
    const type = response.headers.get('content-type') ?? '';
    const isSse = type.includes('text/event-stream');
    if (!response.body || (!isSse && !type.includes('application/json'))) return response;
    if (!isSse) {
      // A JSON body is one complete answer: judged before the SDK reads it, so a request it breaks fails with the
      // wire's reason rather than with the SDK's schema error.
      const text = await response.text();
      if (text.trim() !== '') record(text);
      return new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    const [forSdk, forChecks] = response.body.tee();
    void scan(forChecks, record);
    return new Response(forSdk, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

async function scan(body: ReadableStream<Uint8Array>, record: (text: string) => void): Promise<void> {
  const parser = createParser({ onEvent: (event) => event.data !== '' && record(event.data) });
  const decoder = new TextDecoder();
  try {
    for await (const chunk of body) parser.feed(decoder.decode(chunk, { stream: true }));
  } catch {
    // The request was aborted or the stream broke: nothing more to read.
  }
}
