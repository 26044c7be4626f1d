/**
 * Authorization (basic/authorization), inventory section 5.6: what a protected Streamable HTTP server shows a
 * client that has no valid token. The checks run when credentials are configured in the target's headers;
 * without a 401 to an unauthenticated initialize they skip, since the server is not protected.
 */
import {
  endStraySession,
  httpEvidence,
  httpProbe,
  openProbeSession,
  POST_HEADERS,
  rpc,
} from '../probes/http-session.js';
import {
  configuresBearerToken,
  describeMissing,
  initializeWith,
  lookUpMetadata,
  mcpAuthorizationUse,
  NOT_PROTECTED,
  notMcpAuthorization,
  anonymousHeaders,
  unauthorizedChallenge,
  type MetadataLookup,
} from '../probes/auth-probe.js';
import { authorizationServerMetadataUrls, metadataProblems, resourceMismatch } from '../judge/oauth-metadata.js';
import { isLoopbackHost } from '../judge/proc-net.js';
import { plainRequest } from '../probes/plain-http.js';
import { responseTo, mediaType } from '../judge/sse.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { versionsFrom } from '../versions.js';

/** The authorization spec starts with 2025-03-26; 2024-11-05 had none. */
const AUTH_VERSIONS = versionsFrom('2025-03-26');
const TRANSPORTS = ['http'] as const;

function requiresConfiguredCredentials(ctx: CheckContext): string | undefined {
  const target = ctx.config.target;
  if (target.transport === 'stdio' || target.transport === 'memory' || Object.keys(target.headers).length === 0) {
    return 'no credentials are configured (target headers) and the server served mcp-ci without any, so it does not require authorization';
  }
  return undefined;
}

function requiresBearerToken(ctx: CheckContext): string | undefined {
  const reason = requiresConfiguredCredentials(ctx);
  if (reason) return reason;
  return configuresBearerToken(ctx)
    ? undefined
    : 'the configured credentials are not an OAuth bearer token (Authorization: Bearer …)';
}

/** A JWT that is well-formed but unsigned and expired in 2000: no server may accept it. */
function expiredUnsignedJwt(audience: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iss: 'https://mcp-ci.invalid', sub: 'mcp-ci', aud: audience, iat: 946_684_000, exp: 946_684_800 };
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

type Located = Extract<MetadataLookup, { found: unknown }>['found'];

/** Fetches the metadata the 401 points to; a judgement when there is nothing to judge. */
async function locatedMetadata(ctx: CheckContext): Promise<Located | Judgement> {
  const unauthorized = await unauthorizedChallenge(ctx);
  if (!unauthorized) return skip(NOT_PROTECTED);
  const lookup = await lookUpMetadata(ctx);
  if ('elsewhere' in lookup)
    return skip(`the metadata is on another origin (${lookup.elsewhere}), which mcp-ci does not fetch`);
  if ('missing' in lookup) return skip(`no Protected Resource Metadata found: ${describeMissing(lookup)}`);
  return lookup.found;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const definitions: CheckDefinition[] = [
  {
    id: 'auth-missing-credentials-401',
    title: 'a request without credentials gets 401 Unauthorized',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-01'],
    spec: 'basic/authorization',
    rule: 'When authorization is required and not yet proven by the client, servers MUST respond with HTTP 401 Unauthorized.',
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const attempt = await initializeWith(ctx, {});
      const { status } = attempt.exchange;
      const evidence = { sent: attempt.sent, received: httpEvidence(attempt.exchange) };
      if (status >= 200 && status < 300) {
        await endStraySession(ctx, attempt.exchange, 'probe:auth-cleanup');
        // Authorization is optional in MCP: a configured token may be a courtesy the server does not need.
        return warn(
          `served initialize without the configured credentials (HTTP ${status}); if the endpoint is meant to be protected, it must answer 401`,
          evidence,
        );
      }
      const use = await mcpAuthorizationUse(ctx);
      if ('none' in use) {
        return warn(
          `requires credentials (HTTP ${status} without them) but does not use MCP authorization: ${use.none}. MCP clients cannot obtain a token on their own; "Authorization is OPTIONAL for MCP implementations. When supported, implementations using an HTTP-based transport SHOULD conform to this specification", so the OAuth rules are skipped`,
          evidence,
        );
      }
      if (status === 401) return pass(`HTTP 401; ${use.signs.join('; ')}`);
      return violation(
        `answered initialize without credentials with HTTP ${status}; authorization required gets 401 Unauthorized`,
        evidence,
      );
    },
  },
  {
    id: 'auth-invalid-token-401',
    title: 'an invalid or expired token gets 401',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-02'],
    spec: 'basic/authorization',
    rule: 'Invalid or expired tokens MUST receive a HTTP 401 response.',
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresBearerToken,
    async run(ctx) {
      if (!(await unauthorizedChallenge(ctx))) return skip(NOT_PROTECTED);
      const tokens = {
        'a made-up token': 'mcp-ci-invalid-token',
        'an expired unsigned JWT': expiredUnsignedJwt(httpProbe(ctx).url),
      };
      const wrong: string[] = [];
      const received: unknown[] = [];
      for (const [what, token] of Object.entries(tokens)) {
        const attempt = await initializeWith(ctx, { authorization: `Bearer ${token}` });
        if (attempt.exchange.status === 401) continue;
        await endStraySession(ctx, attempt.exchange, 'probe:auth-cleanup');
        wrong.push(`${what} got HTTP ${attempt.exchange.status}`);
        received.push(httpEvidence(attempt.exchange));
      }
      if (wrong.length === 0) return pass();
      return violation(`${wrong.join('; ')}; an invalid or expired token gets 401`, {
        sent: Object.values(tokens),
        received,
      });
    },
  },
  {
    id: 'auth-malformed-authorization-rejected',
    title: 'a malformed Authorization header gets 400 or 401',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-09'],
    spec: 'basic/authorization',
    rule: 'Servers MUST return appropriate HTTP status codes for authorization errors: 401 authorization required or token invalid, 403 invalid scopes or insufficient permissions, 400 malformed authorization request.',
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresBearerToken,
    async run(ctx) {
      if (!(await unauthorizedChallenge(ctx))) return skip(NOT_PROTECTED);
      const attempt = await initializeWith(ctx, { authorization: 'Bearer' });
      const { status } = attempt.exchange;
      if (status === 400 || status === 401) return pass(`HTTP ${status}`);
      await endStraySession(ctx, attempt.exchange, 'probe:auth-cleanup');
      return violation(
        `answered "Authorization: Bearer" without a token with HTTP ${status}; a malformed authorization request gets 400 (or 401)`,
        {
          sent: attempt.sent,
          received: httpEvidence(attempt.exchange),
        },
      );
    },
  },
  {
    id: 'auth-challenge-resource-metadata',
    title: 'the 401 carries WWW-Authenticate with resource_metadata',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-03'],
    spec: 'basic/authorization#authorization-server-location',
    rule: 'MCP servers MUST use the HTTP header WWW-Authenticate when returning a 401 Unauthorized to indicate the location of the resource server metadata URL as described in RFC9728 Section 5.1.',
    versions: ['2025-06-18'],
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const evidence = { sent: unauthorized.sent, received: httpEvidence(unauthorized.exchange) };
      const header = unauthorized.exchange.headers['www-authenticate'];
      if (header === undefined) return violation('answered 401 without a WWW-Authenticate header', evidence);
      if (!unauthorized.challenge)
        return violation(`the 401 challenge ${JSON.stringify(header)} is not a Bearer challenge`, evidence);
      const pointer = unauthorized.challenge.params.resource_metadata;
      if (pointer === undefined)
        return violation('the Bearer challenge of the 401 has no resource_metadata parameter', evidence);
      if (!URL.canParse(pointer))
        return violation(`resource_metadata ${JSON.stringify(pointer)} is not an absolute URL`, evidence);
      return pass(pointer);
    },
  },
  {
    id: 'auth-metadata-discoverable',
    title: 'Protected Resource Metadata is found through the 401 or a well-known URI',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-04'],
    spec: 'basic/authorization#protected-resource-metadata-discovery-requirements',
    rule: 'MCP servers MUST implement one of the following discovery mechanisms: the resource metadata URL in the WWW-Authenticate header under resource_metadata when returning 401 Unauthorized, or metadata served at a well-known URI (at the path of the MCP endpoint, or at the root).',
    versions: ['2025-11-25'],
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const lookup = await lookUpMetadata(ctx);
      if ('found' in lookup) return pass(`via ${lookup.found.via}: ${lookup.found.url}`);
      if ('elsewhere' in lookup)
        return pass(`WWW-Authenticate points to ${lookup.elsewhere} (another origin, not fetched)`);
      return violation(`no Protected Resource Metadata where clients look: ${describeMissing(lookup)}`, {
        sent: unauthorized.sent,
        received: httpEvidence(unauthorized.exchange),
      });
    },
  },
  {
    id: 'auth-metadata-valid',
    title: 'the Protected Resource Metadata is JSON and names an authorization server',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-05'],
    spec: 'basic/authorization#authorization-server-location',
    rule: 'MCP servers MUST implement the OAuth 2.0 Protected Resource Metadata (RFC9728) specification; the document MUST include the authorization_servers field containing at least one authorization server.',
    versions: versionsFrom('2025-06-18'),
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const lookup = await lookUpMetadata(ctx);
      if ('elsewhere' in lookup)
        return skip(`the metadata is on another origin (${lookup.elsewhere}), which mcp-ci does not fetch`);
      if ('missing' in lookup) {
        return violation(`no Protected Resource Metadata: ${describeMissing(lookup)}`, {
          sent: unauthorized.sent,
          received: httpEvidence(unauthorized.exchange),
        });
      }
      const { url, exchange } = lookup.found;
      const evidence = { sent: { method: 'GET', url }, received: httpEvidence(exchange) };
      const type = mediaType(exchange.headers);
      if (type !== 'application/json') {
        return violation(
          `the metadata at ${url} is served as ${JSON.stringify(type || '(no Content-Type)')}, not application/json`,
          evidence,
        );
      }
      const document = parseJson(exchange.body);
      const problems = document === undefined ? ['the body is not JSON'] : metadataProblems(document);
      if (problems.length) return violation(`the metadata at ${url}: ${problems.join('; ')}`, evidence);
      return pass(url);
    },
  },
  {
    id: 'auth-metadata-resource-matches',
    title: 'the metadata’s resource identifies this MCP endpoint',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-06'],
    spec: 'basic/authorization#authorization-server-location',
    rule: 'The resource value returned MUST be identical to the protected resource’s resource identifier (RFC 9728 §3.3), the canonical URI of the MCP server.',
    versions: versionsFrom('2025-06-18'),
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const located = await locatedMetadata(ctx);
      if ('kind' in located) return located;
      const document = parseJson(located.exchange.body);
      if (document === null || typeof document !== 'object')
        return skip(`the metadata at ${located.url} is not a JSON object (see auth-metadata-valid)`);
      const mismatch = resourceMismatch((document as Record<string, unknown>).resource, new URL(httpProbe(ctx).url));
      if (!mismatch) return pass();
      return violation(`the metadata at ${located.url}: ${mismatch}`, {
        sent: { method: 'GET', url: located.url },
        received: httpEvidence(located.exchange),
      });
    },
  },
  {
    id: 'auth-challenge-scope',
    title: 'the 401 challenge names the scopes needed',
    section: 'auth',
    level: 'SHOULD',
    requirements: ['AUTH-07'],
    spec: 'basic/authorization#protected-resource-metadata-discovery-requirements',
    rule: 'MCP servers SHOULD include a scope parameter in the WWW-Authenticate header as defined in RFC 6750 Section 3 to indicate the scopes required for accessing the resource.',
    versions: ['2025-11-25'],
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const scope = unauthorized.challenge?.params.scope;
      if (scope !== undefined) return pass(`scope="${scope}"`);
      return violation(
        'the 401 WWW-Authenticate challenge has no scope parameter, so clients must guess which scopes to ask for',
        {
          sent: unauthorized.sent,
          received: httpEvidence(unauthorized.exchange),
        },
      );
    },
  },
  {
    id: 'auth-session-requires-token',
    title: 'a session id does not stand in for the token',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-12'],
    spec: 'basic/security_best_practices#session-hijacking',
    rule: 'MCP servers that implement authorization MUST verify all inbound requests. MCP Servers MUST NOT use sessions for authentication.',
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!(await unauthorizedChallenge(ctx))) return skip(NOT_PROTECTED);
      const session = await openProbeSession(ctx, 'probe:auth-session');
      if (session.id === undefined)
        return skip('the server issued no session id, so no session can stand in for the token');
      const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, ...session.headers };
      const body = rpc('ping', 'mcp-ci-session-without-token');
      const exchange = await plainRequest({ url: httpProbe(ctx).url, method: 'POST', headers, body }, ctx.timeoutMs);
      if (exchange.status === 401) return pass();
      const served = responseTo(exchange, 'mcp-ci-session-without-token');
      return violation(
        `answered a request carrying a valid session id but no credentials with HTTP ${exchange.status}${served ? ' and served it' : ''}; every request needs the token`,
        { sent: { headers, body }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'auth-authorization-server-discoverable',
    title: 'the authorization server the metadata names publishes its metadata, with PKCE methods',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-15'],
    spec: 'basic/authorization#authorization-server-discovery',
    rule: 'MCP authorization servers MUST provide at least one of the following discovery mechanisms: OAuth 2.0 Authorization Server Metadata (RFC8414), OpenID Connect Discovery 1.0. Authorization servers providing OpenID Connect Discovery 1.0 MUST include code_challenge_methods_supported in their metadata.',
    versions: versionsFrom('2025-11-25'),
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const located = await locatedMetadata(ctx);
      if ('kind' in located) return located;
      const servers = (parseJson(located.exchange.body) as { authorization_servers?: unknown } | undefined)
        ?.authorization_servers;
      const issuer = Array.isArray(servers) && typeof servers[0] === 'string' ? servers[0] : undefined;
      if (issuer === undefined || !URL.canParse(issuer)) {
        return skip('the metadata names no authorization server URL (see auth-metadata-valid)');
      }
      const url = new URL(issuer);
      // Like the resource metadata: only the server's own origin, or a server on this machine, is fetched.
      if (url.origin !== new URL(httpProbe(ctx).url).origin && !isLoopbackHost(url.hostname)) {
        return skip(`the authorization server ${issuer} is on another origin, which mcp-ci does not fetch`);
      }
      const tried: string[] = [];
      for (const candidate of authorizationServerMetadataUrls(url)) {
        const exchange = await plainRequest(
          { url: candidate, method: 'GET', headers: { accept: 'application/json' } },
          ctx.timeoutMs,
        );
        const document = exchange.status === 200 ? parseJson(exchange.body) : undefined;
        if (document === null || typeof document !== 'object') {
          tried.push(`${candidate} (HTTP ${exchange.status})`);
          continue;
        }
        const evidence = { sent: { method: 'GET', url: candidate }, received: httpEvidence(exchange) };
        const methods = (document as { code_challenge_methods_supported?: unknown }).code_challenge_methods_supported;
        const oidc = candidate.includes('openid-configuration');
        if (!Array.isArray(methods)) {
          return oidc
            ? violation(`the OpenID Connect metadata at ${candidate} has no code_challenge_methods_supported`, evidence)
            : warn(
                `the authorization server metadata at ${candidate} has no code_challenge_methods_supported; MCP clients MUST refuse to proceed without it (no PKCE)`,
                evidence,
              );
        }
        if (!methods.includes('S256')) {
          return warn(
            `code_challenge_methods_supported at ${candidate} lacks S256, which MCP clients MUST use when they can`,
            evidence,
          );
        }
        return pass(candidate);
      }
      return violation(`${issuer} publishes no authorization server metadata: ${tried.join(', ')}`, {
        sent: tried,
      });
    },
  },
  {
    id: 'auth-2025-03-26-server-metadata',
    title: '(2025-03-26) the server serves OAuth authorization server metadata',
    section: 'auth',
    level: 'SHOULD',
    requirements: ['AUTH-13'],
    spec: 'basic/authorization',
    rule: 'MCP servers SHOULD follow the OAuth 2.0 Authorization Server Metadata protocol (RFC 8414); the metadata endpoint MUST be at {authorization base URL}/.well-known/oauth-authorization-server.',
    versions: ['2025-03-26'],
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!(await unauthorizedChallenge(ctx))) return skip(NOT_PROTECTED);
      const url = `${new URL(httpProbe(ctx).url).origin}/.well-known/oauth-authorization-server`;
      const exchange = await plainRequest(
        { url, method: 'GET', headers: { accept: 'application/json' } },
        ctx.timeoutMs,
      );
      const document = parseJson(exchange.body);
      if (exchange.status === 200 && document !== null && typeof document === 'object') return pass(url);
      return violation(
        `no authorization server metadata at ${url} (HTTP ${exchange.status}); 2025-03-26 clients look there first`,
        { sent: { method: 'GET', url }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'auth-2025-03-26-default-endpoints',
    title: '(2025-03-26) without metadata, the default OAuth endpoints exist',
    section: 'auth',
    level: 'MUST',
    requirements: ['AUTH-14'],
    spec: 'basic/authorization',
    rule: 'MCP servers that do not support the OAuth 2.0 Authorization Server Metadata protocol MUST support fallback URLs: /authorize, /token and /register relative to the authorization base URL.',
    versions: ['2025-03-26'],
    transports: TRANSPORTS,
    scope: 'once',
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!(await unauthorizedChallenge(ctx))) return skip(NOT_PROTECTED);
      const origin = new URL(httpProbe(ctx).url).origin;
      const metadata = await plainRequest(
        {
          url: `${origin}/.well-known/oauth-authorization-server`,
          method: 'GET',
          headers: { accept: 'application/json' },
        },
        ctx.timeoutMs,
      );
      if (metadata.status === 200)
        return pass('the server serves authorization server metadata, so no fallback is needed');
      const absent: string[] = [];
      for (const path of ['/authorize', '/token', '/register']) {
        const exchange = await plainRequest({ url: `${origin}${path}`, method: 'GET', headers: {} }, ctx.timeoutMs);
        if (exchange.status === 404) absent.push(path);
      }
      if (absent.length === 0) return pass('/authorize, /token and /register exist');
      return violation(
        `serves no authorization server metadata (HTTP ${metadata.status}) and ${absent.join(', ')} answer 404; 2025-03-26 clients cannot authorize`,
        { sent: absent.map((path) => `GET ${origin}${path}`) },
      );
    },
  },
];

/**
 * The rules every protected endpoint keeps: a 401 (or a note that the server does not use MCP authorization), and
 * no session standing in for the credentials. The others are rules of MCP authorization (OAuth): they bind only
 * servers that implement it ("Authorization is OPTIONAL ... When supported, implementations using an HTTP-based
 * transport SHOULD conform"), and skip on the others with the reason.
 */
const RULES_OF_ANY_PROTECTION = new Set(['auth-missing-credentials-401', 'auth-session-requires-token']);

function boundToMcpAuthorization(check: CheckDefinition): CheckDefinition {
  return {
    ...check,
    async run(ctx) {
      const use = await mcpAuthorizationUse(ctx);
      return 'none' in use ? skip(notMcpAuthorization(use)) : check.run(ctx);
    },
  };
}

export const checks: CheckDefinition[] = definitions.map((check) =>
  RULES_OF_ANY_PROTECTION.has(check.id) ? check : boundToMcpAuthorization(check),
);
