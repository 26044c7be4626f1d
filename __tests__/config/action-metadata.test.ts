import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { actionYml } from '../../src/config/action-metadata.js';
import { readActionInputs } from '../../src/config/inputs.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('action.yml', () => {
  it('is generated from the inputs table (run `npm run action:yml` after changing an input)', () => {
    expect(readFileSync('action.yml', 'utf8')).toBe(actionYml(stringify));
  });

  it('declares string defaults, and an input equal to its declared default counts as unset so mcp-ci.yml applies', () => {
    process.env.INPUT_OUT = 'mcp-ci-report';
    process.env['INPUT_TIMEOUT-MS'] = '10000';
    process.env['INPUT_CALL-TOOLS'] = 'all';
    const { settings } = readActionInputs();
    expect(settings).toEqual({ 'call-tools': 'all' });
  });
});
