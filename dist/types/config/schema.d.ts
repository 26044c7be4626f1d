/**
 * The one settings schema. Action inputs, CLI flags and mcp-ci.yml all speak these kebab-case keys, are merged
 * (file < inputs/flags) and validated here, so an error names the same key whatever the source.
 */
import { z } from 'zod';
export declare const toolCallSchema: z.ZodObject<{
    name: z.ZodString;
    arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
}, z.core.$strict>;
export declare const benchCallSchema: z.ZodObject<{
    tool: z.ZodString;
    arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    name: z.ZodOptional<z.ZodString>;
    'max-p95-ms': z.ZodOptional<z.ZodNumber>;
    'max-p99-ms': z.ZodOptional<z.ZodNumber>;
    'min-throughput': z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
export declare const benchSettingsSchema: z.ZodObject<{
    iterations: z.ZodDefault<z.ZodNumber>;
    warmup: z.ZodDefault<z.ZodNumber>;
    'max-duration-ms': z.ZodDefault<z.ZodNumber>;
    concurrency: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
    calls: z.ZodDefault<z.ZodArray<z.ZodObject<{
        tool: z.ZodString;
        arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
        name: z.ZodOptional<z.ZodString>;
        'max-p95-ms': z.ZodOptional<z.ZodNumber>;
        'max-p99-ms': z.ZodOptional<z.ZodNumber>;
        'min-throughput': z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    budgets: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
        'max-p95-ms': z.ZodOptional<z.ZodNumber>;
        'max-p99-ms': z.ZodOptional<z.ZodNumber>;
        'min-throughput': z.ZodOptional<z.ZodNumber>;
    }, z.core.$strict>>>;
    'regression-threshold-pct': z.ZodDefault<z.ZodNumber>;
    'regression-min-ms': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
export declare const settingsSchema: z.ZodObject<{
    stdio: z.ZodOptional<z.ZodString>;
    cwd: z.ZodOptional<z.ZodString>;
    env: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>>>;
    url: z.ZodOptional<z.ZodURL>;
    start: z.ZodOptional<z.ZodString>;
    sse: z.ZodOptional<z.ZodURL>;
    headers: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodPipe<z.ZodPipe<z.ZodUnion<readonly [z.ZodString, z.ZodNumber, z.ZodBoolean]>, z.ZodTransform<string, string | number | boolean>>, z.ZodString>>>;
    'boot-timeout': z.ZodDefault<z.ZodNumber>;
    out: z.ZodDefault<z.ZodString>;
    'protocol-version': z.ZodOptional<z.ZodEnum<{
        "2026-07-28": "2026-07-28";
        "2025-11-25": "2025-11-25";
        "2025-06-18": "2025-06-18";
        "2025-03-26": "2025-03-26";
        "2024-11-05": "2024-11-05";
    }>>;
    'timeout-ms': z.ZodDefault<z.ZodNumber>;
    conformance: z.ZodDefault<z.ZodBoolean>;
    quick: z.ZodDefault<z.ZodBoolean>;
    'call-tools': z.ZodDefault<z.ZodEnum<{
        none: "none";
        "read-only": "read-only";
        all: "all";
    }>>;
    tools: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    }, z.core.$strict>>>;
    'progress-tool': z.ZodOptional<z.ZodString>;
    'tool-budget-ms': z.ZodDefault<z.ZodNumber>;
    strict: z.ZodDefault<z.ZodBoolean>;
    'expected-failures': z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        id: z.ZodString;
        versions: z.ZodOptional<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>]>>>;
    'skip-checks': z.ZodDefault<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        reason: z.ZodString;
    }, z.core.$strict>>>;
    flows: z.ZodDefault<z.ZodArray<z.ZodString>>;
    'update-snapshots': z.ZodDefault<z.ZodBoolean>;
    bench: z.ZodOptional<z.ZodObject<{
        iterations: z.ZodDefault<z.ZodNumber>;
        warmup: z.ZodDefault<z.ZodNumber>;
        'max-duration-ms': z.ZodDefault<z.ZodNumber>;
        concurrency: z.ZodDefault<z.ZodArray<z.ZodNumber>>;
        calls: z.ZodDefault<z.ZodArray<z.ZodObject<{
            tool: z.ZodString;
            arguments: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
            name: z.ZodOptional<z.ZodString>;
            'max-p95-ms': z.ZodOptional<z.ZodNumber>;
            'max-p99-ms': z.ZodOptional<z.ZodNumber>;
            'min-throughput': z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
        budgets: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodObject<{
            'max-p95-ms': z.ZodOptional<z.ZodNumber>;
            'max-p99-ms': z.ZodOptional<z.ZodNumber>;
            'min-throughput': z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>>>;
        'regression-threshold-pct': z.ZodDefault<z.ZodNumber>;
        'regression-min-ms': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    baseline: z.ZodOptional<z.ZodString>;
    history: z.ZodDefault<z.ZodString>;
    'history-window': z.ZodDefault<z.ZodNumber>;
    flaky: z.ZodDefault<z.ZodEnum<{
        fail: "fail";
        warn: "warn";
        ignore: "ignore";
    }>>;
    'interface-changes': z.ZodDefault<z.ZodEnum<{
        report: "report";
        "fail-on-breaking": "fail-on-breaking";
    }>>;
    comment: z.ZodDefault<z.ZodEnum<{
        sticky: "sticky";
        off: "off";
    }>>;
    'comment-id': z.ZodDefault<z.ZodString>;
    quiet: z.ZodDefault<z.ZodBoolean>;
    verbose: z.ZodDefault<z.ZodBoolean>;
}, z.core.$strict>;
export type Settings = z.output<typeof settingsSchema>;
/** What every unset key becomes; the help text and the action input descriptions quote it. */
export declare const SETTINGS_DEFAULTS: Settings;
export type SettingsInput = z.input<typeof settingsSchema>;
export type BenchSettings = z.output<typeof benchSettingsSchema>;
export type ToolCallSetting = z.output<typeof toolCallSchema>;
