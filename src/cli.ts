/**
 * The CLI entry (`mcp-ci`): argv -> Config -> run() -> console -> exit code. A thin shell over the same
 * engine the GitHub Action uses. Each command imports what only it needs on use: the bundle keeps those parts in
 * chunks of their own, so a run does not load the history commands, merge or serve, nor `--version` anything.
 */
import { relative } from 'node:path';
import { ConfigError } from './config/errors.js';
import { flagForKey, helpText, parseCommandLine, type ParsedCommandLine } from './config/flags.js';
import { loadConfig } from './config/load.js';
import { benchSettingsSchema, SETTINGS_DEFAULTS } from './config/schema.js';
import { consoleSafe } from './report/escape.js';
import { sinceLastRunLines } from './report/history-lines.js';
import { EXIT_CODES } from './model.js';
import { describeOutcome } from './outcome.js';
import { createConsoleReporter, createConsoleWriter } from './report/console.js';
import { run } from './run.js';
import { RUN_WORKER_ARG, runWorker } from './serve/run-worker.js';
import { TOOL_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
  // A run of `mcp-ci serve`, in the process of its own that serve forked.
  if (argv[0] === RUN_WORKER_ARG && process.send) return runWorker();
  const parsed = parseCommandLine(argv);
  if (parsed.version) {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  if (parsed.help || parsed.command === undefined) {
    process.stdout.write(helpText(parsed.command));
    return parsed.help ? 0 : EXIT_CODES['config-error'];
  }
  if (parsed.command === 'checks') {
    const { catalogueEntries, catalogueText } = await import('./checks/catalogue-table.js');
    const entries = catalogueEntries();
    process.stdout.write(parsed.json ? JSON.stringify(entries, null, 2) + '\n' : catalogueText(entries));
    return 0;
  }
  if (parsed.command === 'history' || parsed.command === 'trends') return historyCommand(parsed);
  if (parsed.command === 'serve')
    return (await import('./serve/command.js')).serveCommand(parsed.serve!, {
      script: process.argv[1]!,
      cwd: process.cwd(),
      env: process.env,
    });
  if (parsed.command === 'merge') {
    const { mergeReportFolders, parseMergeSettings } = await import('./merge/index.js');
    const { mergeConsoleText } = await import('./merge/console.js');
    const settings = parseMergeSettings(parsed.settings, (key) => flagForKey(key) ?? key);
    const { merged, outDir } = await mergeReportFolders({
      reports: parsed.reports ?? [],
      cwd: process.cwd(),
      settings,
      source: 'mcp-ci merge',
    });
    // Leg names come from the legs' files: the same neutralising pass as every other console line.
    process.stdout.write(consoleSafe(mergeConsoleText(merged)));
    if (!settings.quiet) process.stdout.write(`Reports: ${relative(process.cwd(), outDir) || '.'}/\n`);
    return EXIT_CODES[merged.outcome];
  }
  let config = await loadConfig({
    overrides: parsed.settings,
    overridesFrom: 'flags',
    env: process.env,
    cwd: process.cwd(),
    ...(parsed.configPath !== undefined ? { configPath: parsed.configPath } : {}),
  });
  if (parsed.command === 'bench') {
    config = { ...config, conformance: false, flows: [], bench: config.bench ?? benchSettingsSchema.parse({}) };
  }
  const reporter = createConsoleReporter(process.stdout, {
    quiet: config.quiet,
    verbose: config.verbose,
    secrets: config.secrets,
  });
  const result = await run(config, { emit: (event) => reporter.onEvent(event) });
  reporter.printSummary(result);
  // Server-controlled names can appear in the comparison (tools added or removed): same neutralising writer.
  if (result.comparison && !config.quiet) {
    const print = createConsoleWriter(process.stdout, { secrets: config.secrets });
    for (const line of sinceLastRunLines(result.comparison)) print(line);
  }
  // The outcome can quote the server's stderr: it leaves through the same neutralising writer as the report.
  if (result.outcome !== 'passed' && result.outcome !== 'failed')
    createConsoleWriter(process.stderr, { secrets: config.secrets })(`mcp-ci: ${describeOutcome(result)}`);
  if (!config.quiet) process.stdout.write(`Reports: ${relative(process.cwd(), config.outDir) || '.'}/\n`);
  return EXIT_CODES[result.outcome ?? 'internal-error'];
}

/** `mcp-ci history [check-id]` and `mcp-ci trends`: read the local history, never write it. */
async function historyCommand(parsed: ParsedCommandLine): Promise<number> {
  const { checkListing, historyFileFor, historyListing, trendsOf, trendsText } = await import('./history/commands.js');
  const { HistoryStoreError, SqliteHistoryStore } = await import('./history/sqlite-store.js');
  const file = await historyFileFor({
    ...(typeof parsed.settings.history === 'string' && { flag: parsed.settings.history }),
    ...(parsed.configPath !== undefined && { configPath: parsed.configPath }),
    cwd: process.cwd(),
  });
  if (file === undefined) throw new ConfigError('history is off (history: off); there is nothing to show', 'history');
  const store = await SqliteHistoryStore.open(file).catch((error: unknown) => {
    throw error instanceof HistoryStoreError ? new ConfigError(`history: ${error.message}`, 'history') : error;
  });
  try {
    if (parsed.command === 'trends') {
      const trends = trendsOf(store, SETTINGS_DEFAULTS['history-window']);
      process.stdout.write(parsed.json ? `${JSON.stringify(trends, null, 2)}\n` : trendsText(trends));
    } else if (parsed.checkId !== undefined) {
      process.stdout.write(checkListing(store, parsed.checkId, parsed.json, 1_000));
    } else {
      process.stdout.write(historyListing(store, parsed.json));
    }
  } finally {
    store.close();
  }
  return 0;
}

// Ctrl-C: exit at once; the process 'exit' hook of src/target/process.ts kills every server group we started.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(signal === 'SIGINT' ? 130 : 143));
}

main(process.argv.slice(2)).then(
  (code) => {
    // Everything is written and every server has ended; exit now rather than wait out reconnection timers the
    // SDK's HTTP client leaves behind after close.
    process.stdout.write('', () => process.exit(code));
  },
  (error: unknown) => {
    if (error instanceof ConfigError) {
      process.stderr.write(`mcp-ci: configuration error: ${error.message}\n`);
      process.exitCode = EXIT_CODES['config-error'];
    } else {
      createConsoleWriter(process.stderr)(
        `mcp-ci: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}`,
      );
      process.exitCode = EXIT_CODES['internal-error'];
    }
  },
);
