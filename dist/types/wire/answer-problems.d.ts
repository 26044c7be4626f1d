type JsonObject = Record<string, unknown>;
/** Why `message` (a response to a request of ours) is not a JSON-RPC 2.0 response the client accepts. */
export declare function responseProblem(message: JsonObject): string | undefined;
/** Why an `initialize` result is not an InitializeResult (protocolVersion, capabilities, serverInfo). */
export declare function initializeResultProblem(result: JsonObject): string | undefined;
export {};
