export declare const TOOL_NAME = "mcp-ci";
export declare const TOOL_VERSION: string;
