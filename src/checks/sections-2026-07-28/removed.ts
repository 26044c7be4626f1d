/**
 * Initialize-era checks whose rule 2026-07-28 removed or changed: on a server that speaks 2026-07-28 they are
 * reported as skipped there, with what was removed (or which check judges the changed rule), so the modern column
 * says why it has no verdict for them. Rules that carry over unchanged run there instead (`withModern`).
 */
const removed = (what: string) => `removed in 2026-07-28: ${what}`;
const changed = (what: string) => `changed in 2026-07-28: ${what}`;

const HANDSHAKE = removed('the initialize handshake (every request carries its version in _meta)');
const SESSIONS = removed('HTTP sessions (Mcp-Session-Id is ignored)');
const GET_STREAM = removed('the GET stream (GET answers 405)');
const RESUMPTION = removed('SSE resumption and redelivery');
const SERVER_REQUESTS = removed('server-initiated requests (input is asked for with InputRequiredResult)');
const CORE_TASKS = removed('tasks in the core protocol (now the io.modelcontextprotocol/tasks extension)');

export const REMOVED_IN_MODERN: Readonly<Record<string, string>> = {
  'lifecycle-initialize-result': HANDSHAKE,
  'lifecycle-version-negotiation': HANDSHAKE,
  'lifecycle-unsupported-version-counter-offer': HANDSHAKE,
  'lifecycle-counter-offer-latest': HANDSHAKE,
  'lifecycle-initialized-notification-accepted': HANDSHAKE,
  'lifecycle-ping-before-initialized': HANDSHAKE,
  'lifecycle-no-requests-before-initialized': HANDSHAKE,
  'lifecycle-negotiated-capabilities-only': HANDSHAKE,
  'ping-empty-result': removed('ping (answered as an unknown method, see base-removed-methods)'),
  'logging-set-level': removed('logging/setLevel (the log level is per request, in _meta)'),
  'logging-invalid-level': removed('logging/setLevel (see logging-log-level-meta-validated)'),
  'resources-subscribe-unsubscribe': removed('resources/subscribe and resources/unsubscribe (subscriptions/listen)'),
  'http-session-id-visible-ascii': SESSIONS,
  'http-session-ids-unique-and-random': SESSIONS,
  'http-session-ids-unpredictable': SESSIONS,
  'http-missing-session-id-400': SESSIONS,
  'http-unknown-session-id-404': SESSIONS,
  'http-delete-session': SESSIONS,
  'http-terminated-session-404': SESSIONS,
  'http-get-stream-no-responses': GET_STREAM,
  'http-get-stream-unrelated': GET_STREAM,
  'http-get-sse-or-405': GET_STREAM,
  'http-resume-replays-own-stream': RESUMPTION,
  'http-sse-priming-event': RESUMPTION,
  'http-sse-retry-before-close': RESUMPTION,
  'http-sse-event-ids-unique': RESUMPTION,
  'client-features-roots-list-changed': SERVER_REQUESTS,
  'client-features-sampling-request-valid': SERVER_REQUESTS,
  'client-features-elicitation-request-valid': SERVER_REQUESTS,
  'client-features-elicitation-complete-known-id': SERVER_REQUESTS,
  'schema-server-requests-valid': SERVER_REQUESTS,
  'client-features-url-elicitation-required-error': removed('URL elicitation errors (-32042 is retired)'),
  'tasks-create-result': CORE_TASKS,
  'tasks-status-lifecycle': CORE_TASKS,
  'tasks-list-complete': CORE_TASKS,
  'tasks-capability-declared': CORE_TASKS,
  'tools-output-schema-valid': changed('an outputSchema may describe any JSON value, its root need not be an object'),
  'tools-structured-content-conforms': changed(
    'structuredContent may be any JSON value (see tools-structured-content-any-json)',
  ),
  'tools-list-stable': changed(
    'list_changed is sent only on a subscriptions/listen stream (see tools-lists-same-per-connection)',
  ),
  'resources-unknown-uri-error': changed('an unknown resource is -32602, not -32002 (see resources-not-found-32602)'),
};
