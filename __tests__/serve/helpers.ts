/**
 * `mcp-ci serve` as users start it: the CLI bundled from the current sources (dependencies from node_modules), in
 * a project folder of its own whose settings files declare the bundled example server and the fault fixture.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export const SHOP_SERVER = join(process.cwd(), '.build/examples/shop-server.mjs');
export const FAULTY_SERVER = join(process.cwd(), '.build/fixtures/faulty-server.mjs');

const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
export const nodeCommand = (script: string, ...args: string[]) =>
  [process.execPath, script, ...args].map(quoted).join(' ');

/** Bundles src/cli.ts to a file of its own under .build/; returns its path. */
export async function buildCli(name: string): Promise<string> {
  const outfile = join(process.cwd(), '.build', `serve-${name}-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/**
 * A project: mcp-ci.yml declares the shop (target "default") with a quick benchmark setting, faulty.yml the fault
 * fixture breaking ping (target "faulty"); both keep their history in the project's default history file.
 */
export async function makeProject(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mcp-ci-serve-'));
  await writeFile(
    join(dir, 'mcp-ci.yml'),
    [
      `stdio: ${JSON.stringify(nodeCommand(SHOP_SERVER))}`,
      'flows: [flows/*.yml]',
      'bench:',
      '  iterations: 5',
      '  warmup: 1',
      '  concurrency: [1]',
      '',
    ].join('\n'),
  );
  await writeFile(
    join(dir, 'faulty.yml'),
    [
      `stdio: ${JSON.stringify(nodeCommand(FAULTY_SERVER))}`,
      'env: { MCP_FAULTS: ping-error }',
      'comment-id: faulty',
      '',
    ].join('\n'),
  );
  await mkdir(join(dir, 'flows'));
  await writeFile(join(dir, 'flows', 'shop.yml'), await readFile('examples/flows/shop.yml', 'utf8'));
  return dir;
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Every live descendant of `pid` (zombies count as gone: they hold no resources and cannot run). */
export async function descendants(pid: number): Promise<number[]> {
  const parents = new Map<number, number[]>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
    // pid (comm) state ppid ...: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (!fields || fields[0] === 'Z') continue;
    const ppid = Number(fields[1]);
    parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of parents.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Whether the process is running (a zombie is not). */
export async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}
