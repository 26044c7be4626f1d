import type { TransportKind } from '../model.js';
import type { RecordingTransport } from './recording-transport.js';
import { type ClientCapabilitiesOffer, type Connection } from './types.js';
/** What the tester declares by default: every client feature it can honour with a canned reply. */
export declare const DEFAULT_CLIENT_CAPABILITIES: ClientCapabilitiesOffer;
export declare function openSdkConnection(transport: RecordingTransport, options: {
    label: string;
    kind: TransportKind;
    capabilities: ClientCapabilitiesOffer;
    /** The version `initialize` offers; it decides which capabilities can be declared. */
    protocolVersion: string;
    timeoutMs: number;
    /** How long `initialize` may take; the boot session waits up to the boot timeout for a server still starting. */
    initializeTimeoutMs?: number;
}): Promise<Connection>;
