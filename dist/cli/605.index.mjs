export const id = 605;
export const ids = [605];
export const modules = {

/***/ 90904:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KO: () => (/* binding */ trendsOf),
/* harmony export */   OM: () => (/* binding */ historyFileFor),
/* harmony export */   t: () => (/* binding */ historyListing),
/* harmony export */   xw: () => (/* binding */ checkListing),
/* harmony export */   yz: () => (/* binding */ trendsText)
/* harmony export */ });
/* harmony import */ var _chunk_374B23JV_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31062);
/* harmony import */ var _chunk_V354BEC4_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28227);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91811);
/* harmony import */ var _chunk_C6CVHXV2_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9703);
/* harmony import */ var _chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68533);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);






// src/history/commands.ts

var short = (commit) => commit ? commit.slice(0, 7) : "-------";
function counts(entry) {
  const tally = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of entry.checks) tally[check.status]++;
  for (const flow of entry.flows) for (const step of flow.steps) tally[step.status]++;
  return tally;
}
function historyListing(store, json) {
  const runs = store.runs();
  if (json) {
    return `${JSON.stringify(
      runs.map((run) => ({ id: run.id, ...summaryOf(run) })),
      null,
      2
    )}
`;
  }
  if (runs.length === 0) return `No runs in ${store.path} yet.
`;
  const lines = runs.map((run) => {
    const { provenance, outcome } = run.entry;
    const tally = counts(run.entry);
    return [
      `#${run.id}`.padEnd(5),
      provenance.date.slice(0, 19).replace("T", " "),
      short(provenance.commit),
      provenance.event.padEnd(12),
      (outcome ?? "").padEnd(7),
      `${tally.pass} passed, ${tally.fail} failed, ${tally.warn} warnings`.padEnd(36),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)((0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_4__/* .targetKey */ .hD)(run.entry.target), 80)
    ].join("  ");
  });
  return `${lines.join("\n")}
`;
}
function summaryOf(run) {
  const { provenance, stamp, outcome, target, server } = run.entry;
  return { ...provenance, outcome, target, server, toolVersion: stamp.toolVersion, summary: counts(run.entry) };
}
function checkListing(store, checkId, json, limit) {
  const runs = store.checkRuns(checkId, limit);
  if (json) return `${JSON.stringify(runs, null, 2)}
`;
  if (runs.length === 0) return `No runs of ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)(checkId, 100)} in ${store.path}.
`;
  const lines = runs.map(
    (run) => [
      `#${run.runId}`.padEnd(5),
      run.date.slice(0, 19).replace("T", " "),
      short(run.commit),
      run.protocolVersion,
      run.status
    ].join("  ")
  );
  return `${lines.join("\n")}
`;
}
function trendsOf(store, window) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const run of store.runs()) {
    const key = `${(0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_4__/* .targetKey */ .hD)(run.entry.target)} ${run.entry.provenance.leg ?? ""}`.trim();
    byTarget.set(key, [...byTarget.get(key) ?? [], run.entry]);
  }
  return [...byTarget].map(([target, entries]) => {
    const recent = entries.slice(-window);
    const current = recent.at(-1);
    const comparison = (0,_chunk_C6CVHXV2_mjs__WEBPACK_IMPORTED_MODULE_3__/* .compareRuns */ .q)(current, recent.slice(0, -1), {
      policy: { thresholdPct: 20, minMs: 1 },
      shownRuns: recent.length
    });
    const trends = comparison.trends.length > 0 ? comparison.trends : (0,_chunk_C6CVHXV2_mjs__WEBPACK_IMPORTED_MODULE_3__/* .latencyBaseline */ .e)({ transport: current.target.transport, toolVersion: current.stamp.toolVersion }, [
      current
    ]).map((one) => ({
      name: one.name,
      concurrency: one.concurrency,
      points: [{ date: current.provenance.date, p50: one.stats.p50, p95: one.stats.p95 }]
    }));
    return { target, runs: recent.length, trends, flaky: comparison.flaky };
  });
}
function trendsText(targets) {
  if (targets.length === 0) return "No runs in the history yet.\n";
  const lines = [];
  for (const target of targets) {
    lines.push(`${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)(target.target, 120)} (${target.runs} runs)`);
    if (target.trends.length === 0) lines.push("  no benchmarks recorded (run with --bench)");
    for (const trend of target.trends) {
      const p50 = trend.points.map((point) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(point.p50).replace(" ms", "")).join(" ");
      const p95 = trend.points.map((point) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(point.p95).replace(" ms", "")).join(" ");
      lines.push(`  ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)(trend.name, 60)} @${trend.concurrency}  p50 ms: ${p50}`);
      lines.push(`  ${" ".repeat((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)(trend.name, 60).length)} @${trend.concurrency}  p95 ms: ${p95}`);
    }
    if (target.flaky.length === 0) lines.push("  flaky: none");
    for (const item of target.flaky) {
      const where = item.kind === "check" ? `${item.id} (${item.protocolVersion ?? ""})` : `${item.operation ?? item.flow ?? ""} ${item.id}`;
      lines.push(`  flaky: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .consoleText */ .bt)(where, 100)} [${item.history.map((point) => point.status).join(" ")}]`);
    }
  }
  return `${lines.join("\n")}
`;
}
async function historyFileFor(options) {
  const chosen = async () => {
    if (options.flag !== void 0) return { value: options.flag, dir: options.cwd };
    const found = options.configPath ?? await (0,_chunk_374B23JV_mjs__WEBPACK_IMPORTED_MODULE_0__/* .findConfigFile */ ["if"])(options.cwd);
    if (found !== void 0) {
      const file = (0,_chunk_374B23JV_mjs__WEBPACK_IMPORTED_MODULE_0__/* .parseConfigFile */ .me)(await (0,_chunk_374B23JV_mjs__WEBPACK_IMPORTED_MODULE_0__/* .readConfigFile */ .RG)(found), options.cwd);
      const value2 = file.settings["history"];
      if (typeof value2 === "string" && value2 !== "") return { value: value2, dir: file.dir };
    }
    return { value: _chunk_V354BEC4_mjs__WEBPACK_IMPORTED_MODULE_1__/* .SETTINGS_DEFAULTS */ .fi.history, dir: options.cwd };
  };
  const { value, dir } = await chosen();
  return value === "off" ? void 0 : node_path__WEBPACK_IMPORTED_MODULE_5__.resolve(dir, value);
}




/***/ }),

/***/ 25605:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkListing: () => (/* reexport safe */ _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__.xw),
/* harmony export */   historyFileFor: () => (/* reexport safe */ _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__.OM),
/* harmony export */   historyListing: () => (/* reexport safe */ _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__.t),
/* harmony export */   trendsOf: () => (/* reexport safe */ _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__.KO),
/* harmony export */   trendsText: () => (/* reexport safe */ _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__.yz)
/* harmony export */ });
/* harmony import */ var _chunk_N5UPVBQD_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90904);
/* harmony import */ var _chunk_374B23JV_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31062);
/* harmony import */ var _chunk_V354BEC4_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(28227);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91811);
/* harmony import */ var _chunk_C6CVHXV2_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9703);
/* harmony import */ var _chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68533);
/* harmony import */ var _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91552);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73118);
/* harmony import */ var _chunk_VOYUIST7_mjs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(45279);














/***/ })

};
