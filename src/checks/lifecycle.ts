/** Lifecycle & capability negotiation (basic/lifecycle), inventory section 5.3. */
import { pass, skip, violation, warn, type CheckDefinition } from './types.js';
import { ALL_VERSIONS, isKnownVersion } from './versions.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const BOGUS_VERSION = '2099-12-31';

export const checks: CheckDefinition[] = [
  {
    id: 'lifecycle-initialize-result',
    title: 'initialize returns protocolVersion, capabilities and serverInfo',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-01', 'SCH-01'],
    spec: 'basic/lifecycle#initialization',
    rule: 'The server MUST respond with its own capabilities and information (InitializeResult: protocolVersion, capabilities, serverInfo {name, version}).',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'per-version',
    async run(ctx) {
      const result = ctx.main.initializeResult;
      const problems: string[] = [];
      if (typeof result.protocolVersion !== 'string') problems.push('protocolVersion is not a string');
      if (!isObject(result.capabilities)) problems.push('capabilities is not an object');
      const info = result.serverInfo;
      if (!isObject(info)) problems.push('serverInfo is missing');
      else {
        if (typeof info.name !== 'string') problems.push('serverInfo.name is not a string');
        if (typeof info.version !== 'string') problems.push('serverInfo.version is not a string');
      }
      if (result.instructions !== undefined && typeof result.instructions !== 'string') {
        problems.push('instructions is not a string');
      }
      return problems.length
        ? violation(`initialize result is malformed: ${problems.join('; ')}`, { received: result })
        : pass(
            `${String((info as Record<string, unknown>).name)} ${String((info as Record<string, unknown>).version)}`,
          );
    },
  },
  {
    id: 'lifecycle-version-negotiation',
    title: 'initialize answers a protocol version that exists',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-02'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server supports the requested protocol version, it MUST respond with the same version. Otherwise, the server MUST respond with another protocol version it supports.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'once',
    async run(ctx) {
      const unknown = ctx.versionProbes.filter((p) => p.answered !== undefined && !isKnownVersion(p.answered));
      if (unknown.length) {
        return violation(
          `answered a protocol version that does not exist: ${unknown.map((p) => `offered ${p.offered}, got ${JSON.stringify(p.answered)}`).join('; ')}`,
          { received: ctx.versionProbes },
        );
      }
      if (ctx.acceptedVersions.length === 0) {
        return violation('accepted none of the protocol versions offered', { received: ctx.versionProbes });
      }
      return pass(`accepts ${ctx.acceptedVersions.join(', ')}`);
    },
  },
  {
    id: 'lifecycle-unsupported-version-counter-offer',
    title: 'an unsupported protocol version gets a supported one back, not an echo',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-03'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server does not support the requested version, it MUST respond with another protocol version it supports (or an error).',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ initialize: false, label: 'probe:unsupported-version' });
      const params = {
        protocolVersion: BOGUS_VERSION,
        capabilities: {},
        clientInfo: { name: 'mcp-ci', version: '0.1.0' },
      };
      const exchange = await raw.request('initialize', params);
      const sent = { method: 'initialize', params };
      if (!exchange.response) return violation(`no answer to initialize offering ${BOGUS_VERSION}`, { sent });
      if (isObject(exchange.response.error)) return pass('answered with a JSON-RPC error, which the spec allows');
      const result = exchange.response.result;
      const answered = isObject(result) ? result.protocolVersion : undefined;
      if (answered === BOGUS_VERSION) {
        return violation(`echoed the unsupported version ${BOGUS_VERSION} instead of one it supports`, {
          sent,
          received: exchange.response,
        });
      }
      if (!isKnownVersion(answered)) {
        return violation(`answered ${JSON.stringify(answered)}, which is not a protocol version`, {
          sent,
          received: exchange.response,
        });
      }
      if (!ctx.acceptedVersions.includes(answered)) {
        return violation(`counter-offered ${answered}, but refused that version when it was offered`, {
          sent,
          received: exchange.response,
        });
      }
      return pass(`counter-offered ${answered}`);
    },
  },
  {
    id: 'lifecycle-counter-offer-latest',
    title: 'the counter-offered version is the latest the server supports',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['LIFE-04'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server does not support the requested version, this SHOULD be the latest version the server supports.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ initialize: false, label: 'probe:counter-offer' });
      const exchange = await raw.request('initialize', {
        protocolVersion: BOGUS_VERSION,
        capabilities: {},
        clientInfo: { name: 'mcp-ci', version: '0.1.0' },
      });
      const result = exchange.response?.result;
      if (!isObject(result) || !isKnownVersion(result.protocolVersion)) {
        return skip(
          'the server answered the unsupported version with an error or no known version (see lifecycle-unsupported-version-counter-offer)',
        );
      }
      const latest = ctx.acceptedVersions[0];
      return result.protocolVersion === latest
        ? pass(`counter-offered ${latest}`)
        : violation(`counter-offered ${result.protocolVersion}, but the latest version it accepts is ${latest}`, {
            received: exchange.response,
          });
    },
  },
  {
    id: 'lifecycle-initialized-notification-accepted',
    title: 'notifications/initialized is accepted without a reply and the session works',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['BASE-05', 'LIFE-01'],
    spec: 'basic/lifecycle#initialization',
    rule: 'After successful initialization, the client MUST send an initialized notification; the receiver of a notification MUST NOT send a response.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'per-version',
    async run(ctx) {
      const raw = await ctx.openRaw({ initialize: false, label: 'probe:initialized' });
      await raw.request('initialize', {
        protocolVersion: ctx.protocolVersion,
        capabilities: {},
        clientInfo: { name: 'mcp-ci', version: '0.1.0' },
      });
      const notification = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
      const after = await raw.send(notification, { waitMs: 300 });
      const replies = after.messages.filter((m) => 'id' in m && !('method' in m));
      if (replies.length) {
        return violation('answered notifications/initialized with a response', {
          sent: notification,
          received: replies,
        });
      }
      if (after.http && after.http.status >= 400) {
        return violation(`rejected notifications/initialized with HTTP ${after.http.status}`, {
          sent: notification,
          received: after.http,
        });
      }
      const ping = await raw.request('ping');
      if (!ping.response) return violation('stopped answering after notifications/initialized', { sent: 'ping' });
      return pass();
    },
  },
  {
    id: 'lifecycle-ping-before-initialized',
    title: 'ping is answered before initialization completes',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['LIFE-08'],
    spec: 'basic/lifecycle#initialization',
    rule: 'The server SHOULD NOT send requests other than pings before receiving the initialized notification; pings may be exchanged at any time and MUST be answered.',
    versions: ALL_VERSIONS,
    transports: ['stdio'],
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ initialize: false, label: 'probe:early-ping' });
      const early = await raw.request('ping', undefined, { timeoutMs: Math.min(ctx.timeoutMs, 3_000) });
      if (isObject(early.response?.result)) return pass();
      // Many SDKs gate every request until `initialized`; the rule is derived, so this is a warning.
      return warn(
        early.response
          ? 'answered a ping before initialize with an error'
          : 'did not answer a ping sent before initialize',
        { sent: { method: 'ping' }, received: early.response ?? early.nonJson },
      );
    },
  },
];
