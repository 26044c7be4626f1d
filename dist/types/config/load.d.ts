import type { Config } from './config.js';
import { type ConfigFileText } from './file.js';
import { type SettingsInput } from './schema.js';
/** Where the overrides came from: CLI flags, action inputs, or the library API's `settings` option. */
export type OverridesFrom = 'flags' | 'inputs' | 'settings';
export interface ConfigSources {
    file?: ConfigFileText;
    /** Settings from the CLI flags or the action inputs; they win over the file. */
    overrides: SettingsInput;
    overridesFrom: OverridesFrom;
    env: NodeJS.ProcessEnv;
    /** Relative paths from flags and inputs resolve against it. */
    cwd: string;
}
export interface LoadOptions extends Omit<ConfigSources, 'file'> {
    /** `--config` / input `config`; without it mcp-ci.yml is looked for (see findConfigFile). */
    configPath?: string;
}
/** Finds and reads the settings file, then resolves the Config. */
export declare function loadConfig(options: LoadOptions): Promise<Config>;
type SettingsPath = readonly PropertyKey[];
export declare function resolveConfig(sources: ConfigSources): Config;
export declare function formatKeyPath(settingsPath: SettingsPath): string;
export {};
