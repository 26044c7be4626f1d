/**
 * Errors the user fixes by changing their configuration (exit code 2), told apart from internal errors
 * (exit code 4) and boot failures (exit code 3), like codeql-action does.
 */
export declare class ConfigError extends Error {
    /** The settings key at fault, when there is one (e.g. `bench.calls[0].tool`). */
    readonly key?: string | undefined;
    /** Where the bad value came from: `mcp-ci.yml:12:3`, `--header`, `input boot-timeout`. */
    readonly source?: string | undefined;
    constructor(message: string, 
    /** The settings key at fault, when there is one (e.g. `bench.calls[0].tool`). */
    key?: string | undefined, 
    /** Where the bad value came from: `mcp-ci.yml:12:3`, `--header`, `input boot-timeout`. */
    source?: string | undefined);
}
