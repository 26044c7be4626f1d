import type { HttpExchange } from '../../wire/types.js';
export interface SseEvent {
    id?: string;
    event?: string;
    data: string;
}
export interface SseStream {
    events: SseEvent[];
    /** Every `retry:` value the stream carried, in order. */
    retries: number[];
}
export declare function parseSse(body: string): SseStream;
/** The media type of a Content-Type header, without parameters, lower-cased. */
export declare function mediaType(headers: Record<string, string>): string;
export declare const isEventStream: (headers: Record<string, string>) => boolean;
/** JSON-RPC messages in an HTTP response: a JSON body (object or batch array) or the `data:` of SSE events. */
export declare function messagesOf(exchange: HttpExchange): Record<string, unknown>[];
/** The response (not a request or notification) with this id, if the exchange carried one. */
export declare function responseTo(exchange: HttpExchange, id: string | number): Record<string, unknown> | undefined;
