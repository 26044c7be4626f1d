/**
 * `fetch` for the requests mcp-ci sends (a method, headers, a string or byte body, a signal), over node:http. The
 * global fetch (undici) builds the whole WHATWG request machinery around each request: about 1 ms of CPU per
 * request against about 0.3 ms here, and an HTTP conformance run sends several hundred, on the single thread that
 * also judges the answers. The contract callers rely on is fetch's:
 * - a `Response` whose body streams the answer as it arrives (SSE streams stay open), null for 204, 205 and 304;
 * - redirects followed as fetch follows them (303, and 301/302 after a POST, turn into a GET without the body; a
 *   redirect to another origin drops the credentials), at most 20; with `redirect: 'manual'` (the SDK's transport
 *   asks for it) the redirect itself is the answer, as Node's fetch gives it; `'error'` rejects;
 * - the request headers fetch adds when a caller gives none (`content-type` for a string body, `accept`,
 *   `user-agent`), so servers see the same request; no `accept-encoding`, so nothing arrives compressed;
 * - a failure to connect, a reset or an unparsable answer rejects with `TypeError('fetch failed')` and the cause;
 * - an abort rejects with the signal's reason, and after the answer began, errors its body with it.
 * Anything else (another body type, a `Request` object) goes to the global fetch unchanged.
 */
import { defaultMaxListeners, getMaxListeners, setMaxListeners } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

type FetchInput = string | URL;

// Idle sockets are kept for 4 s, as undici keeps them, or less when the server says it closes them sooner
// (`Keep-Alive: timeout=N`, which node's agent honours only under a timeout of its own): a request never goes out
// on a socket the server is closing.
const KEEP_IDLE_MS = 4_000;
const CLIENTS = {
  'http:': { request: http.request, agent: new http.Agent({ keepAlive: true, timeout: KEEP_IDLE_MS }) },
  'https:': { request: https.request, agent: new https.Agent({ keepAlive: true, timeout: KEEP_IDLE_MS }) },
};
const NULL_BODY_STATUS = new Set([204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 20;
/** Headers that describe a request's body: dropped with it when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];
/** Headers that carry credentials: not sent on to another origin. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

/**
 * Lets one signal stop many open requests without a leak warning. A transport passes one signal to every request
 * it has open, and a server that holds its SSE streams open makes them many: past ten listeners Node prints a
 * "possible memory leak" warning on the console. Each listener goes with its request; undici raises the limit of
 * every signal it is given to the same number.
 */
export function shareSignal(signal: AbortSignal): void {
  if (getMaxListeners(signal) === defaultMaxListeners) setMaxListeners(1_500, signal);
}

export async function httpFetch(input: FetchInput, init: RequestInit = {}): Promise<Response> {
  const body = init.body;
  const plain =
    (body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array) &&
    (typeof input === 'string' || input instanceof URL);
  if (!plain) return fetch(input, init);
  const headers: Record<string, string> = {};
  for (const [name, value] of new Headers(init.headers)) headers[name] = value;
  if (typeof body === 'string' && headers['content-type'] === undefined)
    headers['content-type'] = 'text/plain;charset=UTF-8';
  headers.accept ??= '*/*';
  headers['user-agent'] ??= 'node';
  const redirect = init.redirect ?? 'follow';
  const method = (init.method ?? 'GET').toUpperCase();
  return follow(new URL(input), method, headers, body ?? undefined, init.signal, redirect, 0);
}

async function follow(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | null | undefined,
  redirect: RequestInit['redirect'],
  redirects: number,
): Promise<Response> {
  const answer = await send(url, method, headers, body, signal);
  const location = answer.headers['location'];
  const redirected = REDIRECT_STATUS.has(answer.statusCode ?? 0) && typeof location === 'string';
  if (!redirected || redirect === 'manual') return toResponse(answer, signal);
  answer.resume();
  if (redirect === 'error') throw new TypeError('fetch failed', { cause: new Error('unexpected redirect') });
  if (redirects >= MAX_REDIRECTS) throw new TypeError('fetch failed', { cause: new Error('redirect count exceeded') });
  let next: URL;
  try {
    next = new URL(location, url);
  } catch (error) {
    throw new TypeError('fetch failed', { cause: error });
  }
  const status = answer.statusCode!;
  const nextHeaders = { ...headers };
  let nextMethod = method;
  let nextBody = body;
  if (status === 303 ? method !== 'HEAD' : (status === 301 || status === 302) && method === 'POST') {
    nextMethod = 'GET';
    nextBody = undefined;
    for (const name of BODY_HEADERS) delete nextHeaders[name];
  }
  if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) delete nextHeaders[name];
  return follow(next, nextMethod, nextHeaders, nextBody, signal, redirect, redirects + 1);
}

/** One request; resolves with the answer's head, its body not yet read. */
function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | null | undefined,
): Promise<http.IncomingMessage> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const client = CLIENTS[url.protocol as keyof typeof CLIENTS];
  if (!client)
    return Promise.reject(new TypeError('fetch failed', { cause: new Error(`unsupported ${url.protocol}`) }));
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers, agent: client.agent });
    const onAbort = () => {
      request.destroy(signal!.reason);
      reject(signal!.reason);
    };
    if (signal) shareSignal(signal);
    signal?.addEventListener('abort', onAbort, { once: true });
    // The listener goes with the exchange: a transport passes one signal to all its requests.
    const release = () => signal?.removeEventListener('abort', onAbort);
    request.once('error', (error) => {
      release();
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    });
    request.once('response', (answer) => {
      if (signal) {
        signal.removeEventListener('abort', onAbort);
        const onBodyAbort = () => answer.destroy(signal.reason);
        signal.addEventListener('abort', onBodyAbort, { once: true });
        answer.once('close', () => signal.removeEventListener('abort', onBodyAbort));
      }
      resolve(answer);
    });
    // As fetch: a POST or PUT without a body says so, rather than going chunked.
    if (body !== undefined) request.setHeader('content-length', Buffer.byteLength(body));
    else if (method === 'POST' || method === 'PUT') request.setHeader('content-length', 0);
    request.end(body);
  });
}

function toResponse(answer: http.IncomingMessage, signal: AbortSignal | null | undefined): Response {
  const status = answer.statusCode ?? 0;
  // The range a Response can carry; fetch treats anything else as a network error too.
  if (status < 200 || status > 599) {
    answer.destroy();
    throw new TypeError('fetch failed', { cause: new Error(`HTTP status ${status}`) });
  }
  const headers = new Headers();
  try {
    for (let i = 0; i < answer.rawHeaders.length; i += 2)
      headers.append(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
  } catch (error) {
    answer.destroy();
    throw new TypeError('fetch failed', { cause: error });
  }
  const nullBody = NULL_BODY_STATUS.has(status);
  if (nullBody) answer.resume();
  if (signal?.aborted) answer.destroy(signal.reason);
  const stream = nullBody ? null : (Readable.toWeb(answer) as ReadableStream<Uint8Array>);
  return new Response(stream, { status, statusText: answer.statusMessage ?? '', headers });
}
