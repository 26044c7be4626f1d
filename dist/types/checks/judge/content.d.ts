export declare const isObject: (value: unknown) => value is Record<string, unknown>;
export declare const isStrictBase64: (value: unknown) => value is string;
/** An absolute URI by RFC 3986 (scheme, then hierarchical part); custom schemes are fine. */
export declare const isAbsoluteUri: (value: unknown) => value is string;
/** Problems of one content block (tool result content, prompt message content). */
export declare function contentBlockProblems(block: unknown, where: string): string[];
/** Problems of one resource contents item: a string uri and exactly one of text (string) or blob (base64). */
export declare function resourceContentsProblems(item: unknown, where: string): string[];
/** A `type/subtype` MIME type (parameters allowed). */
export declare const isMimeType: (value: unknown) => value is string;
/** Every content block of a list, with its index in the name. */
export declare function contentListProblems(content: unknown, where: string): string[];
