import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { findConfigFile, parseConfigFile, readConfigFile } from '../../src/config/file.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mcp-ci-config-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('findConfigFile', () => {
  it('finds mcp-ci.yml in the working directory first, then up to the repository root', async () => {
    const repo = path.join(root, 'repo');
    const sub = path.join(repo, 'packages', 'server');
    await mkdir(path.join(repo, '.git'), { recursive: true });
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(root, 'mcp-ci.yml'), 'stdio: outside the repository\n');
    expect(await findConfigFile(sub)).toBeUndefined();

    await writeFile(path.join(repo, 'mcp-ci.yaml'), 'stdio: at the root\n');
    expect(await findConfigFile(sub)).toBe(path.join(repo, 'mcp-ci.yaml'));

    await writeFile(path.join(sub, 'mcp-ci.yml'), 'stdio: here\n');
    expect(await findConfigFile(sub)).toBe(path.join(sub, 'mcp-ci.yml'));
  });

  it('searches only the working directory outside a repository', async () => {
    const sub = path.join(root, 'a', 'b');
    await mkdir(sub, { recursive: true });
    await writeFile(path.join(root, 'a', 'mcp-ci.yml'), 'stdio: above\n');
    expect(await findConfigFile(sub)).toBeUndefined();
    expect(await findConfigFile(path.join(root, 'a'))).toBe(path.join(root, 'a', 'mcp-ci.yml'));
  });

  it('refuses to choose between mcp-ci.yml and mcp-ci.yaml', async () => {
    await writeFile(path.join(root, 'mcp-ci.yml'), '');
    await writeFile(path.join(root, 'mcp-ci.yaml'), '');
    await expect(findConfigFile(root)).rejects.toThrow(/mcp-ci\.yml and .*mcp-ci\.yaml exist; keep one/);
  });
});

describe('readConfigFile', () => {
  it('reads the text, and names a missing file', async () => {
    const file = path.join(root, 'custom.yml');
    await writeFile(file, 'url: http://127.0.0.1:1/mcp\n');
    expect(await readConfigFile(file)).toEqual({ path: file, text: 'url: http://127.0.0.1:1/mcp\n' });
    const missing = readConfigFile(path.join(root, 'nope.yml'));
    await expect(missing).rejects.toBeInstanceOf(ConfigError);
    await expect(missing).rejects.toThrow(`cannot read config file ${path.join(root, 'nope.yml')}: no such file`);
  });
});

describe('parseConfigFile', () => {
  const text = [
    '# mcp-ci settings',
    'stdio: node server.js',
    'bench:',
    '  iterations: 50',
    '  calls:',
    '    - tool: search',
    '      arguments: { q: x }',
    '    - tool: 3',
    '      extra: true',
    '',
  ].join('\n');

  it('keeps settings and positions of values and keys', () => {
    const file = parseConfigFile({ path: path.join(root, 'mcp-ci.yml'), text }, root);
    expect(file.displayName).toBe('mcp-ci.yml');
    expect(file.dir).toBe(root);
    expect(file.settings).toEqual({
      stdio: 'node server.js',
      bench: {
        iterations: 50,
        calls: [
          { tool: 'search', arguments: { q: 'x' } },
          { tool: 3, extra: true },
        ],
      },
    });
    expect(file.locateValue(['stdio'])).toBe('mcp-ci.yml:2:8');
    expect(file.locateValue(['bench', 'calls', 1, 'tool'])).toBe('mcp-ci.yml:8:13');
    expect(file.locateKey(['bench', 'calls', 1, 'extra'])).toBe('mcp-ci.yml:9:7');
    // A missing key points at the nearest thing that is there.
    expect(file.locateValue(['bench', 'calls', 0, 'name'])).toBe('mcp-ci.yml:6:7');
  });

  it('names files outside the working directory by their full path', () => {
    const elsewhere = path.join(root, 'elsewhere', 'mcp-ci.yml');
    const file = parseConfigFile({ path: elsewhere, text }, path.join(root, 'cwd'));
    expect(file.locateValue(['stdio'])).toBe(`${elsewhere}:2:8`);
  });

  it('reads an empty file as no settings', () => {
    expect(parseConfigFile({ path: 'mcp-ci.yml', text: '# nothing yet\n' }, root).settings).toEqual({});
  });

  it.each([
    ['stdio: a\nstdio: b\n', /^mcp-ci\.yml:2:1: invalid YAML: Map keys must be unique/],
    ['bench:\n  calls: [\n', /^mcp-ci\.yml:3:1: invalid YAML: /],
    ['- stdio: a\n', /^mcp-ci\.yml:1:1: the file must be a mapping of settings/],
    ['just text\n', /^mcp-ci\.yml:1:1: the file must be a mapping of settings/],
  ])('reports YAML mistakes with their line and column: %j', (bad, message) => {
    expect(() => parseConfigFile({ path: 'mcp-ci.yml', text: bad }, root)).toThrow(message);
  });
});
