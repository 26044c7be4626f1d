export declare const REMOVED_IN_MODERN: Readonly<Record<string, string>>;
