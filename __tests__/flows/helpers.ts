/**
 * Booting real servers for flow tests through the core's bootTarget, and bundling the flow fixtures (TypeScript)
 * into runnable files next to the other built fixtures so their imports resolve from node_modules.
 */
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RunEvent } from '../../src/events.js';
import { runFlows } from '../../src/flows/index.js';
import { parseFlowSource } from '../../src/flows/parse.js';
import type { LoadedFlow } from '../../src/flows/types.js';
import type { FlowResult } from '../../src/model.js';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import type { Connection } from '../../src/wire/types.js';
import { Transcript } from '../../src/wire/transcript.js';
import { freePort, launch, SHOP_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles `__tests__/flows/fixtures/<name>.ts` to `.build/flows-fixtures/<name>.mjs` and returns its path. */
export async function buildFixture(name: string): Promise<string> {
  const outfile = join(ROOT, '.build', 'flows-fixtures', `${name}.mjs`);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [`__tests__/flows/fixtures/${name}.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

export const SHOP = SHOP_SERVER;

export async function bootStdio(script: string): Promise<BootedServer> {
  return bootTarget(testConfig(stdioTarget(['node', script]), { requestTimeoutMs: 5_000 }), new Transcript(), () => {});
}

/** The example shop over Streamable HTTP, started by the tester on a free loopback port. */
export async function bootShopHttp(): Promise<BootedServer> {
  const port = await freePort();
  const config = testConfig({
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', SHOP_SERVER, '--http', String(port)]),
    headers: {},
  });
  return bootTarget(config, new Transcript(), () => {});
}

export function flowFrom(yaml: string, file = 'flows/test.yml'): LoadedFlow {
  const { flow, errors } = parseFlowSource(yaml, file);
  if (!flow)
    throw new Error(`flow did not load:\n${errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n')}`);
  return flow;
}

export interface FlowRunRecord {
  results: FlowResult[];
  events: RunEvent[];
  /** Connections the runner opened and whether each was closed by the end. */
  opened: { label: string; closed: () => boolean }[];
  snapshotDir: string;
}

/** Runs flows against a booted target, recording events and every connection the runner opened. */
export async function runAgainst(
  target: BootedServer,
  flows: LoadedFlow[],
  options: { timeoutMs?: number; updateSnapshots?: boolean; snapshotDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<FlowRunRecord> {
  const events: RunEvent[] = [];
  const opened: FlowRunRecord['opened'] = [];
  const snapshotDir = options.snapshotDir ?? mkdtempSync(join(tmpdir(), 'mcp-ci-snapshots-'));
  const results = await runFlows(flows, {
    connect: async (connectOptions) => {
      const connection: Connection = await target.connect({ label: connectOptions?.label });
      opened.push({ label: connection.label, closed: () => connection.closed });
      return connection;
    },
    emit: (event) => events.push(event),
    timeoutMs: options.timeoutMs ?? 5_000,
    updateSnapshots: options.updateSnapshots ?? false,
    snapshotDir,
    env: options.env ?? {},
  });
  return { results, events, opened, snapshotDir };
}

/** The one flow's steps by id, for assertions that read well. */
export function stepsById(result: FlowResult | undefined): Record<string, FlowResult['steps'][number]> {
  return Object.fromEntries((result?.steps ?? []).map((step) => [step.id, step]));
}
