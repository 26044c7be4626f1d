/**
 * The MCP server requirements inventory (ids, keyword, applicable revisions, transport, test class), kept as
 * data so coverage can be computed without the inventory document. Classes: A active black-box, D data-driven,
 * F needs a cooperating fixture, P passive, H heuristic. Revisions use the inventory's short form (25-03 = 2025-03-26).
 */
export interface Requirement {
    id: string;
    keyword: string;
    versions: string;
    transport: 'stdio' | 'HTTP' | 'both';
    testClass: 'A' | 'D' | 'F' | 'P' | 'H';
}
export declare const REQUIREMENTS: readonly Requirement[];
