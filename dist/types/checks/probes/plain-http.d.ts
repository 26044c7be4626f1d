import type { HttpExchange } from '../../wire/types.js';
export interface PlainRequest {
    url: string;
    method: string;
    /** Exactly the headers to send (nothing is added but Content-Length). */
    headers: Record<string, string>;
    body?: string;
}
export declare function plainRequest(init: PlainRequest, timeoutMs: number): Promise<HttpExchange>;
