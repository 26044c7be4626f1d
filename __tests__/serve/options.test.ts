/** The settings and the caller guard of `mcp-ci serve --http`, as plain data. */
import { describe, expect, it } from 'vitest';
import { refuseCaller } from '../../src/serve/http-guard.js';
import { parseListenAddress, serveOptions } from '../../src/serve/options.js';

const flags = { noAuth: false, configPaths: [] };

describe('serve options', () => {
  it('reads [host:]port, the host defaulting to loopback', () => {
    expect(parseListenAddress('8765')).toEqual({ host: '127.0.0.1', port: 8765 });
    expect(parseListenAddress('0.0.0.0:80')).toEqual({ host: '0.0.0.0', port: 80 });
    expect(parseListenAddress('[::1]:9000')).toEqual({ host: '::1', port: 9000 });
    expect(() => parseListenAddress('localhost')).toThrow(/--http needs \[host:\]port/);
    expect(() => parseListenAddress('1:2:3')).toThrow(/--http needs/);
    expect(() => parseListenAddress('70000')).toThrow(/--http needs/);
  });

  it('requires MCP_CI_TOKEN over HTTP unless told --no-auth on loopback', () => {
    expect(() => serveOptions({ ...flags, http: '8765' }, {})).toThrow(
      /set MCP_CI_TOKEN .* or add --no-auth on a loopback address/,
    );
    expect(serveOptions({ ...flags, http: '8765' }, { MCP_CI_TOKEN: 't0ken' })).toMatchObject({
      http: { host: '127.0.0.1', port: 8765 },
      token: 't0ken',
    });
    expect(serveOptions({ ...flags, http: '[::1]:8765', noAuth: true }, {}).token).toBeUndefined();
    expect(() => serveOptions({ ...flags, http: '0.0.0.0:8765', noAuth: true }, {})).toThrow(
      /--no-auth is refused on 0\.0\.0\.0/,
    );
    expect(() => serveOptions({ ...flags, http: '8765', noAuth: true }, { MCP_CI_TOKEN: 'x' })).toThrow(/choose one/);
    expect(() => serveOptions({ ...flags, noAuth: true }, {})).toThrow(/--no-auth applies to --http/);
  });

  it('bounds runs by --run-timeout, 600 s unless given', () => {
    expect(serveOptions(flags, {}).runTimeoutMs).toBe(600_000);
    expect(serveOptions({ ...flags, runTimeout: '1.5' }, {}).runTimeoutMs).toBe(1_500);
    expect(() => serveOptions({ ...flags, runTimeout: '0' }, {})).toThrow(/--run-timeout needs a number of seconds/);
  });
});

describe('the HTTP caller guard', () => {
  const settings = { allowedHostnames: new Set(['127.0.0.1', 'localhost']), port: 8765, token: 's3cret' };
  const ok = { host: '127.0.0.1:8765', authorization: 'Bearer s3cret' };

  it('lets a caller with the token through, with or without its own origin', () => {
    expect(refuseCaller(ok, settings)).toBeUndefined();
    expect(refuseCaller({ ...ok, origin: 'http://localhost:8765' }, settings)).toBeUndefined();
    expect(refuseCaller({ ...ok, authorization: 'bearer s3cret' }, settings)).toBeUndefined();
  });

  it('refuses a foreign Host or Origin with 403, before looking at the token', () => {
    expect(refuseCaller({ ...ok, host: 'evil.example:8765' }, settings)).toEqual({
      status: 403,
      reason: 'Host not allowed: evil.example:8765',
    });
    expect(refuseCaller({ authorization: ok.authorization }, settings)?.status).toBe(403);
    expect(refuseCaller({ ...ok, origin: 'http://evil.example' }, settings)?.reason).toBe(
      'Origin not allowed: http://evil.example',
    );
    expect(refuseCaller({ ...ok, origin: 'http://127.0.0.1:9999' }, settings)?.status).toBe(403);
    expect(refuseCaller({ ...ok, origin: 'null' }, settings)?.status).toBe(403);
  });

  it('refuses a missing, wrong or differently long token with 401', () => {
    for (const authorization of [undefined, 'Bearer s3cre', 'Bearer s3cret-and-more', 'Basic s3cret', 'Bearer']) {
      expect(refuseCaller({ host: ok.host, ...(authorization && { authorization }) }, settings)?.status).toBe(401);
    }
  });

  it('asks for no token with --no-auth', () => {
    const { token: _none, ...open } = settings;
    expect(refuseCaller({ host: ok.host }, open)).toBeUndefined();
  });
});
