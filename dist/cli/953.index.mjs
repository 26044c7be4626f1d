export const id = 953;
export const ids = [953];
export const modules = {

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

/***/ 92953:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runBench: () => (/* binding */ runBench)
/* harmony export */ });
/* unused harmony export acrossSessions */
/* harmony import */ var _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91552);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73118);
/* harmony import */ var _chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45279);
/* harmony import */ var _chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48771);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15521);





// src/bench/budgets.ts
function evaluateBudgets(stats, budget) {
  const outcomes = [];
  const measured = stats.count > 0;
  const maxP95 = budget["max-p95-ms"];
  if (maxP95 !== void 0) {
    outcomes.push({
      name: "max-p95-ms",
      limit: maxP95,
      actual: stats.p95,
      status: measured && stats.p95 <= maxP95 ? "pass" : "fail"
    });
  }
  const maxP99 = budget["max-p99-ms"];
  if (maxP99 !== void 0) {
    outcomes.push({
      name: "max-p99-ms",
      limit: maxP99,
      actual: stats.p99,
      status: measured && stats.p99 <= maxP99 ? "pass" : "fail"
    });
  }
  const minThroughput = budget["min-throughput"];
  if (minThroughput !== void 0) {
    outcomes.push({
      name: "min-throughput",
      limit: minThroughput,
      actual: stats.throughput,
      status: measured && stats.throughput >= minThroughput ? "pass" : "fail"
    });
  }
  return outcomes.length > 0 ? outcomes : void 0;
}

// src/bench/measure.ts
var OperationMeter = class {
  constructor(lanes, method, params, iterations, budgetMs) {
    this.lanes = lanes;
    this.method = method;
    this.params = params;
    this.budgetMs = budgetMs;
    this.latencies = new Float64Array(iterations);
  }
  latencies;
  recorded = 0;
  errors = 0;
  firstError;
  elapsedMs = 0;
  spentMs = 0;
  capped = false;
  unanswered = 0;
  closed = false;
  /** Whether further slices would run nothing: the budget is spent or a connection closed. */
  get done() {
    return this.capped || this.closed;
  }
  /** Requests that prime the server and the connection; not counted. */
  async warmUp(count) {
    await this.slice(count, false);
  }
  async measure(count) {
    this.elapsedMs += await this.slice(Math.min(count, this.latencies.length - this.recorded - this.errors), true);
  }
  result() {
    return {
      samples: Array.from(this.latencies.subarray(0, this.recorded)),
      errors: this.errors,
      firstError: this.firstError,
      elapsedMs: this.elapsedMs,
      capped: this.capped,
      unanswered: this.unanswered,
      closed: this.closed
    };
  }
  /** Runs `total` requests within what is left of the budget; returns the wall time it took. */
  async slice(total, counted) {
    if (total <= 0 || this.done) return 0;
    const remainingMs = this.budgetMs - this.spentMs;
    if (remainingMs <= 0) {
      this.capped = true;
      return 0;
    }
    let expired = false;
    const cap = setTimeout(() => {
      expired = true;
    }, remainingMs);
    const options = { timeoutMs: remainingMs };
    const { method, params } = this;
    let started = 0;
    const lane = async (connection) => {
      while (started < total && !expired && !this.closed) {
        started++;
        const start = performance.now();
        let failure;
        try {
          const outcome = await connection.request(method, params, options);
          if (!outcome.ok) failure = `JSON-RPC error ${outcome.error.code}: ${outcome.error.message}`;
          else if (outcome.result.isError === true) failure = "the tool returned a result with isError: true";
        } catch (error) {
          if (expired) {
            this.unanswered++;
            return;
          }
          failure = error instanceof Error ? error.message : String(error);
          if (connection.closed) this.closed = true;
        }
        const latency = performance.now() - start;
        if (!counted) continue;
        if (failure === void 0) {
          this.latencies[this.recorded++] = latency;
        } else {
          this.errors++;
          this.firstError ??= failure;
        }
      }
    };
    const sliceStart = performance.now();
    try {
      await Promise.all(this.lanes.map(lane));
    } finally {
      clearTimeout(cap);
    }
    const wallMs = performance.now() - sliceStart;
    this.spentMs += wallMs;
    if (expired) this.capped = true;
    return wallMs;
  }
};

// src/bench/operations.ts
var STARTUP_INITIALIZE = "startup/initialize";
var STARTUP_FIRST_TOOLS_LIST = "startup/first-tools-list";
var LIST_OPERATIONS = [
  { name: "ping" },
  { name: "tools/list", capability: "tools" },
  { name: "resources/list", capability: "resources" },
  { name: "prompts/list", capability: "prompts" }
];
var DISCOVER = "server/discover";
var BUDGETABLE = /* @__PURE__ */ new Set([
  ...LIST_OPERATIONS.map((op) => op.name),
  DISCOVER,
  STARTUP_INITIALIZE,
  STARTUP_FIRST_TOOLS_LIST
]);
var MAX_LISTED_TOOLS = 20;
function listToolNames(toolNames) {
  if (toolNames.length === 0) return "it lists no tools";
  const shown = toolNames.slice(0, MAX_LISTED_TOOLS).map((name) => JSON.stringify(name));
  const more = toolNames.length > MAX_LISTED_TOOLS ? `, and ${toolNames.length - MAX_LISTED_TOOLS} more` : "";
  return `it lists ${shown.join(", ")}${more}`;
}
function planOperations(settings, serverCapabilities, toolNames, protocolVersion) {
  for (const key of Object.keys(settings.budgets)) {
    if (!BUDGETABLE.has(key)) {
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(
        `bench.budgets has an entry for "${key}", which is not a built-in operation (${[...BUDGETABLE].join(", ")}); set budgets of a tool call on its bench.calls entry`,
        `bench.budgets.${key}`
      );
    }
  }
  const modern = protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_1__/* .MODERN_VERSION */ .j$;
  const builtIn = modern ? [{ name: DISCOVER }, ...LIST_OPERATIONS.filter((op) => op.name !== "ping")] : LIST_OPERATIONS;
  const advertised = builtIn.filter((op) => !op.capability || serverCapabilities[op.capability] !== void 0);
  const operations = advertised.map((op) => ({
    name: op.name,
    method: op.name,
    budget: settings.budgets[op.name] ?? {}
  }));
  const unusedBudgets = builtIn.filter((op) => !advertised.includes(op) && settings.budgets[op.name]).map(
    (op) => `bench.budgets.${op.name}: the server does not advertise ${op.capability}, so this budget was not evaluated`
  );
  const otherEra = modern ? "ping" : DISCOVER;
  if (settings.budgets[otherEra])
    unusedBudgets.push(
      modern ? `bench.budgets.ping: ping is removed in ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_1__/* .MODERN_VERSION */ .j$} (server/discover is measured instead), so this budget was not evaluated` : `bench.budgets.${DISCOVER}: server/discover is measured on ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_1__/* .MODERN_VERSION */ .j$} sessions only, so this budget was not evaluated`
    );
  const known = new Set(toolNames);
  const taken = /* @__PURE__ */ new Set([...BUDGETABLE]);
  settings.calls.forEach((call, index) => {
    if (!known.has(call.tool)) {
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(
        `bench.calls[${index}].tool is "${call.tool}", but the server has no tool by that name (${listToolNames(toolNames)})`,
        `bench.calls[${index}].tool`
      );
    }
    const name = call.name ?? call.tool;
    if (taken.has(name)) {
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .x(
        `bench.calls[${index}] is named "${name}", which another operation already uses; give it a distinct name`,
        `bench.calls[${index}].name`
      );
    }
    taken.add(name);
    operations.push({
      name,
      method: "tools/call",
      params: { name: call.tool, arguments: call.arguments },
      budget: {
        "max-p95-ms": call["max-p95-ms"],
        "max-p99-ms": call["max-p99-ms"],
        "min-throughput": call["min-throughput"]
      }
    });
  });
  return { operations, unusedBudgets };
}

// src/bench/stats.ts

function summarize(samples, errors, elapsedMs) {
  const count = samples.length;
  const throughput = elapsedMs > 0 ? count * 1e3 / elapsedMs : 0;
  if (count === 0) {
    return { count, errors, min: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0, stddev: 0, throughput };
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => (0,simple_statistics__WEBPACK_IMPORTED_MODULE_3__/* .quantileSorted */ .Z4)(sorted, p);
  return {
    count,
    errors,
    min: sorted[0],
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[count - 1],
    mean: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_3__/* .mean */ .RE)(sorted),
    stddev: count > 1 ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_3__/* .sampleStandardDeviation */ .JK)(sorted) : 0,
    throughput
  };
}

// src/bench/startup.ts
var STARTUP_RUNS = 5;
async function measureStartup(spawnSession, options) {
  const initialize = [];
  const firstList = [];
  let initializeErrors = 0;
  let listErrors = 0;
  let firstError;
  let readiness = "the initialize handshake";
  const deadline = performance.now() + options.maxDurationMs;
  for (let run = 0; run < options.runs && performance.now() < deadline; run++) {
    const start = performance.now();
    let connection;
    try {
      connection = await spawnSession({ label: `bench:startup#${run + 1}` });
    } catch (error) {
      initializeErrors++;
      listErrors++;
      firstError ??= error instanceof Error ? error.message : String(error);
      continue;
    }
    initialize.push(performance.now() - start);
    if (connection.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_1__/* .MODERN_VERSION */ .j$) readiness = "its server/discover answer";
    try {
      if (options.listsTools) {
        const outcome = await connection.request("tools/list", void 0, { timeoutMs: options.maxDurationMs });
        if (outcome.ok) firstList.push(performance.now() - start);
        else {
          listErrors++;
          firstError ??= `tools/list: JSON-RPC error ${outcome.error.code}: ${outcome.error.message}`;
        }
      }
    } catch (error) {
      listErrors++;
      firstError ??= error instanceof Error ? error.message : String(error);
    } finally {
      await connection.close();
    }
  }
  const failed = firstError ? `; first failure: ${firstError}` : "";
  const results = [
    {
      name: STARTUP_INITIALIZE,
      concurrency: 1,
      stats: summarize(initialize, initializeErrors, 0),
      samples: (0,_chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_4__/* .keptSamples */ .w)(initialize),
      note: `cold start: spawn of a fresh server process to the end of ${readiness}, ${initialize.length} runs${failed}`
    }
  ];
  if (options.listsTools) {
    results.push({
      name: STARTUP_FIRST_TOOLS_LIST,
      concurrency: 1,
      stats: summarize(firstList, listErrors, 0),
      samples: (0,_chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_4__/* .keptSamples */ .w)(firstList),
      note: `spawn of a fresh server process to the answer of its first tools/list, ${firstList.length} runs${failed}`
    });
  }
  return results;
}

// src/bench/runner.ts
var MAX_ERROR_TEXT = 200;
var ROUNDS = 5;
var acrossSessions = (operation, sessions) => `${operation} [${sessions} sessions]`;
function measurementNotes(measurement, options) {
  const notes = [];
  if (measurement.capped) {
    const done = measurement.samples.length + measurement.errors;
    const hung = measurement.unanswered > 0 ? `; ${measurement.unanswered} request(s) were still unanswered (the server may hang on this operation)` : "";
    notes.push(
      `time cap of ${options["max-duration-ms"]} ms reached after ${done} of ${options.iterations} iterations${hung}; the figures cover the requests completed until then`
    );
  }
  if (measurement.errors > 0) {
    const total = measurement.samples.length + measurement.errors;
    const first = (measurement.firstError ?? "").slice(0, MAX_ERROR_TEXT);
    notes.push(`${measurement.errors} of ${total} requests failed (first: ${first})`);
  }
  if (measurement.closed) notes.push("the connection closed during this operation");
  return notes;
}
async function measureInterleaved(operations, lanes, settings) {
  const meters = operations.map(
    (operation) => new OperationMeter(lanes, operation.method, operation.params, settings.iterations, settings["max-duration-ms"])
  );
  for (const meter of meters) await meter.warmUp(settings.warmup);
  const rounds = Math.min(ROUNDS, settings.iterations);
  for (let round = 0; round < rounds; round++) {
    const share = Math.floor(settings.iterations / rounds) + (round < settings.iterations % rounds ? 1 : 0);
    for (const meter of meters) await meter.measure(share);
  }
  return meters.map((meter) => meter.result());
}
var STARTUP_NOT_FLAGGED = "a change in start-up time is shown, never flagged as a regression; set a budget to gate on it";
var ms = (value) => `${Math.round(value * 100) / 100} ms`;
var signedPct = (value) => `${value >= 0 ? "+" : ""}${Math.round(value)} %`;
function assess(result, budget, notes, baseline, policy) {
  result.budgets = evaluateBudgets(result.stats, budget);
  const before = baseline && (0,_chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_2__/* .findBaselineEntry */ .v)(baseline, result.name, result.concurrency);
  const compared = before ? (0,_chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_2__/* .compareWithBaseline */ .$)(result, before, policy) : void 0;
  if (compared) {
    result.comparison = compared.comparison;
    if (compared.note) notes.push(compared.note);
  }
  if (notes.length > 0) result.note = notes.join("; ");
  return result;
}
async function confirmRegression(first, measureAgain) {
  if (!first.comparison?.regression) return first;
  const second = await measureAgain();
  const earlier = `p50 ${ms(first.stats.p50)}, ${signedPct(first.comparison.p50ChangePct)} against the baseline`;
  const verdict = second.comparison?.regression ? `the slowdown was confirmed by a second measurement (the first: ${earlier})` : `a first measurement looked slower (${earlier}); this second measurement did not confirm it`;
  second.note = second.note ? `${second.note}; ${verdict}` : verdict;
  return second;
}
async function runBench(deps) {
  const { settings, emit } = deps;
  const plan = planOperations(settings, deps.serverCapabilities, deps.toolNames, deps.main.protocolVersion);
  const measuresStartup = deps.main.transport === "stdio";
  const unusedBudgets = measuresStartup ? plan.unusedBudgets : [
    ...plan.unusedBudgets,
    ...[STARTUP_INITIALIZE, STARTUP_FIRST_TOOLS_LIST].filter((name) => settings.budgets[name]).map(
      (name) => `bench.budgets.${name}: start-up is measured for stdio servers only, so this budget was not evaluated`
    )
  ];
  for (const message of unusedBudgets) emit({ type: "log", level: "warn", message });
  const policy = {
    thresholdPct: settings["regression-threshold-pct"],
    minMs: settings["regression-min-ms"]
  };
  const results = [];
  const publish = (result) => {
    results.push(result);
    emit({ type: "bench:op", result });
  };
  const measureLevel = async (lanes, concurrency, nameOf) => {
    const resultOf = (operation, measurement) => assess(
      {
        name: nameOf(operation.name),
        concurrency,
        stats: summarize(measurement.samples, measurement.errors, measurement.elapsedMs),
        samples: (0,_chunk_IBABR4IE_mjs__WEBPACK_IMPORTED_MODULE_4__/* .keptSamples */ .w)(measurement.samples)
      },
      operation.budget,
      measurementNotes(measurement, settings),
      deps.baseline,
      policy
    );
    const measurements = await measureInterleaved(plan.operations, lanes, settings);
    for (const [index, operation] of plan.operations.entries()) {
      const first = resultOf(operation, measurements[index]);
      publish(
        await confirmRegression(first, async () => {
          const [again] = await measureInterleaved([operation], lanes, settings);
          return resultOf(operation, again);
        })
      );
    }
  };
  for (const concurrency of new Set(settings.concurrency)) {
    await measureLevel(Array(concurrency).fill(deps.main), concurrency, (operation) => operation);
    if (concurrency === 1) continue;
    const sessions = [];
    try {
      try {
        for (let i = 1; i < concurrency; i++) sessions.push(await deps.connect({ label: `bench:session#${i}` }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        emit({ type: "log", level: "warn", message: `benchmark: could not open ${concurrency} sessions: ${reason}` });
        continue;
      }
      await measureLevel([deps.main, ...sessions], concurrency, (operation) => acrossSessions(operation, concurrency));
    } finally {
      await Promise.all(sessions.map((session) => session.close()));
    }
  }
  if (measuresStartup) {
    const startup = await measureStartup(deps.connect, {
      runs: STARTUP_RUNS,
      maxDurationMs: settings["max-duration-ms"],
      listsTools: deps.serverCapabilities.tools !== void 0
    });
    for (const figure of startup) {
      const notes = figure.note ? [figure.note] : [];
      const result = assess(figure, settings.budgets[figure.name] ?? {}, notes, deps.baseline, policy);
      if (result.comparison) {
        result.comparison.regression = false;
        result.note = [...notes, STARTUP_NOT_FLAGGED].join("; ");
      }
      publish(result);
    }
  }
  return results;
}



/***/ })

};
