export declare function splitCommandLine(commandLine: string, env: Readonly<Record<string, string | undefined>>): string[];
