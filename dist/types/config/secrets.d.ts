export declare function secretsFromEnvironment(env: Readonly<Record<string, string | undefined>>): string[];
/**
 * Every form in which a secret can reach an output: as given, the credential of a `Scheme credential` header value
 * on its own, and each of those escaped as inside a JSON string (a quote or backslash in a secret is written
 * escaped in results.json and transcript.jsonl, where the raw form would not match).
 */
export declare function secretForms(secret: string): string[];
/** `text` with every form of every secret replaced by `***`, longest first so no part of a secret is left over. */
export declare function maskSecrets(text: string, secrets: readonly string[]): string;
