type FetchInput = string | URL;
export declare function httpFetch(input: FetchInput, init?: RequestInit): Promise<Response>;
export {};
