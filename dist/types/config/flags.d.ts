import { type SettingsInput } from './schema.js';
export declare const CLI_COMMANDS: readonly ["run", "bench", "checks", "history", "trends", "merge", "serve"];
export type CliCommand = (typeof CLI_COMMANDS)[number];
export interface ParsedCommandLine {
    /** Absent only when `--help` or `--version` is given without a command. */
    command?: CliCommand;
    /** Partial settings from the flags; they win over mcp-ci.yml. */
    settings: SettingsInput;
    /** `mcp-ci history <check-id>`: the check whose record to show. */
    checkId?: string;
    /** `--config`: the settings file to read instead of looking for mcp-ci.yml. */
    configPath?: string;
    /** `mcp-ci merge`: the report folders (or globs) of the legs to merge. */
    reports?: string[];
    /** `mcp-ci serve`: its transport and safety settings, as given (src/serve/options.ts checks them). */
    serve?: {
        http?: string;
        noAuth: boolean;
        runTimeout?: string;
        configPaths: string[];
    };
    json: boolean;
    help: boolean;
    version: boolean;
}
/** Parses `process.argv.slice(2)`. Every mistake is a ConfigError that names the flag and says what is allowed. */
export declare function parseCommandLine(args: readonly string[]): ParsedCommandLine;
/** The flag that sets a top-level settings key, for messages (`--header` for `headers`). */
export declare function flagForKey(key: string): string | undefined;
/** Usage of one command, or of every command when none is given. */
export declare function helpText(command?: CliCommand): string;
