/** Targets as settings files named by comment-id, and the Config of a run narrowed to the suite asked for. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTargets, runConfig } from '../../src/serve/targets.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-targets-'));
  await writeFile(join(dir, 'mcp-ci.yml'), 'stdio: node server.js\nbench: { iterations: 3 }\n');
  await writeFile(join(dir, 'staging.yml'), 'url: http://127.0.0.1:9/mcp\ncomment-id: staging\n');
  await writeFile(join(dir, 'flow.yml'), 'name: one\nsteps: []\n');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('serve targets', () => {
  it('names each settings file by its comment-id, and refuses two of one name', async () => {
    const { root, targets } = await findTargets(dir, ['mcp-ci.yml', 'staging.yml']);
    expect(root).toBe(dir);
    expect([...targets.keys()]).toEqual(['default', 'staging']);
    await writeFile(join(dir, 'again.yml'), 'stdio: node other.js\ncomment-id: staging\n');
    await expect(findTargets(dir, ['staging.yml', 'again.yml'])).rejects.toThrow(
      /both name their target "staging"; give each a comment-id of its own/,
    );
    await expect(findTargets(dir, ['../elsewhere.yml'])).rejects.toThrow(/lies outside the project root/);
  });

  it('checks every settings file at start, so a broken one is found before any run', async () => {
    await writeFile(join(dir, 'broken.yml'), 'stdio: node a.js\nurl: http://127.0.0.1:9/mcp\n');
    await expect(findTargets(dir, ['broken.yml'])).rejects.toThrow(/one server per run/);
  });

  it('narrows the run to the suite asked for, flows only from inside the project', async () => {
    const { root, targets } = await findTargets(dir, ['mcp-ci.yml']);
    const target = targets.get('default')!;
    const out = () => join(dir, 'out');
    const conformance = await runConfig(root, target, { suite: 'conformance' }, out);
    expect(conformance).toMatchObject({ conformance: true, flows: [], outDir: out() });
    expect(conformance.bench).toBeUndefined();
    const bench = await runConfig(root, target, { suite: 'benchmarks', protocolVersion: '2025-06-18' }, out);
    expect(bench).toMatchObject({ conformance: false, flows: [], protocolVersion: '2025-06-18' });
    expect(bench.bench?.iterations).toBe(3);
    const flows = await runConfig(root, target, { suite: 'flows', flows: ['flow.yml'] }, out);
    expect(flows).toMatchObject({ conformance: false, flows: [join(dir, 'flow.yml')] });
    await expect(runConfig(root, target, { suite: 'conformance', flows: ['flow.yml'] }, out)).rejects.toThrow(
      /flows are run by the suites "flows" and "all", not "conformance"/,
    );
    await expect(runConfig(root, target, { suite: 'flows', flows: ['missing.yml'] }, out)).rejects.toThrow(
      /no such file in the project root/,
    );
  });
});
