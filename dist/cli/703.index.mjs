export const id = 703;
export const ids = [703];
export const modules = {

/***/ 68533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ toHistoryEntry),
/* harmony export */   R0: () => (/* binding */ HISTORY_EVENTS),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   hD: () => (/* binding */ targetKey)
/* harmony export */ });
/* harmony import */ var _chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48771);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);


// src/history/entry.ts

var HISTORY_EVENTS = ["push", "pull_request", "schedule", "workflow_dispatch", "local"];
var HISTORY_SAMPLES = 200;
function toHistoryEntry(result, provenance, catalogue) {
  const toolVersion = result.tool.version;
  const checkers = new Map(catalogue.map((check) => [check.id, checkerDigest(check, toolVersion)]));
  return {
    provenance,
    stamp: {
      toolVersion,
      catalogueDigest: catalogueDigest(catalogue),
      serverFingerprint: serverFingerprint(result)
    },
    target: result.target,
    server: {
      ...result.server.name !== void 0 && { name: result.server.name },
      ...result.server.version !== void 0 && { version: result.server.version }
    },
    bootOk: result.boot.ok,
    ...result.outcome !== void 0 && { outcome: result.outcome },
    checks: result.checks.map((check) => ({
      id: check.id,
      protocolVersion: check.protocolVersion,
      level: check.level,
      status: check.status,
      digest: digest(check.message),
      checker: checkers.get(check.id) ?? digest(`${check.id}|${check.level}|${toolVersion}`)
    })),
    flows: result.flows.map((flow) => ({
      name: flow.name,
      status: flow.status,
      ...flow.error !== void 0 && { error: flow.error },
      steps: flow.steps.map((step) => ({ id: step.id, status: step.status, digest: digest(step.message) }))
    })),
    bench: result.bench.map(toBenchRecord),
    ...result.interface !== void 0 && { interface: result.interface }
  };
}
function toBenchRecord(bench) {
  const { stats } = bench;
  return {
    name: bench.name,
    concurrency: bench.concurrency,
    count: stats.count,
    errors: stats.errors,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
    mean: stats.mean,
    samples: (0,_chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_1__/* .keptSamples */ .w)(bench.samples, HISTORY_SAMPLES),
    budgets: (bench.budgets ?? []).map((budget) => ({ name: budget.name, status: budget.status }))
  };
}
function targetKey(target) {
  return `${target.transport} ${target.url ?? target.command ?? ""}`;
}
function catalogueDigest(catalogue) {
  return digest(
    canonicalJson(
      [...catalogue].sort(byId).map((check) => ({ id: check.id, level: check.level, versions: check.versions }))
    )
  );
}
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function checkerDigest(check, toolVersion) {
  return digest(canonicalJson({ id: check.id, level: check.level, versions: check.versions, toolVersion }));
}
function serverFingerprint(result) {
  return digest(
    canonicalJson({
      name: result.server.name ?? null,
      version: result.server.version ?? null,
      capabilities: result.server.capabilities ?? null,
      interface: result.interface ? interfaceDigest(result.interface) : null
    })
  );
}
function interfaceDigest(serverInterface) {
  return digest(canonicalJson(serverInterface));
}
function digest(text) {
  return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)("sha256").update(text).digest("hex").slice(0, 16);
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}




/***/ }),

/***/ 9703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ latencyBaseline),
/* harmony export */   q: () => (/* binding */ compareRuns)
/* harmony export */ });
/* harmony import */ var _chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67905);
/* harmony import */ var _chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68533);
/* harmony import */ var _chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45279);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15521);




// src/history/compare.ts


// src/history/interface-diff.ts
function diffInterface(before, after) {
  return [
    ...diffCapabilities(before.capabilities, after.capabilities),
    ...diffNamed("tool", before.tools, after.tools, (tool) => tool.name, toolDetails),
    ...diffNamed("prompt", before.prompts, after.prompts, (prompt) => prompt.name, promptDetails),
    ...diffNamed("resource", before.resources, after.resources, (resource) => resource.uri, plainDetails),
    ...diffNamed(
      "resource-template",
      before.resourceTemplates,
      after.resourceTemplates,
      (template) => template.uriTemplate,
      plainDetails
    )
  ];
}
var REMOVAL_BREAKS = {
  tool: true,
  prompt: true,
  capability: true,
  resource: false,
  "resource-template": false
};
function diffNamed(kind, before, after, nameOf, details) {
  const old = new Map(before.map((item) => [nameOf(item), item]));
  const now = new Map(after.map((item) => [nameOf(item), item]));
  const changes = [];
  for (const [name, item] of old) {
    const current = now.get(name);
    if (current === void 0) {
      changes.push({ kind, name, change: "removed", breaking: REMOVAL_BREAKS[kind], details: [] });
      continue;
    }
    if ((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(item) === (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current)) continue;
    const found = details(item, current);
    changes.push({
      kind,
      name,
      change: "changed",
      breaking: found.breaking.length > 0,
      details: [...found.breaking, ...found.other]
    });
  }
  for (const name of now.keys()) {
    if (!old.has(name)) changes.push({ kind, name, change: "added", breaking: false, details: [] });
  }
  return changes;
}
function diffCapabilities(before, after) {
  const changes = [];
  for (const [name, value] of Object.entries(before)) {
    if (!(name in after)) {
      changes.push({ kind: "capability", name, change: "removed", breaking: true, details: [] });
      continue;
    }
    const current = after[name];
    if ((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value) === (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current)) continue;
    const lost = Object.keys(asRecord(value)).filter((flag) => !(flag in asRecord(current)));
    changes.push({
      kind: "capability",
      name,
      change: "changed",
      breaking: lost.length > 0,
      details: lost.length > 0 ? lost.map((flag) => `"${flag}" removed`) : ["settings changed"]
    });
  }
  for (const name of Object.keys(after)) {
    if (!(name in before)) changes.push({ kind: "capability", name, change: "added", breaking: false, details: [] });
  }
  return changes;
}
function toolDetails(before, after) {
  const found = schemaDetails(asRecord(before.inputSchema), asRecord(after.inputSchema));
  if ((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before.outputSchema) !== (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after.outputSchema))
    found.other.push("output schema changed");
  if ((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before.annotations) !== (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after.annotations)) found.other.push("annotations changed");
  if (before.description !== after.description || before.title !== after.title) found.other.push("description changed");
  return found;
}
function schemaDetails(before, after) {
  const found = { breaking: [], other: [] };
  const oldRequired = new Set(stringList(before.required));
  const oldProperties = asRecord(before.properties);
  const newProperties = asRecord(after.properties);
  for (const name of stringList(after.required)) {
    if (!oldRequired.has(name)) found.breaking.push(`new required argument "${name}"`);
  }
  for (const [name, schema] of Object.entries(oldProperties)) {
    const current = newProperties[name];
    if (current === void 0) {
      (after.additionalProperties === false ? found.breaking : found.other).push(`argument "${name}" removed`);
      continue;
    }
    const narrowed = narrowing(asRecord(schema), asRecord(current));
    if (narrowed) found.breaking.push(`argument "${name}" narrowed: ${narrowed}`);
    else if ((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(schema) !== (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current)) found.other.push(`argument "${name}" changed`);
  }
  for (const name of Object.keys(newProperties)) {
    if (!(name in oldProperties) && !found.breaking.some((text) => text.includes(`"${name}"`)))
      found.other.push(`new optional argument "${name}"`);
  }
  if (found.breaking.length === 0 && found.other.length === 0 && (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before) !== (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after))
    found.other.push("input schema changed");
  return found;
}
function narrowing(before, after) {
  const oldTypes = typeList(before.type);
  const newTypes = typeList(after.type);
  if (oldTypes.length > 0 && newTypes.length > 0) {
    const accepts = (type) => newTypes.includes(type) || type === "integer" && newTypes.includes("number");
    const lost = oldTypes.filter((type) => !accepts(type));
    if (lost.length > 0) return `type ${oldTypes.join("|")} -> ${newTypes.join("|")}`;
  }
  if (oldTypes.length === 0 && newTypes.length > 0) return `type any -> ${newTypes.join("|")}`;
  if (Array.isArray(after.enum)) {
    const allowed = new Set(after.enum.map((value) => (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value)));
    if (!Array.isArray(before.enum)) return "now limited to an enum";
    const lost = before.enum.filter((value) => !allowed.has((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(value)));
    if (lost.length > 0) return `enum no longer allows ${lost.map((value) => JSON.stringify(value)).join(", ")}`;
  }
  return void 0;
}
function promptDetails(before, after) {
  const found = { breaking: [], other: [] };
  const old = new Map((before.arguments ?? []).map((argument) => [argument.name, argument]));
  for (const argument of after.arguments ?? []) {
    const previous = old.get(argument.name);
    if (argument.required === true && previous?.required !== true)
      found.breaking.push(`${previous ? "argument now required" : "new required argument"} "${argument.name}"`);
    else if (!previous) found.other.push(`new optional argument "${argument.name}"`);
  }
  for (const name of old.keys()) {
    if (!(after.arguments ?? []).some((argument) => argument.name === name))
      found.other.push(`argument "${name}" removed`);
  }
  if (before.description !== after.description) found.other.push("description changed");
  return found;
}
function plainDetails(before, after) {
  const fields = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
  const changed = [...fields].filter(
    (field) => (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before[field]) !== (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after[field])
  );
  return { breaking: [], other: changed.map((field) => `${field} changed`) };
}
function asRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}
function typeList(value) {
  if (typeof value === "string") return [value];
  return stringList(value);
}

// src/history/compare.ts
var DEFAULT_LATENCY_RUNS = 5;
var DEFAULT_SHOWN_RUNS = 10;
function compareRuns(current, previous, options) {
  const base = previous.at(-1);
  const comparison = {
    base: {
      runs: previous.length,
      ...options.baseLabel !== void 0 && { label: options.baseLabel },
      ...base?.provenance.commit !== void 0 && { commit: base.provenance.commit },
      ...base?.provenance.ref !== void 0 && { ref: base.provenance.ref },
      ...base && { date: base.provenance.date }
    },
    newFailures: [],
    fixed: [],
    stillFailing: [],
    newWarnings: [],
    newItems: [],
    removedItems: [],
    checkerChanged: [],
    flaky: [],
    latency: [],
    interfaceChanges: [],
    strips: [],
    trends: []
  };
  if (!base) return comparison;
  const now = itemStates(current);
  const before = itemStates(base);
  const window = sameServerWindow(current, previous);
  const flaky = findFlaky(current, window, now);
  comparison.flaky = [...flaky.values()];
  for (const [key, item] of now) {
    const old = before.get(key);
    const change = () => ({ ...ref(item), status: item.status, previousStatus: old?.status ?? "absent" });
    if (!old) {
      comparison.newItems.push(change());
      continue;
    }
    if (item.status === "fail" && old.status === "fail") {
      comparison.stillFailing.push(change());
      continue;
    }
    if (item.status === old.status || flaky.has(key)) continue;
    const failedNow = item.status === "fail";
    const fixedNow = old.status === "fail";
    const warnedNow = item.status === "warn" && old.status !== "warn";
    if (!failedNow && !fixedNow && !warnedNow) continue;
    if (item.checker !== old.checker) comparison.checkerChanged.push(change());
    else if (failedNow) comparison.newFailures.push(change());
    else if (fixedNow) comparison.fixed.push(change());
    else comparison.newWarnings.push(change());
  }
  for (const [key, old] of before) {
    if (!now.has(key)) comparison.removedItems.push({ ...ref(old), status: "absent", previousStatus: old.status });
  }
  comparison.latency = compareLatency(current, previous, options);
  if (current.interface && base.interface)
    comparison.interfaceChanges = diffInterface(base.interface, current.interface);
  const shown = [...previous.slice(-((options.shownRuns ?? DEFAULT_SHOWN_RUNS) - 1)), current];
  comparison.strips = statusStrips(shown);
  comparison.trends = latencyTrends(shown);
  return comparison;
}
function ref(item) {
  return {
    kind: item.kind,
    key: item.key,
    id: item.id,
    ...item.protocolVersion !== void 0 && { protocolVersion: item.protocolVersion },
    ...item.flow !== void 0 && { flow: item.flow },
    ...item.operation !== void 0 && { operation: item.operation },
    ...item.level !== void 0 && { level: item.level }
  };
}
var statesCache = /* @__PURE__ */ new WeakMap();
function itemStates(entry) {
  const cached = statesCache.get(entry);
  if (cached) return cached;
  const items = buildItemStates(entry);
  statesCache.set(entry, items);
  return items;
}
function buildItemStates(entry) {
  const items = /* @__PURE__ */ new Map();
  const toolVersion = entry.stamp.toolVersion;
  for (const check of entry.checks) {
    const key = (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_3__/* .checkKey */ .yR)(check.id, check.protocolVersion);
    items.set(key, {
      kind: "check",
      key,
      id: check.id,
      protocolVersion: check.protocolVersion,
      level: check.level,
      status: check.status,
      checker: check.checker
    });
  }
  for (const flow of entry.flows) {
    for (const step of flow.steps) {
      const key = (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_3__/* .stepKey */ .Ug)(flow.name, step.id);
      items.set(key, {
        kind: "flow-step",
        key,
        id: step.id,
        flow: flow.name,
        status: step.status,
        checker: toolVersion
      });
    }
  }
  for (const bench of entry.bench) {
    const operation = `${bench.name} @${bench.concurrency}`;
    for (const budget of bench.budgets) {
      const key = (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_3__/* .budgetKey */ .fq)(bench.name, bench.concurrency, budget.name);
      items.set(key, { kind: "budget", key, id: budget.name, operation, status: budget.status, checker: toolVersion });
    }
  }
  return items;
}
function sameServerWindow(current, previous) {
  const fingerprint = current.stamp.serverFingerprint;
  let start = previous.length;
  while (start > 0 && previous[start - 1].stamp.serverFingerprint === fingerprint) start--;
  return previous.slice(start);
}
function findFlaky(current, window, now) {
  const runs = [...window, current];
  const states = runs.map(itemStates);
  const flaky = /* @__PURE__ */ new Map();
  const keys = new Set(states.flatMap((state) => [...state.keys()]));
  for (const key of keys) {
    const history = runs.map((run, index) => ({
      status: states[index].get(key)?.status ?? "absent",
      ...run.provenance.commit !== void 0 && { commit: run.provenance.commit },
      date: run.provenance.date
    }));
    const reason = flakyReason(history);
    if (!reason) continue;
    const item = now.get(key) ?? [...states].reverse().find((state) => state.has(key)).get(key);
    flaky.set(key, { ...ref(item), reason, failingNow: now.get(key)?.status === "fail", history });
  }
  return flaky;
}
function flakyReason(history) {
  const judged = history.filter((point) => point.status !== "absent" && point.status !== "skip");
  const failed = (point) => point.status === "fail" || point.status === "warn";
  const byCommit = /* @__PURE__ */ new Map();
  for (const point of judged) {
    if (point.commit === void 0) continue;
    const seen = byCommit.get(point.commit);
    if (seen !== void 0 && seen !== failed(point)) return "same-commit";
    byCommit.set(point.commit, failed(point));
  }
  let stage = 0;
  for (const point of judged) {
    if (stage === 0 && failed(point)) stage = 1;
    else if (stage === 1 && !failed(point)) stage = 2;
    else if (stage === 2 && failed(point)) return "failed-again";
  }
  return void 0;
}
var operationKey = (bench) => `${bench.name} @${bench.concurrency}`;
function comparableRuns(current, previous) {
  return previous.filter(
    (entry) => entry.target.transport === current.transport && entry.stamp.toolVersion === current.toolVersion
  );
}
function latencyBaseline(current, previous, runs = DEFAULT_LATENCY_RUNS) {
  const byOperation = /* @__PURE__ */ new Map();
  for (const entry of comparableRuns(current, previous)) {
    for (const bench of entry.bench) {
      if (bench.count === 0) continue;
      const list = byOperation.get(operationKey(bench)) ?? [];
      list.push(bench);
      byOperation.set(operationKey(bench), list);
    }
  }
  return [...byOperation.values()].map((records) => {
    const recent = records.slice(-runs);
    const samples = recent.flatMap((record) => record.samples);
    const p50 = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(recent.map((record) => record.p50));
    const p95 = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(recent.map((record) => record.p95));
    const p99 = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(recent.map((record) => record.p99));
    const stats = {
      count: recent.reduce((sum, record) => sum + record.count, 0),
      errors: recent.reduce((sum, record) => sum + record.errors, 0),
      min: samples.length > 0 ? Math.min(...samples) : p50,
      p50,
      p90: p95,
      p95,
      p99,
      max: samples.length > 0 ? Math.max(...samples) : p99,
      mean: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_2__/* .median */ .JZ)(recent.map((record) => record.mean)),
      stddev: 0,
      throughput: 0
    };
    return { name: recent[0].name, concurrency: recent[0].concurrency, runs: recent.length, stats, samples };
  });
}
function compareLatency(current, previous, options) {
  const baselines = new Map(
    latencyBaseline(
      { transport: current.target.transport, toolVersion: current.stamp.toolVersion },
      previous,
      options.latencyRuns
    ).map((baseline) => [operationKey(baseline), baseline])
  );
  const changes = [];
  for (const bench of current.bench) {
    const baseline = baselines.get(operationKey(bench));
    if (!baseline) continue;
    const compared = (0,_chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_1__/* .compareWithBaseline */ .$)({ stats: bench, samples: bench.samples }, baseline, options.policy);
    if (!compared) continue;
    changes.push({
      name: bench.name,
      concurrency: bench.concurrency,
      p50: bench.p50,
      p95: bench.p95,
      baselineRuns: baseline.runs,
      ...compared.comparison
    });
  }
  return changes;
}
var NOT_GREEN = /* @__PURE__ */ new Set(["fail", "warn"]);
function statusStrips(runs) {
  const states = runs.map(itemStates);
  const strips = /* @__PURE__ */ new Map();
  states.forEach((state) => {
    for (const [key, item] of state) {
      if (strips.has(key)) continue;
      const statuses = states.map((other) => other.get(key)?.status ?? "absent");
      if (statuses.some((status) => NOT_GREEN.has(status))) strips.set(key, { ...ref(item), statuses });
    }
  });
  return [...strips.values()];
}
function latencyTrends(runs) {
  const trends = /* @__PURE__ */ new Map();
  for (const run of runs) {
    for (const bench of run.bench) {
      if (bench.count === 0) continue;
      const trend = trends.get(operationKey(bench)) ?? { name: bench.name, concurrency: bench.concurrency, points: [] };
      trend.points.push({
        ...run.provenance.commit !== void 0 && { commit: run.provenance.commit },
        date: run.provenance.date,
        p50: bench.p50,
        p95: bench.p95
      });
      trends.set(operationKey(bench), trend);
    }
  }
  return [...trends.values()];
}




/***/ }),

/***/ 48771:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ keptSamples)
/* harmony export */ });
// src/bench/samples.ts
var MAX_KEPT_SAMPLES = 1e3;
var roundToMicroseconds = (ms) => Math.round(ms * 1e3) / 1e3;
function keptSamples(samples, cap = MAX_KEPT_SAMPLES) {
  if (samples.length <= cap) return samples.map(roundToMicroseconds);
  const sorted = [...samples].sort((a, b) => a - b);
  const step = (sorted.length - 1) / (cap - 1);
  return Array.from({ length: cap }, (_, i) => roundToMicroseconds(sorted[Math.round(i * step)]));
}




/***/ }),

/***/ 45279:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ compareWithBaseline),
/* harmony export */   v: () => (/* binding */ findBaselineEntry)
/* harmony export */ });
/* harmony import */ var _stdlib_stats_kruskal_test__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52577);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15521);
// src/bench/significance.ts


function locationShift(baseline, current) {
  if (baseline.length === 0 || current.length === 0) return { direction: "none", pValue: 1 };
  const rankSum = (0,simple_statistics__WEBPACK_IMPORTED_MODULE_1__/* .wilcoxonRankSum */ .Lm)([...current], [...baseline]);
  const expected = current.length * (current.length + baseline.length + 1) / 2;
  if (rankSum === expected) return { direction: "none", pValue: 1 };
  const { pValue } = _stdlib_stats_kruskal_test__WEBPACK_IMPORTED_MODULE_0__([...current], [...baseline]);
  if (Number.isNaN(pValue)) return { direction: "none", pValue: 1 };
  return { direction: rankSum > expected ? "higher" : "lower", pValue: pValue / 2 };
}

// src/bench/compare.ts
var SIGNIFICANCE_LEVEL = 0.01;
function findBaselineEntry(baseline, name, concurrency) {
  return baseline.find((entry) => entry.name === name && entry.concurrency === concurrency);
}
var percentChange = (before, after) => before > 0 ? (after - before) / before * 100 : 0;
function compareWithBaseline(current, baseline, policy) {
  if (current.stats.count === 0 || baseline.stats.count === 0) return void 0;
  const p50Delta = current.stats.p50 - baseline.stats.p50;
  const p50ChangePct = percentChange(baseline.stats.p50, current.stats.p50);
  const comparison = {
    baselineP50: baseline.stats.p50,
    baselineP95: baseline.stats.p95,
    p50ChangePct,
    p95ChangePct: percentChange(baseline.stats.p95, current.stats.p95),
    verdict: "same",
    regression: false
  };
  const clearsThresholds = Math.abs(p50ChangePct) > policy.thresholdPct && Math.abs(p50Delta) >= policy.minMs;
  const direction = p50Delta > 0 ? "slower" : "faster";
  if (baseline.samples.length === 0 || current.samples.length === 0) {
    if (clearsThresholds) comparison.verdict = direction;
    return {
      comparison,
      note: "the baseline has no raw samples, so the change was not tested for significance and is not flagged"
    };
  }
  const shift = locationShift(baseline.samples, current.samples);
  comparison.pValue = shift.pValue;
  const shiftAgrees = shift.direction === (direction === "slower" ? "higher" : "lower");
  if (clearsThresholds && shiftAgrees && shift.pValue < SIGNIFICANCE_LEVEL) {
    comparison.verdict = direction;
    comparison.regression = direction === "slower";
  }
  return { comparison };
}




/***/ }),

/***/ 67905:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ug: () => (/* binding */ stepKey),
/* harmony export */   fq: () => (/* binding */ budgetKey),
/* harmony export */   yR: () => (/* binding */ checkKey)
/* harmony export */ });
// src/history/item-keys.ts
var checkKey = (id, protocolVersion) => `check:${id}@${protocolVersion}`;
var stepKey = (flow, step) => `step:${flow}/${step}`;
var budgetKey = (operation, concurrency, budget) => `budget:${operation} @${concurrency}/${budget}`;




/***/ })

};
