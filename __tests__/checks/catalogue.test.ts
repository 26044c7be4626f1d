import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksMarkdown } from '../../src/checks/catalogue-table.js';
import { CATALOGUE } from '../../src/checks/registry.js';
import { REQUIREMENTS } from '../../src/checks/requirements.js';
import { SECTIONS } from '../../src/model.js';

describe('the check catalogue', () => {
  it('has unique, stable kebab-case ids prefixed by their section', () => {
    const ids = CATALOGUE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of CATALOGUE) {
      expect(check.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(SECTIONS).toContain(check.section);
      expect(check.id.startsWith(`${check.section}-`), `${check.id} should start with ${check.section}-`).toBe(true);
    }
  });

  it('keys every check to known requirement ids, a spec page, a rule and at least one version and transport', () => {
    const known = new Set(REQUIREMENTS.map((r) => r.id));
    for (const check of CATALOGUE) {
      expect(check.requirements.length, check.id).toBeGreaterThan(0);
      for (const id of check.requirements) expect(known.has(id), `${check.id}: unknown requirement ${id}`).toBe(true);
      expect(check.spec, check.id).toMatch(/^[a-z0-9/_-]+(#[a-z0-9-]+)?$/);
      expect(check.rule.length, check.id).toBeGreaterThan(20);
      expect(check.versions.length, check.id).toBeGreaterThan(0);
      expect(check.transports.length, check.id).toBeGreaterThan(0);
    }
  });

  it('has a test for every check (a broken server on which it fails, the correct one on which it passes)', () => {
    const dir = join(__dirname);
    const tests = readdirSync(dir)
      .filter((f) => f.endsWith('.test.ts') && f !== 'catalogue.test.ts')
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const untested = CATALOGUE.filter((c) => !tests.includes(`'${c.id}'`)).map((c) => c.id);
    expect(untested).toEqual([]);
  });

  it('docs/checks.md is generated from the catalogue (run `npm run docs:checks` after changing a check)', () => {
    const expected = checksMarkdown();
    expect(readFileSync('docs/checks.md', 'utf8')).toBe(expected);
  });
});
