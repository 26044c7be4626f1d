/**
 * The pieces of OAuth a protected MCP server shows a client before it has a token: the `WWW-Authenticate`
 * challenge of a 401 (RFC 9110 §11.6.1, RFC 6750 §3), where its Protected Resource Metadata lives (RFC 9728
 * §3.1) and what that document must say.
 */
import { isLoopbackHost } from './proc-net.js';

export interface Challenge {
  /** Lower-cased, e.g. `bearer`. */
  scheme: string;
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
  token68?: string;
}

/** Splits at commas outside quoted strings. */
function splitTopLevel(header: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (quoted && c === '\\' && i + 1 < header.length) {
      current += c + header[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const PARAM = new RegExp(`^(${TOKEN})\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|(${TOKEN}))$`);
const SCHEME_AND_REST = new RegExp(`^(${TOKEN})(?:\\s+(.*))?$`);

/** Every challenge in a `WWW-Authenticate` value (several may share one header line). */
export function parseChallenges(header: string): Challenge[] {
  const challenges: Challenge[] = [];
  const addParam = (text: string): boolean => {
    const match = PARAM.exec(text);
    const current = challenges.at(-1);
    if (!match || !current) return false;
    current.params[match[1]!.toLowerCase()] = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3]!;
    return true;
  };
  for (const part of splitTopLevel(header)) {
    if (addParam(part)) continue;
    const start = SCHEME_AND_REST.exec(part);
    if (!start) continue;
    challenges.push({ scheme: start[1]!.toLowerCase(), params: {} });
    const rest = start[2]?.trim();
    if (rest && !addParam(rest)) challenges.at(-1)!.token68 = rest;
  }
  return challenges;
}

export function bearerChallenge(header: string | undefined): Challenge | undefined {
  return header === undefined ? undefined : parseChallenges(header).find((c) => c.scheme === 'bearer');
}

/** RFC 9728 §3.1: the well-known suffix goes between the host and the endpoint's path; then the origin's root. */
export function wellKnownMetadataUrls(endpoint: URL): string[] {
  const root = `${endpoint.origin}/.well-known/oauth-protected-resource`;
  const path = endpoint.pathname.replace(/\/$/, '');
  return path === '' ? [root] : [`${root}${path}`, root];
}

/**
 * Where a client looks for an authorization server's metadata, in the order basic/authorization (2025-11-25)
 * lists: RFC 8414 then OpenID Connect Discovery, path-inserted first for an issuer with a path.
 */
export function authorizationServerMetadataUrls(issuer: URL): string[] {
  const path = issuer.pathname.replace(/\/$/, '');
  const at = (suffix: string) => `${issuer.origin}/.well-known/${suffix}`;
  if (path === '') return [at('oauth-authorization-server'), at('openid-configuration')];
  return [
    at(`oauth-authorization-server${path}`),
    at(`openid-configuration${path}`),
    `${issuer.origin}${path}/.well-known/openid-configuration`,
  ];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function issuerProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value)) return `${JSON.stringify(value)} is not a URL`;
  const url = new URL(value);
  // RFC 8414 issuers use https; plain http is accepted only on loopback, for local development.
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return undefined;
  return `${value} is not an https URL`;
}

/** What is wrong with a Protected Resource Metadata document, as far as MCP requires it (none: empty list). */
export function metadataProblems(document: unknown): string[] {
  if (!isObject(document)) return ['the document is not a JSON object'];
  const servers = document.authorization_servers;
  if (!Array.isArray(servers) || servers.length === 0) {
    return ['authorization_servers is missing or empty (at least one authorization server is required)'];
  }
  return servers
    .map(issuerProblem)
    .filter((p): p is string => p !== undefined)
    .map((p) => `authorization_servers: ${p}`);
}

/**
 * Why the document's `resource` does not identify the endpoint, or undefined when it does: the same origin, and
 * a path that is the endpoint's or one of its parents (the reading MCP clients apply, RFC 8707 canonical URIs).
 */
export function resourceMismatch(resource: unknown, endpoint: URL): string | undefined {
  if (resource === undefined) return 'resource is missing';
  if (typeof resource !== 'string' || !URL.canParse(resource))
    return `resource ${JSON.stringify(resource)} is not a URL`;
  const url = new URL(resource);
  if (url.hash) return `resource ${resource} has a fragment`;
  if (url.origin !== endpoint.origin)
    return `resource ${resource} is on another origin than the endpoint ${endpoint.href}`;
  const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);
  if (!withSlash(endpoint.pathname).startsWith(withSlash(url.pathname))) {
    return `resource ${resource} does not name the endpoint ${endpoint.href}`;
  }
  return undefined;
}
