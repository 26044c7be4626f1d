export declare const CONFIG_FILE_NAMES: readonly ["mcp-ci.yml", "mcp-ci.yaml"];
export interface ConfigFileText {
    path: string;
    text: string;
}
export type SettingsPath = readonly PropertyKey[];
export interface ParsedConfigFile {
    /** The file as messages name it: relative to the working directory when it lies below it. */
    displayName: string;
    /** The folder relative paths in the file resolve against. */
    dir: string;
    settings: Record<string, unknown>;
    /** `mcp-ci.yml:14:9` of the value at the path, or of its nearest ancestor the file has. */
    locateValue(settingsPath: SettingsPath): string;
    /** `mcp-ci.yml:3:1` of the key that ends the path (for unknown keys), else as locateValue. */
    locateKey(settingsPath: SettingsPath): string;
}
/**
 * The config file for a run started in `cwd`: mcp-ci.yml or mcp-ci.yaml in `cwd`, else in the folders above it up to
 * the repository root (the nearest folder with `.git`). Outside a repository only `cwd` is searched.
 */
export declare function findConfigFile(cwd: string): Promise<string | undefined>;
export declare function readConfigFile(filePath: string): Promise<ConfigFileText>;
export declare function parseConfigFile(file: ConfigFileText, cwd: string): ParsedConfigFile;
