export interface Challenge {
    /** Lower-cased, e.g. `bearer`. */
    scheme: string;
    /** Parameter names lower-cased, values unquoted. */
    params: Record<string, string>;
    token68?: string;
}
/** Every challenge in a `WWW-Authenticate` value (several may share one header line). */
export declare function parseChallenges(header: string): Challenge[];
export declare function bearerChallenge(header: string | undefined): Challenge | undefined;
/** RFC 9728 §3.1: the well-known suffix goes between the host and the endpoint's path; then the origin's root. */
export declare function wellKnownMetadataUrls(endpoint: URL): string[];
/**
 * Where a client looks for an authorization server's metadata, in the order basic/authorization (2025-11-25)
 * lists: RFC 8414 then OpenID Connect Discovery, path-inserted first for an issuer with a path.
 */
export declare function authorizationServerMetadataUrls(issuer: URL): string[];
/** What is wrong with a Protected Resource Metadata document, as far as MCP requires it (none: empty list). */
export declare function metadataProblems(document: unknown): string[];
/**
 * Why the document's `resource` does not identify the endpoint, or undefined when it does: the same origin, and
 * a path that is the endpoint's or one of its parents (the reading MCP clients apply, RFC 8707 canonical URIs).
 */
export declare function resourceMismatch(resource: unknown, endpoint: URL): string | undefined;
