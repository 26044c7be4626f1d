/**
 * The CLI entry (`mcp-ci`): argv -> Config -> run() -> console -> exit code. A thin shell over the same
 * engine the GitHub Action uses.
 */
import { relative } from 'node:path';
import { catalogueEntries, catalogueText } from './checks/catalogue-table.js';
import { ConfigError } from './config/errors.js';
import { flagForKey, helpText, parseCommandLine } from './config/flags.js';
import { loadConfig } from './config/load.js';
import { mergeReportFolders, parseMergeSettings } from './merge/index.js';
import { mergeConsoleText } from './merge/console.js';
import { benchSettingsSchema } from './config/schema.js';
import { EXIT_CODES } from './model.js';
import { describeOutcome } from './outcome.js';
import { createConsoleReporter } from './report/console.js';
import { run } from './run.js';
import { TOOL_VERSION } from './version.js';

async function main(argv: string[]): Promise<number> {
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
    const entries = catalogueEntries();
    process.stdout.write(parsed.json ? JSON.stringify(entries, null, 2) + '\n' : catalogueText(entries));
    return 0;
  }
  if (parsed.command === 'merge') {
    const settings = parseMergeSettings(parsed.settings, (key) => flagForKey(key) ?? key);
    const { merged, outDir } = await mergeReportFolders({
      reports: parsed.reports ?? [],
      cwd: process.cwd(),
      settings,
      source: 'mcp-ci merge',
    });
    process.stdout.write(mergeConsoleText(merged));
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
  const reporter = createConsoleReporter(process.stdout, { quiet: config.quiet, verbose: config.verbose });
  const result = await run(config, { emit: (event) => reporter.onEvent(event) });
  reporter.printSummary(result);
  if (result.outcome !== 'passed' && result.outcome !== 'failed')
    process.stderr.write(`mcp-ci: ${describeOutcome(result)}\n`);
  if (!config.quiet) process.stdout.write(`Reports: ${relative(process.cwd(), config.outDir) || '.'}/\n`);
  return EXIT_CODES[result.outcome ?? 'internal-error'];
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
      process.stderr.write(
        `mcp-ci: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exitCode = EXIT_CODES['internal-error'];
    }
  },
);
