/**
 * 2026-07-28 versioning and the per-request envelope (inventory 5.13: M-02, M-05, M-08 to M-12, M-35): what
 * replaced the initialize handshake. `server/discover`, the `_meta` protocol fields, version errors, and what a
 * server that speaks only 2026-07-28 answers to `initialize`.
 */
import { MODERN_VERSION } from '../../model.js';
import { META_CLIENT_CAPABILITIES, META_LOG_LEVEL, META_PROTOCOL_VERSION } from '../../wire/modern-connection.js';
import { isObject } from '../judge/transcript-index.js';
import { describeModern, errorOf, modernEvidence, openModernProbe, sendModern } from '../probes/modern-requests.js';
import { pass, skip, violation, warn, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const BOTH = ['stdio', 'http'] as const;
const UNSUPPORTED_VERSION = -32022;
const INVALID_PARAMS = -32602;
const HEADER_MISMATCH = -32020;

/** `_meta` key grammar: optional dotted-label prefix and `/`, then an alphanumeric-bounded name. */
const LABEL = /^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;

/** Why an extension identifier breaks the naming rules (a prefix is mandatory), or undefined. */
export function extensionIdProblem(id: string): string | undefined {
  const slash = id.lastIndexOf('/');
  if (slash === -1) return 'has no prefix (vendor-prefix/name)';
  const prefix = id.slice(0, slash);
  const name = id.slice(slash + 1);
  if (!prefix.split('.').every((label) => LABEL.test(label))) return 'has a prefix that is not dot-separated labels';
  if (!NAME.test(name)) return 'has a name that is not alphanumeric-bounded';
  return undefined;
}

export const checks: CheckDefinition[] = [
  {
    id: 'lifecycle-discover-result',
    title: 'server/discover answers with supported versions, capabilities and cache hints',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['M-09', 'M-13'],
    spec: 'basic/versioning#protocol-version-negotiation',
    rule: 'Servers MUST implement server/discover. The result carries resultType, supportedVersions, capabilities, ttlMs and cacheScope; the version of the request is one of supportedVersions.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const outcome = await ctx.main.request('server/discover');
      if (!outcome.ok)
        return violation(`server/discover returned error ${outcome.error.code}: ${outcome.error.message}`, {
          received: outcome.error,
        });
      const result = outcome.result;
      const problems: string[] = [];
      const versions = result.supportedVersions;
      if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => typeof v === 'string'))
        problems.push('supportedVersions is not a non-empty array of strings');
      else if (!versions.includes(MODERN_VERSION))
        problems.push(`supportedVersions does not list ${MODERN_VERSION}, the version of the request it answered`);
      if (!isObject(result.capabilities)) problems.push('capabilities is not an object');
      if (result.resultType !== 'complete')
        problems.push(`resultType is ${JSON.stringify(result.resultType)}, not "complete"`);
      if (result.instructions !== undefined && typeof result.instructions !== 'string')
        problems.push('instructions is not a string');
      if (problems.length)
        return violation(`the server/discover result is malformed: ${problems.join('; ')}`, { received: result });
      return pass(`speaks ${(versions as string[]).join(', ')}`);
    },
  },
  {
    id: 'lifecycle-extension-identifiers',
    title: 'extension identifiers in capabilities follow the _meta naming rules',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['M-10'],
    spec: 'basic/versioning#extension-negotiation',
    rule: 'Extension identifiers MUST follow the _meta key naming rules, with a mandatory prefix.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const extensions = ctx.main.serverCapabilities.extensions;
      if (extensions === undefined) return pass('no extensions advertised');
      if (!isObject(extensions)) return violation('capabilities.extensions is not an object', { received: extensions });
      const bad = Object.keys(extensions).flatMap((id) => {
        const problem = extensionIdProblem(id);
        return problem ? [`${JSON.stringify(id)} ${problem}`] : [];
      });
      if (bad.length) return violation(`extension identifier ${bad.join('; ')}`, { received: extensions });
      return pass(`${Object.keys(extensions).length} extension(s) well named`);
    },
  },
  {
    id: 'lifecycle-unsupported-version-32022',
    title: 'an unsupported protocol version is refused with -32022 naming the supported ones',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['M-08'],
    spec: 'basic/versioning#protocol-version-negotiation',
    rule: 'If the server does not support the requested protocol version it MUST respond with an UnsupportedProtocolVersionError (-32022) whose data lists the supported versions; over HTTP with status 400.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'unsupported-version');
      let supported: unknown[] = [];
      for (const method of ['server/discover', 'tools/list']) {
        const exchange = await sendModern(ctx, channel, method, undefined, {
          meta: { [META_PROTOCOL_VERSION]: '1900-01-01' },
          headers: { 'mcp-protocol-version': '1900-01-01' },
        });
        const error = errorOf(exchange.response);
        const evidence = modernEvidence(exchange);
        if (error?.code !== UNSUPPORTED_VERSION)
          return violation(
            `${method} declaring version 1900-01-01 got ${describeModern(exchange)}, not -32022`,
            evidence,
          );
        const data = isObject(error.data) ? error.data : {};
        if (!Array.isArray(data.supported) || data.supported.length === 0)
          return violation(
            `the -32022 error to ${method} does not list the supported versions in data.supported`,
            evidence,
          );
        if (exchange.status !== undefined && exchange.status !== 400)
          return violation(`the -32022 error to ${method} came with HTTP ${exchange.status}, not 400`, evidence);
        supported = data.supported;
      }
      return pass(`refused with -32022, supported: ${supported.join(', ')}`);
    },
  },
  {
    id: 'lifecycle-initialize-refusal-names-versions',
    title: 'a server that speaks only 2026-07-28 names its versions when refusing initialize',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['M-12'],
    spec: 'basic/versioning#backward-compatibility-with-initialization-based-versions',
    rule: 'A server that does not support initialization-based versions SHOULD include its supported protocol versions in any error it returns to an initialize request.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const { accepted } = await ctx.versionMatrix();
      if (accepted.length > 0) return skip(`the server also speaks the initialize era (${accepted.join(', ')})`);
      const channel = await openModernProbe(ctx, 'initialize');
      const exchange = await channel.request(
        'initialize',
        { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'mcp-ci', version: '0.1.0' } },
        { timeoutMs: ctx.timeoutMs, ...(ctx.transport === 'stdio' && { startupMs: ctx.config.bootTimeoutMs }) },
      );
      const evidence = modernEvidence(exchange);
      const error = errorOf(exchange.response);
      if (!error) return violation(`initialize got ${describeModern(exchange)}, not an error`, evidence);
      const text = JSON.stringify([error.message, error.data]);
      if (!text.includes(MODERN_VERSION))
        return violation(
          `the error answering initialize does not name the supported versions (${MODERN_VERSION})`,
          evidence,
        );
      return pass(`initialize refused with error ${String(error.code)} naming ${MODERN_VERSION}`);
    },
  },
  {
    id: 'lifecycle-missing-meta-rejected',
    title: 'a request without the required _meta fields is rejected with -32602',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['M-02'],
    spec: 'basic/index#meta',
    rule: 'A request missing a required _meta field (protocolVersion, clientCapabilities) MUST be rejected with -32602 Invalid params; over HTTP with status 400.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'missing-meta');
      // The protocol version stays (and matches the header), so only the missing capabilities are wrong.
      const exchange = await sendModern(ctx, channel, 'tools/list', undefined, {
        meta: { [META_CLIENT_CAPABILITIES]: undefined },
      });
      const error = errorOf(exchange.response);
      const evidence = modernEvidence(exchange);
      if (error?.code === HEADER_MISMATCH && exchange.status === 400)
        return warn(
          'a request without clientCapabilities was refused with -32020 (header mismatch), not -32602',
          evidence,
        );
      if (error?.code !== INVALID_PARAMS)
        return violation(`a request without clientCapabilities got ${describeModern(exchange)}, not -32602`, evidence);
      if (exchange.status !== undefined && exchange.status !== 400)
        return violation(`the -32602 error came with HTTP ${exchange.status}, not 400`, evidence);
      return pass('refused with -32602');
    },
  },
  {
    id: 'lifecycle-first-request-served',
    title: 'a request is served without server/discover first (no connection state)',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['M-05'],
    spec: 'basic/index#statelessness',
    rule: 'Servers MUST NOT rely on earlier requests on the same connection for the protocol version, capabilities or identity: every request carries them.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'first-request');
      const exchange = await sendModern(ctx, channel, 'tools/list');
      if (exchange.response?.result === undefined)
        return violation(
          `tools/list as the first request of a connection got ${describeModern(exchange)}`,
          modernEvidence(exchange),
        );
      return pass();
    },
  },
  {
    id: 'logging-log-level-meta-validated',
    title: 'an unknown _meta logLevel is refused with -32602',
    section: 'logging',
    level: 'SHOULD',
    requirements: ['M-35'],
    spec: 'server/utilities/logging#error-handling',
    rule: 'Servers SHOULD return -32602 (Invalid params) for an unrecognized log level value in _meta.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'log-level');
      const exchange = await sendModern(ctx, channel, 'tools/list', undefined, {
        meta: { [META_LOG_LEVEL]: 'verbose' },
      });
      const error = errorOf(exchange.response);
      if (error?.code !== INVALID_PARAMS)
        return violation(`logLevel "verbose" got ${describeModern(exchange)}, not -32602`, modernEvidence(exchange));
      return pass();
    },
  },
];
