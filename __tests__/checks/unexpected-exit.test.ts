import { describe, expect, it } from 'vitest';
import { runChecks, shopStdio } from '../helpers/conformance.js';
import { stdioTarget } from '../helpers/config.js';

describe('lifecycle-no-unexpected-exit', () => {
  it('passes on the shop server, which runs until mcp-ci closes its stdin', async () => {
    const [result] = await runChecks(['lifecycle-no-unexpected-exit'], shopStdio());
    expect(result!.status).toBe('pass');
  });

  it('fails on a server that exits by itself mid-run, with its exit code and stderr tail', async () => {
    const [result] = await runChecks(
      ['lifecycle-no-unexpected-exit'],
      stdioTarget(['node', '__tests__/fixtures/hostile/crash-mid-run.mjs']),
    );
    expect(result!.status).toBe('fail');
    expect(result!.message).toMatch(/the server process exited with code 1 while mcp-ci was still talking to it/);
    expect(JSON.stringify(result!.evidence)).toContain('segmentation fault in the tool cache');
  });
});
