/**
 * Talking to a protected MCP server the way a client without a token does: initialize without the configured
 * credentials (or with a bad token) to see the 401 challenge, then find and fetch the Protected Resource
 * Metadata. Metadata is fetched without credentials too (a client has none yet), and only from the server's own
 * origin: mcp-ci never follows a pointer to another host.
 */
import type { Connection, HttpExchange } from '../../wire/types.js';
import { httpProbe, initializeParams, POST_HEADERS, rpc } from './http-session.js';
import { bearerChallenge, wellKnownMetadataUrls, type Challenge } from '../judge/oauth-metadata.js';
import { plainRequest } from './plain-http.js';
import type { CheckContext } from '../types.js';

export const NOT_PROTECTED =
  'the server did not answer 401 to initialize without credentials (see auth-missing-credentials-401)';

/** The configured headers that authenticate: `Authorization` when set, otherwise every configured header. */
export function credentialHeaderNames(headers: Record<string, string>): string[] {
  const names = Object.keys(headers);
  const authorization = names.filter((name) => name.toLowerCase() === 'authorization');
  return authorization.length ? authorization : names;
}

function headersWithout(ctx: CheckContext, names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(httpProbe(ctx).baseHeaders).filter(([name]) => !names.includes(name)));
}

/** The configured headers minus the credentials: what a client without a token sends. */
export function anonymousHeaders(ctx: CheckContext): Record<string, string> {
  return headersWithout(ctx, credentialHeaderNames(httpProbe(ctx).baseHeaders));
}

/** A configured `Authorization: Bearer …`, the only credential whose invalid forms mcp-ci can make up. */
export function configuresBearerToken(ctx: CheckContext): boolean {
  return Object.entries(httpProbe(ctx).baseHeaders).some(
    ([name, value]) => name.toLowerCase() === 'authorization' && /^bearer\s/i.test(value),
  );
}

export interface InitializeAttempt {
  sent: { headers: Record<string, string>; body: string };
  exchange: HttpExchange;
}

/** POSTs initialize with the given credential headers in place of the configured ones. */
export async function initializeWith(
  ctx: CheckContext,
  credentials: Record<string, string>,
): Promise<InitializeAttempt> {
  const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, ...credentials };
  const body = rpc('initialize', 'mcp-ci-auth', initializeParams(ctx.protocolVersion));
  const exchange = await plainRequest({ url: httpProbe(ctx).url, method: 'POST', headers, body }, ctx.timeoutMs);
  return { sent: { headers, body }, exchange };
}

export interface Unauthorized extends InitializeAttempt {
  challenge?: Challenge;
}

const challenges = new WeakMap<Connection, Promise<Unauthorized | undefined>>();

/** initialize without credentials; undefined when the server did not answer 401. Asked once per session. */
export function unauthorizedChallenge(ctx: CheckContext): Promise<Unauthorized | undefined> {
  let probe = challenges.get(ctx.main);
  if (!probe) {
    probe = initializeWith(ctx, {}).then((attempt) =>
      attempt.exchange.status === 401
        ? { ...attempt, challenge: bearerChallenge(attempt.exchange.headers['www-authenticate']) }
        : undefined,
    );
    challenges.set(ctx.main, probe);
  }
  return probe;
}

export type MetadataLookup =
  | { found: { url: string; via: 'WWW-Authenticate' | 'well-known URI'; exchange: HttpExchange } }
  /** The challenge points at another origin, which mcp-ci does not fetch. */
  | { elsewhere: string }
  | { missing: { url: string; status: number | string }[] };

async function fetchMetadata(ctx: CheckContext, url: string): Promise<HttpExchange> {
  return plainRequest(
    { url, method: 'GET', headers: { ...anonymousHeaders(ctx), accept: 'application/json' } },
    ctx.timeoutMs,
  );
}

const lookups = new WeakMap<Connection, Promise<MetadataLookup>>();

/**
 * Where a client finds the metadata: the challenge's `resource_metadata` when present (clients use it and do not
 * fall back), otherwise the well-known URIs in order, path-suffixed first. Looked up once per session; the auth
 * checks share it.
 */
export function lookUpMetadata(ctx: CheckContext): Promise<MetadataLookup> {
  let lookup = lookups.get(ctx.main);
  if (!lookup) {
    lookup = unauthorizedChallenge(ctx).then((unauthorized) => findMetadata(ctx, unauthorized?.challenge));
    lookups.set(ctx.main, lookup);
  }
  return lookup;
}

async function findMetadata(ctx: CheckContext, challenge: Challenge | undefined): Promise<MetadataLookup> {
  const endpoint = new URL(httpProbe(ctx).url);
  const pointer = challenge?.params.resource_metadata;
  if (pointer !== undefined) {
    if (!URL.canParse(pointer, endpoint.href)) return { missing: [{ url: pointer, status: 'not a URL' }] };
    const url = new URL(pointer, endpoint);
    if (url.origin !== endpoint.origin) return { elsewhere: url.href };
    const exchange = await fetchMetadata(ctx, url.href);
    return exchange.status === 200
      ? { found: { url: url.href, via: 'WWW-Authenticate', exchange } }
      : { missing: [{ url: url.href, status: exchange.status }] };
  }
  const missing: { url: string; status: number }[] = [];
  for (const url of wellKnownMetadataUrls(endpoint)) {
    const exchange = await fetchMetadata(ctx, url);
    if (exchange.status === 200) return { found: { url, via: 'well-known URI', exchange } };
    missing.push({ url, status: exchange.status });
  }
  return { missing };
}

export function describeMissing(lookup: { missing: { url: string; status: number | string }[] }): string {
  return lookup.missing
    .map((m) => `${m.url} (${typeof m.status === 'number' ? `HTTP ${m.status}` : m.status})`)
    .join(', ');
}
