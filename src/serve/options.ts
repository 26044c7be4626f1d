/**
 * The settings of `mcp-ci serve` from its flags and MCP_CI_TOKEN, checked before anything starts: over HTTP a token
 * is required unless the server is bound to loopback and told --no-auth.
 */
import { ConfigError } from '../config/errors.js';
import { isLoopbackHost } from './http-guard.js';

export interface ServeOptions {
  http?: { host: string; port: number };
  token?: string;
  runTimeoutMs: number;
  configPaths: string[];
}

const DEFAULT_RUN_TIMEOUT_S = 600;

export function serveOptions(
  flags: { http?: string; noAuth: boolean; runTimeout?: string; configPaths: string[] },
  env: NodeJS.ProcessEnv,
): ServeOptions {
  const runTimeout = flags.runTimeout === undefined ? DEFAULT_RUN_TIMEOUT_S : Number(flags.runTimeout);
  if (!Number.isFinite(runTimeout) || runTimeout <= 0)
    throw new ConfigError(`--run-timeout needs a number of seconds above 0, got "${flags.runTimeout}"`, 'run-timeout');
  const base = { runTimeoutMs: Math.round(runTimeout * 1000), configPaths: flags.configPaths };
  if (flags.http === undefined) {
    if (flags.noAuth)
      throw new ConfigError('--no-auth applies to --http; over stdio there is nothing to authenticate', 'no-auth');
    return base;
  }
  const http = parseListenAddress(flags.http);
  const token = env['MCP_CI_TOKEN'];
  if (token !== undefined && token !== '') {
    if (flags.noAuth) throw new ConfigError('MCP_CI_TOKEN is set and --no-auth is given; choose one', 'no-auth');
    return { ...base, http, token };
  }
  if (!flags.noAuth)
    throw new ConfigError(
      'mcp-ci serve --http starts processes on request: set MCP_CI_TOKEN to the bearer token clients must send, or add --no-auth on a loopback address',
      'http',
    );
  if (!isLoopbackHost(http.host))
    throw new ConfigError(`--no-auth is refused on ${http.host}: without a token, bind to 127.0.0.1 or ::1`, 'no-auth');
  return { ...base, http };
}

/** `8080`, `127.0.0.1:8080`, `[::1]:8080`, `0.0.0.0:8080`; the host defaults to 127.0.0.1. */
export function parseListenAddress(text: string): { host: string; port: number } {
  const match = /^(?:(\[[^\]]+\]|[^:[\]]+):)?(\d+)$/.exec(text.trim());
  const port = Number(match?.[2]);
  if (!match || !Number.isInteger(port) || port > 65535)
    throw new ConfigError(`--http needs [host:]port (e.g. 8765 or 127.0.0.1:8765), got "${text}"`, 'http');
  const host = match[1]?.replace(/^\[(.*)\]$/, '$1') ?? '127.0.0.1';
  return { host, port };
}
