import { type JsonObject } from '../judge/transcript-index.js';
import type { CheckContext, ToolInvocation } from '../types.js';
import { type RpcOutcome, type ServerNotification } from '../../wire/types.js';
/** The `_meta` key that ties a message to a task (the SDK's constant). */
export declare const RELATED_TASK = "io.modelcontextprotocol/related-task";
/** The ttl mcp-ci asks for; tasks outlive the checks by far. */
export declare const TASK_TTL_MS = 60000;
/** One request of the probe and what came back (no outcome: no answer within the wait). */
export interface TaskCall {
    method: string;
    params: JsonObject;
    outcome?: RpcOutcome;
}
export interface TaskProbe {
    /** Why no task could be followed. */
    unavailable?: string;
    /** The label of the probe's session in the transcript. */
    label?: string;
    tool?: string;
    /** The task-augmented tools/call requests. */
    created: TaskCall[];
    /** Task ids of the creations answered with a task. */
    ids: string[];
    followed?: {
        taskId: string;
        /** tasks/result, asked right after the creation. */
        result: TaskCall;
        /** Each task status of A in the order the server reported it: the creation, then each tasks/get answer. */
        statuses: {
            status: unknown;
            from: string;
        }[];
        /** The tasks/get requests while waiting for tasks/result. */
        polls: TaskCall[];
        /** The tasks/get requests after tasks/result came back. */
        afterResult: TaskCall[];
        /** tasks/cancel of A once it ended (tasks.cancel declared). */
        cancelAfterEnd?: TaskCall;
    };
    /** tasks/get of B with _meta naming A. */
    misdirected?: {
        taskId: string;
        otherId: string;
        call: TaskCall;
    };
    /**
     * tasks/cancel of C right after its creation, and tasks/get of C after A ended; when C had ended before the
     * cancel came, the same for a fresh task, the last one tried here. `attempts` counts the tasks tried.
     */
    cancelled?: {
        taskId: string;
        cancel: TaskCall;
        later?: TaskCall;
        attempts: number;
    };
    /** Every page of tasks/list (tasks.list declared). */
    list?: {
        pages: TaskCall[];
        ids: string[];
        complete: boolean;
    };
    /** notifications/tasks/status received meanwhile. */
    notifications: ServerNotification[];
    /** The longest the probe waited for a task to end, for messages. */
    waitMs: number;
}
export declare const taskCapability: (ctx: CheckContext) => JsonObject | undefined;
/** Whether the server declares task-augmented tools/call (`tasks.requests.tools.call`). */
export declare const declaresTaskToolCalls: (ctx: CheckContext) => boolean;
export declare const taskSupportOf: (tool: Record<string, unknown>) => unknown;
/** The first callable tool that may run as a task. */
export declare function taskTool(ctx: CheckContext): ToolInvocation | undefined;
export declare const taskOf: (outcome: RpcOutcome | undefined) => JsonObject | undefined;
export declare const isTerminal: (status: unknown) => boolean;
export declare function taskProbe(ctx: CheckContext): Promise<TaskProbe>;
/** The cancel was refused because the task had already ended on its own (which TASK-15 requires). */
export declare function endedBeforeCancel({ cancel, later }: {
    cancel: TaskCall;
    later?: TaskCall;
}): boolean;
