/**
 * The SDK's HTTP client drops a frame that fails its message schema (a null id, a wrong `jsonrpc`) before any
 * transport hook sees it, so the passive checks would never judge it. This fetch wrapper reads every response
 * body as it passes to the SDK and records each frame the SDK will drop; valid frames are recorded by
 * RecordingTransport. Each dropped frame is also handed to `onDropped`, so a request it answers fails at once
 * instead of timing out.
 */
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { TransportKind } from '../model.js';
import type { Transcript } from './transcript.js';
export declare function fetchRecordingInvalidFrames(transcript: Transcript, label: string, kind: TransportKind, protocolVersion: () => string | undefined, onDropped: (frame: unknown) => void): FetchLike;
