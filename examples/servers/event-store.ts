/**
 * The SSE event memory of one HTTP session. With an event store the SDK transport opens every stream with a
 * priming event that carries an id (HTTP-17, 2025-11-25) and lets a client resume a dropped stream with
 * `Last-Event-ID`. Ids count up across all streams of the session, so they are unique (HTTP-20) and replay
 * keeps the order in which events were sent; only the newest events are kept, so memory stays bounded.
 */
import type { EventId, EventStore, StreamId } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export class SessionEventStore implements EventStore {
  private readonly events = new Map<EventId, { streamId: StreamId; message: JSONRPCMessage }>();
  private next = 1;

  constructor(private readonly capacity = 1000) {}

  async storeEvent(streamId: StreamId, message: JSONRPCMessage): Promise<EventId> {
    const eventId = String(this.next++);
    this.events.set(eventId, { streamId, message });
    // A Map iterates in insertion order, so the first key is the oldest event.
    if (this.events.size > this.capacity) this.events.delete(this.events.keys().next().value as EventId);
    return eventId;
  }

  async getStreamIdForEventId(eventId: EventId): Promise<StreamId | undefined> {
    return this.events.get(eventId)?.streamId;
  }

  async replayEventsAfter(
    lastEventId: EventId,
    { send }: { send: (eventId: EventId, message: JSONRPCMessage) => Promise<void> },
  ): Promise<StreamId> {
    const last = this.events.get(lastEventId);
    if (!last) return '';
    let after = false;
    for (const [eventId, event] of this.events) {
      // The SDK stores each priming event as `{}`; it only marks a resume point and is never sent again.
      const isMessage = 'jsonrpc' in event.message;
      if (after && isMessage && event.streamId === last.streamId) await send(eventId, event.message);
      if (eventId === lastEventId) after = true;
    }
    return last.streamId;
  }
}
