import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { ACTION_INPUTS, readActionInputs } from '../../src/config/inputs.js';
import { settingsSchema } from '../../src/config/schema.js';
import { BOT_INPUTS } from '../../src/github/bot-inputs.js';

function clearInputs(): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
}

/** The runner passes each input as INPUT_<NAME> with the name upper-cased (hyphens kept). */
function setInputs(inputs: Record<string, string>): void {
  clearInputs();
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(clearInputs);

function failure(inputs: Record<string, string>): ConfigError {
  setInputs(inputs);
  try {
    readActionInputs();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the inputs to be rejected');
}

describe('ACTION_INPUTS', () => {
  it('has one input per settings key, plus mode, reports, config, github-token and the CI bot inputs', () => {
    const names = ACTION_INPUTS.map((input) => input.name);
    expect(new Set(names).size).toBe(names.length);
    const bot = BOT_INPUTS.map((input) => input.name);
    expect(names.toSorted()).toEqual(
      [...Object.keys(settingsSchema.shape), 'mode', 'reports', 'config', 'github-token', ...bot].toSorted(),
    );
    for (const input of ACTION_INPUTS) expect(input.description.length).toBeGreaterThan(10);
  });

  it('declares the schema default of every scalar or list setting as text', () => {
    const declared = Object.fromEntries(ACTION_INPUTS.map((input) => [input.name, input.default]));
    expect(declared['boot-timeout']).toBe('30');
    expect(declared['flows']).toBe('.mcp-ci/flows/*.yml\n.mcp-ci/flows/*.yaml');
    expect(declared['stdio']).toBeUndefined();
    const describe = (name: string) => ACTION_INPUTS.find((input) => input.name === name)?.description;
    expect(describe('boot-timeout')).toMatch(/Default: 30\.$/);
    expect(describe('call-tools')).toMatch(/Default: read-only\.$/);
    expect(describe('flows')).toMatch(/Default: \.mcp-ci\/flows\/\*\.yml, \.mcp-ci\/flows\/\*\.yaml\.$/);
  });
});

describe('readActionInputs', () => {
  it('reads mode: merge with its report folders and the settings a merge uses', () => {
    setInputs({ mode: 'merge', reports: 'legs/*\nextra-leg\n', strict: 'true', 'comment-id': 'matrix' });
    expect(readActionInputs()).toEqual({
      mode: 'merge',
      reports: ['legs/*', 'extra-leg'],
      settings: { strict: true, 'comment-id': 'matrix' },
    });
  });

  it('refuses an unknown mode, and inputs the mode does not read, naming them', () => {
    expect(failure({ mode: 'nightly-ish' }).message).toBe(
      'input mode: expected run, nightly, merge, publish, got "nightly-ish"',
    );
    expect(failure({ mode: 'merge' }).message).toMatch(/^input reports is required with mode: merge/);
    expect(failure({ reports: 'legs/*' }).message).toBe('input reports is read only with mode: merge');
    expect(failure({ mode: 'merge', reports: 'legs/*', stdio: 'node s.js' }).message).toBe(
      'input stdio is not read with mode: merge; it takes out, strict, comment, comment-id, quiet',
    );
    expect(failure({ mode: 'publish', 'comment-id': 'x' }).message).toBe(
      'input comment-id is not read with mode: publish; it takes github-token only',
    );
    expect(failure({ mode: 'publish', config: 'mcp-ci.yml' }).key).toBe('config');
  });

  it('reads nothing when no input is set', () => {
    expect(readActionInputs()).toEqual({ mode: 'run', reports: [], settings: {} });
  });

  it('treats empty and blank inputs as unset', () => {
    setInputs({ stdio: '', 'boot-timeout': '  ', strict: '', env: '\n' });
    expect(readActionInputs()).toEqual({ mode: 'run', reports: [], settings: {} });
  });

  it('reads scalar inputs with their types', () => {
    setInputs({
      url: ' http://127.0.0.1:8000/mcp ',
      start: 'python server.py --port 8000',
      'boot-timeout': '45',
      'timeout-ms': '2500',
      strict: 'true',
      conformance: 'False',
      'call-tools': 'none',
      'protocol-version': '2025-03-26',
      comment: 'off',
      'comment-id': 'python-server',
      config: 'ci/mcp-ci.yml',
      'github-token': 'ghs_example',
    });
    expect(readActionInputs()).toEqual({
      mode: 'run',
      reports: [],
      configPath: 'ci/mcp-ci.yml',
      githubToken: 'ghs_example',
      settings: {
        url: 'http://127.0.0.1:8000/mcp',
        start: 'python server.py --port 8000',
        'boot-timeout': 45,
        'timeout-ms': 2500,
        strict: true,
        conformance: false,
        'call-tools': 'none',
        'protocol-version': '2025-03-26',
        comment: 'off',
        'comment-id': 'python-server',
      },
    });
  });

  it('reads lists as lines or as YAML', () => {
    setInputs({
      flows: 'flows/*.yml\n\n  more/*.yaml  \n# a comment\n',
      'expected-failures': 'tools-input-schema-object\nping-result-empty\n',
      tools: 'get_weather\nsearch\n',
    });
    expect(readActionInputs().settings).toEqual({
      flows: ['flows/*.yml', 'more/*.yaml'],
      'expected-failures': ['tools-input-schema-object', 'ping-result-empty'],
      tools: [{ name: 'get_weather' }, { name: 'search' }],
    });

    setInputs({
      flows: '[a/*.yml, b/*.yml]',
      'expected-failures': '- ping-result-empty\n- id: http-origin-validated\n  versions: [2025-06-18]\n',
      tools: '- name: search\n  arguments: { q: mcp }\n- get_weather\n',
    });
    expect(readActionInputs().settings).toEqual({
      flows: ['a/*.yml', 'b/*.yml'],
      'expected-failures': ['ping-result-empty', { id: 'http-origin-validated', versions: ['2025-06-18'] }],
      tools: [{ name: 'search', arguments: { q: 'mcp' } }, { name: 'get_weather' }],
    });
  });

  it('reads a glob that looks like a YAML flow sequence as a line', () => {
    setInputs({ flows: '[ab]*.yml\n' });
    expect(readActionInputs().settings).toEqual({ flows: ['[ab]*.yml'] });
  });

  it('reads env as KEY=VALUE lines or a YAML mapping', () => {
    setInputs({ env: 'API_URL=http://127.0.0.1:9/x?a=b\nDEBUG=1\nEMPTY=\n' });
    expect(readActionInputs().settings).toEqual({
      env: { API_URL: 'http://127.0.0.1:9/x?a=b', DEBUG: '1', EMPTY: '' },
    });
    setInputs({ env: 'PORT: 8080\nNAME: "a b"\n' });
    expect(readActionInputs().settings).toEqual({ env: { PORT: 8080, NAME: 'a b' } });
  });

  it('reads headers as "Name: value" lines, also when a value holds ": "', () => {
    setInputs({ headers: 'Authorization: Bearer $API_TOKEN\nX-Note: a: b\n' });
    expect(readActionInputs().settings).toEqual({
      headers: { Authorization: 'Bearer $API_TOKEN', 'X-Note': 'a: b' },
    });
    setInputs({ headers: 'Authorization: Bearer $API_TOKEN\nX-Quoted: "q"\n' });
    expect(readActionInputs().settings).toEqual({ headers: { Authorization: 'Bearer $API_TOKEN', 'X-Quoted': 'q' } });
  });

  it('reads skip-checks as "check-id: reason" lines or a YAML list', () => {
    setInputs({ 'skip-checks': 'http-origin-validated: behind a proxy that checks Origin\n' });
    expect(readActionInputs().settings).toEqual({
      'skip-checks': [{ id: 'http-origin-validated', reason: 'behind a proxy that checks Origin' }],
    });
    setInputs({ 'skip-checks': '- id: stdio-exit-on-close\n  reason: wrapper script\n' });
    expect(readActionInputs().settings).toEqual({
      'skip-checks': [{ id: 'stdio-exit-on-close', reason: 'wrapper script' }],
    });
  });

  it('reads bench as true or a YAML mapping', () => {
    setInputs({ bench: 'true' });
    expect(readActionInputs().settings).toEqual({ bench: {} });
    setInputs({ bench: 'iterations: 50\ncalls:\n  - tool: search\n    arguments: { q: x }\n' });
    expect(readActionInputs().settings).toEqual({
      bench: { iterations: 50, calls: [{ tool: 'search', arguments: { q: 'x' } }] },
    });
  });

  it('names the input at fault, without echoing secret values', () => {
    expect(failure({ 'boot-timeout': 'soon' }).message).toBe('input boot-timeout: expected a number, got "soon"');
    const strict = failure({ strict: 'yes' });
    expect(strict.message).toBe('input strict: expected true or false, got "yes"');
    expect(strict.source).toBe('input strict');
    expect(failure({ env: 'TOKEN\n' }).message).toBe('input env: expected KEY=VALUE lines');
    const header = failure({ headers: 'Bearer secret-token\n' });
    expect(header.message).toBe('input headers: expected "Name: value" lines');
    expect(header.message).not.toContain('secret-token');
    expect(failure({ 'skip-checks': 'ping-result-empty\n' }).message).toBe(
      'input skip-checks: expected one "check-id: reason" per line',
    );
    expect(failure({ bench: 'yes please' }).message).toBe(
      'input bench: expected true or a YAML mapping of benchmark settings',
    );
  });
});
