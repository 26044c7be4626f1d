/**
 * The library bundles as a user's code loads them: dist/api.js, and dist/vitest.js, which imports dist/api.js
 * rather than carrying a second engine. Run in a child node process, outside vitest's module graph.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { SHOP_SERVER } from '../helpers/config.js';

it('dist/api.js and dist/vitest.js run the suites against the example server', async () => {
  const script = `
    import { listTools, runConformance } from './dist/api.js';
    import { matchers } from './dist/vitest.js';
    const target = { stdio: 'node ${SHOP_SERVER}' };
    const tools = (await listTools(target)).map((tool) => tool.name);
    const result = await runConformance(target, { version: '2025-11-25', settings: { 'call-tools': 'none' } });
    const missing = await matchers.toHaveTool.call({}, target, 'no_such_tool');
    console.log(JSON.stringify({ tools, outcome: result.outcome, fail: result.summary.fail, missing: missing.pass }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    timeout: 120_000,
  });
  expect(JSON.parse(stdout)).toEqual({
    tools: expect.arrayContaining(['check_inventory']),
    outcome: 'passed',
    fail: 0,
    missing: false,
  });
});
