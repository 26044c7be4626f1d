import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Transcript } from '../wire/transcript.js';
import { type BootedServer } from './boot.js';
/** What mcp-ci needs of an SDK server (`McpServer` or `Server` of the 1.x SDK): connect it to a transport, close it. */
export interface InProcessServer {
    connect(transport: Transport): Promise<void>;
    close(): Promise<void>;
}
/** Creates a new server for each session the suites open. */
export type InProcessServerFactory = () => InProcessServer | Promise<InProcessServer>;
export interface InMemoryTargetOptions {
    createServer: InProcessServerFactory;
    recorder: Transcript;
    /** The version the boot session offers; the newest the tester speaks unless one is pinned. */
    protocolVersion?: string;
    requestTimeoutMs: number;
}
/** Opens the boot session on a server from the factory; a factory that throws is a boot error, like a crashed process. */
export declare function attachInMemory(options: InMemoryTargetOptions): Promise<BootedServer>;
