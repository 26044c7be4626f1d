/** The README's promises that can drift: the set-up commands, every action input, and the coverage numbers. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageByClass, modernCoverageByClass } from '../src/checks/coverage.js';
import { CATALOGUE } from '../src/checks/registry.js';
import { ACTION_OUTPUTS } from '../src/config/action-metadata.js';
import { ACTION_INPUTS } from '../src/config/inputs.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('keeps the two set-up commands', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm test');
  });

  it('documents every action input and output', () => {
    for (const input of ACTION_INPUTS) expect(readme, input.name).toContain(`\`${input.name}\``);
    for (const output of Object.keys(ACTION_OUTPUTS)) expect(readme, output).toContain(`\`${output}\``);
  });

  it('states the catalogue size and the requirement coverage per class as they are', () => {
    expect(readme).toContain(`${CATALOGUE.length} checks`);
    for (const c of coverageByClass(CATALOGUE)) {
      expect(readme, `class ${c.testClass}`).toMatch(
        new RegExp(`\\|\\s*${c.testClass}\\s*\\|[^\\n]*\\|\\s*${c.covered} of ${c.inScope}\\s*\\|`),
      );
    }
    for (const c of modernCoverageByClass(CATALOGUE)) {
      expect(readme, `2026-07-28 class ${c.testClass}`).toMatch(
        new RegExp(`\\|\\s*${c.testClass}\\s*\\|[^\\n]*\\|\\s*${c.covered} of ${c.inScope}\\s*\\|\\s*$`, 'm'),
      );
    }
  });
});
