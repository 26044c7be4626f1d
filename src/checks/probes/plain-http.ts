/**
 * One HTTP request through node:http(s) with exactly the headers given, on a connection of its own, for the probes
 * the recorded probe cannot make: a forged `Host` header, or a request without the configured credentials (the
 * recorded probe adds them, and its `fetch`, `src/wire/http-fetch.ts`, adds fetch's own headers and reuses
 * connections). The body is read up to a cap and a deadline, so an endless SSE stream cannot hold a check.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HttpExchange } from '../../wire/types.js';

const MAX_BODY_BYTES = 64 * 1024;

export interface PlainRequest {
  url: string;
  method: string;
  /** Exactly the headers to send (nothing is added but Content-Length). */
  headers: Record<string, string>;
  body?: string;
}

export function plainRequest(init: PlainRequest, timeoutMs: number): Promise<HttpExchange> {
  const url = new URL(init.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    let settled = false;
    const chunks: Buffer[] = [];
    let size = 0;
    let head: { status: number; headers: Record<string, string> } | undefined;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (!head) return reject(new Error(`${init.method} ${init.url}: no response within ${timeoutMs} ms`));
      resolve({ ...head, body: Buffer.concat(chunks).toString('utf8') });
    };
    const timer = setTimeout(finish, timeoutMs);
    const req = send(url, { method: init.method, headers: init.headers }, (res) => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      head = { status: res.statusCode ?? 0, headers };
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        else finish();
      });
      res.on('end', finish);
      res.on('error', finish);
    });
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${init.method} ${init.url}: ${error.message}`, { cause: error }));
    });
    req.end(init.body);
  });
}
