export declare function synthesizeArguments(inputSchema: unknown): Record<string, unknown> | undefined;
