export const id = 410;
export const ids = [410];
export const modules = {

/***/ 96410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeReportFolders: () => (/* binding */ mergeReportFolders),
/* harmony export */   parseMergeSettings: () => (/* binding */ parseMergeSettings)
/* harmony export */ });
/* unused harmony exports renderMergedMarkdown, renderMergedSummary */
/* harmony import */ var _chunk_LVP2H4YB_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23166);
/* harmony import */ var _chunk_V354BEC4_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28227);
/* harmony import */ var _chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1308);
/* harmony import */ var _chunk_D4AXYKFZ_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83780);
/* harmony import */ var _chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3751);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(91811);
/* harmony import */ var _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91552);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(73118);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76760);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51455);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(56128);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(41514);










// src/merge/index.ts


// src/merge/legs.ts




// src/merge/merge.ts
function duplicateLegNames(legs) {
  const seen = /* @__PURE__ */ new Set();
  const duplicates = /* @__PURE__ */ new Set();
  for (const leg of legs) {
    if (seen.has(leg.name)) duplicates.add(leg.name);
    seen.add(leg.name);
  }
  return [...duplicates];
}
function mergeLegs(legs, strict) {
  const summaries = legs.map((leg) => ({
    ...leg,
    verdict: leg.result ? (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .verdictOf */ .Vj)(leg.result, strict) : "no-results"
  }));
  const ran = legs.filter((leg) => leg.result !== void 0);
  const checkGroups = mergeCheckGroups(ran, strict);
  const flowGroups = (select) => mergeFlowFailures(ran, (flows) => select(flows, strict));
  return {
    legs: summaries,
    outcome: worstOutcome(summaries),
    summary: sumSummaries(ran.map((leg) => leg.result.summary)),
    strict,
    matrix: legMatrix(ran, strict),
    failures: [
      ...ran.flatMap(
        (leg) => (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .benchProblems */ .nP)(leg.result.bench, strict).map((problem) => ({ kind: "bench", leg: leg.name, problem }))
      ),
      ...checkGroups.filter(({ group }) => group.status === "fail").map((item) => ({ kind: "check", item })),
      ...flowGroups(_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .flowFailures */ .sq).map((item) => ({ kind: "flow", item }))
    ],
    warnings: [
      ...checkGroups.filter(({ group }) => group.status === "warn").map((item) => ({ kind: "check", item })),
      ...flowGroups(_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .flowWarnings */ .uC).map((item) => ({ kind: "flow", item }))
    ],
    passing: checkGroups.filter(({ group }) => group.status === "pass" || group.status === "skip")
  };
}
function worstOutcome(legs) {
  let worst = "passed";
  for (const leg of legs) {
    const outcome = leg.verdict === "no-results" ? "config-error" : leg.verdict === "passed-with-warnings" ? "passed" : leg.verdict;
    if (_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_CODES */ .ai[outcome] > _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .EXIT_CODES */ .ai[worst]) worst = outcome;
  }
  return worst;
}
function sumSummaries(summaries) {
  const total = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const summary of summaries) {
    total.pass += summary.pass;
    total.fail += summary.fail;
    total.warn += summary.warn;
    total.skip += summary.skip;
  }
  return total;
}
function legMatrix(legs, strict) {
  const cellsBySection = /* @__PURE__ */ new Map();
  const totals = legs.map(_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .emptyCounts */ .W1);
  legs.forEach((leg, index) => {
    for (const check2 of leg.result.checks) {
      let cells = cellsBySection.get(check2.section);
      if (!cells) {
        cells = legs.map(() => void 0);
        cellsBySection.set(check2.section, cells);
      }
      for (const counts of [cells[index] ??= (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .emptyCounts */ .W1)(), totals[index] ?? (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .emptyCounts */ .W1)()]) {
        const status2 = (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .effectiveStatus */ .Gw)(check2.status, strict);
        if (status2 === "fail") counts.fail[check2.level] += 1;
        else counts[status2] += 1;
      }
    }
  });
  const rows = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SECTIONS */ .bP.flatMap((section) => {
    const cells = cellsBySection.get(section);
    return cells ? [{ section, cells }] : [];
  });
  return { columns: legs.map((leg) => leg.name), rows, totals };
}
function mergeCheckGroups(legs, strict) {
  const merged = /* @__PURE__ */ new Map();
  for (const leg of legs) {
    for (const group of (0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .groupChecks */ .rL)(leg.result.checks, strict)) {
      const key = JSON.stringify([group.id, group.status, group.message]);
      const sighting = { leg: leg.name, runs: group.runs };
      const existing = merged.get(key);
      if (existing) existing.seenOn.push(sighting);
      else merged.set(key, { group, seenOn: [sighting] });
    }
  }
  const levelRank = { MUST: 0, SHOULD: 1, MAY: 2 };
  return [...merged.values()].sort(
    (a, b) => levelRank[a.group.level] - levelRank[b.group.level] || _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SECTIONS */ .bP.indexOf(a.group.section) - _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SECTIONS */ .bP.indexOf(b.group.section) || a.group.id.localeCompare(b.group.id)
  );
}
function mergeFlowFailures(legs, select) {
  const merged = /* @__PURE__ */ new Map();
  for (const leg of legs) {
    for (const failure of select(leg.result.flows)) {
      const key = JSON.stringify([
        failure.flow.file,
        failure.flow.name,
        failure.step?.id,
        failure.step?.status,
        failure.step ? failure.step.message : failure.flow.error
      ]);
      const existing = merged.get(key);
      const sighting = { leg: leg.name, runs: [] };
      if (existing) existing.seenOn.push(sighting);
      else merged.set(key, { failure, seenOn: [sighting] });
    }
  }
  return [...merged.values()];
}

// src/merge/results-schema.ts

var status = zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["pass", "fail", "warn", "skip"]);
var level = zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["MUST", "SHOULD", "MAY"]);
var transport = zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["stdio", "http", "sse", "memory"]);
var count = zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig().int().min(0);
var evidence = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  sent: zod__WEBPACK_IMPORTED_MODULE_10__/* .unknown */ .L5J().optional(),
  received: zod__WEBPACK_IMPORTED_MODULE_10__/* .unknown */ .L5J().optional(),
  note: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
});
var check = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  id: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  title: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  section: zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SECTIONS */ .bP),
  level,
  status,
  message: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  protocolVersion: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  transport,
  spec: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ version: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), url: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP() }),
  rule: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
  requirements: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()),
  durationMs: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  evidence: evidence.optional(),
  policy: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
    expectedFailure: zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY().optional(),
    staleExpectedFailure: zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY().optional(),
    skippedByConfig: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
  }).optional()
});
var flowStep = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  id: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  kind: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  status,
  message: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  durationMs: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  line: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig().optional(),
  repeats: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ total: count, passed: count }).optional(),
  flaky: zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY().optional(),
  expected: zod__WEBPACK_IMPORTED_MODULE_10__/* .unknown */ .L5J().optional(),
  actual: zod__WEBPACK_IMPORTED_MODULE_10__/* .unknown */ .L5J().optional()
});
var flow = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  file: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  status,
  durationMs: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  steps: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(flowStep),
  error: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
});
var stats = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  count,
  errors: count,
  min: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  p50: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  p90: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  p95: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  p99: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  max: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  mean: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  stddev: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  throughput: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig()
});
var bench = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  concurrency: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  stats,
  samples: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig()),
  budgets: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), limit: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), actual: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(), status })).optional(),
  comparison: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
    baselineP50: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
    baselineP95: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
    p50ChangePct: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
    p95ChangePct: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
    verdict: zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["faster", "same", "slower"]),
    regression: zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY(),
    pValue: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig().optional()
  }).optional(),
  note: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
});
var runResultSchema = zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
  schemaVersion: zod__WEBPACK_IMPORTED_MODULE_10__/* .literal */ .euz(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_VERSION */ .f$),
  tool: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), version: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP() }),
  leg: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
  target: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ transport, command: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(), url: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional() }),
  server: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
    name: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    version: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    protocolVersion: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    acceptedVersions: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP()).optional(),
    capabilities: zod__WEBPACK_IMPORTED_MODULE_10__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_10__/* .unknown */ .L5J()).optional(),
    instructions: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
  }),
  boot: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({
    ok: zod__WEBPACK_IMPORTED_MODULE_10__/* .boolean */ .zMY(),
    ms: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
    exitCode: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig().nullable().optional(),
    signal: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().nullable().optional(),
    error: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional(),
    stderrTail: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
  }),
  checks: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(check),
  flows: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(flow),
  bench: zod__WEBPACK_IMPORTED_MODULE_10__/* .array */ .YOg(bench),
  summary: zod__WEBPACK_IMPORTED_MODULE_10__/* .looseObject */ ._H3({ pass: count, fail: count, warn: count, skip: count }),
  startedAt: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP(),
  durationMs: zod__WEBPACK_IMPORTED_MODULE_10__/* .number */ .aig(),
  outcome: zod__WEBPACK_IMPORTED_MODULE_10__/* ["enum"] */ .k5n(["passed", "failed", "config-error", "boot-error", "internal-error"]).optional(),
  error: zod__WEBPACK_IMPORTED_MODULE_10__/* .string */ .YjP().optional()
});
function parseRunResult(data) {
  const parsed = runResultSchema.safeParse(data);
  if (parsed.success) return { result: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 3).map((issue) => {
      const path = issue.path.map((part) => typeof part === "number" ? `[${part}]` : `.${String(part)}`).join("");
      return `${path.replace(/^\./, "") || "(top level)"}: ${issue.message}`;
    })
  };
}

// src/merge/legs.ts
async function readLegs(patterns, cwd, source) {
  if (patterns.length === 0) throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${source}: name at least one report folder (or glob)`);
  const folders = [];
  for (const pattern of patterns) {
    for (const folder of await foldersOf(pattern, cwd, source)) {
      if (!folders.includes(folder)) folders.push(folder);
    }
  }
  const legs = await Promise.all(folders.map((folder) => readLeg(folder, cwd)));
  if (legs.every((leg) => leg.result === void 0)) {
    const lines = legs.map((leg) => `  ${leg.folder}: ${leg.problem ?? "no results"}`);
    throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${source}: no report folder holds a usable results.json:
${lines.join("\n")}`);
  }
  const duplicates = duplicateLegNames(legs);
  if (duplicates.length > 0) {
    const folderList = (name) => legs.filter((leg) => leg.name === name).map((leg) => leg.folder).join(", ");
    throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(
      `${source}: ${duplicates.map((name) => `leg "${name}" is in several folders (${folderList(name)})`).join("; ")}; give each leg its own comment-id, or each folder its own name`
    );
  }
  return legs;
}
async function foldersOf(pattern, cwd, source) {
  if ((0,tinyglobby__WEBPACK_IMPORTED_MODULE_11__/* .isDynamicPattern */ .ey)(pattern)) {
    const matches = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_11__/* .glob */ .TI)(pattern, { cwd, onlyDirectories: true, expandDirectories: false });
    if (matches.length === 0) throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${source}: "${pattern}" matches no folder (under ${cwd})`);
    return matches.map((match) => match.replace(/\/$/, "")).sort();
  }
  let isFolder;
  try {
    isFolder = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_8__.resolve)(cwd, pattern))).isDirectory();
  } catch {
    throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${source}: report folder "${pattern}" does not exist (under ${cwd})`);
  }
  if (!isFolder) throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${source}: "${pattern}" is a file; name the report folder that holds it`);
  return [pattern.replace(/\/$/, "")];
}
async function readLeg(folder, cwd) {
  const name = (0,node_path__WEBPACK_IMPORTED_MODULE_8__.basename)((0,node_path__WEBPACK_IMPORTED_MODULE_8__.resolve)(cwd, folder));
  let text;
  try {
    text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_8__.resolve)(cwd, folder, "results.json"), "utf8");
  } catch {
    return { name, folder, problem: `no results.json in ${folder}` };
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { name, folder, problem: `${folder}/results.json is not valid JSON (${error.message})` };
  }
  const version = data?.schemaVersion;
  if (typeof version === "number" && version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_VERSION */ .f$) {
    return {
      name,
      folder,
      problem: `${folder}/results.json has schemaVersion ${version}; this mcp-ci reads ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_7__/* .SCHEMA_VERSION */ .f$}: merge with the mcp-ci version the legs ran`
    };
  }
  const parsed = parseRunResult(data);
  if ("problems" in parsed) {
    return {
      name,
      folder,
      problem: `${folder}/results.json is not an mcp-ci results file (${parsed.problems.join("; ")})`
    };
  }
  return { name: parsed.result.leg ?? name, folder, result: parsed.result };
}

// src/merge/write.ts



// src/report/summary.ts
var SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));

// src/merge/document.ts
var LEG_VERDICT = {
  passed: "\u2705 passed",
  "passed-with-warnings": "\u26A0\uFE0F passed with warnings",
  failed: "\u274C failed",
  "boot-error": "\u{1F4A5} could not boot the server",
  "config-error": "\u2699\uFE0F configuration error",
  "internal-error": "\u{1F4A5} internal error",
  "no-results": "\u2753 no results"
};
function renderMergedMarkdown(merged, options) {
  const limit = options.maxChars ?? _chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_LIMIT */ .W$;
  const summary = options.links?.summaryUrl ? (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdLink */ .YF)("the job summary", options.links.summaryUrl) : "the job summary";
  const elsewhere = `${summary} and each leg's report artifact`;
  return fitMerged(
    merged,
    {
      marker: (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .commentMarker */ .Ql)(options.commentId),
      links: options.links,
      limitLabel: `GitHub's ${limit.toLocaleString("en-US")}-character comment limit`,
      elsewhere
    },
    { limit, measure: _chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .measureChars */ .yI }
  );
}
function renderMergedSummary(merged, options) {
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  return fitMerged(
    merged,
    {
      links: options.links,
      limitLabel: `the job summary's ${limit === SUMMARY_LIMIT_BYTES ? "1 MiB" : `${limit.toLocaleString("en-US")}-byte`} limit`,
      elsewhere: "each leg's report artifact"
    },
    { limit, measure: measureBytes }
  );
}
function fitMerged(merged, options, budget) {
  return (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .fitToBudget */ .c5)(
    (plan) => renderMergedDocument(merged, options, plan),
    merged.failures.length + merged.warnings.length,
    budget,
    `> [!NOTE]
> The rest of this report did not fit; it is in ${options.elsewhere}.`
  );
}
function renderMergedDocument(merged, options, plan) {
  const legsWithResults = merged.legs.filter((leg) => leg.result !== void 0).length;
  const where = (seenOn) => sightings(seenOn, legsWithResults);
  const shownFailures = merged.failures.slice(0, plan.itemLimit);
  const shownWarnings = merged.warnings.slice(0, Math.max(0, plan.itemLimit - merged.failures.length));
  const blocks = [
    options.marker,
    headline(merged),
    shortenedNote(merged, options, plan, shownFailures.length + shownWarnings.length),
    legTable(merged.legs),
    legProblems(merged.legs),
    matrix(merged),
    failureSection(merged, options, shownFailures, plan.evidence, where),
    warningSection(merged, options, shownWarnings, where),
    benchTable(merged.legs),
    plan.passingDetail ? passingSection(merged, where) : void 0,
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .footer */ .qr)({ tool: { name: _chunk_LVP2H4YB_mjs__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_NAME */ .l, version: _chunk_LVP2H4YB_mjs__WEBPACK_IMPORTED_MODULE_0__/* .TOOL_VERSION */ .w } }, options.links)
  ];
  return `${blocks.filter((block) => block !== void 0 && block !== "").join("\n\n")}
`;
}
function headline(merged) {
  const total = merged.legs.length;
  const notPassed = merged.legs.filter((leg) => leg.verdict !== "passed" && leg.verdict !== "passed-with-warnings");
  const warned = merged.legs.some((leg) => leg.verdict === "passed-with-warnings");
  const legs = `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(total)} ${total === 1 ? "leg" : "legs"}`;
  const verdict = notPassed.length > 0 ? `\u274C mcp-ci failed on ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(notPassed.length)} of ${legs}` : `${warned ? "\u26A0\uFE0F mcp-ci passed with warnings" : "\u2705 mcp-ci passed"} on ${total === 1 ? "" : "all "}${legs}`;
  const { pass, fail, warn, skip } = merged.summary;
  const counts = [
    `\u2705 ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(pass)} passed`,
    `\u274C ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(fail)} failed`,
    `\u26A0\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(warn)} ${warn === 1 ? "warning" : "warnings"}${merged.strict && warn > 0 ? " (failing: strict)" : ""}`,
    `\u23ED\uFE0F ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(skip)} not applicable`
  ];
  return `### ${verdict} \xB7 ${counts.join(" \xB7 ")}`;
}
function shortenedNote(merged, options, plan, itemsShown) {
  const left = [];
  if (!plan.passingDetail && merged.passing.length > 0) left.push("passing detail");
  if (!plan.evidence) left.push("evidence");
  const total = merged.failures.length + merged.warnings.length;
  if (itemsShown < total)
    left.push(`${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(total - itemsShown)} of ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(total)} failure and warning items`);
  if (left.length === 0) return void 0;
  return [
    "> [!NOTE]",
    `> Shortened to fit ${options.limitLabel}: left out ${left.join(", ")}.`,
    `> The full report is in ${options.elsewhere}.`
  ].join("\n");
}
var legName = (name) => `**${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(name, 60)}**`;
function legTable(legs) {
  const rows = legs.map((leg) => {
    const result = leg.result;
    if (!result) return [LEG_VERDICT[leg.verdict], legName(leg.name), "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014", "\u2014"];
    const versions = [...new Set((0,_chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_4__/* .coverageMatrix */ .E6)(result.checks, false).columns.map((c) => c.protocolVersion))];
    const transports = [...new Set(result.checks.map((check2) => check2.transport))];
    const { pass, fail, warn, skip } = result.summary;
    return [
      LEG_VERDICT[leg.verdict],
      legName(leg.name),
      serverLabel(result),
      (transports.length > 0 ? transports : [result.target.transport]).join(", "),
      versions.length > 0 ? versions.map((v) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(v, 20)).join(", ") : "\u2014",
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(pass),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(fail),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(warn),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(skip),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatDuration */ .a3)(result.durationMs)
    ];
  });
  return [
    "#### Legs",
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(
      ["Verdict", "Leg", "Server", "Transport", "Protocol", "Passed", "Failed", "Warnings", "N/A", "Duration"],
      ["l", "l", "l", "l", "l", "r", "r", "r", "r", "r"],
      rows
    )
  ].join("\n\n");
}
function serverLabel(result) {
  if (!result.server.name) return (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(result.target.command ?? result.target.url ?? "server", 80);
  return `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(result.server.name, 60)}${result.server.version ? ` ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(result.server.version, 30)}` : ""}`;
}
function legProblems(legs) {
  const blocks = legs.flatMap((leg) => {
    const result = leg.result;
    if (!result) {
      return [
        `> [!WARNING]
> Leg ${legName(leg.name)} has no results: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(leg.problem ?? "no results.json", 400)}.
> Its job may have failed before mcp-ci ran, or its report folder was not uploaded or downloaded.`
      ];
    }
    if (result.outcome === "config-error") {
      return [`> [!WARNING]
> Leg ${legName(leg.name)}: configuration error: ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(result.error ?? "", 400)}.`];
    }
    if (result.error !== void 0) return [`${legName(leg.name)}

${(0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .internalError */ .WB)(result.error)}`];
    if (!result.boot.ok) return [`${legName(leg.name)}

${(0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .bootFailure */ .$v)(result)}`];
    return [];
  });
  return blocks.length > 0 ? blocks.join("\n\n") : void 0;
}
function matrix(merged) {
  const { columns, rows, totals } = merged.matrix;
  if (rows.length === 0) return void 0;
  const header = ["Section", ...columns.map((name) => (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(name, 40))];
  const body = rows.map((row) => [row.section, ...row.cells.map(_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)]);
  body.push(["**Total**", ...totals.map(_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)]);
  const strictNote = merged.strict ? ", and under strict SHOULD / MAY fail too" : "";
  return [
    "#### Spec coverage by leg",
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(
      header,
      header.map((_, index) => index === 0 ? "l" : "c"),
      body
    ),
    `<sub>\u2705 passed \xB7 \u274C failed (MUST: the spec requires it${strictNote}) \xB7 \u26A0\uFE0F warning (a SHOULD or MAY, or a lenient reading) \xB7 \u23ED\uFE0F not applicable \xB7 \xB7 not run on that leg</sub>`
  ].join("\n\n");
}
function sightings(seenOn, legsWithResults) {
  if (seenOn.length === legsWithResults && legsWithResults > 1) return `all ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(legsWithResults)} legs`;
  const named = seenOn.map(
    (seen) => seen.runs.length > 0 ? `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(seen.leg, 60)} (${(0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .runsLabel */ .t5)(seen.runs)})` : (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(seen.leg, 60)
  );
  return `${seenOn.length === 1 ? "leg" : "legs"} ${named.join(", ")}`;
}
function failureSection(merged, options, shown, withEvidence, where) {
  if (merged.failures.length === 0) return void 0;
  const items = shown.map((failure) => {
    if (failure.kind === "bench") return `${(0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .benchFailure */ .Xj)(failure.problem)} \xB7 leg ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(failure.leg, 60)}`;
    if (failure.kind === "check") return (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .checkFailure */ .V1)(failure.item.group, withEvidence, where(failure.item.seenOn));
    return (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .flowFailure */ .JG)(failure.item.failure, withEvidence, where(failure.item.seenOn));
  });
  const hidden = merged.failures.length - shown.length;
  if (hidden > 0) items.push(`_\u2026and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(hidden)} more failures, listed in ${options.elsewhere}._`);
  return [`#### \u274C Failures (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(merged.failures.length)})`, ...items].join("\n\n");
}
function warningSection(merged, options, shown, where) {
  if (merged.warnings.length === 0) return void 0;
  const rows = shown.map((warning) => {
    if (warning.kind === "flow") {
      const { failure, seenOn: seenOn2 } = warning.item;
      return [(0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .flowStepLabel */ .pP)(failure), "\u2014", where(seenOn2), (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(failure.step?.message ?? "", 300), "\u2014"];
    }
    const { group, seenOn } = warning.item;
    const note = (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .policyNote */ .vK)(group);
    return [
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(group.id),
      group.level,
      where(seenOn),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(group.message, 300) + (note ? ` (${note})` : ""),
      (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .specLink */ .Wt)(group)
    ];
  });
  const hidden = merged.warnings.length - shown.length;
  return [
    `<details><summary>\u26A0\uFE0F Warnings (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(merged.warnings.length)})</summary>`,
    rows.length > 0 ? (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(["Check", "Level", "Seen on", "Reason", "Spec"], ["l", "l", "l", "l", "l"], rows) : "",
    hidden > 0 ? `_\u2026and ${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(hidden)} more warnings, listed in ${options.elsewhere}._` : "",
    "</details>"
  ].filter((part) => part !== "").join("\n\n");
}
function benchTable(legs) {
  const rows = legs.flatMap(
    (leg) => (leg.result?.bench ?? []).map((bench2) => [
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(leg.name, 60),
      `${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(bench2.name)}${bench2.stats.errors > 0 ? ` (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(bench2.stats.errors)} errors)` : ""}`,
      String(bench2.concurrency),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatLatency */ .YL)(bench2.stats.p50),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatLatency */ .YL)(bench2.stats.p95),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatLatency */ .YL)(bench2.stats.p99),
      (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatThroughput */ .Y5)(bench2.stats.throughput)
    ])
  );
  if (rows.length === 0) return void 0;
  return [
    "#### Benchmarks",
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(["Leg", "Operation", "Concurrency", "p50", "p95", "p99", "ops/s"], ["l", "l", "r", "r", "r", "r", "r"], rows)
  ].join("\n\n");
}
function passingSection(merged, where) {
  if (merged.passing.length === 0) return void 0;
  const passed = merged.passing.filter(({ group }) => group.status === "pass").length;
  const rows = merged.passing.map(({ group, seenOn }) => [
    _chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .SYMBOL */ .PF[group.status],
    (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdCode */ .xs)(group.id),
    where(seenOn),
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .policyNote */ .vK)(group) ?? (0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .mdText */ .bC)(group.message, 200)
  ]);
  return [
    `<details><summary>\u2705 Passed (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(passed)}) \xB7 \u23ED\uFE0F Not applicable (${(0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .formatCount */ .B4)(merged.passing.length - passed)})</summary>`,
    (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(["", "Check", "Seen on", "Note"], ["c", "l", "l", "l"], rows),
    "</details>"
  ].join("\n\n");
}

// src/merge/junit.ts
function renderMergedJunit(merged) {
  const builder = (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .newJunitBuilder */ .yX)("mcp-ci matrix");
  for (const leg of merged.legs) {
    if (leg.result) {
      (0,_chunk_ZE5XD652_mjs__WEBPACK_IMPORTED_MODULE_2__/* .addRunSuites */ .SY)(builder, leg.result, merged.strict, leg.name);
      continue;
    }
    builder.testSuite().name((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .xmlText */ .xK)(`${leg.name}/results`)).testCase().className((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .xmlText */ .xK)(leg.name)).name("results.json").failure((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .xmlText */ .xK)((0,_chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_5__/* .oneLine */ .TN)(`no results: ${leg.problem ?? "no results.json"}`, 500)), "no-results");
  }
  return builder.build();
}

// src/merge/write.ts
async function writeMergedReports(merged, outDir, options) {
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.mkdir)(outDir, { recursive: true });
  const junitPath = (0,node_path__WEBPACK_IMPORTED_MODULE_8__.join)(outDir, "junit.xml");
  const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_8__.join)(outDir, "report.md");
  await Promise.all([
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.writeFile)(junitPath, renderMergedJunit(merged), "utf8"),
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.writeFile)(markdownPath, renderMergedMarkdown(merged, options), "utf8")
  ]);
  return { junitPath, markdownPath };
}

// src/merge/index.ts
var mergeSettingsSchema = _chunk_V354BEC4_mjs__WEBPACK_IMPORTED_MODULE_1__/* .settingsSchema */ .dP.pick({
  out: true,
  strict: true,
  comment: true,
  "comment-id": true,
  quiet: true
});
function parseMergeSettings(input, describe) {
  const parsed = mergeSettingsSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const key = String(issue?.path[0] ?? "");
  throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(`${describe(key)}: ${issue?.message ?? "invalid"}`, key, describe(key));
}
async function mergeReportFolders(request) {
  const legs = await readLegs(request.reports, request.cwd, request.source);
  const outDir = (0,node_path__WEBPACK_IMPORTED_MODULE_8__.resolve)(request.cwd, request.settings.out);
  const overwritten = legs.find((leg) => (0,node_path__WEBPACK_IMPORTED_MODULE_8__.resolve)(request.cwd, leg.folder) === outDir);
  if (overwritten) {
    throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_6__/* .ConfigError */ .x(
      `out: ${request.settings.out} is the report folder of leg "${overwritten.name}"; write the merged report to another folder`,
      "out"
    );
  }
  const merged = mergeLegs(legs, request.settings.strict);
  const written = await writeMergedReports(merged, outDir, { commentId: request.settings["comment-id"] });
  return { merged, outDir, ...written };
}



/***/ })

};
