type FetchInput = string | URL;
/**
 * Lets one signal stop many open requests without a leak warning. A transport passes one signal to every request
 * it has open, and a server that holds its SSE streams open makes them many: past ten listeners Node prints a
 * "possible memory leak" warning on the console. Each listener goes with its request; undici raises the limit of
 * every signal it is given to the same number.
 */
export declare function shareSignal(signal: AbortSignal): void;
export declare function httpFetch(input: FetchInput, init?: RequestInit): Promise<Response>;
export {};
