/**
 * Talking to a protected MCP server the way a client without a token does: initialize without the configured
 * credentials (or with a bad token) to see the 401 challenge, then find and fetch the Protected Resource
 * Metadata. Metadata is fetched without credentials too (a client has none yet), and only from the server's own
 * origin: mcp-ci never follows a pointer to another host.
 */
import type { HttpExchange } from '../../wire/types.js';
import { type Challenge } from '../judge/oauth-metadata.js';
import type { CheckContext } from '../types.js';
export declare const NOT_PROTECTED = "the server did not answer 401 to initialize without credentials (see auth-missing-credentials-401)";
/** The configured headers that authenticate: `Authorization` when set, otherwise every configured header. */
export declare function credentialHeaderNames(headers: Record<string, string>): string[];
/** The configured headers minus the credentials: what a client without a token sends. */
export declare function anonymousHeaders(ctx: CheckContext): Record<string, string>;
/** A configured `Authorization: Bearer …`, the only credential whose invalid forms mcp-ci can make up. */
export declare function configuresBearerToken(ctx: CheckContext): boolean;
export interface InitializeAttempt {
    sent: {
        headers: Record<string, string>;
        body: string;
    };
    exchange: HttpExchange;
}
/** POSTs initialize with the given credential headers in place of the configured ones. */
export declare function initializeWith(ctx: CheckContext, credentials: Record<string, string>): Promise<InitializeAttempt>;
export interface Unauthorized extends InitializeAttempt {
    challenge?: Challenge;
}
/** initialize without credentials; undefined when the server did not answer 401. Asked once per session. */
export declare function unauthorizedChallenge(ctx: CheckContext): Promise<Unauthorized | undefined>;
export type MetadataLookup = {
    found: {
        url: string;
        via: 'WWW-Authenticate' | 'well-known URI';
        exchange: HttpExchange;
    };
}
/** The challenge points at another origin, which mcp-ci does not fetch. */
 | {
    elsewhere: string;
} | {
    missing: {
        url: string;
        status: number | string;
    }[];
};
/**
 * Where a client finds the metadata: the challenge's `resource_metadata` when present (clients use it and do not
 * fall back), otherwise the well-known URIs in order, path-suffixed first. Looked up once per session; the auth
 * checks share it.
 */
export declare function lookUpMetadata(ctx: CheckContext): Promise<MetadataLookup>;
export declare function describeMissing(lookup: {
    missing: {
        url: string;
        status: number | string;
    }[];
}): string;
/**
 * Whether the server uses MCP authorization (OAuth): its 401 challenge names `resource_metadata`, or it serves
 * Protected Resource Metadata, or OAuth / OpenID Connect authorization server metadata at its origin (the
 * 2025-03-26 model). "Authorization is OPTIONAL for MCP implementations. When supported, implementations using an
 * HTTP-based transport SHOULD conform to this specification": the OAuth rules bind the servers that implement it;
 * a server guarding its endpoint with a static token of its own shows none of these.
 */
export type AuthorizationUse = {
    signs: string[];
} | {
    none: string;
};
export declare function mcpAuthorizationUse(ctx: CheckContext): Promise<AuthorizationUse>;
/** The skip reason of the OAuth checks on a server that does not use MCP authorization. */
export declare const notMcpAuthorization: (use: {
    none: string;
}) => string;
