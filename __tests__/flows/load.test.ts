import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { flowAnnotations, formatLoadError, loadErrorResults, loadFlowFiles } from '../../src/flows/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-flows-'));
  await mkdir(join(dir, '.mcp-ci', 'flows', 'nested'), { recursive: true });
  await writeFile(join(dir, '.mcp-ci', 'flows', 'b-good.yml'), 'steps:\n  - ping:\n');
  await writeFile(join(dir, '.mcp-ci', 'flows', 'a-good.yaml'), 'name: first\nsteps:\n  - ping:\n');
  await writeFile(join(dir, '.mcp-ci', 'flows', 'broken.yml'), 'steps:\n  - ping:\n  - cal: echo\n');
  await writeFile(join(dir, '.mcp-ci', 'flows', 'nested', 'deep.yml'), 'steps:\n  - sleep: 1\n');
  await writeFile(join(dir, '.mcp-ci', 'flows', 'notes.txt'), 'not a flow');
});

describe('loadFlowFiles', () => {
  it('loads every matching file in name order; a broken file gives errors and the others still load', async () => {
    const { flows, errors } = await loadFlowFiles(['.mcp-ci/flows/*.yml', '.mcp-ci/flows/*.yaml'], dir);
    expect(flows.map((flow) => [flow.file, flow.name])).toEqual([
      ['.mcp-ci/flows/a-good.yaml', 'first'],
      ['.mcp-ci/flows/b-good.yml', 'b-good'],
    ]);
    expect(errors).toEqual([
      {
        file: '.mcp-ci/flows/broken.yml',
        line: 3,
        column: 5,
        message: expect.stringMatching(/^unknown step kind 'cal'; allowed: call, read/),
      },
    ]);
  });

  it('takes absolute globs and ** and names files relative to the working directory', async () => {
    const { flows } = await loadFlowFiles([`${dir.split('\\').join('/')}/.mcp-ci/flows/**/deep.yml`], dir);
    expect(flows.map((flow) => flow.file)).toEqual(['.mcp-ci/flows/nested/deep.yml']);
  });

  it('is content with a glob that matches nothing, but not with a named file that does not exist', async () => {
    expect(await loadFlowFiles(['flows/*.yml'], dir)).toEqual({ flows: [], errors: [] });
    expect(await loadFlowFiles(['flows/smoke.yml'], dir)).toEqual({
      flows: [],
      errors: [{ file: 'flows/smoke.yml', line: 1, column: 1, message: 'flow file not found' }],
    });
  });

  it('turns load errors into failed flow results and annotations at their lines', async () => {
    const { errors } = await loadFlowFiles(['.mcp-ci/flows/broken.yml'], dir);
    const results = loadErrorResults(errors);
    expect(results).toEqual([
      {
        name: '.mcp-ci/flows/broken.yml',
        file: '.mcp-ci/flows/broken.yml',
        status: 'fail',
        durationMs: 0,
        steps: [],
        error: formatLoadError(errors[0]!),
      },
    ]);
    expect(results[0]?.error).toMatch(/^\.mcp-ci\/flows\/broken\.yml:3:5: unknown step kind 'cal'/);
    expect(flowAnnotations(results)).toEqual([
      {
        file: '.mcp-ci/flows/broken.yml',
        line: 3,
        title: 'mcp-ci flow ".mcp-ci/flows/broken.yml" could not run',
        message: expect.stringMatching(/^unknown step kind 'cal'/),
      },
    ]);
  });
});
