export const id = 308;
export const ids = [308];
export const modules = {

/***/ 83780:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderHistorySection)
/* harmony export */ });
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91811);


// src/report/history-section.ts
var STATUS_SYMBOL = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F", absent: "\xB7" };
var NAMED_PER_CLASS = 10;
var MAX_STRIPS = 20;
var MAX_CHARTS = 4;
function renderHistorySection(comparison, options) {
  const { base } = comparison;
  const label = base.label ?? "the last run";
  if (base.runs === 0) {
    return `#### Since ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(label, 60)}

This is the first run in the history: the next runs are compared with it.`;
  }
  const heading = `#### Since ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(label, 60)} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(base.runs)} ${base.runs === 1 ? "run" : "runs"})`;
  const lines = changeLines(comparison);
  const blocks = [heading, lines.length > 0 ? lines.join("\n") : "Nothing changed."];
  if (!options.compact) {
    blocks.push(statusStrips(comparison) ?? "", latencyTrends(comparison.trends) ?? "");
  }
  return blocks.filter((block) => block !== "").join("\n\n");
}
function changeLines(comparison) {
  const breaking = comparison.interfaceChanges.filter((change) => change.breaking);
  const otherInterface = comparison.interfaceChanges.filter((change) => !change.breaking);
  const regressions = comparison.latency.filter((change) => change.regression);
  const lines = [
    classLine("\u274C", "New failures", groupedLabels(comparison.newFailures)),
    classLine("\u2705", "Fixed", groupedLabels(comparison.fixed)),
    classLine(
      "\u{1F500}",
      "Flaky",
      groupedLabels(comparison.flaky, (item) => item.history.map((point) => STATUS_SYMBOL[point.status]).join(""))
    ),
    classLine("\u{1F4A5}", "Breaking interface changes", breaking.map(interfaceLabel)),
    classLine("\u{1F422}", "Latency regressions", regressions.map(latencyLabel)),
    classLine("\u26A0\uFE0F", "New warnings", groupedLabels(comparison.newWarnings)),
    classLine("\u{1F527}", "Checker changed (mcp-ci, not the server)", groupedLabels(comparison.checkerChanged)),
    classLine("\u{1F501}", "Still failing", groupedLabels(comparison.stillFailing)),
    classLine("\u{1F9E9}", "Interface changes", otherInterface.map(interfaceLabel)),
    classLine("\u2795", "New", groupedLabels(comparison.newItems)),
    classLine("\u2796", "Removed", groupedLabels(comparison.removedItems))
  ];
  return lines.filter((line) => line !== void 0);
}
function classLine(symbol, title, names) {
  if (names.length === 0) return void 0;
  const shown = names.slice(0, NAMED_PER_CLASS).join(", ");
  const more = names.length > NAMED_PER_CLASS ? ` and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(names.length - NAMED_PER_CLASS)} more` : "";
  return `- ${symbol} **${title} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(names.length)}):** ${shown}${more}`;
}
function groupedLabels(items, suffix) {
  const groups = /* @__PURE__ */ new Map();
  for (const item of items) {
    const tail = suffix?.(item) ?? "";
    const key = item.kind === "check" ? `${item.id}\0${tail}` : `${item.key}\0${tail}`;
    const group = groups.get(key);
    if (group && item.protocolVersion) group.versions.push(item.protocolVersion);
    else groups.set(key, { item, versions: item.protocolVersion ? [item.protocolVersion] : [], suffix: tail });
  }
  return [...groups.values()].map(({ item, versions, suffix: tail }) => {
    const label = item.kind === "check" ? `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(item.id)}${versions.length > 0 ? ` (${versions.map((version) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(version, 20)).join(", ")})` : ""}` : itemLabel(item);
    return tail ? `${label} ${tail}` : label;
  });
}
function itemLabel(item) {
  switch (item.kind) {
    case "check":
      return `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(item.id)}${item.protocolVersion ? ` (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(item.protocolVersion, 20)})` : ""}`;
    case "flow-step":
      return `flow ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(item.flow ?? "", 60)} \u203A ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(item.id)}`;
    case "budget":
      return `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(item.operation ?? "")} ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(item.id, 40)}`;
  }
}
function interfaceLabel(change) {
  const details = change.details.length > 0 ? `: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(change.details.join("; "), 200)}` : "";
  return `${change.kind} ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(change.name)} ${change.change}${details}`;
}
function latencyLabel(change) {
  const sign = change.p50ChangePct >= 0 ? "+" : "";
  return `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(change.name)} @${change.concurrency} p50 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatLatency */ .YL)(change.baselineP50)} \u2192 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatLatency */ .YL)(change.p50)} (${sign}${Math.round(change.p50ChangePct)} %, median of ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(change.baselineRuns)} runs)`;
}
function statusStrips(comparison) {
  const strips = comparison.strips;
  if (strips.length === 0) return void 0;
  const runs = Math.max(...strips.map((strip) => strip.statuses.length));
  const rows = strips.slice(0, MAX_STRIPS).map((strip) => `| ${itemLabel(strip)} | ${strip.statuses.map((status) => STATUS_SYMBOL[status]).join("")} |`);
  const more = strips.length > MAX_STRIPS ? `

<sub>and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(strips.length - MAX_STRIPS)} more not shown</sub>` : "";
  return [
    `<details><summary>Not green in all of the last ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(runs)} runs (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(strips.length)})</summary>`,
    "",
    `| Item | Oldest \u2192 this run |`,
    "| :-- | :-- |",
    rows.join("\n") + more,
    "",
    "</details>"
  ].join("\n");
}
function latencyTrends(trends) {
  const charted = trends.filter((trend) => trend.points.length >= 2).slice(0, MAX_CHARTS);
  if (charted.length === 0) return void 0;
  const blocks = charted.map((trend) => {
    const values = (key) => trend.points.map((point) => round(point[key]));
    const labels = trend.points.map((point, index) => `"${chartLabel(point.commit, index)}"`);
    return [
      "```mermaid",
      "xychart-beta",
      `  title "${chartText(trend.name)} @${trend.concurrency} (ms)"`,
      `  x-axis [${labels.join(", ")}]`,
      '  y-axis "ms"',
      `  line [${values("p95").join(", ")}]`,
      `  line [${values("p50").join(", ")}]`,
      "```",
      "",
      `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .mdCode */ .xs)(trend.name)} @${trend.concurrency}, oldest \u2192 this run: p50 ${values("p50").join(" \u2192 ")} ms; p95 ${values("p95").join(" \u2192 ")} ms`
    ].join("\n");
  });
  const more = trends.length > charted.length ? `

<sub>${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(trends.length - charted.length)} more operations in results.json</sub>` : "";
  return [
    "<details><summary>Latency trend (upper line p95, lower line p50)</summary>",
    "",
    blocks.join("\n\n") + more,
    "",
    "</details>"
  ].join("\n");
}
var round = (value) => Math.round(value * 100) / 100;
function chartText(text) {
  return text.replace(/[^A-Za-z0-9 /_.@:-]/g, "").slice(0, 60);
}
function chartLabel(commit, index) {
  return commit && /^[0-9a-f]{7,}$/i.test(commit) ? commit.slice(0, 7) : `#${index + 1}`;
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




/***/ }),

/***/ 1308:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ bootFailure),
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   JG: () => (/* binding */ flowFailure),
/* harmony export */   PF: () => (/* binding */ SYMBOL),
/* harmony export */   Ql: () => (/* binding */ commentMarker),
/* harmony export */   RV: () => (/* binding */ renderJunit),
/* harmony export */   SY: () => (/* binding */ addRunSuites),
/* harmony export */   V1: () => (/* binding */ checkFailure),
/* harmony export */   W$: () => (/* binding */ COMMENT_LIMIT),
/* harmony export */   WB: () => (/* binding */ internalError),
/* harmony export */   Wt: () => (/* binding */ specLink),
/* harmony export */   Xj: () => (/* binding */ benchFailure),
/* harmony export */   c5: () => (/* binding */ fitToBudget),
/* harmony export */   pP: () => (/* binding */ flowStepLabel),
/* harmony export */   qr: () => (/* binding */ footer),
/* harmony export */   t5: () => (/* binding */ runsLabel),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   vK: () => (/* binding */ policyNote),
/* harmony export */   yI: () => (/* binding */ measureChars),
/* harmony export */   yX: () => (/* binding */ newJunitBuilder)
/* harmony export */ });
/* unused harmony export measureBytes */
/* harmony import */ var _chunk_D4AXYKFZ_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83780);
/* harmony import */ var _chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3751);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(91811);
/* harmony import */ var _chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(67905);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73118);
/* harmony import */ var junit_report_builder__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(51072);






// src/report/junit.ts

var junitReportBuilder = junit_report_builder__WEBPACK_IMPORTED_MODULE_4__;
var EVIDENCE_CHARS = 2e3;
var MESSAGE_CHARS = 500;
function flakyMarker(result) {
  const flaky = new Map((result.comparison?.flaky ?? []).map((item) => [item.key, item]));
  return (testCase, key) => {
    const item = flaky.get(key);
    if (!item) return void 0;
    testCase.property("flaky", "true");
    const history = item.history.map((point) => point.status).join(", ");
    return `Flaky (${item.reason === "same-commit" ? "differs on the same commit" : "failed again after a fix"}): ${history}`;
  };
}
function renderJunit(result, options) {
  const builder = newJunitBuilder(`mcp-ci ${result.server.name ?? ""}`.trim());
  addRunSuites(builder, result, options.strict);
  return builder.build();
}
function newJunitBuilder(name) {
  return junitReportBuilder.newBuilder().name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(name));
}
function addRunSuites(builder, result, strict, leg) {
  const prefix = leg === void 0 ? "" : `${leg}/`;
  const markFlaky = flakyMarker(result);
  for (const section of _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_3__/* .SECTIONS */ .bP) {
    const checks = result.checks.filter((check) => check.section === section);
    if (checks.length > 0)
      addCheckSuite(builder.testSuite(), section, checks, result.startedAt, strict, prefix, markFlaky);
  }
  for (const flow of result.flows) addFlowSuite(builder.testSuite(), flow, result.startedAt, strict, prefix, markFlaky);
  if (result.bench.length > 0)
    addBenchSuite(builder.testSuite(), result.bench, result.startedAt, strict, prefix, markFlaky);
}
function suite(testSuite, name, durationMs, startedAt) {
  testSuite.name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(name)).time((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(durationMs)).timestamp(startedAt);
}
function addCheckSuite(testSuite, section, checks, startedAt, strict, prefix, markFlaky) {
  suite(
    testSuite,
    `${prefix}conformance.${section}`,
    checks.reduce((sum, check) => sum + check.durationMs, 0),
    startedAt
  );
  for (const check of checks) {
    const testCase = testSuite.testCase().className((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${prefix}${section}`)).name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${check.id} [${check.protocolVersion}, ${check.transport}]: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(check.title)}`)).time((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(check.durationMs));
    const details = [
      check.rule ? `Rule (${check.level}): ${check.rule}` : void 0,
      `${check.level} \xB7 spec ${check.spec.version}: ${check.spec.url}`,
      check.requirements.length > 0 ? `Requirements: ${check.requirements.join(", ")}` : void 0,
      check.evidence ? evidenceText(check.evidence) : void 0,
      markFlaky(testCase, (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_5__/* .checkKey */ .yR)(check.id, check.protocolVersion))
    ];
    applyStatus(testCase, check.status, check.message, details, strict, check.level);
  }
}
function addFlowSuite(testSuite, flow, startedAt, strict, prefix, markFlaky) {
  suite(testSuite, `${prefix}flow.${flow.file}`, flow.durationMs, startedAt);
  const className = `${prefix}flow.${flow.name}`;
  if (flow.error !== void 0) {
    testSuite.testCase().className((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(className)).name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${flow.file}: load`)).failure((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(`could not be loaded: ${flow.error}`, MESSAGE_CHARS)), "flow");
    return;
  }
  for (const step of flow.steps) {
    const testCase = testSuite.testCase().className((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(className)).name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${step.id} [${step.kind}]`)).time((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatSeconds */ .Xo)(step.durationMs));
    const details = [...stepDetails(flow, step), markFlaky(testCase, (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_5__/* .stepKey */ .Ug)(flow.name, step.id))];
    applyStatus(testCase, step.status, step.message, details, strict, "flow");
  }
}
function stepDetails(flow, step) {
  return [
    step.line !== void 0 ? `At ${flow.file}:${step.line}` : `In ${flow.file}`,
    step.repeats ? `Passed ${step.repeats.passed} of ${step.repeats.total} runs${step.flaky ? " (flaky)" : ""}` : void 0,
    step.expected !== void 0 ? `Expected:
${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatJson */ .IB)(step.expected), EVIDENCE_CHARS)}` : void 0,
    step.actual !== void 0 ? `Actual:
${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatJson */ .IB)(step.actual), EVIDENCE_CHARS)}` : void 0
  ];
}
function addBenchSuite(testSuite, bench, startedAt, strict, prefix, markFlaky) {
  const className = (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${prefix}benchmarks`);
  suite(
    testSuite,
    `${prefix}benchmarks`,
    bench.reduce((sum, result) => sum + result.samples.reduce((total, sample) => total + sample, 0), 0),
    startedAt
  );
  for (const result of bench) {
    const operation = `${result.name} [concurrency ${result.concurrency}]`;
    for (const budget of result.budgets ?? []) {
      const testCase = testSuite.testCase().className(className).name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${operation}: ${budget.name} ${budget.limit}`));
      applyStatus(
        testCase,
        budget.status,
        `${budget.name}: measured ${budget.actual.toFixed(2)}, limit ${budget.limit}`,
        [statsLine(result), markFlaky(testCase, (0,_chunk_WFJK6SNW_mjs__WEBPACK_IMPORTED_MODULE_5__/* .budgetKey */ .fq)(result.name, result.concurrency, budget.name))],
        strict,
        "budget"
      );
    }
    if (result.comparison) {
      const { comparison } = result;
      const change = `p50 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(comparison.baselineP50)} -> ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(result.stats.p50)} (${comparison.p50ChangePct.toFixed(1)}%), p95 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(comparison.baselineP95)} -> ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(result.stats.p95)} (${comparison.p95ChangePct.toFixed(1)}%)` + (comparison.pValue !== void 0 ? `, p = ${comparison.pValue.toPrecision(2)}` : "");
      const testCase = testSuite.testCase().className(className).name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`${operation}: vs baseline`));
      if (comparison.regression) testCase.failure((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(`regression: ${change}`), "regression");
      else testCase.standardOutput((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlCdata */ .lh)(`${comparison.verdict}: ${change}`));
    }
  }
}
function statsLine(result) {
  const { stats } = result;
  return `p50 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(stats.p50)}, p95 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(stats.p95)}, p99 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(stats.p99)}, ${stats.throughput.toFixed(1)} ops/s over ${stats.count} calls (${stats.errors} errors)`;
}
function evidenceText(evidence) {
  const parts = ["Evidence:"];
  if (evidence.note) parts.push(`note: ${evidence.note}`);
  if (evidence.sent !== void 0) parts.push(`sent: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatJson */ .IB)(evidence.sent)}`);
  if (evidence.received !== void 0) parts.push(`received: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatJson */ .IB)(evidence.received)}`);
  return (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(parts.join("\n"), EVIDENCE_CHARS);
}
function applyStatus(testCase, status, message, details, strict, type) {
  const line = (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(message, MESSAGE_CHARS);
  const body = (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlCdata */ .lh)(
    [(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .truncate */ .xv)(message, EVIDENCE_CHARS), ...details].filter((part) => part !== void 0).join("\n")
  );
  switch ((0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .effectiveStatus */ .Gw)(status, strict)) {
    case "pass":
      return;
    case "fail":
      testCase.failure((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(line), status === "warn" ? `${type} (warning, failing under strict)` : type);
      testCase.stacktrace(body);
      return;
    case "skip":
      skipWithReason(testCase, (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .xmlText */ .xK)(line));
      return;
    case "warn":
      testCase.standardOutput(`warning: ${body}`);
      return;
  }
}
function skipWithReason(testCase, reason) {
  testCase.skipped();
  const build = testCase.build.bind(testCase);
  testCase.build = (parent) => {
    const element = build(parent);
    for (const child of element.children) {
      if ("name" in child && child.name === "skipped" && "att" in child) child.att("message", reason);
    }
    return element;
  };
}

// src/report/budget.ts
var measureChars = (text) => text.length;
var measureBytes = (text) => Buffer.byteLength(text, "utf8");
function fitToBudget(render, itemCount2, budget, lastResortNote) {
  const fits = (text2) => budget.measure(text2) <= budget.limit;
  for (const plan of [
    { passingDetail: true, evidence: true, itemLimit: itemCount2 },
    { passingDetail: false, evidence: true, itemLimit: itemCount2 },
    { passingDetail: false, evidence: false, itemLimit: itemCount2 }
  ]) {
    const text2 = render(plan);
    if (fits(text2)) return text2;
  }
  let low = 0;
  let high = itemCount2 - 1;
  let best;
  while (low <= high) {
    const middle = Math.floor((low + high) / 2);
    const text2 = render({ passingDetail: false, evidence: false, itemLimit: middle });
    if (fits(text2)) {
      best = text2;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  if (best !== void 0) return best;
  const blocks = render({ passingDetail: false, evidence: false, itemLimit: 0 }).split("\n\n");
  const tail = `

${lastResortNote}
`;
  while (blocks.length > 1 && !fits(blocks.join("\n\n") + tail)) blocks.pop();
  const text = blocks.join("\n\n") + tail;
  return fits(text) ? text : lastResortNote.slice(0, budget.limit);
}

// src/report/document.ts
var SYMBOL = { pass: "\u2705", fail: "\u274C", warn: "\u26A0\uFE0F", skip: "\u23ED\uFE0F" };
var VERDICT_TEXT = {
  passed: "\u2705 mcp-ci passed",
  "passed-with-warnings": "\u26A0\uFE0F mcp-ci passed with warnings",
  failed: "\u274C mcp-ci failed",
  "boot-error": "\u{1F4A5} mcp-ci could not boot the server",
  "config-error": "\u2699\uFE0F mcp-ci configuration error",
  "internal-error": "\u{1F4A5} mcp-ci internal error"
};
function buildReportModel(result, options) {
  const groups = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .groupChecks */ .rL)(result.checks, options.strict);
  return {
    result,
    options,
    verdict: (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .verdictOf */ .Vj)(result, options.strict),
    failures: [
      ...(0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .benchProblems */ .nP)(result.bench, options.strict).map((problem) => ({ kind: "bench", problem })),
      ...groups.filter((group) => group.status === "fail").map((group) => ({ kind: "check", group })),
      ...(0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .flowFailures */ .sq)(result.flows, options.strict).map((failure) => ({ kind: "flow", failure }))
    ],
    warnings: [
      ...groups.filter((group) => group.status === "warn").map((group) => ({ kind: "check", group })),
      ...(0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .flowWarnings */ .uC)(result.flows, options.strict).map((failure) => ({ kind: "flow", failure }))
    ],
    passing: groups.filter((group) => group.status === "pass" || group.status === "skip")
  };
}
function itemCount(model) {
  return model.failures.length + model.warnings.length;
}
function renderDocument(model, plan) {
  const { result, options } = model;
  const shownFailures = model.failures.slice(0, plan.itemLimit);
  const shownWarnings = model.warnings.slice(0, Math.max(0, plan.itemLimit - model.failures.length));
  const blocks = [
    options.marker,
    headline(model),
    quickNote(result),
    shortenedNote(model, plan, shownFailures.length + shownWarnings.length),
    result.comparison ? (0,_chunk_D4AXYKFZ_mjs__WEBPACK_IMPORTED_MODULE_0__/* .renderHistorySection */ .W)(result.comparison, { compact: !plan.evidence }) : void 0,
    result.boot.ok ? void 0 : bootFailure(result),
    result.error === void 0 ? void 0 : internalError(result.error),
    matrix(model),
    requirementTable(model),
    failureSection(model, shownFailures, plan.evidence),
    warningSection(model, shownWarnings),
    flowTable(result.flows, options.strict),
    benchTable(result.bench),
    plan.passingDetail ? passingSection(model.passing) : void 0,
    footer(result, options.links)
  ];
  return `${blocks.filter((block) => block !== void 0 && block !== "").join("\n\n")}
`;
}
function headline(model) {
  const { result, options } = model;
  const server = result.server.name ? `**${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.server.name, 80)}**${result.server.version ? ` ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.server.version, 40)}` : ""}` : (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.target.command ?? result.target.url ?? "server", 80);
  const transports = unique(result.checks.map((check) => check.transport));
  const versions = unique((0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .coverageMatrix */ .E6)(result.checks, false).columns.map((column) => column.protocolVersion));
  const { pass, fail, warn, skip } = result.summary;
  const counts = [
    `\u2705 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(pass)} passed`,
    `\u274C ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(fail)} failed`,
    `\u26A0\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(warn)} ${warn === 1 ? "warning" : "warnings"}${options.strict && warn > 0 ? " (failing: strict)" : ""}`,
    `\u23ED\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(skip)} not applicable`
  ];
  const parts = [
    server,
    (transports.length > 0 ? transports : [result.target.transport]).join(", "),
    versions.length > 0 ? `protocol ${versions.map((v) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(v, 20)).join(", ")}` : void 0,
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(result.durationMs),
    ...counts
  ];
  return `### ${VERDICT_TEXT[model.verdict]} \xB7 ${parts.filter((part) => part !== void 0).join(" \xB7 ")}`;
}
function quickNote(result) {
  const note = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .quickRunNote */ .Tz)(result);
  return note === void 0 ? void 0 : `> [!IMPORTANT]
> ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(note, 4e3)}`;
}
function shortenedNote(model, plan, itemsShown) {
  const left = [];
  if (!plan.passingDetail && model.passing.length > 0) left.push("passing detail");
  if (!plan.evidence && hasEvidence(model)) left.push("evidence");
  const total = itemCount(model);
  if (itemsShown < total) {
    left.push(`${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(total - itemsShown)} of ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(total)} failure and warning items`);
  }
  if (left.length === 0) return void 0;
  return [
    "> [!NOTE]",
    `> Shortened to fit ${model.options.limitLabel}: left out ${left.join(", ")}.`,
    `> The full report is in ${model.options.elsewhere}.`
  ].join("\n");
}
function hasEvidence(model) {
  return model.failures.some(
    (item) => item.kind === "check" && item.group.evidence !== void 0 || item.kind === "flow" && item.failure.step !== void 0
  );
}
function bootFailure(result) {
  const { boot } = result;
  const exit = boot.exitCode !== void 0 && boot.exitCode !== null ? ` It exited with code ${boot.exitCode}.` : boot.signal ? ` It was ended by ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(boot.signal, 20)}.` : "";
  const lines = [
    "> [!CAUTION]",
    `> The server did not become ready after ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(boot.ms)}: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(boot.error ?? "no handshake", 500)}.${exit}`
  ];
  if (boot.stderrTail)
    lines.push("", "Last lines the server wrote to stderr:", "", (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeBlock */ .w6)(boot.stderrTail, "text"));
  return lines.join("\n");
}
function internalError(error) {
  const [first = ""] = error.split("\n");
  return [
    "> [!CAUTION]",
    `> mcp-ci itself failed, so this report is incomplete: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(first, 300)}. Please report it with the trace below.`,
    "",
    "<details><summary>Trace</summary>",
    "",
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeBlock */ .w6)(error, "text"),
    "",
    "</details>"
  ].join("\n");
}
function cell(counts) {
  if (!counts) return "\xB7";
  const parts = [];
  for (const level of ["MUST", "SHOULD", "MAY"]) {
    if (counts.fail[level] > 0) parts.push(`\u274C ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(counts.fail[level])} ${level}`);
  }
  if (counts.warn > 0) parts.push(`\u26A0\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(counts.warn)}`);
  if (counts.pass > 0) parts.push(`\u2705 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(counts.pass)}`);
  if (counts.skip > 0) parts.push(`\u23ED\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(counts.skip)}`);
  return parts.join(" ");
}
function table(header, align, rows) {
  const rule = align.map((a) => a === "l" ? ":--" : a === "c" ? ":-:" : "--:");
  return [header, rule, ...rows].map((row) => `| ${row.join(" | ")} |`).join("\n");
}
function matrix(model) {
  const { rows, columns, totals } = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .coverageMatrix */ .E6)(model.result.checks, model.options.strict);
  if (rows.length === 0) return void 0;
  const showTransport = unique(columns.map((column) => column.transport)).length > 1;
  const header = ["Section", ...columns.map((column) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .columnLabel */ .Zp)(column, showTransport), 40))];
  const body = rows.map((row) => [row.section, ...row.cells.map(cell)]);
  body.push(["**Total**", ...totals.map(cell)]);
  const strictNote = model.options.strict ? ", and under strict SHOULD / MAY fail too" : "";
  return [
    "#### Spec coverage",
    table(
      header,
      header.map((_, index) => index === 0 ? "l" : "c"),
      body
    ),
    `<sub>\u2705 passed \xB7 \u274C failed (MUST: the spec requires it${strictNote}) \xB7 \u26A0\uFE0F warning (a SHOULD or MAY, or a lenient reading) \xB7 \u23ED\uFE0F not applicable to this server \xB7 \xB7 not run</sub>`
  ].join("\n\n");
}
function requirementTable(model) {
  const coverage = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .requirementCoverage */ .s_)(model.result.checks, model.options.strict);
  if (coverage.length === 0) return void 0;
  const rows = coverage.map((entry) => [
    entry.section,
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(entry.exercised.length),
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(entry.notApplicable.length),
    entry.failing.length > 0 ? entry.failing.map((id) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(id, 20)).join(", ") : "\u2014"
  ]);
  return [
    "#### Requirement coverage",
    table(["Section", "Exercised", "Not applicable", "Failing"], ["l", "r", "r", "l"], rows)
  ].join("\n\n");
}
function runsLabel(runs) {
  const transports = unique(runs.map((run) => run.transport));
  if (transports.length === 1) {
    return `${unique(runs.map((run) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(run.protocolVersion, 20))).join(", ")} \xB7 ${transports[0]}`;
  }
  return runs.map((run) => `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(run.protocolVersion, 20)} (${run.transport})`).join(", ");
}
function specLink(group) {
  const anchor = group.spec.url.replace(/^.*\/specification\/[^/]+\//, "");
  return (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdLink */ .YF)(`spec: ${anchor || group.spec.version}`, group.spec.url);
}
function policyNote(group) {
  if (group.policy?.staleExpectedFailure) return "listed in expected-failures but passes now: remove it from that list";
  if (group.policy?.expectedFailure) return "expected failure (listed in expected-failures)";
  if (group.policy?.skippedByConfig) return `skipped by configuration: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.policy.skippedByConfig, 200)}`;
  return void 0;
}
function evidenceBlock(evidence) {
  const parts = ["<details><summary>Evidence</summary>", ""];
  if (evidence.note) parts.push((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(evidence.note, 500), "");
  if (evidence.sent !== void 0) parts.push("Sent:", "", evidenceCode(evidence.sent), "");
  if (evidence.received !== void 0) {
    parts.push("Received:", "", evidenceCode(evidence.received), "");
  }
  parts.push("</details>");
  return parts.join("\n");
}
function evidenceCode(value) {
  const text = (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatJson */ .IB)(value);
  const isJson = typeof value !== "string" || text !== value;
  return (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCodeBlock */ .w6)(text, isJson ? "json" : "text", 1500);
}
function checkFailure(group, withEvidence, where = runsLabel(group.runs)) {
  const facts = [group.level, where, ...group.requirements.map((id) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(id, 20)), specLink(group)];
  const note = policyNote(group);
  const lines = [
    `**\u274C ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(group.id)}** \u2014 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.title, 200)}\\`,
    `${facts.join(" \xB7 ")}\\`,
    ...group.rule ? [`Rule: \u201C${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.rule, 400)}\u201D\\`] : [],
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.message, 500) + (note ? ` (${note})` : "")
  ];
  const block = lines.join("\n");
  return withEvidence && group.evidence ? `${block}

${evidenceBlock(group.evidence)}` : block;
}
function flowStepLabel(failure) {
  const where = failure.step?.line !== void 0 ? `${failure.flow.file}:${failure.step.line}` : failure.flow.file;
  const step = failure.step ? ` \u203A step ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(failure.step.id)}` : "";
  return `flow ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(failure.flow.name)}${step} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(where, 200)})`;
}
function flowFailure(failure, withEvidence, where) {
  const { step } = failure;
  const reason = step ? step.message : `could not be loaded: ${failure.flow.error ?? "unknown error"}`;
  const repeats = step?.repeats ? ` (passed ${step.repeats.passed} of ${step.repeats.total} runs)` : "";
  const label = `**\u274C ${flowStepLabel(failure)}**${where ? ` \xB7 ${where}` : ""}`;
  const block = `${label}\\
${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(reason, 500)}${repeats}`;
  if (!withEvidence || !step || step.expected === void 0 && step.actual === void 0) return block;
  const parts = ["<details><summary>Expected and actual</summary>", ""];
  if (step.expected !== void 0) parts.push("Expected:", "", evidenceCode(step.expected), "");
  if (step.actual !== void 0) parts.push("Actual:", "", evidenceCode(step.actual), "");
  parts.push("</details>");
  return `${block}

${parts.join("\n")}`;
}
function benchLabel(bench) {
  return `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(bench.name)} at concurrency ${bench.concurrency}`;
}
function benchFailure(problem) {
  const { bench } = problem;
  if (problem.kind === "budget" && problem.budget) {
    const { budget } = problem;
    return `**\u274C Budget ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(budget.name, 40)}** on ${benchLabel(bench)} \u2014 measured ${budget.actual.toFixed(2)}, limit ${budget.limit}`;
  }
  const comparison = bench.comparison;
  if (!comparison) return `**\u274C Regression** on ${benchLabel(bench)}`;
  const pValue = comparison.pValue !== void 0 ? `, p = ${comparison.pValue.toPrecision(2)}` : "";
  return `**\u274C Regression** on ${benchLabel(bench)} \u2014 p95 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(comparison.baselineP95)} \u2192 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(bench.stats.p95)} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(comparison.p95ChangePct, comparison.verdict)}), p50 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(comparison.baselineP50)} \u2192 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(bench.stats.p50)} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(comparison.p50ChangePct, comparison.verdict)})${pValue}`;
}
function failureSection(model, shown, withEvidence) {
  if (model.failures.length === 0) return void 0;
  const items = shown.map((item) => {
    if (item.kind === "bench") return benchFailure(item.problem);
    if (item.kind === "check") return checkFailure(item.group, withEvidence);
    return flowFailure(item.failure, withEvidence);
  });
  const hidden = model.failures.length - shown.length;
  if (hidden > 0) items.push(`_\u2026and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(hidden)} more failures, listed in ${model.options.elsewhere}._`);
  return [`#### \u274C Failures (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(model.failures.length)})`, ...items].join("\n\n");
}
function warningSection(model, shown) {
  if (model.warnings.length === 0) return void 0;
  const rows = shown.map((item) => {
    if (item.kind === "flow") {
      const step = item.failure.step;
      return [flowStepLabel(item.failure), "\u2014", "\u2014", (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(step?.message ?? "", 300), "\u2014"];
    }
    const { group } = item;
    const note = policyNote(group);
    return [
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(group.id),
      group.level,
      runsLabel(group.runs),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.message, 300) + (note ? ` (${note})` : ""),
      specLink(group)
    ];
  });
  const hidden = model.warnings.length - shown.length;
  const parts = [
    `<details><summary>\u26A0\uFE0F Warnings (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(model.warnings.length)})</summary>`,
    rows.length > 0 ? table(["Check", "Level", "Versions", "Reason", "Spec"], ["l", "l", "l", "l", "l"], rows) : "",
    hidden > 0 ? `_\u2026and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(hidden)} more warnings, listed in ${model.options.elsewhere}._` : "",
    "</details>"
  ];
  return parts.filter((part) => part !== "").join("\n\n");
}
function flowTable(flows, strict) {
  if (flows.length === 0) return void 0;
  const rows = flows.map((flow) => {
    const passed = flow.steps.filter((step) => step.status === "pass").length;
    const firstFailure = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_1__/* .flowFailures */ .sq)([flow], strict)[0];
    let failureText = "\u2014";
    if (firstFailure?.step) {
      const line = firstFailure.step.line !== void 0 ? ` (line ${firstFailure.step.line})` : "";
      failureText = `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(firstFailure.step.id)}${line}: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(firstFailure.step.message, 200)}`;
    } else if (firstFailure) {
      failureText = `could not be loaded: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(flow.error ?? "", 200)}`;
    }
    const status = strict && flow.status === "warn" ? "fail" : flow.status;
    return [
      SYMBOL[status],
      `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(flow.name, 80)} (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(flow.file)})`,
      `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(passed)} / ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(flow.steps.length)}`,
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(flow.durationMs),
      failureText
    ];
  });
  return [
    "#### Flows",
    table(["", "Flow", "Steps passed", "Duration", "First failure"], ["c", "l", "r", "r", "l"], rows)
  ].join("\n\n");
}
function benchTable(bench) {
  if (bench.length === 0) return void 0;
  const withBaseline = bench.some((result) => result.comparison);
  const withBudgets = bench.some((result) => (result.budgets ?? []).length > 0);
  const header = ["Operation", "Concurrency", "p50", "p95", "p99", "ops/s"];
  if (withBaseline) header.push("p50 vs baseline", "p95 vs baseline");
  if (withBudgets) header.push("Budgets");
  const rows = bench.map((result) => {
    const name = `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(result.name)}${result.stats.errors > 0 ? ` (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(result.stats.errors)} errors)` : ""}`;
    const note = result.note ? ` \u2014 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.note, 120)}` : "";
    const row = [
      name + note,
      String(result.concurrency),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(result.stats.p50),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(result.stats.p95),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatLatency */ .YL)(result.stats.p99),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatThroughput */ .Y5)(result.stats.throughput)
    ];
    if (withBaseline) {
      const comparison = result.comparison;
      const flag = comparison?.regression ? " \u274C" : "";
      row.push(
        comparison ? (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(comparison.p50ChangePct, comparison.verdict) : "\u2014",
        comparison ? `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatChange */ .eD)(comparison.p95ChangePct, comparison.verdict)}${flag}` : "\u2014"
      );
    }
    if (withBudgets) {
      const budgets = result.budgets ?? [];
      row.push(
        budgets.length > 0 ? budgets.map((budget) => `${SYMBOL[budget.status]} ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(budget.name, 40)} ${budget.limit}`).join(", ") : "\u2014"
      );
    }
    return row;
  });
  return [
    "#### Benchmarks",
    table(
      header,
      header.map((_, index) => index === 0 ? "l" : "r"),
      rows
    ),
    withBaseline ? "<sub>\u2191 slower than the baseline \xB7 \u2193 faster \xB7 \u2192 no significant change \xB7 \u274C a regression</sub>" : ""
  ].filter((part) => part !== "").join("\n\n");
}
function passingSection(passing) {
  if (passing.length === 0) return void 0;
  const passed = passing.filter((group) => group.status === "pass").length;
  const skipped = passing.length - passed;
  const rows = passing.map((group) => {
    const note = policyNote(group);
    return [SYMBOL[group.status], (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdCode */ .xs)(group.id), runsLabel(group.runs), note ?? (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(group.message, 200)];
  });
  return [
    `<details><summary>\u2705 Passed (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(passed)}) \xB7 \u23ED\uFE0F Not applicable (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .formatCount */ .B4)(skipped)})</summary>`,
    table(["", "Check", "Versions", "Note"], ["c", "l", "l", "l"], rows),
    "</details>"
  ].join("\n\n");
}
function footer(result, links) {
  const parts = [`${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.tool.name, 40)} ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdText */ .bC)(result.tool.version, 40)}`];
  if (links?.summaryUrl) parts.push((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdLink */ .YF)("job summary", links.summaryUrl));
  if (links?.artifactUrl) parts.push((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdLink */ .YF)("report artifact", links.artifactUrl));
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function unique(values) {
  return [...new Set(values)];
}

// src/report/markdown.ts
var COMMENT_LIMIT = 65536;
function commentMarker(commentId) {
  return `<!-- mcp-ci:${commentId} -->`;
}
function renderMarkdown(result, options) {
  const limit = options.maxChars ?? COMMENT_LIMIT;
  const elsewhere = whereTheFullReportIs(options.links);
  const model = buildReportModel(result, {
    strict: options.strict,
    marker: commentMarker(options.commentId),
    links: options.links,
    limitLabel: `GitHub's ${limit.toLocaleString("en-US")}-character comment limit`,
    elsewhere
  });
  return fitToBudget(
    (plan) => renderDocument(model, plan),
    itemCount(model),
    { limit, measure: measureChars },
    `> [!NOTE]
> The rest of this report did not fit in a comment; it is in ${elsewhere}.`
  );
}
function whereTheFullReportIs(links) {
  const summary = links?.summaryUrl ? (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdLink */ .YF)("the job summary", links.summaryUrl) : "the job summary";
  const artifact = links?.artifactUrl ? `the ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_2__/* .mdLink */ .YF)("report artifact", links.artifactUrl)}` : "the report artifact";
  return `${summary} and ${artifact} (report.md, junit.xml, results.json)`;
}




/***/ })

};
