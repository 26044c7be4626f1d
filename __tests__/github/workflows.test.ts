/**
 * The example workflows agree with each other and with what mcp-ci writes and reads: the test workflow uploads
 * the files publishToGitHub saves under the artifact name `mode: publish` looks for, the publisher needs no
 * checkout, and the matrix workflow's merge job reads the folders its legs upload, as download-artifact lays them
 * out. (`mode: publish` itself is tested against fake services in fork-publish.test.ts.)
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SAVED_COMMENT_ARTIFACT } from '../../src/github/fork-publish.js';
import { PUBLISHER_FILES } from '../../src/github/publish.js';
import { readLegs } from '../../src/merge/legs.js';
import { ACTION_INPUTS } from '../../src/config/inputs.js';
import { brokenServerRun } from '../report/fixtures/run-results.js';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  strategy?: { matrix: { include: Record<string, string>[] } };
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const load = async (file: string): Promise<Workflow> =>
  parse(await readFile(new URL(`../../examples/workflows/${file}`, import.meta.url), 'utf8')) as Workflow;
const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);
const mcpCiSteps = (workflow: Workflow): Step[] =>
  steps(workflow).filter((step) => step.uses?.startsWith('mcp-ci/mcp-ci@'));
const inputNames = new Set(ACTION_INPUTS.map((input) => input.name));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-workflows-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('example workflows', () => {
  it('hand the comment saved for a fork from the test workflows to the publisher', async () => {
    const test = await load('mcp.yml');
    const matrix = await load('mcp-matrix.yml');
    const publisher = await load('mcp-comment.yml');
    expect(publisher.on.workflow_run?.workflows).toEqual([test.name, matrix.name]);
    expect(publisher.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(mcpCiSteps(publisher).map((step) => step.with)).toEqual([{ mode: 'publish' }]);
    expect(steps(publisher).some((step) => step.uses?.startsWith('actions/checkout'))).toBe(false);

    for (const workflow of [test, matrix]) {
      const upload = steps(workflow).find((step) => step.with?.name === SAVED_COMMENT_ARTIFACT);
      expect(upload?.if).toContain('always()');
      expect(upload?.with?.path?.trim().split('\n')).toEqual([
        `mcp-ci-report/${PUBLISHER_FILES.comment}`,
        `mcp-ci-report/${PUBLISHER_FILES.prNumber}`,
      ]);
    }
    expect(test.permissions['pull-requests']).toBe('write');
  });

  it('use only inputs the action declares', async () => {
    for (const file of ['mcp.yml', 'mcp-matrix.yml', 'mcp-comment.yml']) {
      for (const step of mcpCiSteps(await load(file))) {
        for (const name of Object.keys(step.with ?? {})) expect(inputNames, `${file}: ${name}`).toContain(name);
      }
    }
  });

  it('matrix: legs upload their folders without commenting, and the merge job reads them as downloaded', async () => {
    const matrix = await load('mcp-matrix.yml');
    const leg = matrix.jobs.leg;
    const report = matrix.jobs.report;
    expect(report?.needs).toBe('leg');
    expect(report?.if).toBe('always()');
    expect(report?.permissions?.['pull-requests']).toBe('write');
    const [legStep] = mcpCiSteps({ ...matrix, jobs: { leg: leg as Job } });
    expect(legStep?.with).toMatchObject({ comment: 'off', 'comment-id': '${{ matrix.leg }}' });
    const upload = leg?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const download = report?.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(upload?.if).toBe('always()');
    const [mergeStep] = mcpCiSteps({ ...matrix, jobs: { report: report as Job } });
    expect(mergeStep?.with?.mode).toBe('merge');

    // download-artifact with a pattern puts each artifact in a folder named after it, under `path`.
    const workspace = join(dir, 'workspace');
    const names = (leg?.strategy?.matrix.include ?? []).map((entry) => ({
      artifact: (upload?.with?.name ?? '').replace('${{ matrix.leg }}', entry.leg ?? ''),
      leg: entry.leg ?? '',
    }));
    const pattern = new RegExp(`^${(download?.with?.pattern ?? '').replace('*', '.*')}$`);
    for (const { artifact } of names) expect(artifact).toMatch(pattern);
    for (const { artifact, leg: legName } of names) {
      const folder = join(workspace, download?.with?.path ?? '', artifact);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'results.json'), JSON.stringify({ ...brokenServerRun(), leg: legName }));
    }
    const legs = await readLegs([mergeStep?.with?.reports ?? ''], workspace, 'input reports');
    expect(legs.map((found) => found.name).sort()).toEqual(names.map(({ leg: legName }) => legName).sort());
  });
});
