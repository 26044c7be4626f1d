/**
 * The GitHub Action entry: inputs -> Config -> run() -> publish -> outputs -> setFailed per the exit policy.
 * A thin shell over the same engine as the CLI; configuration errors are told apart from internal errors.
 */
import * as core from '@actions/core';
import { ConfigError } from './config/errors.js';
import { readActionInputs } from './config/inputs.js';
import { loadConfig } from './config/load.js';
import { describeOutcome } from './outcome.js';
import { flowAnnotations } from './flows/annotations.js';
import { publishToGitHub } from './github/publish.js';
import { secretForms } from './config/secrets.js';
import { publishSavedComments } from './github/fork-publish.js';
import { runMergeMode } from './github/merge-mode.js';
import { describeMergedOutcome } from './merge/console.js';
import { createConsoleReporter, safeConsoleText } from './report/console.js';
import { run } from './run.js';
import { join } from 'node:path';
import { readBotInputs } from './github/bot-inputs.js';
import { artifactHistoryBackend, isNightlyRun, loadCiHistory, nightlyContext } from './github/ci-history.js';
import { publishNightlyIssue } from './github/publish.js';
import { readConfigFile, parseConfigFile, findConfigFile } from './config/file.js';

async function main(): Promise<void> {
  const inputs = readActionInputs();
  if (inputs.mode === 'merge') {
    const merged = await runMergeMode(inputs, process.env.GITHUB_WORKSPACE ?? process.cwd());
    if (merged.outcome !== 'passed') core.setFailed(safeConsoleText(describeMergedOutcome(merged), []));
    return;
  }
  if (inputs.mode === 'publish') {
    await publishSavedComments(inputs.githubToken ?? '');
    return;
  }
  const config = await loadConfig({
    overrides: inputs.settings,
    overridesFrom: 'inputs',
    env: process.env,
    cwd: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(inputs.configPath !== undefined ? { configPath: inputs.configPath } : {}),
  });
  for (const form of config.secrets.flatMap(secretForms)) core.setSecret(form);
  // Server text in a log command is masked and neutralised like the console's, escapes included.
  const safe = (text: string): string => safeConsoleText(text, config.secrets);
  const bot = readBotInputs();
  const token = inputs.githubToken ?? '';
  // In GitHub Actions the history travels as a workflow artifact (unless `history: off`); it is read before the
  // run, so a slow API does not hold the server's processes open.
  const history = config.historyPath === undefined ? undefined : await loadCiHistory(token, config.commentId);

  const reporter = createConsoleReporter(process.stdout, {
    quiet: config.quiet,
    verbose: config.verbose,
    secrets: config.secrets,
  });
  const result = await run(config, {
    emit: (event) => reporter.onEvent(event),
    ...(history && { history: artifactHistoryBackend(history) }),
  });
  reporter.printSummary(result);

  core.setOutput('passed', result.summary.pass);
  core.setOutput('failed', result.summary.fail);
  core.setOutput('warnings', result.summary.warn);
  core.setOutput('skipped', result.summary.skip);
  core.setOutput('results-path', join(config.outDir, 'results.json'));
  core.setOutput('report-dir', config.outDir);

  for (const annotation of flowAnnotations(result.flows)) {
    core.error(safe(annotation.message), {
      file: annotation.file,
      startLine: annotation.line,
      title: safe(annotation.title),
    });
  }
  try {
    await publishToGitHub(result, {
      token: inputs.githubToken ?? '',
      comment: config.comment,
      commentId: config.commentId,
      outDir: config.outDir,
      strict: config.strict,
      ...(bot.checkRun && {
        checkRun: { name: bot.checkName, configFile: await readConfigForAnnotations(inputs.configPath) },
      }),
    });
    if (history && bot.issue === 'auto' && isNightlyRun(process.env.GITHUB_EVENT_NAME, inputs.mode)) {
      await publishNightlyIssue(result, result.comparison, nightlyContext(history), {
        token,
        labels: bot.issueLabels,
        assignees: bot.issueAssignees,
      });
    }
  } catch (error) {
    // Reports on disk and the outcome matter more than the comment; never fail the run for publishing.
    core.warning(safe(`mcp-ci could not publish to GitHub: ${error instanceof Error ? error.message : String(error)}`));
  }

  if (result.outcome !== 'passed') core.setFailed(safe(describeOutcome(result)));
}

/** mcp-ci.yml as the check run's annotations point into it; none when there is no file. */
async function readConfigForAnnotations(configPath: string | undefined) {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const path = configPath ?? (await findConfigFile(cwd));
  return path === undefined ? undefined : parseConfigFile(await readConfigFile(path), cwd);
}

main()
  .catch((error: unknown) => {
    if (error instanceof ConfigError) core.setFailed(`Configuration error: ${error.message}`);
    else
      core.setFailed(
        safeConsoleText(
          `mcp-ci internal error (please report it): ${error instanceof Error ? error.stack : String(error)}`,
          [],
        ),
      );
  })
  // Every report is written and every server has ended; do not wait out reconnection timers the SDK's HTTP
  // client leaves behind after close. core.setFailed has set process.exitCode.
  .finally(() => process.stdout.write('', () => process.exit()));
