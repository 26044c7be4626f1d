import { readdir, readFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { maskSecrets, secretForms, secretsFromEnvironment } from '../../src/config/secrets.js';
import { run } from '../../src/run.js';

describe('secrets from the environment', () => {
  it('takes values of variables named like secrets, long enough to mask safely', () => {
    expect(
      secretsFromEnvironment({
        GITHUB_TOKEN: 'ghs_0123456789abcdef',
        NPM_AUTH: 'npm_abcdefgh',
        OPENAI_API_KEY: 'sk-abcdefghijkl',
        SHORT_SECRET: 'abc',
        HOME: '/home/runner',
        PATH: '/usr/bin',
      }).sort(),
    ).toEqual(['ghs_0123456789abcdef', 'npm_abcdefgh', 'sk-abcdefghijkl']);
  });

  it('masks a secret the server echoes in every file of the report', async () => {
    const token = 'dpl_s3cr3t_value_42';
    const out = mkdtempSync(join(tmpdir(), 'mcp-ci-secrets-'));
    const config = resolveConfig({
      overrides: { stdio: 'node __tests__/fixtures/boot/leaks-env.mjs', out, conformance: false },
      overridesFrom: 'flags',
      env: { ...process.env, DEPLOY_TOKEN: token },
      cwd: process.cwd(),
    });
    process.env.DEPLOY_TOKEN = token;
    try {
      const result = await run(config);
      expect(result.boot.ok).toBe(true);
      expect(JSON.stringify(result)).not.toContain(token);
      expect(result.server.name).toBe('minimal ***');
    } finally {
      delete process.env.DEPLOY_TOKEN;
    }
    const files = await readdir(out);
    expect(files).toEqual(
      expect.arrayContaining(['results.json', 'transcript.jsonl', 'server-stderr.log', 'report.md']),
    );
    for (const file of files) expect(await readFile(join(out, file), 'utf8'), file).not.toContain(token);
    expect(await readFile(join(out, 'server-stderr.log'), 'utf8')).toContain('deploying with token ***');
  });
});

describe('masking every form of a secret', () => {
  it('masks a scheme header value whole and its credential alone, and their JSON-escaped spellings', () => {
    expect(secretForms('Bearer abc"def\\ghi')).toEqual([
      'Bearer abc"def\\ghi',
      'Bearer abc\\"def\\\\ghi',
      'abc"def\\ghi',
      'abc\\"def\\\\ghi',
    ]);
    const text = JSON.stringify({ name: 'token abc"def\\ghi', header: 'Bearer abc"def\\ghi' });
    expect(maskSecrets(text, ['Bearer abc"def\\ghi'])).toBe('{"name":"token ***","header":"***"}');
  });

  it('leaves a short credential alone, so a scheme with a tiny value masks only the whole header', () => {
    expect(secretForms('Basic abc')).toEqual(['Basic abc']);
    expect(maskSecrets('abc Basic abc', ['Basic abc'])).toBe('abc ***');
  });
});
