/**
 * The protocol version flows and benchmarks speak: the one the user pinned (`protocol-version`), else the newest
 * the server speaks. A server that answers `server/discover` speaks 2026-07-28, whatever era its boot session is
 * of (a server that speaks both is booted with `initialize`).
 */
import type { Config } from '../config/config.js';
import { MODERN_VERSION } from '../model.js';
import type { Connection } from '../wire/types.js';
import type { Target } from './types.js';

export interface SuiteSessions {
  protocolVersion: string;
  /** A fresh session at that version (stdio: a server process of its own). */
  connect(options?: { label?: string }): Promise<Connection>;
  /** The established session at that version: the boot session, or one opened for the suites. */
  main(): Promise<Connection>;
  /** Closes the session opened for the suites, if one was. */
  close(): Promise<void>;
}

/**
 * Picks the version and hands out its sessions. `accepted` is the conformance run's version matrix, when it ran;
 * without it, one `server/discover` on a fresh connection says whether 2026-07-28 is spoken.
 */
export async function suiteSessions(
  target: Pick<Target, 'main' | 'connect'>,
  config: Pick<Config, 'protocolVersion' | 'quick'>,
  accepted?: readonly string[],
): Promise<SuiteSessions> {
  const boot = target.main;
  const version = await pickVersion(target, config, accepted);
  const connect = (options?: { label?: string }) =>
    target.connect({ protocolVersion: version, ...(options?.label && { label: options.label }) });
  let opened: Promise<Connection> | undefined;
  return {
    protocolVersion: version,
    connect,
    main: () => {
      // The boot session, unless it ended with a server process that exited mid-run (the suites get a new one).
      if (boot.protocolVersion === version && !boot.closed) return Promise.resolve(boot);
      opened ??= connect({ label: `suites@${version}` });
      return opened;
    },
    close: async () => {
      await (await opened?.catch(() => undefined))?.close();
    },
  };
}

async function pickVersion(
  target: Pick<Target, 'main' | 'connect'>,
  config: Pick<Config, 'protocolVersion' | 'quick'>,
  accepted: readonly string[] | undefined,
): Promise<string> {
  const boot = target.main.protocolVersion;
  if (config.protocolVersion) return config.protocolVersion;
  // A quick run tests the boot session's version only, and so do its suites.
  if (boot === MODERN_VERSION || config.quick) return boot;
  if (accepted) return accepted.includes(MODERN_VERSION) ? MODERN_VERSION : boot;
  try {
    const probe = await target.connect({ protocolVersion: MODERN_VERSION, label: 'probe:discover' });
    void probe.close().catch(() => {});
    // A target without a modern wire (an in-process server) may answer with an initialize-era session instead.
    return probe.protocolVersion === MODERN_VERSION ? MODERN_VERSION : boot;
  } catch {
    return boot;
  }
}
