/**
 * The action's inputs for the CI bot (check run, nightly issue). They exist only in the action,
 * not in mcp-ci.yml, so they are read here rather than through the settings schema; each is validated with an error
 * that names it. action.yml lists them through ACTION_INPUTS (src/config/inputs.ts).
 */
import * as core from '@actions/core';
import { ConfigError } from '../config/errors.js';
import type { ActionInput } from '../config/inputs.js';

export interface BotInputs {
  checkRun: boolean;
  checkName: string;
  issue: 'auto' | 'off';
  issueLabels: string[];
  issueAssignees: string[];
}

export const BOT_INPUTS: readonly ActionInput[] = [
  {
    name: 'check-run',
    description: 'Also report the verdict as a check run of its own, with annotations (needs checks: write).',
    default: 'false',
  },
  { name: 'check-name', description: 'Name of the check run.', default: 'mcp-ci' },
  {
    name: 'issue',
    description:
      'On schedule and workflow_dispatch runs: auto opens one tracking issue on a regression and closes it on the first clean run (needs issues: write); off never touches issues.',
    default: 'auto',
  },
  { name: 'issue-labels', description: 'Labels added to the nightly issue, one per line or comma-separated.' },
  { name: 'issue-assignees', description: 'Logins assigned to the nightly issue, one per line or comma-separated.' },
];

export function readBotInputs(): BotInputs {
  const fail = (name: string, what: string): never => {
    throw new ConfigError(`input ${name}: ${what}`, name, `input ${name}`);
  };
  const text = (name: string): string => core.getInput(name).trim();

  const checkRunText = text('check-run') || 'false';
  if (checkRunText !== 'true' && checkRunText !== 'false')
    fail('check-run', `expected true or false, got "${checkRunText}"`);

  const checkName = text('check-name') || 'mcp-ci';
  if (checkName.length > 100 || /[\r\n]/.test(checkName))
    fail('check-name', 'expected one line of at most 100 characters');

  const issue = text('issue') || 'auto';
  if (issue !== 'auto' && issue !== 'off') fail('issue', `expected auto or off, got "${issue}"`);

  const assignees = list('issue-assignees');
  const badLogin = assignees.find((login) => !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(login));
  if (badLogin !== undefined) fail('issue-assignees', `"${badLogin}" is not a GitHub login`);

  return {
    checkRun: checkRunText === 'true',
    checkName,
    issue: issue as BotInputs['issue'],
    issueLabels: list('issue-labels'),
    issueAssignees: assignees,
  };
}

function list(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
