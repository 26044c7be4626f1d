import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { readBotInputs } from '../../src/github/bot-inputs.js';

function setInputs(inputs: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (name.startsWith('INPUT_')) delete process.env[name];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
}

afterEach(() => setInputs({}));

function rejection(inputs: Record<string, string>): string {
  setInputs(inputs);
  try {
    readBotInputs();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the inputs to be rejected');
}

describe('readBotInputs', () => {
  it('reads the defaults when nothing is set', () => {
    setInputs({});
    expect(readBotInputs()).toEqual({
      checkRun: false,
      checkName: 'mcp-ci',
      issue: 'auto',
      issueLabels: [],
      issueAssignees: [],
    });
  });

  it('reads lists one per line or comma-separated', () => {
    setInputs({
      'check-run': 'true',
      'check-name': 'MCP conformance',
      issue: 'off',
      'issue-labels': 'nightly, mcp\nbug',
      'issue-assignees': 'octocat\nhubot',
    });
    expect(readBotInputs()).toEqual({
      checkRun: true,
      checkName: 'MCP conformance',
      issue: 'off',
      issueLabels: ['nightly', 'mcp', 'bug'],
      issueAssignees: ['octocat', 'hubot'],
    });
  });

  it('rejects each bad value with an error naming the input', () => {
    expect(rejection({ 'check-run': 'yes' })).toBe('input check-run: expected true or false, got "yes"');
    expect(rejection({ issue: 'always' })).toBe('input issue: expected auto or off, got "always"');
    expect(rejection({ 'issue-assignees': '@octocat' })).toBe(
      'input issue-assignees: "@octocat" is not a GitHub login',
    );
    expect(rejection({ 'check-name': 'x'.repeat(101) })).toBe(
      'input check-name: expected one line of at most 100 characters',
    );
  });
});
