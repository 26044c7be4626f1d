/**
 * The history file: a window of history entries as JSON, the form history travels in between runs (the workflow
 * artifact) and the form the stores exchange. Parsing validates every entry, so a foreign or damaged file is
 * reported with its name and the first thing wrong, never half-read.
 */
import { z } from 'zod';
import type { HistoryEntry } from './entry.js';
export declare const HISTORY_FILE_FORMAT = "mcp-ci-history";
export declare const HISTORY_FILE_VERSION = 1;
export declare const historyEntrySchema: z.ZodObject<{
    provenance: z.ZodObject<{
        commit: z.ZodOptional<z.ZodString>;
        ref: z.ZodOptional<z.ZodString>;
        event: z.ZodEnum<{
            push: "push";
            pull_request: "pull_request";
            schedule: "schedule";
            workflow_dispatch: "workflow_dispatch";
            local: "local";
        }>;
        runId: z.ZodOptional<z.ZodString>;
        runAttempt: z.ZodOptional<z.ZodNumber>;
        workflow: z.ZodOptional<z.ZodString>;
        leg: z.ZodOptional<z.ZodString>;
        date: z.ZodString;
    }, z.core.$strip>;
    stamp: z.ZodObject<{
        toolVersion: z.ZodString;
        catalogueDigest: z.ZodString;
        serverFingerprint: z.ZodString;
    }, z.core.$strip>;
    target: z.ZodObject<{
        transport: z.ZodEnum<{
            stdio: "stdio";
            http: "http";
            sse: "sse";
        }>;
        command: z.ZodOptional<z.ZodString>;
        url: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    server: z.ZodObject<{
        name: z.ZodOptional<z.ZodString>;
        version: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>;
    bootOk: z.ZodBoolean;
    outcome: z.ZodOptional<z.ZodEnum<{
        passed: "passed";
        failed: "failed";
        "config-error": "config-error";
        "boot-error": "boot-error";
        "internal-error": "internal-error";
    }>>;
    checks: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        protocolVersion: z.ZodString;
        level: z.ZodEnum<{
            MUST: "MUST";
            SHOULD: "SHOULD";
            MAY: "MAY";
        }>;
        status: z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            warn: "warn";
            skip: "skip";
        }>;
        digest: z.ZodString;
        checker: z.ZodString;
    }, z.core.$strip>>;
    flows: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        status: z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            warn: "warn";
            skip: "skip";
        }>;
        error: z.ZodOptional<z.ZodString>;
        steps: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            status: z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                warn: "warn";
                skip: "skip";
            }>;
            digest: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    bench: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        concurrency: z.ZodNumber;
        count: z.ZodNumber;
        errors: z.ZodNumber;
        p50: z.ZodNumber;
        p95: z.ZodNumber;
        p99: z.ZodNumber;
        mean: z.ZodNumber;
        samples: z.ZodArray<z.ZodNumber>;
        budgets: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            status: z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                warn: "warn";
                skip: "skip";
            }>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    interface: z.ZodOptional<z.ZodObject<{
        capabilities: z.ZodRecord<z.ZodString, z.ZodUnknown>;
        tools: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
        }, z.core.$loose>>;
        resources: z.ZodArray<z.ZodObject<{
            uri: z.ZodString;
        }, z.core.$loose>>;
        resourceTemplates: z.ZodArray<z.ZodObject<{
            uriTemplate: z.ZodString;
        }, z.core.$loose>>;
        prompts: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            arguments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                required: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$loose>>>;
        }, z.core.$loose>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare class HistoryFileError extends Error {
    constructor(message: string);
}
/** Entries oldest first. Throws a HistoryFileError naming `sourceName` and what is wrong. */
export declare function parseHistoryFile(text: string, sourceName: string): HistoryEntry[];
export declare function serializeHistoryFile(entries: readonly HistoryEntry[]): string;
/** The window after this run: the last `window` entries, `entry` the newest. */
export declare function appendToWindow(entries: readonly HistoryEntry[], entry: HistoryEntry, window: number): HistoryEntry[];
