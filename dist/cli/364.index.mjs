export const id = 364;
export const ids = [364];
export const modules = {

/***/ 92364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BootError: () => (/* binding */ BootError),
/* harmony export */   CATALOGUE: () => (/* reexport safe */ _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__.yh),
/* harmony export */   bootTarget: () => (/* binding */ bootTarget),
/* harmony export */   listAll: () => (/* reexport safe */ _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__._w),
/* harmony export */   quickLeftOut: () => (/* binding */ quickLeftOut),
/* harmony export */   runConformance: () => (/* binding */ runConformance),
/* harmony export */   suiteSessions: () => (/* binding */ suiteSessions),
/* harmony export */   takeInventory: () => (/* reexport safe */ _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__.O1),
/* harmony export */   toServerInterface: () => (/* binding */ toServerInterface),
/* harmony export */   validateCheckIds: () => (/* binding */ validateCheckIds),
/* harmony export */   writeReports: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17478);
/* harmony import */ var _chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1308);
/* harmony import */ var _chunk_D4AXYKFZ_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83780);
/* harmony import */ var _chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86263);
/* harmony import */ var _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20677);
/* harmony import */ var _chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3751);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91811);
/* harmony import */ var _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63906);
/* harmony import */ var _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91552);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(73118);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(76760);
/* harmony import */ var _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(10053);
/* harmony import */ var _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(30940);
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(53018);
/* harmony import */ var _modelcontextprotocol_sdk_experimental_tasks_stores_in_memory_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(92567);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(63846);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(41514);
/* harmony import */ var eventsource_parser__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(2309);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(78474);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(44708);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(57075);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(73024);












// src/checks/judge/synthesize.ts
var isSchema = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var MAX_DEPTH = 8;
var FORMAT_SAMPLES = {
  email: "mcp-ci@example.com",
  "idn-email": "mcp-ci@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  iri: "https://example.com/",
  "uri-reference": "https://example.com/",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  date: "2025-01-01",
  time: "00:00:00Z",
  "date-time": "2025-01-01T00:00:00Z",
  duration: "P1D",
  uuid: "00000000-0000-4000-8000-000000000000"
};
function synthesizeArguments(inputSchema) {
  if (!isSchema(inputSchema)) return void 0;
  const value = new Sampler(inputSchema).sample(inputSchema, 0);
  if (!isSchema(value)) return void 0;
  const compiled = (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .compileForValidation */ .sA)(inputSchema);
  if (compiled.kind === "valid" && !compiled.validate(value)) return void 0;
  return value;
}
var Sampler = class {
  constructor(root) {
    this.root = root;
  }
  sample(schema, depth) {
    if (depth > MAX_DEPTH) return void 0;
    const resolved = this.resolve(schema, depth);
    if (!resolved) return void 0;
    schema = resolved;
    if ("const" in schema) return schema.const;
    if (schema.default !== void 0) return schema.default;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
    const variants = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(variants)) {
      for (const variant of variants) {
        if (!isSchema(variant)) continue;
        const value = this.sample({ ...withoutKeys(schema, ["anyOf", "oneOf"]), ...variant }, depth + 1);
        if (value !== void 0) return value;
      }
      return void 0;
    }
    switch (typeOf(schema)) {
      case "object":
        return this.sampleObject(schema, depth);
      case "array":
        return this.sampleArray(schema, depth);
      case "string":
        return sampleString(schema);
      case "integer":
        return sampleNumber(schema, true);
      case "number":
        return sampleNumber(schema, false);
      case "boolean":
        return false;
      case "null":
        return null;
      default:
        return void 0;
    }
  }
  /** Follows local `$ref`s and merges `allOf` into one schema; undefined when a reference does not resolve. */
  resolve(schema, depth) {
    let current = schema;
    for (let hops = 0; typeof current.$ref === "string"; hops++) {
      if (hops > MAX_DEPTH) return void 0;
      const target = this.pointer(current.$ref);
      if (!target) return void 0;
      current = { ...withoutKeys(current, ["$ref"]), ...target };
    }
    if (Array.isArray(current.allOf)) {
      let merged = withoutKeys(current, ["allOf"]);
      for (const part of current.allOf) {
        if (!isSchema(part)) continue;
        const resolvedPart = this.resolve(part, depth + 1);
        if (!resolvedPart) return void 0;
        merged = mergeSchemas(merged, resolvedPart);
      }
      current = merged;
    }
    return current;
  }
  /** `#`, `#/definitions/x`, `#/$defs/x`: JSON pointers into the root schema. */
  pointer(ref) {
    if (!ref.startsWith("#")) return void 0;
    let node = this.root;
    for (const raw of ref.slice(1).split("/").slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      if (!isSchema(node)) return void 0;
      node = node[key];
    }
    return isSchema(node) ? node : void 0;
  }
  sampleObject(schema, depth) {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const result = {};
    for (const key of required) {
      if (typeof key !== "string") return void 0;
      const property = properties[key];
      const value = isSchema(property) ? this.sample(property, depth + 1) : "mcp-ci";
      if (value === void 0) return void 0;
      result[key] = value;
    }
    return result;
  }
  sampleArray(schema, depth) {
    const tuple = Array.isArray(schema.prefixItems) ? schema.prefixItems : Array.isArray(schema.items) ? schema.items : void 0;
    const min = typeof schema.minItems === "number" ? schema.minItems : 0;
    const values = [];
    if (tuple) {
      for (const item2 of tuple.slice(0, min)) {
        const value = isSchema(item2) ? this.sample(item2, depth + 1) : "mcp-ci";
        if (value === void 0) return void 0;
        values.push(value);
      }
    }
    if (values.length >= min) return values;
    if (!isSchema(schema.items)) return void 0;
    const item = this.sample(schema.items, depth + 1);
    if (item === void 0) return void 0;
    if (schema.uniqueItems === true && min - values.length > 1) return void 0;
    while (values.length < min) values.push(item);
    return values;
  }
};
function typeOf(schema) {
  const declared = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (typeof declared === "string") return declared;
  if (declared !== void 0) return void 0;
  if (isSchema(schema.properties) || Array.isArray(schema.required)) return "object";
  if ("items" in schema || "prefixItems" in schema || "minItems" in schema) return "array";
  if ("minimum" in schema || "maximum" in schema || "multipleOf" in schema) return "number";
  return "string";
}
function sampleString(schema) {
  if (typeof schema.pattern === "string") return void 0;
  const format = typeof schema.format === "string" ? FORMAT_SAMPLES[schema.format] : void 0;
  const base = format ?? "mcp-ci";
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  const value = base.length >= min ? base : base.padEnd(min, "x");
  return value.length <= max ? value : value.slice(0, max);
}
function sampleNumber(schema, integer) {
  const step = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : 0;
  let low = typeof schema.minimum === "number" ? schema.minimum : -Infinity;
  if (typeof schema.exclusiveMinimum === "number") low = Math.max(low, schema.exclusiveMinimum + (step || 1e-9));
  let high = typeof schema.maximum === "number" ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMaximum === "number") high = Math.min(high, schema.exclusiveMaximum - (step || 1e-9));
  let value = low <= 1 && 1 <= high ? 1 : Number.isFinite(low) ? low : high;
  if (!Number.isFinite(value)) return void 0;
  if (step) value = Math.ceil(value / step) * step;
  if (integer) value = Math.ceil(value);
  return value <= high ? value : void 0;
}
function withoutKeys(schema, keys) {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}
function mergeSchemas(a, b) {
  const merged = { ...a, ...b };
  if (isSchema(a.properties) || isSchema(b.properties)) {
    merged.properties = {
      ...isSchema(a.properties) ? a.properties : {},
      ...isSchema(b.properties) ? b.properties : {}
    };
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    merged.required = [
      .../* @__PURE__ */ new Set([...Array.isArray(a.required) ? a.required : [], ...Array.isArray(b.required) ? b.required : []])
    ];
  }
  return merged;
}

// src/checks/tool-calls.ts
var annotations = (tool) => tool.annotations ?? {};
function planToolCalls(tools, config) {
  const plan = [];
  for (const tool of tools) {
    const name = tool.name;
    if (typeof name !== "string") continue;
    const listed = config.tools.find((t) => t.name === name);
    if (listed) {
      plan.push({ name, arguments: listed.arguments, source: "config", tool });
      continue;
    }
    if (config.callTools === "none") continue;
    const hints = annotations(tool);
    if (hints.destructiveHint === true) continue;
    if (config.callTools === "read-only" && hints.readOnlyHint !== true) continue;
    if (config.callTools === "all" && hints.readOnlyHint !== true && hints.destructiveHint !== false) continue;
    const args = synthesizeArguments(tool.inputSchema);
    if (args !== void 0) plan.push({ name, arguments: args, source: "synthesized", tool });
  }
  return plan;
}

// src/checks/policy.ts
var MAX_EVIDENCE_CHARS = 2e3;
function applyPolicy(results, config) {
  return results.map((result) => {
    const trimmed = result.evidence ? { ...result, evidence: trimEvidence(result.evidence) } : result;
    const expected = config.expectedFailures.find(
      (e) => e.id === result.id && (!e.versions || e.versions.includes(result.protocolVersion))
    );
    if (!expected) return trimmed;
    if (result.status === "fail") {
      return {
        ...trimmed,
        status: "warn",
        message: `expected failure (listed in expected-failures): ${result.message}`,
        policy: { expectedFailure: true }
      };
    }
    if (result.status === "pass") {
      return {
        ...trimmed,
        status: "fail",
        message: "listed in expected-failures but passes now: remove it from expected-failures",
        policy: { staleExpectedFailure: true }
      };
    }
    return trimmed;
  });
}
function validateCheckIds(config) {
  const known = new Set(_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh.map((c) => c.id));
  for (const [key, ids] of [
    ["expected-failures", config.expectedFailures.map((e) => e.id)],
    ["skip-checks", config.skipChecks.map((s) => s.id)]
  ]) {
    for (const id of ids) {
      if (!known.has(id)) {
        throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_8__/* .ConfigError */ .x(`${key}: unknown check id "${id}" (run \`mcp-ci checks\` to list them)`, key);
      }
    }
  }
}
function trimEvidence(evidence) {
  const trimmed = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (value === void 0) continue;
    const bounded = (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__/* .boundDepth */ .q6)(value);
    const text2 = typeof bounded === "string" ? bounded : JSON.stringify(bounded);
    trimmed[key] = text2.length > MAX_EVIDENCE_CHARS ? `${text2.slice(0, MAX_EVIDENCE_CHARS)}\u2026 [${text2.length - MAX_EVIDENCE_CHARS} more characters]` : bounded;
  }
  return trimmed;
}

// src/checks/quick.ts
var QUICK_LEFT_OUT = {
  "lifecycle-unsupported-version-counter-offer": "process",
  "lifecycle-counter-offer-latest": "process",
  "lifecycle-initialized-notification-accepted": "process",
  "lifecycle-ping-before-initialized": "process",
  "lifecycle-no-requests-before-initialized": "process",
  "base-response-id-echo": "process",
  "base-parse-error": "process",
  "base-invalid-request": "process",
  "base-notification-not-answered": "process",
  "stdio-exits-on-stdin-close": "process",
  "cancellation-stops-processing": "process",
  "cancellation-invalid-ignored": "process",
  "cancellation-race-handled": "process",
  "progress-token-echoed": "process",
  "progress-increasing": "process",
  "progress-stops-after-response": "process",
  "logging-set-level": "process",
  "logging-invalid-level": "process",
  "resources-subscribe-unsubscribe": "process",
  "client-features-undeclared-requests": "process",
  "client-features-roots-list-changed": "process",
  // Judged only on the tasks' own session, which a quick run over stdio does not start (task-probe.ts).
  "tasks-input-requests-related-task": "process",
  "client-features-undeclared-requests-legacy": "versions",
  "tools-call-answered": "wait"
};
var WHY = {
  versions: "it needs a session of an older protocol version",
  process: "over stdio it starts a server process of its own",
  wait: "it may wait the whole request timeout on a slow tool"
};
function quickSkipReason(checkId, transport) {
  const cost = QUICK_LEFT_OUT[checkId];
  if (cost === void 0 || cost === "process" && transport !== "stdio") return void 0;
  return `${QUICK_SKIP_PREFIX}${WHY[cost]}; run without --quick to judge it`;
}
var QUICK_SKIP_PREFIX = "left out of the quick run: ";
function quickLeftOut(checks) {
  return [
    ...new Set(checks.filter((c) => c.status === "skip" && c.message.startsWith(QUICK_SKIP_PREFIX)).map((c) => c.id))
  ];
}

// src/checks/sections-2026-07-28/removed.ts
var removed = (what) => `removed in 2026-07-28: ${what}`;
var changed = (what) => `changed in 2026-07-28: ${what}`;
var HANDSHAKE = removed("the initialize handshake (every request carries its version in _meta)");
var SESSIONS = removed("HTTP sessions (Mcp-Session-Id is ignored)");
var GET_STREAM = removed("the GET stream (GET answers 405)");
var RESUMPTION = removed("SSE resumption and redelivery");
var SERVER_REQUESTS = removed("server-initiated requests (input is asked for with InputRequiredResult)");
var CORE_TASKS = removed("tasks in the core protocol (now the io.modelcontextprotocol/tasks extension)");
var REMOVED_IN_MODERN = {
  "lifecycle-initialize-result": HANDSHAKE,
  "lifecycle-version-negotiation": HANDSHAKE,
  "lifecycle-unsupported-version-counter-offer": HANDSHAKE,
  "lifecycle-counter-offer-latest": HANDSHAKE,
  "lifecycle-initialized-notification-accepted": HANDSHAKE,
  "lifecycle-ping-before-initialized": HANDSHAKE,
  "lifecycle-no-requests-before-initialized": HANDSHAKE,
  "lifecycle-negotiated-capabilities-only": HANDSHAKE,
  "ping-empty-result": removed("ping (answered as an unknown method, see base-removed-methods)"),
  "logging-set-level": removed("logging/setLevel (the log level is per request, in _meta)"),
  "logging-invalid-level": removed("logging/setLevel (see logging-log-level-meta-validated)"),
  "resources-subscribe-unsubscribe": removed("resources/subscribe and resources/unsubscribe (subscriptions/listen)"),
  "http-session-id-visible-ascii": SESSIONS,
  "http-session-ids-unique-and-random": SESSIONS,
  "http-session-ids-unpredictable": SESSIONS,
  "http-missing-session-id-400": SESSIONS,
  "http-unknown-session-id-404": SESSIONS,
  "http-delete-session": SESSIONS,
  "http-terminated-session-404": SESSIONS,
  "http-get-stream-no-responses": GET_STREAM,
  "http-get-stream-unrelated": GET_STREAM,
  "http-get-sse-or-405": GET_STREAM,
  "http-resume-replays-own-stream": RESUMPTION,
  "http-sse-priming-event": RESUMPTION,
  "http-sse-retry-before-close": RESUMPTION,
  "http-sse-event-ids-unique": RESUMPTION,
  "client-features-roots-list-changed": SERVER_REQUESTS,
  "client-features-sampling-request-valid": SERVER_REQUESTS,
  "client-features-elicitation-request-valid": SERVER_REQUESTS,
  "client-features-elicitation-complete-known-id": SERVER_REQUESTS,
  "schema-server-requests-valid": SERVER_REQUESTS,
  "client-features-url-elicitation-required-error": removed("URL elicitation errors (-32042 is retired)"),
  "tasks-create-result": CORE_TASKS,
  "tasks-status-lifecycle": CORE_TASKS,
  "tasks-list-complete": CORE_TASKS,
  "tasks-capability-declared": CORE_TASKS,
  "tools-output-schema-valid": changed("an outputSchema may describe any JSON value, its root need not be an object"),
  "tools-structured-content-conforms": changed(
    "structuredContent may be any JSON value (see tools-structured-content-any-json)"
  ),
  "tools-list-stable": changed(
    "list_changed is sent only on a subscriptions/listen stream (see tools-lists-same-per-connection)"
  ),
  "resources-unknown-uri-error": changed("an unknown resource is -32602, not -32002 (see resources-not-found-32602)")
};

// src/checks/engine.ts
var CONCURRENCY = { stdio: 16, http: 16, sse: 16, memory: 16 };
async function runConformance(target, config, emit, catalogue = _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .CATALOGUE */ .yh) {
  const selected = catalogue.filter((c) => !config.skipChecks.some((s) => s.id === c.id));
  const callTools = selected.some((c) => c.section === "tools");
  const offersModern = selected.some((c) => c.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$));
  const matrix = startVersionMatrix(target, config, callTools, offersModern);
  const results = [];
  const record = (result) => {
    results.push(result);
    emit({ type: "check:done", result });
  };
  const shared = /* @__PURE__ */ new Map();
  const versionMatrix = matrix.all.then(({ probes, sessions: sessions2, modern: modern2 }) => ({
    accepted: sessions2.filter((s) => s.version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$).map((s) => s.version),
    probes,
    modern: modern2
  }));
  const contextFor = (session, alone) => createContext(target, config, session, () => versionMatrix, shared, alone);
  let planned = 0;
  const active = [];
  const passive = [];
  for (const check of catalogue) {
    const notApplicable = configuredOrTransportSkip(check, target, config);
    if (notApplicable) {
      planned++;
      record(toResult(check, skipVersion(check), target, { kind: "skip", reason: notApplicable }, 0));
    } else (check.scope === "passive" ? passive : active).push(check);
  }
  const retries = [];
  const queue = new JobQueue(CONCURRENCY[target.transport], rank, async (job) => {
    emit({ type: "check:start", id: job.check.id, protocolVersion: job.session.version });
    const { result, retry } = await runOne(job.check, job.session, contextFor, target, config, false);
    if (retry) retries.push(job);
    else record(result);
  });
  const early = await matrix.early;
  const startedEarly = /* @__PURE__ */ new Set();
  if (target.startsOnCpu) await matrix.all;
  if (early) {
    if (target.transport === "stdio" && !config.quick) openSide(early, target);
    const jobs = active.filter(
      (check) => check.versions.includes(early.version) && (check.scope !== "once" || !check.versions.some((v) => v > early.version && matrix.offered.includes(v)))
    );
    for (const check of jobs) startedEarly.add(check);
    planned += jobs.length;
    queue.add(jobs.map((check) => ({ check, session: early })));
  }
  const { sessions, modern } = await matrix.all;
  const modernSession = sessions.find((s) => s.version === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$);
  for (const check of active) {
    if (modernSession && !check.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$)) {
      const removed2 = REMOVED_IN_MODERN[check.id];
      if (removed2) {
        planned++;
        record(toResult(check, _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$, target, { kind: "skip", reason: removed2 }, 0));
      }
    }
    const eligible = sessions.filter((s) => check.versions.includes(s.version));
    if (eligible.length === 0) {
      planned++;
      record(versionSkip(check, sessions, target, modern));
      continue;
    }
    const wanted = check.scope === "once" ? eligible.slice(0, 1) : eligible;
    const rest = startedEarly.has(check) ? wanted.filter((s) => s !== early) : wanted;
    planned += rest.length;
    queue.add(rest.map((session) => ({ check, session })));
  }
  const passiveJobs = passive.map((check) => {
    const eras = [
      sessions.find((s) => s.version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ && check.versions.includes(s.version)),
      sessions.find((s) => s.version === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ && check.versions.includes(s.version))
    ].filter((s) => s !== void 0);
    const removed2 = modernSession && !check.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) ? REMOVED_IN_MODERN[check.id] : void 0;
    return { check, eras, removed: removed2 };
  });
  const passiveResults = passiveJobs.reduce((n, job) => n + Math.max(job.eras.length, 1) + (job.removed ? 1 : 0), 0);
  emit({ type: "checks:planned", total: planned + passiveResults });
  await queue.drained();
  for (const job of retries) record((await runOne(job.check, job.session, contextFor, target, config, true)).result);
  for (const { check, eras, removed: removed2 } of passiveJobs) {
    if (removed2) record(toResult(check, _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$, target, { kind: "skip", reason: removed2 }, 0));
    if (eras.length === 0) record(versionSkip(check, sessions, target, modern));
    for (const session of eras) {
      emit({ type: "check:start", id: check.id, protocolVersion: session.version });
      record((await runOne(check, session, contextFor, target, config, true)).result);
    }
  }
  void Promise.allSettled([
    ...sessions.filter((s) => s.main !== target.main).map((s) => s.main.close()),
    ...sessions.map(async (s) => (await s.side?.catch(() => void 0))?.close())
  ]);
  const ordered = sortLikeCatalogue(results, catalogue);
  const bootInventory = (sessions.find((s) => s.main === target.main) ?? sessions[0])?.inventory;
  return {
    checks: applyPolicy(ordered, config),
    acceptedVersions: sessions.map((s) => s.version),
    ...bootInventory && { inventory: bootInventory }
  };
}
var rank = (job) => job.check.startsEarly ? 0 : job.check.scope === "once" ? 1 : 2;
function startVersionMatrix(target, config, callTools, modernSelected) {
  const boot = target.main;
  const isKnown = (version) => _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .PROTOCOL_VERSIONS */ .nk.includes(version);
  const asked = config.protocolVersion ?? (config.quick && isKnown(boot.protocolVersion) ? boot.protocolVersion : void 0);
  const offered = asked && asked !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? [asked] : asked ? [] : [..._chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .LEGACY_VERSIONS */ .GD];
  const offersModern = asked === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ || asked === void 0 && modernSelected;
  const prepare = async (opened) => {
    let main = opened;
    const generation = target.generation ?? 0;
    let inventory = await (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .takeInventory */ .O1)(main);
    if (inventory.serverLost && await target.restart?.(generation)) {
      const again = await target.connect({ protocolVersion: main.protocolVersion, label: main.label }).catch(() => void 0);
      if (again) [main, inventory] = [again, await (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .takeInventory */ .O1)(again)];
    }
    const callableTools = planToolCalls(inventory.tools, config);
    if (callTools) void (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .startSessionCalls */ .Ik)(main, callableTools, (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .toolBudget */ .eN)({ config }), config.quick);
    return { version: main.protocolVersion, main, inventory, callableTools };
  };
  const bootSession = isKnown(boot.protocolVersion) ? prepare(boot) : void 0;
  const modernOffer = !offersModern ? Promise.resolve({}) : boot.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? Promise.resolve({ modern: { spoken: true } }) : connectOnceMore(target, { protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$, label: `main@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$}` }).then(
    (connection) => {
      if (connection.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$)
        return { session: prepare(connection), modern: { spoken: true } };
      void connection.close().catch(() => {
      });
      return { modern: { spoken: false, answer: `an ${connection.protocolVersion} session` } };
    },
    (error) => ({
      modern: { spoken: false, answer: error instanceof _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .DiscoverRefusedError */ .O8 ? error.answer : errorText(error) }
    })
  );
  const offers = offered.filter((version) => version !== boot.protocolVersion).map(async (version) => {
    try {
      const connection = await connectOnceMore(target, { protocolVersion: version, label: `main@${version}` });
      if (connection.protocolVersion === version)
        return { probe: { offered: version, answered: version }, session: prepare(connection) };
      await connection.close();
      return { probe: { offered: version, answered: connection.protocolVersion } };
    } catch (error) {
      return { probe: { offered: version, error: error instanceof Error ? error.message : String(error) } };
    }
  });
  const all = (async () => {
    const answered = await Promise.all(offers);
    const bootProbe = { offered: boot.protocolVersion, answered: boot.protocolVersion };
    const probes = offered.includes(boot.protocolVersion) ? offered.map(
      (v) => v === boot.protocolVersion ? bootProbe : answered.find((a) => a.probe.offered === v).probe
    ) : [bootProbe, ...answered.map((a) => a.probe)];
    const { session: modernSession, modern } = await modernOffer;
    const sessions = await Promise.all([
      ...bootSession ? [bootSession] : [],
      ...answered.flatMap((a) => a.session ? [a.session] : []),
      ...modernSession ? [modernSession] : []
    ]);
    sessions.sort((a, b) => a.version < b.version ? 1 : -1);
    return { probes: probes.filter((p) => p.offered !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$), sessions, ...modern && { modern } };
  })();
  const newestOfEra = boot.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ : offered[0];
  const early = bootSession && boot.protocolVersion === newestOfEra ? bootSession : Promise.resolve(void 0);
  return { offered: [...offersModern ? [_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$] : [], ...offered], early, all };
}
var errorText = (error) => error instanceof Error ? error.message : String(error);
function versionSkip(check, sessions, target, modern) {
  const accepted = sessions.map((s) => s.version).join(", ") || "none";
  const reason = check.versions.every((v) => v === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) && modern?.spoken === false ? `not spoken: the server does not speak ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$} (server/discover got ${modern.answer ?? "no result"})` : `applies to protocol ${check.versions.join(", ")}; the server accepted ${accepted}`;
  return toResult(check, skipVersion(check), target, { kind: "skip", reason }, 0);
}
var skipVersion = (check) => check.versions.find((v) => v !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) ?? check.versions[0] ?? "n/a";
function configuredOrTransportSkip(check, target, config) {
  const configured = config.skipChecks.find((s) => s.id === check.id);
  if (configured) return `skipped by configuration: ${configured.reason}`;
  if (target.transport === "memory") {
    const wires = ["stdio", "http", "sse"];
    if (!wires.every((wire) => check.transports.includes(wire)))
      return `${_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .NEEDS_WIRE */ .Ig} (applies to ${check.transports.join("/")}); the target is an in-process server`;
    return void 0;
  }
  if (!check.transports.includes(target.transport)) {
    return `applies to ${check.transports.join("/")} only; the target uses ${target.transport}`;
  }
  return config.quick ? quickSkipReason(check.id, target.transport) : void 0;
}
function createContext(target, config, session, versionMatrix, shared, alone) {
  const opened = [];
  let usedSide;
  const controller = new AbortController();
  const ctx = {
    config,
    transport: target.transport,
    protocolVersion: session.version,
    versionMatrix,
    shared: (name, start) => {
      const key = `${target.generation ?? 0}:${name}`;
      if (!shared.has(key)) {
        const started = start();
        started.catch(() => {
        });
        shared.set(key, started);
      }
      return shared.get(key);
    },
    get main() {
      return session.main;
    },
    inventory: session.inventory,
    callableTools: session.callableTools,
    connect: async (options) => {
      const connection = await target.connect({ protocolVersion: session.version, ...options });
      opened.push(connection);
      return connection;
    },
    sideSession: async () => {
      const side = session.side;
      const current = await side?.catch(() => void 0);
      if ((!current || current.closed) && session.side === side) openSide(session, target);
      usedSide = await session.side;
      return usedSide;
    },
    openRaw: async (options) => {
      const channel = await target.openRaw({ protocolVersion: session.version, ...options });
      opened.push(channel);
      return channel;
    },
    http: target.http,
    transcript: () => target.transcript(),
    timeoutMs: config.requestTimeoutMs,
    signal: controller.signal,
    alone
  };
  return {
    ctx,
    dispose: async () => {
      await Promise.allSettled(opened.map((c) => c.close()));
    },
    abort: () => controller.abort(),
    usedSide: () => usedSide
  };
}
async function runOne(check, session, contextFor, target, config, alone) {
  const started = performance.now();
  for (let attempts = 1; ; attempts++) {
    if (session.main.closed) await freshMain(session, target);
    const usedMain = session.main;
    const generation = target.generation ?? 0;
    const { judgement, closed, unreachable, side } = await attempt(check, session, contextFor, config, alone);
    const restarted = (target.generation ?? 0) > generation || unreachable === true && await target.restart?.(generation) === true;
    if (session.main.closed) await freshMain(session, target);
    const cut = (restarted || target.serverExited) && (closed || unreachable) ? { kind: "warn", message: "not judged: the server process exited during the check" } : void 0;
    const result = toResult(check, session.version, target, cut ?? judgement, performance.now() - started);
    const lost = usedMain.closed || side?.closed === true || unreachable === true || restarted;
    if (!lost) return { result, retry: false };
    if (!alone) return { result, retry: true };
    if (!restarted || attempts > 1) return { result, retry: false };
  }
}
async function attempt(check, session, contextFor, config, alone) {
  const { ctx, dispose, abort, usedSide } = contextFor(session, alone);
  const budgetMs = config.requestTimeoutMs * 3 + (config.target.transport === "stdio" ? config.bootTimeoutMs : 0);
  let timer;
  try {
    const reason = check.applies?.(ctx);
    if (reason) return { judgement: { kind: "skip", reason }, closed: false };
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        abort();
        resolve({ kind: "violation", message: `no response within ${budgetMs} ms` });
      }, budgetMs);
    });
    return { judgement: await Promise.race([check.run(ctx), timeout]), closed: false, side: usedSide() };
  } catch (error) {
    return {
      judgement: judgeError(error),
      closed: error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionClosedError */ .rb,
      unreachable: (0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .unreachableReason */ .N4)(error) !== void 0,
      side: usedSide()
    };
  } finally {
    clearTimeout(timer);
    void dispose();
  }
}
function openSide(session, target) {
  session.side = target.connect({ protocolVersion: session.version, label: `side@${session.version}` });
  session.side.catch(() => {
  });
}
async function connectOnceMore(target, options) {
  const generation = target.generation ?? 0;
  try {
    return await target.connect(options);
  } catch (error) {
    if ((0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .unreachableReason */ .N4)(error) === void 0 || !await target.restart?.(generation)) throw error;
    return target.connect(options);
  }
}
async function freshMain(session, target) {
  session.reconnecting ??= connectOnceMore(target, {
    protocolVersion: session.version,
    label: `main@${session.version}`
  }).then((connection) => {
    session.main = connection;
  }).catch(() => {
  }).finally(() => {
    session.reconnecting = void 0;
  });
  await session.reconnecting;
}
function judgeError(error) {
  if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .RequestTimeoutError */ .DH) return { kind: "violation", message: error.message };
  if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionClosedError */ .rb) return { kind: "violation", message: error.message };
  if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .RawChannelUnavailableError */ .Yh) return { kind: "skip", reason: error.message };
  if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .InvalidAnswerError */ .g9)
    return { kind: "skip", reason: `${error.message}, so this rule cannot be judged` };
  const unreachable = (0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .unreachableReason */ .N4)(error);
  if (unreachable !== void 0)
    return { kind: "warn", message: `not judged: could not reach the server (${unreachable})` };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "warn", message: `mcp-ci could not complete this check: ${message}` };
}
function toResult(check, version, target, judgement, durationMs) {
  let status;
  let message;
  switch (judgement.kind) {
    case "pass":
      status = "pass";
      message = judgement.message ?? "ok";
      break;
    case "violation":
      status = check.level === "MUST" && !check.heuristic ? "fail" : "warn";
      message = judgement.message;
      break;
    case "warn":
      status = "warn";
      message = judgement.message;
      break;
    case "skip":
      status = "skip";
      message = judgement.reason;
      break;
  }
  return {
    id: check.id,
    title: check.title,
    section: check.section,
    level: check.level,
    status,
    message,
    protocolVersion: version,
    era: (0,_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .eraOf */ .eU)(version),
    transport: target.transport,
    spec: { version, url: (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .specUrl */ .RZ)(check, version) },
    rule: check.rule,
    requirements: check.requirements,
    durationMs: Math.round(durationMs * 10) / 10,
    ...(judgement.kind === "violation" || judgement.kind === "warn") && judgement.evidence ? { evidence: judgement.evidence } : {}
  };
}
var JobQueue = class {
  constructor(size, rank2, work) {
    this.size = size;
    this.rank = rank2;
    this.work = work;
  }
  pending = [];
  running = 0;
  idle = [];
  failure;
  add(jobs) {
    this.pending.push(...jobs);
    this.pending.sort((a, b) => this.rank(a) - this.rank(b));
    this.pump();
  }
  /** Resolves once every job added so far has finished (rejects with the first error a job threw). */
  drained() {
    return new Promise((resolve, reject) => {
      const settle = () => this.failure === void 0 ? resolve() : reject(this.failure);
      if (this.running === 0 && this.pending.length === 0) settle();
      else this.idle.push(settle);
    });
  }
  pump() {
    while (this.running < this.size && this.pending.length > 0) {
      const job = this.pending.shift();
      this.running++;
      void this.work(job).catch((error) => {
        this.failure ??= error;
      }).finally(() => {
        this.running--;
        this.pump();
        if (this.running === 0 && this.pending.length === 0) for (const settle of this.idle.splice(0)) settle();
      });
    }
  }
};
function sortLikeCatalogue(results, catalogue) {
  const order = new Map(catalogue.map((c, i) => [c.id, i]));
  return [...results].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || (a.protocolVersion < b.protocolVersion ? 1 : -1)
  );
}

// src/history/server-interface.ts
var text = (value) => typeof value === "string" ? value : void 0;
function pick(fields) {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== void 0));
}
function toServerInterface(inventory, capabilities) {
  return {
    capabilities,
    tools: inventory.tools.map((tool) => ({
      name: String(tool.name),
      ...pick({
        title: text(tool.title),
        description: text(tool.description),
        inputSchema: tool.inputSchema,
        outputSchema: tool.outputSchema,
        annotations: tool.annotations
      })
    })),
    resources: inventory.resources.map((resource) => ({
      uri: String(resource.uri),
      ...pick({
        name: text(resource.name),
        mimeType: text(resource.mimeType),
        description: text(resource.description)
      })
    })),
    resourceTemplates: inventory.resourceTemplates.map((template) => ({
      uriTemplate: String(template.uriTemplate),
      ...pick({
        name: text(template.name),
        mimeType: text(template.mimeType),
        description: text(template.description)
      })
    })),
    prompts: inventory.prompts.map((prompt) => ({
      name: String(prompt.name),
      ...pick({
        description: text(prompt.description),
        arguments: Array.isArray(prompt.arguments) ? prompt.arguments.map((argument) => ({
          name: String(argument.name),
          ...pick({
            description: text(argument.description),
            required: typeof argument.required === "boolean" ? argument.required : void 0
          })
        })) : void 0
      })
    }))
  };
}

// src/report/write.ts


async function writeReports(result, outDir, options) {
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_10__.mkdir)(outDir, { recursive: true });
  const junitPath = (0,node_path__WEBPACK_IMPORTED_MODULE_11__.join)(outDir, "junit.xml");
  const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_11__.join)(outDir, "report.md");
  await Promise.all([
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_10__.writeFile)(junitPath, (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_1__/* .renderJunit */ .RV)(result, { strict: options.strict }), "utf8"),
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_10__.writeFile)(markdownPath, (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_1__/* .renderMarkdown */ .Gc)(result, options), "utf8")
  ]);
  return { junitPath, markdownPath };
}

// src/target/boot.ts



// src/wire/broken-handshake.ts
var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var BrokenHandshakeConnection = class {
  constructor(label, transport, offeredVersion, failure) {
    this.label = label;
    this.transport = transport;
    this.failure = failure;
    const answer = failure.answer;
    const result = isObject(answer.result) ? answer.result : {};
    this.protocolVersion = typeof result.protocolVersion === "string" ? result.protocolVersion : offeredVersion;
    this.initializeResult = result;
    this.serverCapabilities = isObject(result.capabilities) ? result.capabilities : {};
  }
  protocolVersion;
  initializeResult;
  serverCapabilities;
  closed = false;
  request() {
    return Promise.reject(this.failure);
  }
  async notify() {
  }
  onNotification(listener) {
    void listener;
    return () => {
    };
  }
  async close() {
  }
};

// src/wire/connection.ts




var TOOL_INFO = { name: "mcp-ci", version: "0.1.0" };
var anyResult = zod__WEBPACK_IMPORTED_MODULE_17__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_17__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_17__/* .unknown */ .L5J());
var SDK_CONNECTION_CLOSED = -32e3;
function isSdkTimeout(error, timeoutMs) {
  return error.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .ErrorCode */ .O4.RequestTimeout && error.data?.timeout === timeoutMs;
}
function invalidAnswerOf(error) {
  return error instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .McpError */ .Nh && error.data instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .InvalidAnswerError */ .g9 ? error.data : void 0;
}
var DEFAULT_CLIENT_CAPABILITIES = { roots: true, sampling: true, elicitation: true };
var TASK_RECEIVER_VERSIONS = ["2025-11-25"];
function taskReceiverCapability(offer, protocolVersion) {
  if (!TASK_RECEIVER_VERSIONS.includes(protocolVersion) || !(offer.sampling || offer.elicitation)) return void 0;
  return {
    list: {},
    cancel: {},
    requests: {
      ...offer.sampling ? { sampling: { createMessage: {} } } : {},
      ...offer.elicitation ? { elicitation: { create: {} } } : {}
    }
  };
}
function cannedReply(reply) {
  return async (request, extra) => {
    const taskStore = extra.taskStore;
    if (request.params.task === void 0 || taskStore === void 0) return reply;
    const task = await taskStore.createTask({ ttl: request.params.task.ttl ?? null, pollInterval: 20 });
    setImmediate(() => void taskStore.storeTaskResult(task.taskId, "completed", reply).catch(() => {
    }));
    return { task: { ...task } };
  };
}
async function openSdkConnection(transport, options) {
  const capabilities = {};
  if (options.capabilities.roots) capabilities.roots = { listChanged: true };
  if (options.capabilities.sampling) capabilities.sampling = {};
  if (options.capabilities.elicitation) capabilities.elicitation = { form: {} };
  const tasks = taskReceiverCapability(options.capabilities, options.protocolVersion);
  if (tasks) capabilities.tasks = tasks;
  const taskStore = tasks ? new _modelcontextprotocol_sdk_experimental_tasks_stores_in_memory_js__WEBPACK_IMPORTED_MODULE_15__/* .InMemoryTaskStore */ .f() : void 0;
  const client = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_14__/* .Client */ .K(TOOL_INFO, { capabilities, ...taskStore ? { taskStore } : {} });
  if (options.capabilities.roots) {
    client.setRequestHandler(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .ListRootsRequestSchema */ .WQ, () => ({
      roots: [{ uri: `file://${process.cwd()}`, name: "working directory" }]
    }));
  }
  if (options.capabilities.sampling) {
    client.setRequestHandler(
      _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .CreateMessageRequestSchema */ .u9,
      cannedReply({
        role: "assistant",
        content: { type: "text", text: "This is a canned reply from mcp-ci; no model was called." },
        model: "mcp-ci-canned",
        stopReason: "endTurn"
      })
    );
  }
  if (options.capabilities.elicitation) {
    client.setRequestHandler(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .ElicitRequestSchema */ .$9, cannedReply({ action: "decline" }));
  }
  const previousOnClose = client.onclose;
  client.onclose = () => {
    taskStore?.cleanup();
    previousOnClose?.();
  };
  try {
    await client.connect(transport, { timeout: options.initializeTimeoutMs ?? options.timeoutMs });
  } catch (error) {
    throw invalidAnswerOf(error) ?? error;
  }
  return new SdkConnection(client, transport, options.label, options.kind, options.timeoutMs);
}
var SdkConnection = class {
  constructor(client, wire, label, transport, defaultTimeoutMs) {
    this.client = client;
    this.wire = wire;
    this.label = label;
    this.transport = transport;
    this.defaultTimeoutMs = defaultTimeoutMs;
    this.protocolVersion = wire.negotiatedVersion ?? "unknown";
    this.serverCapabilities = client.getServerCapabilities() ?? {};
    this.initializeResult = {
      protocolVersion: this.protocolVersion,
      capabilities: this.serverCapabilities,
      serverInfo: client.getServerVersion(),
      ...client.getInstructions() !== void 0 ? { instructions: client.getInstructions() } : {}
    };
    const previousOnClose = client.onclose;
    client.onclose = () => {
      this.isClosed = true;
      previousOnClose?.();
    };
  }
  protocolVersion;
  initializeResult;
  serverCapabilities;
  isClosed = false;
  get closed() {
    return this.isClosed;
  }
  async request(method, params, options = {}) {
    if (this.isClosed) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionClosedError */ .rb(method);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    let requestParams = params;
    let unsubscribe;
    const quiet = options.onProgress && options.progressResetsTimeout ? progressTimer(timeoutMs) : void 0;
    if (options.onProgress) {
      const token = options.progressToken ?? `mcp-ci-${Math.random().toString(36).slice(2)}`;
      requestParams = { ...params, _meta: { ...params?._meta, progressToken: token } };
      const onProgress = options.onProgress;
      unsubscribe = this.onNotification((n) => {
        if (n.method !== "notifications/progress" || n.params?.progressToken !== token) return;
        quiet?.restart();
        onProgress(n.params);
      });
    }
    const signals = [options.signal, quiet?.signal].filter((s) => s !== void 0);
    const sdkTimeoutMs = quiet ? timeoutMs * _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .PROGRESS_TIMEOUT_CAP */ .jh : timeoutMs;
    try {
      const result = await this.client.request({ method, params: requestParams }, anyResult, {
        timeout: sdkTimeoutMs,
        ...signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}
      });
      return { ok: true, result };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (quiet?.signal.aborted) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .RequestTimeoutError */ .DH(method, timeoutMs);
      const invalid = invalidAnswerOf(error);
      if (invalid) throw invalid;
      if (error instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .McpError */ .Nh) {
        if (isSdkTimeout(error, sdkTimeoutMs)) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .RequestTimeoutError */ .DH(method, sdkTimeoutMs);
        if (error.code === SDK_CONNECTION_CLOSED && this.isClosed) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionClosedError */ .rb(method);
        const message = error.message.replace(/^MCP error -?\d+: /, "");
        return {
          ok: false,
          error: { code: error.code, message, ...error.data !== void 0 ? { data: error.data } : {} }
        };
      }
      if (this.isClosed) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .ConnectionClosedError */ .rb(method);
      throw error;
    } finally {
      quiet?.stop();
      unsubscribe?.();
    }
  }
  async notify(method, params) {
    await this.wire.send({ jsonrpc: "2.0", method, ...params ? { params } : {} });
  }
  onNotification(listener) {
    this.wire.notificationListeners.add(listener);
    return () => this.wire.notificationListeners.delete(listener);
  }
  async close() {
    if (this.isClosed) return;
    this.isClosed = true;
    await this.client.close().catch(() => {
    });
  }
};
function progressTimer(ms) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop: () => clearTimeout(timer)
  };
}

// src/wire/http-probe.ts


// src/wire/http-fetch.ts




var KEEP_IDLE_MS = 4e3;
var CLIENTS = {
  "http:": { request: node_http__WEBPACK_IMPORTED_MODULE_19__.request, agent: new node_http__WEBPACK_IMPORTED_MODULE_19__.Agent({ keepAlive: true, timeout: KEEP_IDLE_MS }) },
  "https:": { request: node_https__WEBPACK_IMPORTED_MODULE_20__.request, agent: new node_https__WEBPACK_IMPORTED_MODULE_20__.Agent({ keepAlive: true, timeout: KEEP_IDLE_MS }) }
};
var NULL_BODY_STATUS = /* @__PURE__ */ new Set([204, 205, 304]);
var REDIRECT_STATUS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 20;
var BODY_HEADERS = ["content-type", "content-length", "content-encoding", "content-language", "content-location"];
var CREDENTIAL_HEADERS = ["authorization", "proxy-authorization", "cookie"];
function shareSignal(signal) {
  if ((0,node_events__WEBPACK_IMPORTED_MODULE_18__.getMaxListeners)(signal) === node_events__WEBPACK_IMPORTED_MODULE_18__.defaultMaxListeners) (0,node_events__WEBPACK_IMPORTED_MODULE_18__.setMaxListeners)(1500, signal);
}
async function httpFetch(input, init = {}) {
  const body = init.body;
  const plain = (body === void 0 || body === null || typeof body === "string" || body instanceof Uint8Array) && (typeof input === "string" || input instanceof URL);
  if (!plain) return fetch(input, init);
  const headers = {};
  for (const [name, value] of new Headers(init.headers)) headers[name] = value;
  if (typeof body === "string" && headers["content-type"] === void 0)
    headers["content-type"] = "text/plain;charset=UTF-8";
  headers.accept ??= "*/*";
  headers["user-agent"] ??= "node";
  const redirect = init.redirect ?? "follow";
  const method = (init.method ?? "GET").toUpperCase();
  return follow(new URL(input), method, headers, body ?? void 0, init.signal, redirect, 0);
}
async function follow(url, method, headers, body, signal, redirect, redirects) {
  const answer = await send(url, method, headers, body, signal);
  const location = answer.headers["location"];
  const redirected = REDIRECT_STATUS.has(answer.statusCode ?? 0) && typeof location === "string";
  if (!redirected || redirect === "manual") return toResponse(answer, signal);
  answer.resume();
  if (redirect === "error") throw new TypeError("fetch failed", { cause: new Error("unexpected redirect") });
  if (redirects >= MAX_REDIRECTS) throw new TypeError("fetch failed", { cause: new Error("redirect count exceeded") });
  let next;
  try {
    next = new URL(location, url);
  } catch (error) {
    throw new TypeError("fetch failed", { cause: error });
  }
  const status = answer.statusCode;
  const nextHeaders = { ...headers };
  let nextMethod = method;
  let nextBody = body;
  if (status === 303 ? method !== "HEAD" : (status === 301 || status === 302) && method === "POST") {
    nextMethod = "GET";
    nextBody = void 0;
    for (const name of BODY_HEADERS) delete nextHeaders[name];
  }
  if (next.origin !== url.origin) for (const name of CREDENTIAL_HEADERS) delete nextHeaders[name];
  return follow(next, nextMethod, nextHeaders, nextBody, signal, redirect, redirects + 1);
}
function send(url, method, headers, body, signal) {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const client = CLIENTS[url.protocol];
  if (!client)
    return Promise.reject(new TypeError("fetch failed", { cause: new Error(`unsupported ${url.protocol}`) }));
  return new Promise((resolve, reject) => {
    const request = client.request(url, { method, headers, agent: client.agent });
    const onAbort = () => {
      request.destroy(signal.reason);
      reject(signal.reason);
    };
    if (signal) shareSignal(signal);
    signal?.addEventListener("abort", onAbort, { once: true });
    const release = () => signal?.removeEventListener("abort", onAbort);
    request.once("error", (error) => {
      release();
      reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
    });
    request.once("response", (answer) => {
      if (signal) {
        signal.removeEventListener("abort", onAbort);
        const onBodyAbort = () => answer.destroy(signal.reason);
        signal.addEventListener("abort", onBodyAbort, { once: true });
        answer.once("close", () => signal.removeEventListener("abort", onBodyAbort));
      }
      resolve(answer);
    });
    if (body !== void 0) request.setHeader("content-length", Buffer.byteLength(body));
    else if (method === "POST" || method === "PUT") request.setHeader("content-length", 0);
    request.end(body);
  });
}
function toResponse(answer, signal) {
  const status = answer.statusCode ?? 0;
  if (status < 200 || status > 599) {
    answer.destroy();
    throw new TypeError("fetch failed", { cause: new Error(`HTTP status ${status}`) });
  }
  const headers = new Headers();
  try {
    for (let i = 0; i < answer.rawHeaders.length; i += 2)
      headers.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
  } catch (error) {
    answer.destroy();
    throw new TypeError("fetch failed", { cause: error });
  }
  const nullBody = NULL_BODY_STATUS.has(status);
  if (nullBody) answer.resume();
  if (signal?.aborted) answer.destroy(signal.reason);
  const stream = nullBody ? null : node_stream__WEBPACK_IMPORTED_MODULE_21__.Readable.toWeb(answer);
  return new Response(stream, { status, statusText: answer.statusMessage ?? "", headers });
}

// src/wire/http-probe.ts
var MCP_SESSION_HEADER = "mcp-session-id";
var POST_HEADERS = { accept: "application/json, text/event-stream", "content-type": "application/json" };
function headersToRecord(headers) {
  const record = {};
  headers.forEach((value, key) => record[key] = value);
  return record;
}
var MAX_TAIL_CHARS = 1e6;
function jsonObjectOf(data) {
  try {
    const parsed = JSON.parse(data);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function lastEventEnd(body) {
  let end = 0;
  for (const match of body.matchAll(/(?:\r\n|\r|\n)(?:\r\n|\r|\n)/g)) end = match.index + match[0].length;
  return end;
}
async function readChunk(reader, deadline, until) {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return "timeout";
  let timer;
  const timeout = new Promise((resolve) => timer = setTimeout(() => resolve("timeout"), remaining));
  try {
    return await Promise.race([reader.read(), timeout, ...until ? [until] : []]);
  } finally {
    clearTimeout(timer);
  }
}
async function readBody(response, deadline, stop, until, follow2, extend) {
  if (!response.body) return { body: "", events: [] };
  const isSse = (response.headers.get("content-type") ?? "").includes("text/event-stream");
  const events = [];
  const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_22__/* .createParser */ .C)({
    onEvent: (e) => events.push({ id: e.id, event: e.event, data: e.data }),
    onRetry: (retry) => events.push({ data: "", retry })
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let body = "";
  let following = false;
  const untilSettled = until?.then(
    () => "timeout",
    () => "timeout"
  );
  try {
    while (true) {
      const chunk = await readChunk(reader, deadline, untilSettled);
      if (chunk === "timeout" || chunk.done) break;
      const text2 = decoder.decode(chunk.value, { stream: true });
      body += text2;
      if (isSse) {
        const seen = events.length;
        parser.feed(text2);
        if (extend && events.length > seen) deadline = extend(events.slice(seen), deadline);
        if (stop(events)) {
          following = follow2 !== void 0 && !follow2.aborted;
          break;
        }
      }
    }
  } finally {
    if (!following) await reader.cancel().catch(() => {
    });
  }
  if (!following) return { body, events };
  const cut = lastEventEnd(body);
  return {
    body: body.slice(0, cut),
    events,
    rest: readRest(reader, (bytes) => decoder.decode(bytes, { stream: true }), deadline, body.slice(cut), follow2)
  };
}
async function readRest(reader, decode, deadline, head, stopped) {
  let body = head;
  const stop = () => void reader.cancel().catch(() => {
  });
  shareSignal(stopped);
  stopped.addEventListener("abort", stop, { once: true });
  try {
    while (true) {
      const chunk = await readChunk(reader, deadline);
      if (chunk === "timeout") return { body, ended: false };
      if (chunk.done) return { body, ended: true };
      if (body.length < MAX_TAIL_CHARS) body += decode(chunk.value);
    }
  } catch {
    return { body, ended: true };
  } finally {
    stopped.removeEventListener("abort", stop);
    await reader.cancel().catch(() => {
    });
  }
}
function requestIdOf(text2) {
  return text2 === void 0 ? void 0 : jsonObjectOf(text2)?.id;
}
var RecordedHttpProbe = class {
  constructor(url, baseHeaders, transcript, kind, defaultTimeoutMs) {
    this.url = url;
    this.baseHeaders = baseHeaders;
    this.transcript = transcript;
    this.kind = kind;
    this.defaultTimeoutMs = defaultTimeoutMs;
  }
  /** Streams still read after their response (see `follow`), each ending by its request's deadline. */
  tails = /* @__PURE__ */ new Set();
  stopFollowing = new AbortController();
  async settled() {
    while (this.tails.size > 0) await Promise.all([...this.tails]);
  }
  /** Stops reading streams on after their response: the run is over, and a held stream must not outlive it. */
  close() {
    this.stopFollowing.abort();
  }
  fetch(init, options = {}) {
    const mode = options.readBody ?? "all";
    return this.exchange(init, {
      timeoutMs: options.timeoutMs,
      label: options.label,
      until: options.until,
      bodyWindowMs: options.bodyWindowMs,
      opened: options.opened,
      stop: (events) => mode !== "all" && events.some((e) => e.data !== "" || mode === "first-event"),
      skipBody: mode === "none"
    });
  }
  /** The full form used by the raw channel: stop reading an SSE body once `stop` is satisfied. */
  async exchange(init, options) {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    const headers = { ...this.baseHeaders, ...init.headers };
    const label = options.label ?? "http-probe";
    const url = init.url ?? this.url;
    this.transcript.record({
      conn: label,
      dir: "send",
      raw: init.body,
      http: { method: init.method, headers },
      transport: this.kind
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response;
    try {
      response = await httpFetch(url, { method: init.method, headers, body: init.body, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      const reason = controller.signal.aborted ? `no response within ${timeoutMs} ms` : String(error);
      throw new Error(`${init.method} ${url}: ${reason}`, { cause: error });
    }
    clearTimeout(timer);
    options.opened?.();
    const bodyDeadline = options.bodyWindowMs === void 0 ? deadline : Math.min(deadline, Date.now() + options.bodyWindowMs);
    const restartOn = options.restartOn;
    const lastEnd = deadline + timeoutMs * (_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .PROGRESS_TIMEOUT_CAP */ .jh - 1);
    const extend = restartOn && ((fresh, current) => fresh.some((event) => restartOn(jsonObjectOf(event.data) ?? {})) ? Math.min(Date.now() + timeoutMs, lastEnd) : current);
    const { body, events, rest } = options.skipBody ? { body: "", events: [] } : await readBody(
      response,
      bodyDeadline,
      options.stop ?? (() => false),
      options.until,
      options.follow ? this.stopFollowing.signal : void 0,
      extend
    );
    if (options.skipBody) await response.body?.cancel().catch(() => {
    });
    const exchange = { status: response.status, headers: headersToRecord(response.headers), body, events };
    const http2 = { status: exchange.status, headers: exchange.headers };
    this.transcript.record({ conn: label, dir: "recv", raw: body, http: http2, transport: this.kind });
    if (rest) {
      const requestId = requestIdOf(init.body);
      const tail = rest.then(({ body: after, ended }) => {
        if (this.stopFollowing.signal.aborted) return;
        this.transcript.record({
          conn: label,
          dir: "recv",
          raw: after,
          http: http2,
          transport: this.kind,
          streamTail: { requestId, ended }
        });
      });
      this.tails.add(tail);
      void tail.finally(() => this.tails.delete(tail));
    }
    return exchange;
  }
};
function messagesOf(response) {
  const messages = [];
  const nonJson = [];
  const texts = (response.headers["content-type"] ?? "").includes("text/event-stream") ? response.events.map((e) => e.data).filter((d) => d !== "") : response.body.trim() === "" ? [] : [response.body];
  for (const text2 of texts) {
    try {
      const parsed = JSON.parse(text2);
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (item !== null && typeof item === "object") messages.push(item);
        else nonJson.push(JSON.stringify(item));
      }
    } catch {
      nonJson.push(text2);
    }
  }
  return { messages, nonJson };
}
var HttpRawChannel = class {
  constructor(probe, label, timeoutMs) {
    this.probe = probe;
    this.label = label;
    this.timeoutMs = timeoutMs;
    this.followStreams = (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .isModernLabel */ .Mp)(label);
  }
  initializeResult;
  sessionId;
  protocolVersion;
  nextId = 1;
  /**
   * 2026-07-28 channels read a request's SSE stream on after its response, so the transcript shows whether the
   * response ended the stream (the revision says it SHOULD); the request itself returns at its response.
   */
  followStreams;
  /** Headers a client sends after initialization (session and negotiated version). */
  sessionHeaders() {
    const headers = {};
    if (this.sessionId) headers[MCP_SESSION_HEADER] = this.sessionId;
    if (this.protocolVersion && this.protocolVersion >= "2025-06-18")
      headers["mcp-protocol-version"] = this.protocolVersion;
    return headers;
  }
  async initialize(protocolVersion) {
    const exchange = await this.request("initialize", {
      protocolVersion,
      capabilities: {},
      clientInfo: { name: "mcp-ci", version: "0.1.0" }
    });
    const result = exchange.response?.result;
    if (!result) throw new Error(`initialize failed on a raw HTTP channel (HTTP ${exchange.http?.status})`);
    this.initializeResult = result;
    await this.send(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));
  }
  async send(text2, options = {}) {
    const { waitForId, until } = options;
    const response = await this.probe.exchange(
      { method: "POST", headers: { ...POST_HEADERS, ...this.sessionHeaders(), ...options.headers }, body: text2 },
      {
        timeoutMs: options.waitMs ?? this.timeoutMs,
        label: this.label,
        stop: (events) => (waitForId !== void 0 || until !== void 0) && events.some((e) => {
          const message = jsonObjectOf(e.data);
          return message !== void 0 && (waitForId !== void 0 && message.id === waitForId || until?.(message) === true);
        }),
        // A stream stopped at `until` is closed on purpose (a cancellation); one stopped at its response is followed.
        follow: this.followStreams && until === void 0,
        ...options.restartOn && { restartOn: options.restartOn }
      }
    );
    const { messages, nonJson } = messagesOf(response);
    this.sessionId ??= response.headers[MCP_SESSION_HEADER];
    for (const message of messages) {
      const result = message.result;
      if (!this.protocolVersion && typeof result?.protocolVersion === "string")
        this.protocolVersion = result.protocolVersion;
    }
    return {
      sent: text2,
      messages,
      nonJson,
      http: { status: response.status, headers: response.headers, body: response.body }
    };
  }
  async request(method, params, options = {}) {
    const id = this.nextId++;
    const text2 = JSON.stringify({ jsonrpc: "2.0", id, method, ...params ? { params } : {} });
    const exchange = await this.send(text2, {
      waitForId: id,
      waitMs: options.timeoutMs,
      headers: options.headers,
      ...options.restartOn && { restartOn: options.restartOn }
    });
    return { ...exchange, response: exchange.messages.find((m) => m.id === id && !("method" in m)) };
  }
  async isAlive(timeoutMs = 2e3) {
    try {
      const exchange = await this.request("ping", void 0, { timeoutMs });
      return exchange.response !== void 0;
    } catch {
      return false;
    }
  }
  async close() {
    if (!this.sessionId) return;
    await this.probe.exchange({ method: "DELETE", headers: this.sessionHeaders() }, { timeoutMs: 2e3, label: this.label }).catch(() => {
    });
    this.sessionId = void 0;
  }
};

// src/wire/invalid-frames.ts


function fetchRecordingInvalidFrames(transcript, label, kind, protocolVersion, onDropped) {
  const record = (text2, http2, requestIds) => {
    const entry = { conn: label, dir: "recv", transport: kind, http: http2, protocolVersion: protocolVersion() };
    let parsed;
    try {
      parsed = JSON.parse(text2);
    } catch {
      transcript.record({ ...entry, raw: text2 });
      return;
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      const id = answerId(message);
      if (id !== void 0 && requestIds.length > 0 && !requestIds.includes(id))
        transcript.record({ ...entry, misrouted: { answerId: id, requestIds: [...requestIds] } });
      if (_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .JSONRPCMessageSchema */ .OR.safeParse(message).success) continue;
      transcript.record({ ...entry, message });
      onDropped(message);
    }
  };
  return async (url, init) => {
    const response = await httpFetch(url, init);
    const type = response.headers.get("content-type") ?? "";
    const isSse = type.includes("text/event-stream");
    if (!response.body || !isSse && !type.includes("application/json")) return response;
    const http2 = { method: init?.method ?? "GET", status: response.status };
    const requestIds = requestIdsOf(init?.body);
    if (!isSse) {
      const text2 = await response.text();
      if (text2.trim() !== "") record(text2, http2, requestIds);
      return new Response(text2, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    }
    return new Response(
      recordingAsRead(response.body, (text2) => record(text2, http2, requestIds)),
      {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      }
    );
  };
}
function recordingAsRead(body, record) {
  const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_22__/* .createParser */ .C)({ onEvent: (event) => event.data !== "" && record(event.data) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        parser.feed(decoder.decode(value, { stream: true }));
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason)
  });
}
var idKey = (id) => JSON.stringify(id) ?? "undefined";
function answerId(message) {
  if (message === null || typeof message !== "object" || Array.isArray(message)) return void 0;
  const record = message;
  if ("method" in record || !("result" in record || "error" in record)) return void 0;
  return record.id === null || record.id === void 0 ? void 0 : idKey(record.id);
}
function requestIdsOf(body) {
  if (typeof body !== "string") return [];
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((item) => {
    if (item === null || typeof item !== "object") return [];
    const { method, id } = item;
    return typeof method === "string" && id !== void 0 && id !== null ? [idKey(id)] : [];
  });
}

// src/wire/raw-stdio.ts
var STATEFUL_METHODS = /* @__PURE__ */ new Set([
  "initialize",
  "logging/setLevel",
  "resources/subscribe",
  "resources/unsubscribe",
  "notifications/roots/list_changed"
]);
var KEPT_NON_JSON_BYTES = 64 * 1024;
var StdioRawChannel = class {
  constructor(server, transcript, label, timeoutMs) {
    this.server = server;
    this.transcript = transcript;
    this.label = label;
    this.timeoutMs = timeoutMs;
    const splitter = new _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__/* .LineSplitter */ .g3((line) => {
      let parsed;
      try {
        parsed = line.oversize || line.cut ? void 0 : JSON.parse(line.text);
      } catch {
        parsed = void 0;
      }
      const entry = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? {
        message: transcript.payloads.share(line.text, parsed),
        ...(0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__/* .messageLineEntry */ .ah)(line)
      } : (0,_chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__/* .rawLineEntry */ .L3)(line);
      const item = "message" in entry ? { message: entry.message } : { raw: entry.raw };
      this.transcript.record({ conn: label, dir: "recv", ...entry, transport: "stdio" });
      if (item.raw !== void 0) {
        if (this.keptNonJsonBytes >= KEPT_NON_JSON_BYTES) {
          this.droppedNonJson++;
          return;
        }
        this.keptNonJsonBytes += item.raw.length;
      }
      this.received.push(item);
      if (item.message && !("method" in item.message)) this.pending.delete(item.message.id);
      for (const wake of this.waiters) wake();
    });
    server.child.stdout.on("data", (chunk) => splitter.push(chunk));
    server.child.stdout.on("end", () => splitter.end());
    void server.exited.then(() => {
      for (const wake of this.waiters) wake();
    });
  }
  initializeResult;
  received = [];
  waiters = /* @__PURE__ */ new Set();
  /** Requests sent and not answered yet; their late answers would confuse the next check on this channel. */
  pending = /* @__PURE__ */ new Set();
  changedState = false;
  /**
   * What a check sent before the channel was initialized through `initialize()`: the id of a plain `initialize`
   * of its own (no client capabilities, like the pool's), and whether anything but that and pings went out.
   */
  handshakeTraffic = { other: false };
  nextId = 1;
  keptNonJsonBytes = 0;
  /** Non-JSON lines past the budget: counted, not kept. */
  droppedNonJson = 0;
  /** `timeoutMs`: how long the answer may take; a process still starting gets its boot budget. */
  /** `startupMs`: how long a fresh process may take to write its first output before the request timeout counts. */
  async initialize(protocolVersion, startupMs = 0) {
    const exchange = await this.request(
      "initialize",
      { protocolVersion, capabilities: {}, clientInfo: { name: "mcp-ci", version: "0.1.0" } },
      { startupMs }
    );
    const result = exchange.response?.result;
    if (!result) throw new Error(`initialize failed on a raw stdio channel: ${describe(exchange)}`);
    this.initializeResult = result;
    await this.sendInitialized();
  }
  async sendInitialized() {
    await this.send(JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }), { waitMs: 0 });
  }
  /**
   * Finishes the handshake of a channel a check opened uninitialized and used only for pings and a plain
   * `initialize`, so the probe pool can reuse it instead of starting a process. False when it cannot be reused:
   * anything else was sent, the server answered another version, or an answer is outstanding.
   */
  async adopt(protocolVersion) {
    const { initializeId, other } = this.handshakeTraffic;
    if (this.initializeResult !== void 0 || other || !this.server.running || this.pending.size > 0) return false;
    if (initializeId === void 0) {
      await this.initialize(protocolVersion).catch(() => {
      });
      return this.reusable();
    }
    const answer = this.received.find((r) => r.message?.id === initializeId && !("method" in r.message))?.message;
    const result = answer?.result;
    if (result?.protocolVersion !== protocolVersion) return false;
    this.initializeResult = result;
    await this.sendInitialized();
    return this.reusable();
  }
  async send(text2, options = {}) {
    const start = this.received.length;
    const droppedBefore = this.droppedNonJson;
    this.transcript.record({ conn: this.label, dir: "send", raw: text2, transport: "stdio" });
    this.track(text2);
    if (this.server.running) this.server.child.stdin.write(text2 + "\n");
    const waitMs = options.waitMs ?? this.timeoutMs;
    const { waitForId, until, restartOn } = options;
    await this.waitFor(
      () => !this.server.running || (waitForId !== void 0 || until !== void 0) && this.received.slice(start).some(
        (r) => r.message !== void 0 && (waitForId !== void 0 && r.message.id === waitForId && !("method" in r.message) || until?.(r.message) === true)
      ),
      waitMs,
      options.startupMs,
      restartOn
    );
    const items = this.received.slice(start);
    const dropped = this.droppedNonJson - droppedBefore;
    return {
      sent: text2,
      messages: items.flatMap((r) => r.message ? [r.message] : []),
      nonJson: [
        ...items.flatMap((r) => r.raw !== void 0 ? [r.raw] : []),
        ...dropped > 0 ? [`(${dropped} more lines of non-JSON output, not kept here: transcript.jsonl has them)`] : []
      ]
    };
  }
  async request(method, params, options = {}) {
    const id = this.nextId++;
    const text2 = JSON.stringify({ jsonrpc: "2.0", id, method, ...params ? { params } : {} });
    const exchange = await this.send(text2, {
      waitForId: id,
      waitMs: options.timeoutMs,
      ...options.startupMs !== void 0 && { startupMs: options.startupMs },
      ...options.restartOn && { restartOn: options.restartOn }
    });
    return { ...exchange, response: exchange.messages.find((m) => m.id === id && !("method" in m)) };
  }
  async endInput(waitMs) {
    this.server.child.stdin.end();
    const exited = await this.server.waitForExit(waitMs);
    return { exited, exitCode: this.server.exit?.code ?? null, signal: this.server.exit?.signal ?? null };
  }
  async isAlive(timeoutMs = 2e3) {
    if (!this.server.running) return false;
    const exchange = await this.request("ping", void 0, { timeoutMs });
    return exchange.response !== void 0;
  }
  async close() {
    await this.server.stop();
  }
  /** Whether another check may use this channel: alive, initialized, no answer outstanding, no state changed. */
  reusable() {
    return this.server.running && this.initializeResult !== void 0 && this.pending.size === 0 && !this.changedState;
  }
  track(text2) {
    let message;
    try {
      message = JSON.parse(text2);
    } catch {
      return;
    }
    for (const item of Array.isArray(message) ? message : [message]) {
      if (item === null || typeof item !== "object") continue;
      const { jsonrpc, method, id, params } = item;
      if (typeof method !== "string") continue;
      if (this.initializeResult === void 0) this.noteHandshakeTraffic(method, id, params);
      if (STATEFUL_METHODS.has(method) && this.initializeResult !== void 0) this.changedState = true;
      if (jsonrpc === "2.0" && (typeof id === "string" || typeof id === "number")) this.pending.add(id);
      if (method === "notifications/cancelled") this.pending.delete(params?.requestId);
    }
  }
  noteHandshakeTraffic(method, id, params) {
    const capabilities = params?.capabilities;
    const plain = capabilities !== null && typeof capabilities === "object" && Object.keys(capabilities).length === 0;
    if (method === "initialize" && plain && this.handshakeTraffic.initializeId === void 0) {
      this.handshakeTraffic.initializeId = id;
    } else if (method !== "ping") {
      this.handshakeTraffic.other = true;
    }
  }
  /**
   * Resolves once `done()` holds or `ms` passed. While the process has written nothing yet it may still be
   * starting: the wait may then run `startupMs` longer, and from its first output on `ms` counts again. A message
   * that satisfies `restartOn` starts `ms` again, up to PROGRESS_TIMEOUT_CAP times `ms` from the start.
   */
  waitFor(done, ms, startupMs = 0, restartOn) {
    let starting = startupMs > 0 && this.received.length === 0;
    if (done() || ms + (starting ? startupMs : 0) <= 0) return Promise.resolve();
    const lastEnd = performance.now() + (starting ? startupMs : 0) + ms * _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .PROGRESS_TIMEOUT_CAP */ .jh;
    let seen = this.received.length;
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(finish, Math.min(ms, lastEnd - performance.now()));
      };
      const check = () => {
        if (done()) return finish();
        if (starting && this.received.length > 0) {
          starting = false;
          restart();
        }
        if (!restartOn) return;
        const fresh = this.received.slice(seen);
        seen = this.received.length;
        if (fresh.some((r) => r.message !== void 0 && restartOn(r.message))) restart();
      };
      let timer = setTimeout(finish, ms + (starting ? startupMs : 0));
      this.waiters.add(check);
    });
  }
};
function describe(exchange) {
  const got = [...exchange.messages.map((m) => JSON.stringify(m)), ...exchange.nonJson];
  return got.length ? `got ${got.join(" | ").slice(0, 500)}` : "no answer";
}

// src/wire/answer-problems.ts

var isObject2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var show = (value) => JSON.stringify(value) ?? "undefined";
function responseProblem(message) {
  if (message.jsonrpc !== "2.0") return `its jsonrpc member is ${show(message.jsonrpc)}, not "2.0"`;
  const hasResult = "result" in message;
  const hasError = "error" in message;
  if (hasResult && hasError) return "it sets both result and error";
  if (!hasResult && !hasError) return "it has neither a result nor an error";
  if (hasResult && !isObject2(message.result)) return `its result is ${show(message.result)}, not an object`;
  if (hasError) {
    const error = message.error;
    if (!isObject2(error) || !Number.isInteger(error.code) || typeof error.message !== "string")
      return `its error ${show(error)} is not {code: integer, message: string}`;
  }
  const parsed = _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .JSONRPCResponseSchema */ .i1.safeParse(message);
  if (!parsed.success) return `it is not a valid JSON-RPC response (${describeIssues(parsed.error.issues)})`;
  return void 0;
}
function initializeResultProblem(result) {
  const parsed = _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_16__/* .InitializeResultSchema */ .Rk.safeParse(result);
  return parsed.success ? void 0 : `the initialize result is malformed: ${describeIssues(parsed.error.issues)}`;
}
function describeIssues(issues) {
  return issues.slice(0, 3).map((issue) => `${issue.path.length ? issue.path.map(String).join(".") : "the message"}: ${issue.message}`).join("; ");
}

// src/wire/recording-transport.ts
var INVALID_ANSWER_CODE = -32603;
var idKey2 = (id) => JSON.stringify(id) ?? "undefined";
var RecordingTransport = class {
  constructor(inner, transcript, label, kind, offerVersion) {
    this.inner = inner;
    this.transcript = transcript;
    this.label = label;
    this.kind = kind;
    this.offerVersion = offerVersion;
    inner.onmessage = (message, extra) => this.receive(message, extra);
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }
  onclose;
  onerror;
  onmessage;
  /** Set once the server answered initialize, so later entries carry the negotiated version. */
  negotiatedVersion;
  notificationListeners = /* @__PURE__ */ new Set();
  /** Requests sent and not answered yet, by id key. */
  pending = /* @__PURE__ */ new Map();
  /** Requests this client cancelled, by id key. */
  cancelled = /* @__PURE__ */ new Set();
  get sessionId() {
    return this.inner.sessionId;
  }
  setProtocolVersion(version) {
    this.inner.setProtocolVersion?.(version);
  }
  start() {
    return this.inner.start();
  }
  async send(message, options) {
    if ("method" in message && message.method === "notifications/cancelled" && !("id" in message)) {
      const key = idKey2(message.params?.requestId);
      if (this.cancelled.has(key)) return;
      this.cancelled.add(key);
    }
    let outgoing = message;
    if (this.offerVersion && "method" in message && message.method === "initialize" && message.params) {
      outgoing = { ...message, params: { ...message.params, protocolVersion: this.offerVersion } };
    }
    this.transcript.record({
      conn: this.label,
      dir: "send",
      message: outgoing,
      transport: this.kind,
      protocolVersion: this.negotiatedVersion
    });
    if ("method" in outgoing && "id" in outgoing) {
      this.pending.set(idKey2(outgoing.id), { id: outgoing.id, method: outgoing.method });
    }
    await this.inner.send(outgoing, options);
  }
  close() {
    return this.inner.close();
  }
  receive(received, extra) {
    const message = (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__/* .boundDepth */ .q6)(received);
    const record = message;
    const result = record.result;
    if (this.negotiatedVersion === void 0 && typeof result?.protocolVersion === "string") {
      this.negotiatedVersion = result.protocolVersion;
    }
    this.transcript.record({
      conn: this.label,
      dir: "recv",
      message,
      transport: this.kind,
      protocolVersion: this.negotiatedVersion,
      ...extra?.stdioLine
    });
    if (typeof record.method === "string" && !("id" in record)) {
      const notification = { method: record.method, params: record.params };
      for (const listener of this.notificationListeners) listener(notification);
    }
    if (this.rejectsInvalidAnswer(record)) return;
    this.onmessage?.(message, extra);
  }
  /**
   * A frame the SDK's HTTP client dropped before this transport saw it (recorded by the fetch wrapper): when it
   * answers a request of ours, that request fails now.
   */
  judgeDropped(frame) {
    if (frame !== null && typeof frame === "object" && !Array.isArray(frame))
      this.rejectsInvalidAnswer(frame);
  }
  /**
   * When `record` answers a pending request but cannot be accepted, hands the SDK client an error response for that
   * request in its place (carrying the InvalidAnswerError) and returns true.
   */
  rejectsInvalidAnswer(record) {
    if ("method" in record) return false;
    const key = idKey2(record.id);
    let request = this.pending.get(key);
    let problem;
    if (request) {
      this.pending.delete(key);
      problem = responseProblem(record);
      if (problem === void 0 && request.method === "initialize" && "result" in record)
        problem = initializeResultProblem(record.result);
    } else {
      const only = this.pending.size === 1 ? [...this.pending.values()][0] : void 0;
      if (only?.method !== "initialize" || !("result" in record || "error" in record)) return false;
      request = only;
      this.pending.clear();
      problem = `it carries id ${key}, but the request's id was ${idKey2(only.id)}`;
    }
    if (problem === void 0) return false;
    const error = new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .InvalidAnswerError */ .g9(request.method, problem, record);
    this.onmessage?.({
      jsonrpc: "2.0",
      id: request.id,
      error: { code: INVALID_ANSWER_CODE, message: error.message, data: error }
    });
    return true;
  }
};

// src/wire/stdio-transport.ts
var ProcessStdioTransport = class {
  /** `onRawLine` sees every stdout line that is not a JSON object (banners, logs, blank lines, oversize lines). */
  constructor(server, onRawLine, payloads) {
    this.server = server;
    this.onRawLine = onRawLine;
    this.payloads = payloads;
  }
  onclose;
  onerror;
  onmessage;
  closed = false;
  draining;
  async start() {
    const splitter = new _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__/* .LineSplitter */ .g3((line) => {
      let parsed;
      try {
        parsed = line.oversize || line.cut ? void 0 : JSON.parse(line.text);
      } catch {
        parsed = void 0;
      }
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
        const message = this.payloads.share(line.text, parsed);
        this.onmessage?.(message, { stdioLine: (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__/* .messageLineEntry */ .ah)(line) });
      } else {
        this.onRawLine((0,_chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__/* .rawLineEntry */ .L3)(line));
      }
    });
    this.server.child.stdout.on("data", (chunk) => splitter.push(chunk));
    this.server.child.stdout.on("end", () => splitter.end());
    void this.server.exited.then(() => this.markClosed());
  }
  async send(message) {
    if (this.closed || !this.server.running) throw new Error("server process has exited");
    const stdin = this.server.child.stdin;
    const line = JSON.stringify(message) + "\n";
    if (!stdin.write(line)) await this.drained();
  }
  /**
   * Settles when the server's stdin takes writes again, or closes. Every send behind the same full pipe waits on
   * this one promise: a server that floods us with requests has each answer sent while the pipe is full, and a
   * `drain` listener per send would pass Node's limit and print a leak warning on the console.
   */
  drained() {
    this.draining ??= new Promise((resolve) => {
      const stdin = this.server.child.stdin;
      const done = () => {
        stdin.off("drain", done);
        stdin.off("close", done);
        this.draining = void 0;
        resolve();
      };
      stdin.on("drain", done);
      stdin.on("close", done);
    });
    return this.draining;
  }
  async close() {
    await this.server.stop();
    this.markClosed();
  }
  markClosed() {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
};

// src/target/probe-pool.ts
var StdioProbePool = class {
  constructor(size, waitMs, spawn) {
    this.size = size;
    this.waitMs = waitMs;
    this.spawn = spawn;
  }
  idle = /* @__PURE__ */ new Map();
  live = /* @__PURE__ */ new Map();
  waiters = /* @__PURE__ */ new Map();
  /** Fresh channels lent to checks that promised to hand them over: each may join the pool soon. */
  handingOver = /* @__PURE__ */ new Map();
  closed = false;
  /** A clean initialized channel; with `last`, only once no other check is waiting for one (see RawOpenOptions). */
  async acquire(version, last = false) {
    const othersWaiting = (this.waiters.get(version)?.length ?? 0) > 0;
    const idle = last && othersWaiting ? void 0 : this.idle.get(version)?.pop();
    if (idle) return this.lease(idle, version);
    const full = (this.live.get(version) ?? 0) >= this.size || (this.handingOver.get(version) ?? 0) > 0;
    if (full || last && othersWaiting) {
      const handed = await this.waitForRelease(version, last);
      if (handed) return this.lease(handed, version);
    }
    this.live.set(version, (this.live.get(version) ?? 0) + 1);
    try {
      return this.lease(await this.spawn(version), version);
    } catch (error) {
      this.live.set(version, (this.live.get(version) ?? 1) - 1);
      throw error;
    }
  }
  /**
   * Lends a fresh channel to a check that needs it uninitialized and sends only pings and a plain `initialize`.
   * When the check is done, the channel finishes its handshake and serves the next check instead of a new
   * process; checks that want a channel meanwhile wait for it. A channel that cannot finish cleanly is closed.
   */
  lendForHandOver(channel, version) {
    this.handingOver.set(version, (this.handingOver.get(version) ?? 0) + 1);
    return this.view(channel, () => this.handOver(channel, version));
  }
  async handOver(channel, version) {
    const wanted = () => !this.closed && ((this.waiters.get(version)?.length ?? 0) > 0 || (this.live.get(version) ?? 0) < this.size);
    const adopted = wanted() && await channel.adopt(version) && wanted();
    this.handingOver.set(version, (this.handingOver.get(version) ?? 1) - 1);
    if (adopted) {
      this.live.set(version, (this.live.get(version) ?? 0) + 1);
      await this.release(channel, version);
    } else {
      await channel.close();
    }
    if ((this.handingOver.get(version) ?? 0) > 0) return;
    const waiters = this.waiters.get(version) ?? [];
    let room = this.size - (this.live.get(version) ?? 0);
    while (room-- > 0 && waiters.length > 0) waiters.shift()(void 0);
  }
  async close() {
    this.closed = true;
    for (const waiters of this.waiters.values()) for (const waiter of waiters.splice(0)) waiter(void 0);
    const channels = [...this.idle.values()].flat();
    this.idle.clear();
    await Promise.allSettled(channels.map((c) => c.close()));
  }
  /** A view of the channel whose close() hands it to the next check when still clean, or ends it. */
  lease(channel, version) {
    return this.view(channel, () => this.release(channel, version));
  }
  /** The channel as a check sees it: everything but close(), which runs `done` once instead. */
  view(channel, done) {
    let released = false;
    return {
      get label() {
        return channel.label;
      },
      get initializeResult() {
        return channel.initializeResult;
      },
      send: (text2, options) => channel.send(text2, options),
      request: (method, params, options) => channel.request(method, params, options),
      endInput: (waitMs) => channel.endInput(waitMs),
      isAlive: (timeoutMs) => channel.isAlive(timeoutMs),
      close: async () => {
        if (released) return;
        released = true;
        await done();
      }
    };
  }
  async release(channel, version) {
    const waiter = this.nextWaiter(version);
    if (channel.reusable() && !this.closed) {
      if (waiter) waiter(channel);
      else this.idle.set(version, [...this.idle.get(version) ?? [], channel]);
      return;
    }
    this.live.set(version, (this.live.get(version) ?? 1) - 1);
    waiter?.(void 0);
    await channel.close();
  }
  /** The check to serve next: the one waiting longest, checks that asked to go last only after all others. */
  nextWaiter(version) {
    const waiters = this.waiters.get(version) ?? [];
    const index = waiters.findIndex((w) => !w.last);
    return waiters.splice(index >= 0 ? index : 0, 1)[0];
  }
  waitForRelease(version, last) {
    return new Promise((resolve) => {
      const waiters = this.waiters.get(version) ?? [];
      this.waiters.set(version, waiters);
      const timer = setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        resolve(void 0);
      }, this.waitMs);
      const waiter = Object.assign(
        (channel) => {
          clearTimeout(timer);
          resolve(channel);
        },
        { last }
      );
      waiters.push(waiter);
    });
  }
};

// src/target/startup-cpu.ts

var TICKS_PER_SECOND = 100;
var CPU_BOUND_SHARE = 0.25;
var MAX_DEPTH2 = 8;
function startsOnCpu(pid, bootMs) {
  if (pid === void 0 || process.platform !== "linux" || bootMs <= 0) return void 0;
  try {
    return treeTicks(pid, 0) * 1e3 / TICKS_PER_SECOND >= bootMs * CPU_BOUND_SHARE;
  } catch {
    return void 0;
  }
}
function treeTicks(pid, depth) {
  let ticks = cpuTicksOf((0,node_fs__WEBPACK_IMPORTED_MODULE_23__.readFileSync)(`/proc/${pid}/stat`, "utf8"));
  if (depth === MAX_DEPTH2) return ticks;
  for (const child of childrenOf(pid)) {
    try {
      ticks += treeTicks(child, depth + 1);
    } catch {
    }
  }
  return ticks;
}
function childrenOf(pid) {
  try {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_23__.readdirSync)(`/proc/${pid}/task`).flatMap(
      (task) => (0,node_fs__WEBPACK_IMPORTED_MODULE_23__.readFileSync)(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number)
    );
  } catch {
    return [];
  }
}
function cpuTicksOf(stat) {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = [11, 12, 13, 14].map((i) => Number(fields[i]));
  if (ticks.some((t) => !Number.isFinite(t))) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  return ticks.reduce((a, b) => a + b, 0);
}

// src/target/boot.ts
var BootError = class extends Error {
  constructor(message, boot) {
    super(message);
    this.boot = boot;
    this.name = "BootError";
  }
};
var NEWEST_VERSION = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .LEGACY_VERSIONS */ .GD[0];
var PROBE_POOL_SIZE = 1;
var PROBE_POOL_WAIT_MS = 2e3;
var EXIT_SEEN_MS = 2e3;
var MAX_RESTARTS = 10;
var BootedTarget = class {
  constructor(config, recorder, launched) {
    this.config = config;
    this.recorder = recorder;
    this.launched = launched;
    const target = wireTarget(config);
    this.target = target;
    this.transport = target.transport;
    if (target.transport !== "stdio") {
      this.http = new RecordedHttpProbe(
        target.url,
        target.headers,
        recorder,
        target.transport,
        config.requestTimeoutMs
      );
    }
  }
  transport;
  http;
  boot = { ok: false, ms: 0 };
  main;
  startsOnCpu;
  /** The process whose stderr is reported: the one booted first (stdio) or started (HTTP). */
  primary;
  /** Over HTTP, the started server process now serving: the primary, or the last one started after it exited. */
  serving;
  /** The HTTP server processes started after the primary exited mid-run, oldest first. */
  restarted = [];
  restarting;
  restartsLeft = MAX_RESTARTS;
  /** How many times the HTTP server was started again (Target.generation). */
  generation = 0;
  processes = /* @__PURE__ */ new Set();
  closables = /* @__PURE__ */ new Set();
  probePool = new StdioProbePool(
    PROBE_POOL_SIZE,
    PROBE_POOL_WAIT_MS,
    (version) => this.spawnProbe(version)
  );
  labelUses = /* @__PURE__ */ new Map();
  closing = false;
  target;
  transcript() {
    return this.recorder.entries();
  }
  stderrTail(lines = 20) {
    return this.primary?.output.tail(lines) ?? "";
  }
  stderrText() {
    const again = this.restarted.map(
      (server) => `
[mcp-ci] the server exited; started again:
${server.output.text()}`
    );
    return (this.primary?.output.text() ?? "") + again.join("");
  }
  /** Transcript labels name one connection each, so passive checks never mix two sessions' messages. */
  uniqueLabel(label, prefix) {
    const base = label ?? prefix;
    const count = (this.labelUses.get(base) ?? 0) + 1;
    this.labelUses.set(base, count);
    return count === 1 && label !== void 0 ? base : `${base}#${count}`;
  }
  spawn(launch, captureStdout, label) {
    if (this.closing) throw new Error("the target is shutting down");
    const server = this.launched ?? new _chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ServerProcess */ .Jh(launch, { captureStdout });
    this.launched = void 0;
    this.processes.add(server);
    void server.exited.then((exit) => {
      this.processes.delete(server);
      if (this.boot.ok && !this.closing && !server.child.stdin.writableEnded && !exit.error) {
        const stderrTail = server.output.tail(20);
        this.recorder.record({
          conn: label,
          dir: "recv",
          transport: this.transport,
          exit: { code: exit.code, signal: exit.signal, stderrTail }
        });
      }
    });
    return server;
  }
  /** A new session; `initializeTimeoutMs` is the boot timeout for the boot session, whose server may still be starting. */
  async connect(options = {}, initializeTimeoutMs) {
    if (options.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) return this.connectModern(options, initializeTimeoutMs);
    const label = this.uniqueLabel(options.label, "session");
    const target = this.target;
    let server;
    let inner;
    if (target.transport === "stdio") {
      server = this.spawn(target.launch, false, label);
      this.primary ??= server;
      inner = new ProcessStdioTransport(
        server,
        (line) => this.recorder.record({ conn: label, dir: "recv", ...line, transport: "stdio" }),
        this.recorder.payloads
      );
    } else {
      const fetch2 = fetchRecordingInvalidFrames(
        this.recorder,
        label,
        this.transport,
        () => wire.negotiatedVersion,
        (frame) => wire.judgeDropped(frame)
      );
      const init = { requestInit: { headers: target.headers }, fetch: fetch2 };
      inner = target.transport === "http" ? new _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_13__/* .StreamableHTTPClientTransport */ .j(new URL(target.url), init) : new _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_12__/* .SSEClientTransport */ .A(new URL(target.url), init);
    }
    const protocolVersion = options.protocolVersion ?? NEWEST_VERSION;
    const wire = new RecordingTransport(inner, this.recorder, label, this.transport, protocolVersion);
    const opening = openSdkConnection(wire, {
      label,
      kind: this.transport,
      capabilities: options.capabilities ?? DEFAULT_CLIENT_CAPABILITIES,
      protocolVersion,
      timeoutMs: this.config.requestTimeoutMs,
      // A stdio session is a process of its own still starting: its first answer gets the boot budget.
      initializeTimeoutMs: initializeTimeoutMs ?? (server ? this.config.bootTimeoutMs : this.config.requestTimeoutMs)
    });
    try {
      const connection = server ? await raceExit(opening, server) : await opening;
      this.closables.add(connection);
      return connection;
    } catch (error) {
      await wire.close().catch(() => {
      });
      if (server) await server.stop();
      throw error;
    }
  }
  /**
   * A 2026-07-28 connection: a raw channel of its own (stdio: a fresh process, whose first message is
   * `server/discover`; HTTP: no session) that envelopes every request. Ready once `server/discover` answers.
   */
  async connectModern(options, discoverTimeoutMs) {
    const label = (0,_chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .modernLabel */ ._I)(options.label ?? "session");
    const channel = await this.openRaw({ initialize: false, label });
    const stdio = this.transport === "stdio";
    const opening = _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .ModernConnection */ ._j.open(channel, {
      label: channel.label,
      transport: this.transport,
      timeoutMs: this.config.requestTimeoutMs,
      ...discoverTimeoutMs !== void 0 && { discoverTimeoutMs },
      // A stdio channel is a process of its own still starting: its first answer gets the boot budget.
      ...stdio && { startupMs: this.config.bootTimeoutMs },
      ...options.capabilities && { capabilities: options.capabilities }
    });
    const connection = await opening;
    this.closables.add(connection);
    return connection;
  }
  async openRaw(options = {}) {
    if (options.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) options = { ...options, initialize: false };
    const label = this.uniqueLabel(options.label, "raw");
    const target = this.target;
    const version = options.protocolVersion ?? NEWEST_VERSION;
    if (target.transport === "stdio") {
      if (options.initialize !== false) return this.probePool.acquire(version, options.last === true);
      const channel2 = this.startStdioChannel(label);
      return options.handOver ? this.probePool.lendForHandOver(channel2, version) : channel2;
    }
    if (target.transport === "sse") throw new Error("raw probes are not available over the legacy HTTP+SSE transport");
    const channel = new HttpRawChannel(this.http, label, this.config.requestTimeoutMs);
    this.closables.add(channel);
    if (options.initialize !== false) await channel.initialize(version);
    return channel;
  }
  /** A new initialized stdio probe channel for the pool, labelled for the transcript; it may take its boot budget to start. */
  async spawnProbe(version) {
    const channel = this.startStdioChannel(this.uniqueLabel(`probe@${version}`, "raw"));
    await channel.initialize(version, this.config.bootTimeoutMs);
    return channel;
  }
  /** A raw channel on a server process of its own, ended by close() with everything else. */
  startStdioChannel(label) {
    const target = this.target;
    if (target.transport !== "stdio") throw new Error("stdio probes need a stdio target");
    const channel = new StdioRawChannel(
      this.spawn(target.launch, false, label),
      this.recorder,
      label,
      this.config.requestTimeoutMs
    );
    this.closables.add(channel);
    return channel;
  }
  async close() {
    this.closing = true;
    this.http?.close();
    const stdinFirst = this.transport === "stdio";
    await Promise.allSettled([
      this.probePool.close(),
      ...[...this.closables].map((c) => c.close()),
      ...[...this.processes].map((p) => p.stop({ stdinFirst }))
    ]);
    if (this.primary) await this.primary.stop({ stdinFirst });
  }
  /** Boot: start the server (if we launch it) and open the main session. */
  async start(emit) {
    const target = this.target;
    const started = this.launched?.spawnedAt ?? performance.now();
    const offer = this.config.protocolVersion ?? NEWEST_VERSION;
    emit({ type: "boot:start", description: describeTarget(this.config) });
    const label = `main@${offer}`;
    try {
      if (target.transport === "stdio") {
        this.main = await this.withDeadline(this.connect({ label, protocolVersion: offer }, this.config.bootTimeoutMs));
      } else {
        if (target.launch) this.primary = this.serving = this.spawn(target.launch, true, "server");
        this.main = await this.pollHttp(offer, label, this.primary);
      }
      this.boot = { ok: true, ms: 0, readiness: offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? "server/discover" : "initialize" };
    } catch (error) {
      const modern = await this.discoverInstead(offer, error);
      if (modern && "initializeAnswer" in modern) {
        this.main = modern.connection;
        this.boot = {
          ok: true,
          ms: Math.round(performance.now() - started),
          readiness: "server/discover",
          initializeAnswer: modern.initializeAnswer
        };
        return;
      }
      if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .InvalidAnswerError */ .g9 && error.method === "initialize") {
        this.main = new BrokenHandshakeConnection(label, this.transport, offer, error);
        this.boot = { ok: true, ms: Math.round(performance.now() - started), handshakeError: error.message };
        return;
      }
      const exit = this.primary?.exit;
      const tail = this.stderrTail(30);
      this.boot = {
        ok: false,
        ms: Math.round(performance.now() - started),
        ...exit ? { exitCode: exit.code, signal: exit.signal } : {},
        error: bootErrorMessage(offer, error, modern?.discoverAnswer),
        ...tail ? { stderrTail: tail } : {}
      };
      emit({ type: "boot:done", boot: this.boot });
      await this.close();
      throw new BootError(this.boot.error, this.boot);
    }
    this.boot = { ...this.boot, ok: true, ms: Math.round(performance.now() - started) };
    if (target.transport === "stdio") this.startsOnCpu = startsOnCpu(this.primary?.child.pid, this.boot.ms);
  }
  /**
   * After `initialize` failed with an answer (not silence, not a crash): a server that speaks only 2026-07-28
   * refuses it (naming its versions, M-12) and is ready once `server/discover` answers. Returns the connection,
   * or what discover got back so the boot error can say which readiness probes were tried.
   */
  async discoverInstead(offer, initializeError) {
    if (offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ || this.config.protocolVersion !== void 0) return void 0;
    if (initializeError instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_7__/* .InvalidAnswerError */ .g9 || initializeError instanceof BootDeadlineError) return void 0;
    if (this.transport !== "stdio" && this.primary && !this.primary.running) return void 0;
    if (/before it answered initialize|did not answer initialize/.test(String(initializeError))) return void 0;
    try {
      const connection = await this.withDeadline(
        this.connect({ label: `main@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$}`, protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ }, this.config.bootTimeoutMs)
      );
      return { connection, initializeAnswer: errorText2(initializeError) };
    } catch (error) {
      return { discoverAnswer: error instanceof _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .DiscoverRefusedError */ .O8 ? error.answer : errorText2(error) };
    }
  }
  async withDeadline(promise) {
    const ms = this.config.bootTimeoutMs;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new BootDeadlineError(`the server did not answer initialize within ${ms / 1e3} s`)),
        ms
      );
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  /**
   * Polls `initialize` with backoff until it succeeds, the started process exits, or the boot timeout passes. Only
   * what a server still starting does is retried (connection refused, a 5xx); any other answer ends the boot at once.
   */
  async pollHttp(offer, label, server) {
    const deadline = Date.now() + this.config.bootTimeoutMs;
    let delay = 50;
    let lastError = "no attempt made";
    while (Date.now() < deadline) {
      if (server && !server.running) break;
      try {
        const attempt2 = this.connect({ label, protocolVersion: offer }, this.config.bootTimeoutMs);
        return await this.withDeadline(server ? raceExit(attempt2, server) : attempt2);
      } catch (error) {
        if (!isStillStarting(error)) throw error;
        lastError = error instanceof Error ? error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message : String(error);
      }
      const wait = Math.min(delay, deadline - Date.now());
      if (wait > 0 && await exitsWithin(server, wait)) break;
      delay = Math.min(delay * 1.5, 1e3);
    }
    if (server && !server.running) throw new Error(exitMessage(server));
    throw new Error(
      `the server did not answer ${offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? "server/discover" : "initialize"} at ${this.http.url} within ${this.config.bootTimeoutMs / 1e3} s (last error: ${lastError})`
    );
  }
  /**
   * Over HTTP, for a server mcp-ci started: when the process serving `generation` exited mid-run, starts the server
   * again and waits until it answers, with the boot's readiness poll and budget. Every session ended with the old
   * process, so each is closed (the checks open new ones). True when a newer generation is serving.
   */
  async restart(generation) {
    const launch = this.target.transport === "stdio" ? void 0 : this.target.launch;
    const server = this.serving;
    if (!launch || !server || this.closing) return false;
    const current = generation === this.generation && !this.restarting;
    if (current && server.running) await server.waitForExit(EXIT_SEEN_MS);
    if (current && !server.running && server === this.serving && this.restartsLeft > 0)
      this.restarting ??= this.startAgain(launch).finally(() => this.restarting = void 0);
    await this.restarting;
    return generation < this.generation;
  }
  get serverExited() {
    return this.serving?.running === false && !this.restarting;
  }
  /** Never rejects: a server that does not serve again leaves the checks to say they could not reach it. */
  async startAgain(launch) {
    await Promise.allSettled([...this.closables].map((c) => c.close()));
    this.closables.clear();
    this.restartsLeft--;
    try {
      const server = this.spawn(launch, true, `server#${this.restarted.length + 2}`);
      this.restarted.push(server);
      this.serving = server;
      const offer = this.boot.readiness === "server/discover" ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ : this.main.protocolVersion;
      const probe = await this.pollHttp(offer, `restart:${offer}`, server);
      this.closables.delete(probe);
      await probe.close();
      this.generation++;
    } catch {
      this.restartsLeft = 0;
    }
  }
};
async function exitsWithin(server, ms) {
  if (!server) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return false;
  }
  return server.waitForExit(ms);
}
var errorText2 = (error) => error instanceof Error ? error.message : String(error);
function bootErrorMessage(offer, error, discoverAnswer) {
  if (discoverAnswer === void 0) return errorText2(error);
  return `the server answered neither readiness probe: initialize (${offer}) got ${errorText2(error)}; server/discover (${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$}) got ${discoverAnswer}`;
}
function isStillStarting(error) {
  if (error instanceof BootDeadlineError) return true;
  if (error instanceof _chunk_KMFQMG4R_mjs__WEBPACK_IMPORTED_MODULE_0__/* .DiscoverRefusedError */ .O8) return error.httpStatus !== void 0 && error.httpStatus >= 500;
  if (error instanceof Error && error.message.endsWith("TypeError: fetch failed")) return true;
  if (error instanceof _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_13__/* .StreamableHTTPError */ .b || error instanceof _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_12__/* .SseError */ ._)
    return error.code === void 0 || error.code >= 500;
  return error instanceof TypeError && error.message === "fetch failed";
}
var BootDeadlineError = class extends Error {
};
async function raceExit(promise, server) {
  const exited = server.exited.then(() => {
    throw new Error(exitMessage(server));
  });
  exited.catch(() => {
  });
  return Promise.race([promise, exited]);
}
function exitMessage(server) {
  const exit = server.exit;
  if (exit?.error) return exit.error;
  const how = exit?.signal ? `was killed by ${exit.signal}` : `exited with code ${exit?.code}`;
  return `the server ${how} before it answered initialize`;
}
function wireTarget(config) {
  const target = config.target;
  if (target.transport === "memory") throw new Error("an in-process server is attached, not booted");
  return target;
}
function describeTarget(config) {
  const target = wireTarget(config);
  if (target.transport === "stdio") return `stdio: ${target.launch.commandLine}`;
  const started = target.launch ? ` (started with: ${target.launch.commandLine})` : "";
  return `${target.transport === "http" ? "Streamable HTTP" : "HTTP+SSE"}: ${target.url}${started}`;
}
async function bootTarget(config, transcript, emit, launched) {
  const target = new BootedTarget(config, transcript, launched);
  await target.start(emit);
  return target;
}

// src/target/suite-version.ts
async function suiteSessions(target, config, accepted) {
  const boot = target.main;
  const version = await pickVersion(target, config, accepted);
  const connect = (options) => target.connect({ protocolVersion: version, ...options?.label && { label: options.label } });
  let opened;
  return {
    protocolVersion: version,
    connect,
    main: () => {
      if (boot.protocolVersion === version && !boot.closed) return Promise.resolve(boot);
      opened ??= connect({ label: `suites@${version}` });
      return opened;
    },
    close: async () => {
      await (await opened?.catch(() => void 0))?.close();
    }
  };
}
async function pickVersion(target, config, accepted) {
  const boot = target.main.protocolVersion;
  if (config.protocolVersion) return config.protocolVersion;
  if (boot === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ || config.quick) return boot;
  if (accepted) return accepted.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$) ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ : boot;
  try {
    const probe = await target.connect({ protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$, label: "probe:discover" });
    void probe.close().catch(() => {
    });
    return probe.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_9__/* .MODERN_VERSION */ .j$ : boot;
  } catch {
    return boot;
  }
}



/***/ })

};
