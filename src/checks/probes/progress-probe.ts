/**
 * Finds a tool that reports progress and exercises it for the progress and cancellation checks. The tool is the
 * user's `progress-tool` (called on the side session with the whole request timeout), or the first callable
 * tool that sent progress for the token its shared call on the main session carried (see tool-results.ts).
 * With a tool found, it is called again with an integer token (the token's type must survive) on the side session
 * when it completes, and once more on a fresh session to be cancelled at its first progress notification. That
 * cancellation starts as soon as a shared call reports progress, while slower calls still run. The checks of one
 * session share one probe.
 *
 * The cancellation is sent by hand and followed by a ping, so its answer marks the point from which the server
 * had the cancellation: over stdio the server reads its input in order, and over HTTP the ping is POSTed only once
 * the cancellation's POST was acknowledged. An answer to the cancelled call that arrives before the ping's answer
 * may have been sent before the server read the cancellation (they crossed); one that arrives after it was not.
 * A cancellation that tells nothing (the call answered before its first progress was seen, or the answer crossed
 * the cancellation) is made again on a fresh call, up to CANCEL_ATTEMPTS calls in all.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from '../../wire/types.js';
import {
  idKey,
  indexSessions,
  isNotification,
  isObject,
  isResponse,
  type JsonObject,
} from '../judge/transcript-index.js';
import { callableToolResults, sessionCallsUnderWay, type SessionCall, type ToolCallRecord } from './tool-results.js';
import type { CheckContext, ToolInvocation } from '../types.js';

/** How long to keep listening after the calls, for late progress or a response to a cancelled request. */
const STRAGGLER_MS = 300;
/** How many calls may be cancelled, one after another, while their answers cross the cancellation. */
const CANCEL_ATTEMPTS = 3;

export interface ProgressNotice {
  index: number;
  params: JsonObject;
  /** Carries the token with another JSON type (e.g. 7 echoed as "7"). */
  typeChanged: boolean;
}

export interface ProgressCall {
  tool: string;
  token: string | number;
  purpose: 'discovery' | 'integer-token' | 'cancel';
  request?: { index: number; id: unknown; message: JsonObject };
  response?: { index: number; message: JsonObject };
  /** Index of the notifications/cancelled the tester sent for it, when it was cancelled. */
  cancelledAt?: number;
  /**
   * For the cancelled call: the transcript's length once the ping sent after the acknowledged cancellation was
   * answered. A response at or past this index was sent after the server had the cancellation.
   */
  acknowledgedAt?: number;
  notices: ProgressNotice[];
}

export interface ProgressProbe {
  /** Why no progress tool could be exercised. */
  unavailable?: string;
  tool?: string;
  calls: ProgressCall[];
  /** How many calls were made to be cancelled (another when one answered first or its answer crossed the cancellation). */
  cancelAttempts?: number;
  /** Whether the session still answered a ping after the cancellation. */
  servingAfterCancel?: boolean;
  /** Why the tool was not called again with an integer token. */
  noIntegerCall?: string;
  /**
   * The tool's shared call outlived the request timeout, awaited only because it kept reporting progress: other
   * probes do not run it whole again. The same boundary as a hung tool's, so a busy runner moves it no more.
   */
  toolIsSlow?: true;
}

/** Per session: a session started again after its server exited gets a probe of its own. */
const probes = new WeakMap<Connection, Promise<ProgressProbe>>();

export function progressProbe(ctx: CheckContext): Promise<ProgressProbe> {
  let probe = probes.get(ctx.main);
  if (!probe) {
    probe = runProbe(ctx);
    probes.set(ctx.main, probe);
  }
  return probe;
}

function candidates(ctx: CheckContext): ToolInvocation[] | string {
  const named = ctx.config.progressTool;
  if (named) {
    const tool = ctx.callableTools.find((t) => t.name === named);
    return tool
      ? [tool]
      : `progress-tool ${named} may not be called: list it under tools with its arguments (the call-tools policy decides what mcp-ci calls)`;
  }
  if (ctx.callableTools.length === 0) {
    return 'no tool may be called under the call-tools policy; name a tool that reports progress with progress-tool';
  }
  return ctx.callableTools;
}

interface Issued {
  invocation: ToolInvocation;
  token: string | number;
  purpose: ProgressCall['purpose'];
}

/** Calls a tool with a progress token; one still unanswered at `budgetMs` is cancelled. */
async function callWithProgress(connection: Connection, issued: Issued, budgetMs: number): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  try {
    await connection.request(
      'tools/call',
      { name: issued.invocation.name, arguments: issued.invocation.arguments },
      { progressToken: issued.token, onProgress: () => {}, signal: controller.signal, timeoutMs: budgetMs + 1_000 },
    );
  } catch {
    // A cancelled or failed call is judged from the transcript like any other.
  } finally {
    clearTimeout(timer);
  }
}

async function runProbe(ctx: CheckContext): Promise<ProgressProbe> {
  const tools = candidates(ctx);
  if (typeof tools === 'string') return { unavailable: tools, calls: [] };
  // The cancellation need not wait for every shared call to end (a slow tool holds them for its whole run): it
  // starts on the first tool whose shared call reports progress. That is a guess, kept when the rule below chooses
  // the same tool; otherwise (or when the guess failed) the cancellation is made again on the chosen tool, so the
  // verdicts never depend on which call reported progress first.
  const early = ctx.config.progressTool
    ? undefined
    : firstToReportProgress(ctx)
        .then((call) => call && cancelOnOwnSession(ctx, call.invocation, wholeRunOf(ctx, call.record)))
        .catch(() => undefined);
  const { discovered, budget, slow } = ctx.config.progressTool
    ? await discoverNamed(ctx, tools)
    : await discoverShared(ctx);
  const chosen = discovered.find((c) => c.notices.length > 0 && c.response) ?? discovered.find((c) => c.notices.length);
  if (!chosen) {
    const reason = ctx.config.progressTool
      ? `progress-tool ${ctx.config.progressTool} sent no progress notification within ${budget} ms`
      : 'no callable tool sent progress while it was called; name one with progress-tool';
    await early;
    return { unavailable: reason, calls: discovered };
  }
  const invocation = ctx.callableTools.find((t) => t.name === chosen.tool)!;
  // Cancelling on purpose changes session state the other checks share, so the follow-ups run on sessions of their
  // own: an integer token on the side session (only for a tool that completes; waiting on one that does not would
  // take the whole timeout), and a call cancelled at its first progress notification, so it is surely still
  // running, on a fresh session, where a server that runs one request at a time holds up nothing else while it
  // runs. A call cancelled because its time ran out is never judged: only the cancellation sent at a progress
  // notification is followed by the ping that tells an answer that crossed it from one sent after it.
  const followUps: ProgressCall[] = [];
  let wholeMs = 0;
  // A tool that outlived the request timeout is not run whole a second time: that would add its whole run again.
  const noIntegerCall = !chosen.response
    ? `${chosen.tool} gave no answer to call it again with`
    : slow?.has(chosen.tool)
      ? `${chosen.tool} outlived the request timeout, awaited while it reported progress`
      : undefined;
  if (!noIntegerCall) {
    const side = await ctx.sideSession();
    const integer: Issued = { invocation, token: Math.floor(Math.random() * 1e9), purpose: 'integer-token' };
    const started = performance.now();
    await callWithProgress(side, integer, ctx.timeoutMs);
    wholeMs = performance.now() - started;
    followUps.push(...readCalls(ctx, side.label, [integer]));
  }
  const guessed = await early;
  let cancelled =
    guessed?.issued.invocation.name === chosen.tool
      ? guessed
      : await cancelOnOwnSession(ctx, invocation, Promise.resolve(wholeMs));
  let [cancelCall] = readCalls(ctx, cancelled.label, [cancelled.issued]);
  // A call answered before it could be cancelled, or whose answer crossed the cancellation, shows nothing either
  // way, and on a busy runner a short tool's answer does so more often: the cancellation is made again, on a fresh
  // call, so the verdict does not hang on one race.
  let cancelAttempts = 1;
  for (; cancelAttempts < CANCEL_ATTEMPTS && answeredTooSoon(cancelCall!, cancelled); cancelAttempts++) {
    cancelled = await cancelOnOwnSession(ctx, invocation, Promise.resolve(wholeMs));
    [cancelCall] = readCalls(ctx, cancelled.label, [cancelled.issued]);
  }
  if (cancelled.acknowledgedAt !== undefined) cancelCall!.acknowledgedAt = cancelled.acknowledgedAt;
  return {
    tool: chosen.tool,
    calls: [...discovered, ...followUps, cancelCall!],
    cancelAttempts,
    ...(cancelled.servingAfterCancel === undefined ? {} : { servingAfterCancel: cancelled.servingAfterCancel }),
    ...(noIntegerCall === undefined ? {} : { noIntegerCall }),
    ...(slow?.has(chosen.tool) ? { toolIsSlow: true as const } : {}),
  };
}

/**
 * The cancelled call's answer came too soon to tell whether the server stops a cancelled request: before the call
 * could be cancelled, or before the server had the cancellation (before the ping behind it was answered). A call
 * with no answer is never made again: it may have waited the request timeout already.
 */
const answeredTooSoon = (call: ProgressCall, cancelled: CancelProbe): boolean =>
  call.response !== undefined &&
  (cancelled.acknowledgedAt === undefined || call.response.index < cancelled.acknowledgedAt);

/**
 * The shared call that reports progress first, as soon as it does (progress that came before this asked is read
 * from the transcript); undefined once every shared call ended without.
 */
function firstToReportProgress(ctx: CheckContext): Promise<SessionCall | undefined> {
  const underWay = sessionCallsUnderWay(ctx);
  const byToken = new Map(underWay.map((call) => [call.progressToken, call]));
  const callOf = (token: unknown) => (typeof token === 'string' ? byToken.get(token) : undefined);
  return new Promise((resolve) => {
    const settle = (call: SessionCall | undefined) => {
      stop();
      resolve(call);
    };
    const stop = ctx.main.onNotification((n) => {
      const call = n.method === 'notifications/progress' ? callOf(n.params?.progressToken) : undefined;
      if (call) settle(call);
    });
    const session = indexSessions(ctx.transcript()).find((s) => s.label === ctx.main.label);
    for (const { message } of session?.received ?? []) {
      const call =
        isNotification(message) && message.method === 'notifications/progress' && isObject(message.params)
          ? callOf(message.params.progressToken)
          : undefined;
      if (call) return settle(call);
    }
    void Promise.allSettled(underWay.map((call) => call.record)).then(() => settle(undefined));
  });
}

/**
 * How long a tool's whole run takes, from its shared call: 0 when that call gave no answer or outlived the request
 * timeout, as such a tool is not run whole again either.
 */
async function wholeRunOf(ctx: CheckContext, record: Promise<ToolCallRecord>): Promise<number> {
  const { outcome, elapsedMs = 0 } = await record;
  return outcome && elapsedMs <= ctx.timeoutMs ? elapsedMs : 0;
}

interface CancelProbe {
  /** The session the cancelled call ran on. */
  label: string;
  issued: Issued;
  acknowledgedAt?: number;
  servingAfterCancel?: boolean;
}

/** Calls the tool on a fresh session to cancel it at its first progress notification. */
async function cancelOnOwnSession(
  ctx: CheckContext,
  invocation: ToolInvocation,
  wholeMs: Promise<number>,
): Promise<CancelProbe> {
  const session = await ctx.connect({ label: `probe:cancel@${ctx.protocolVersion}` });
  const nonce = Math.random().toString(36).slice(2, 8);
  const issued: Issued = { invocation, token: `mcp-ci-cancel-${nonce}`, purpose: 'cancel' };
  return { label: session.label, issued, ...(await cancelAtFirstProgress(ctx, session, issued, wholeMs)) };
}

/**
 * Calls the tool and, at its first progress notification, cancels it by hand (awaited: over HTTP until the POST
 * carrying it is acknowledged), then pings: the transcript's length at the ping's answer is `acknowledgedAt`. Then
 * it listens as long as the tool's whole run takes (`wholeMs`, which may still be measured meanwhile), plus a
 * margin, for an answer sent despite the cancellation. A call answered before any progress is not cancelled.
 */
async function cancelAtFirstProgress(
  ctx: CheckContext,
  connection: Connection,
  issued: Issued,
  wholeMs: Promise<number>,
): Promise<{ acknowledgedAt?: number; servingAfterCancel?: boolean }> {
  const controller = new AbortController();
  let progressed!: () => void;
  const firstProgress = new Promise<'progress'>((resolve) => (progressed = () => resolve('progress')));
  const stop = connection.onNotification((n) => {
    if (n.method === 'notifications/progress' && n.params?.progressToken === issued.token) progressed();
  });
  const call = connection.request(
    'tools/call',
    { name: issued.invocation.name, arguments: issued.invocation.arguments },
    { progressToken: issued.token, onProgress: () => {}, signal: controller.signal, timeoutMs: ctx.timeoutMs },
  );
  let done = false;
  const markDone = () => {
    done = true;
    return 'settled' as const;
  };
  const settled = call.then(markDone, markDone);
  try {
    if ((await Promise.race([firstProgress, settled])) === 'settled') return {};
    const requestId = sentRequestId(ctx, connection.label, issued.token);
    if (requestId === undefined) return {};
    const reason = 'mcp-ci: cancelled at its first progress';
    const acknowledged = await connection.notify('notifications/cancelled', { requestId, reason }).then(
      () => true,
      () => false,
    );
    // Not acknowledged (an HTTP error status): nothing tells when the server had it, so nothing is judged.
    if (!acknowledged) return {};
    const servingAfterCancel = await connection
      .request('ping', undefined, { timeoutMs: ctx.timeoutMs })
      .then((outcome) => outcome.ok)
      .catch(() => false);
    const acknowledgedAt = ctx.transcript().length;
    const pingAnsweredAt = performance.now();
    // Long enough for an answer a server sends despite the cancellation: the tool's whole run again, then a margin.
    const straggling = wholeMs.then((whole) =>
      sleep(Math.max(0, pingAnsweredAt + Math.min(ctx.timeoutMs, whole + STRAGGLER_MS) - performance.now())),
    );
    await Promise.race([settled, straggling]);
    return { acknowledgedAt, servingAfterCancel };
  } finally {
    stop();
    // Stops waiting for a call still unanswered (the SDK would cancel a finished one too); the cancellation the SDK
    // sends for it then is dropped, as one was sent already.
    if (!done) controller.abort();
    await settled;
  }
}

/** The id of the tools/call a session sent with this progress token. */
function sentRequestId(ctx: CheckContext, label: string, token: string | number): string | number | undefined {
  const session = indexSessions(ctx.transcript()).filter((s) => s.label === label)[0];
  const sent = session?.sent.find((s) => {
    const params = s.message.params;
    const meta = isObject(params) && isObject(params._meta) ? params._meta : undefined;
    return s.message.method === 'tools/call' && meta !== undefined && idKey(meta.progressToken) === idKey(token);
  });
  const id = sent?.message.id;
  return typeof id === 'string' || typeof id === 'number' ? id : undefined;
}

/**
 * The session's shared tool calls carry progress tokens, so they are the discovery: no extra calls, and no
 * wait beyond the one the tool checks already make (each call up to its answer or the request timeout).
 */
async function discoverShared(
  ctx: CheckContext,
): Promise<{ discovered: ProgressCall[]; budget?: number; slow: Set<string> }> {
  const records = await callableToolResults(ctx);
  const issued = records.flatMap((r): Issued[] =>
    r.progressToken === undefined ? [] : [{ invocation: r.invocation, token: r.progressToken, purpose: 'discovery' }],
  );
  const slow = new Set(records.filter((r) => (r.elapsedMs ?? 0) > ctx.timeoutMs).map((r) => r.invocation.name));
  return { discovered: readCalls(ctx, ctx.main.label, issued), slow };
}

/** The tool the user named gets the whole request timeout to show progress, on the side session. */
async function discoverNamed(
  ctx: CheckContext,
  tools: ToolInvocation[],
): Promise<{ discovered: ProgressCall[]; budget: number; slow?: undefined }> {
  const connection = await ctx.sideSession();
  const nonce = Math.random().toString(36).slice(2, 8);
  const issued: Issued[] = tools.map((invocation, i) => ({
    invocation,
    token: `mcp-ci-progress-${nonce}-${i}`,
    purpose: 'discovery',
  }));
  await Promise.all(issued.map((call) => callWithProgress(connection, call, ctx.timeoutMs)));
  return { discovered: readCalls(ctx, connection.label, issued), budget: ctx.timeoutMs };
}

/** What the transcript shows for each call the probe made. */
function readCalls(ctx: CheckContext, label: string, issued: Issued[]): ProgressCall[] {
  const session = indexSessions(ctx.transcript()).filter((s) => s.label === label)[0];
  return issued.map(({ invocation, token, purpose }) => {
    const call: ProgressCall = { tool: invocation.name, token, purpose, notices: [] };
    if (!session) return call;
    const sent = session.sent.find((s) => {
      const params = s.message.params;
      const meta = isObject(params) && isObject(params._meta) ? params._meta : undefined;
      return s.message.method === 'tools/call' && meta !== undefined && idKey(meta.progressToken) === idKey(token);
    });
    if (!sent) return call;
    call.request = { index: sent.index, id: sent.message.id, message: sent.message };
    const response = session.received.find(
      (r) => isResponse(r.message) && idKey(r.message.id) === idKey(sent.message.id) && r.index > sent.index,
    );
    if (response) call.response = { index: response.index, message: response.message };
    const cancel = session.sent.find(
      (s) =>
        s.message.method === 'notifications/cancelled' &&
        isObject(s.message.params) &&
        idKey(s.message.params.requestId) === idKey(sent.message.id),
    );
    if (cancel) call.cancelledAt = cancel.index;
    for (const { index, message } of session.received) {
      if (!isNotification(message) || message.method !== 'notifications/progress' || !isObject(message.params))
        continue;
      const echoed = message.params.progressToken;
      if (idKey(echoed) === idKey(token)) call.notices.push({ index, params: message.params, typeChanged: false });
      else if (String(echoed) === String(token))
        call.notices.push({ index, params: message.params, typeChanged: true });
    }
    return call;
  });
}
