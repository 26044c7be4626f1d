export const id = 447;
export const ids = [447];
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

/***/ 85969:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ SqliteHistoryStore),
/* harmony export */   _H: () => (/* binding */ HistoryStoreError)
/* harmony export */ });
/* unused harmony exports HISTORY_DB_FORMAT, HISTORY_SCHEMA_VERSION */
/* harmony import */ var _chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68533);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var sql_js_dist_sql_wasm_inline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28865);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41514);


// src/history/sqlite-store.ts




// src/history/history-file.ts

var HISTORY_FILE_FORMAT = "mcp-ci-history";
var status = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["pass", "fail", "warn", "skip"]);
var level = zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["MUST", "SHOULD", "MAY"]);
var provenanceSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
  commit: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
  ref: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
  event: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_EVENTS */ .R0),
  runId: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
  runAttempt: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int().optional(),
  workflow: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
  leg: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
  date: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
});
var namedList = (shape) => zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3(shape));
var interfaceSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
  capabilities: zod__WEBPACK_IMPORTED_MODULE_4__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J()),
  tools: namedList({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
  resources: namedList({ uri: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
  resourceTemplates: namedList({ uriTemplate: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
  prompts: namedList({
    name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
    arguments: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .looseObject */ ._H3({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), required: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY().optional() })).optional()
  })
});
var historyEntrySchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
  provenance: provenanceSchema,
  stamp: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ toolVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), catalogueDigest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), serverFingerprint: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }),
  target: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
    transport: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["stdio", "http", "sse"]),
    command: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
    url: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional()
  }),
  server: zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(), version: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional() }),
  bootOk: zod__WEBPACK_IMPORTED_MODULE_4__/* .boolean */ .zMY(),
  outcome: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(["passed", "failed", "config-error", "boot-error", "internal-error"]).optional(),
  checks: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
      id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
      protocolVersion: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
      level,
      status,
      digest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
      checker: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP()
    })
  ),
  flows: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
      name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
      status,
      error: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP().optional(),
      steps: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ id: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), status, digest: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP() }))
    })
  ),
  bench: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(
    zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
      name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(),
      concurrency: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      count: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      errors: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      p50: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      p95: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      p99: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      mean: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig(),
      samples: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig()),
      budgets: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({ name: zod__WEBPACK_IMPORTED_MODULE_4__/* .string */ .YjP(), status }))
    })
  ),
  interface: interfaceSchema.optional()
});
var historyFileSchema = zod__WEBPACK_IMPORTED_MODULE_4__/* .object */ .Ikc({
  format: zod__WEBPACK_IMPORTED_MODULE_4__/* .literal */ .euz(HISTORY_FILE_FORMAT),
  version: zod__WEBPACK_IMPORTED_MODULE_4__/* .number */ .aig().int(),
  entries: zod__WEBPACK_IMPORTED_MODULE_4__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_4__/* .unknown */ .L5J())
});

// src/history/sqlite-store.ts
var HISTORY_DB_FORMAT = "mcp-ci-history";
var MIGRATIONS = [
  `CREATE TABLE runs (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     target TEXT NOT NULL,
     leg TEXT NOT NULL,
     started_at TEXT NOT NULL,
     commit_sha TEXT,
     ref TEXT,
     event TEXT NOT NULL,
     tool_version TEXT NOT NULL,
     server_fingerprint TEXT NOT NULL,
     outcome TEXT,
     entry TEXT NOT NULL
   );
   CREATE INDEX runs_by_target ON runs (target, leg, id);
   CREATE TABLE check_results (
     run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
     check_id TEXT NOT NULL,
     protocol_version TEXT NOT NULL,
     status TEXT NOT NULL,
     PRIMARY KEY (run_id, check_id, protocol_version)
   );
   CREATE INDEX check_results_by_check ON check_results (check_id);`
];
var HISTORY_SCHEMA_VERSION = MIGRATIONS.length;
var HistoryStoreError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "HistoryStoreError";
  }
};
var sqlModule;
var loadSql = () => sqlModule ??= sql_js_dist_sql_wasm_inline_js__WEBPACK_IMPORTED_MODULE_3__();
var SqliteHistoryStore = class _SqliteHistoryStore {
  constructor(path, db) {
    this.path = path;
    this.db = db;
  }
  /** Opens the file, or starts an empty history when there is none; migrates an older schema in memory. */
  static async open(path) {
    const SQL = await loadSql();
    let bytes;
    try {
      bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path);
    } catch (error) {
      if (error.code !== "ENOENT")
        throw new HistoryStoreError(`cannot read the history file ${path}: ${error.message}`);
    }
    const db = new SQL.Database(bytes);
    const store = new _SqliteHistoryStore(path, db);
    try {
      store.migrate(bytes === void 0 || bytes.length === 0);
    } catch (error) {
      db.close();
      throw error;
    }
    return store;
  }
  migrate(empty) {
    const foreign = (why) => new HistoryStoreError(
      `${this.path} is not an mcp-ci history database (${why}); it was left untouched. Move or delete it, or point history at another file (history: <path> in mcp-ci.yml, --history <path>), or turn history off (history: off)`
    );
    let tables;
    try {
      tables = this.column(`SELECT name FROM sqlite_master WHERE type = 'table'`);
    } catch (error) {
      throw foreign(error.message);
    }
    let version = 0;
    if (tables.length === 0 && empty) {
      this.db.run(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      this.setMeta("format", HISTORY_DB_FORMAT);
    } else {
      if (!tables.includes("meta")) throw foreign("it has no meta table");
      if (this.meta("format") !== HISTORY_DB_FORMAT) throw foreign("its meta table names another format");
      version = Number(this.meta("schema_version") ?? 0);
      if (version > HISTORY_SCHEMA_VERSION)
        throw new HistoryStoreError(
          `${this.path} has history schema version ${version}, newer than this mcp-ci knows (${HISTORY_SCHEMA_VERSION}); update mcp-ci, or point history at another file`
        );
    }
    for (; version < HISTORY_SCHEMA_VERSION; version++) {
      this.db.exec(MIGRATIONS[version]);
      this.setMeta("schema_version", String(version + 1));
    }
  }
  meta(key) {
    return this.column(`SELECT value FROM meta WHERE key = ?`, [key])[0];
  }
  setMeta(key, value) {
    this.db.run(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      key,
      value
    ]);
  }
  column(sql, params = []) {
    return (this.db.exec(sql, params)[0]?.values ?? []).map((row) => row[0]);
  }
  /** The last `limit` runs, oldest first; of one target and leg when given. */
  runs(filter = {}) {
    const where = [];
    const params = [];
    if (filter.target !== void 0) {
      where.push("target = ?");
      params.push(filter.target);
    }
    if (filter.leg !== void 0) {
      where.push("leg = ?");
      params.push(filter.leg);
    }
    params.push(filter.limit ?? -1);
    const sql = `SELECT id, entry FROM runs ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.exec(sql, params)[0]?.values ?? [];
    return rows.reverse().map(([id, text]) => ({ id: Number(id), entry: this.parseEntry(String(text), Number(id)) }));
  }
  /** Earlier runs of this entry's target and leg, oldest first. */
  previous(entry, limit) {
    return this.runs({ target: (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .targetKey */ .hD)(entry.target), leg: entry.provenance.leg ?? "", limit }).map(
      (run) => run.entry
    );
  }
  /** One check across runs, oldest first. */
  checkRuns(checkId, limit) {
    const rows = this.db.exec(
      `SELECT r.id, r.started_at, r.commit_sha, c.protocol_version, c.status
           FROM check_results c JOIN runs r ON r.id = c.run_id
          WHERE c.check_id = ? ORDER BY r.id DESC, c.protocol_version DESC LIMIT ?`,
      [checkId, limit]
    )[0]?.values ?? [];
    return rows.reverse().map(([runId, date, commit, protocolVersion, status2]) => ({
      runId: Number(runId),
      date: String(date),
      ...commit !== null && { commit: String(commit) },
      protocolVersion: String(protocolVersion),
      status: String(status2)
    }));
  }
  /** Adds a run and keeps the newest `keep` runs of its target and leg. Call save() to write the file. */
  append(entry, keep) {
    const target = (0,_chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_0__/* .targetKey */ .hD)(entry.target);
    const leg = entry.provenance.leg ?? "";
    this.db.exec("BEGIN");
    try {
      this.db.run(
        `INSERT INTO runs (target, leg, started_at, commit_sha, ref, event, tool_version, server_fingerprint, outcome, entry)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          target,
          leg,
          entry.provenance.date,
          entry.provenance.commit ?? null,
          entry.provenance.ref ?? null,
          entry.provenance.event,
          entry.stamp.toolVersion,
          entry.stamp.serverFingerprint,
          entry.outcome ?? null,
          JSON.stringify(entry)
        ]
      );
      const runId = Number(this.column("SELECT last_insert_rowid()")[0]);
      const insert = this.db.prepare(
        `INSERT OR REPLACE INTO check_results (run_id, check_id, protocol_version, status) VALUES (?, ?, ?, ?)`
      );
      for (const check of entry.checks) insert.run([runId, check.id, check.protocolVersion, check.status]);
      insert.free();
      const stale = `SELECT id FROM runs WHERE target = ? AND leg = ? ORDER BY id DESC LIMIT -1 OFFSET ?`;
      const params = [target, leg, Math.max(1, keep)];
      this.db.run(`DELETE FROM check_results WHERE run_id IN (${stale})`, params);
      this.db.run(`DELETE FROM runs WHERE id IN (${stale})`, params);
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }
  /** Writes the database to a temporary file beside it, then renames it into place. */
  async save() {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temporary, this.db.export());
      await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temporary, this.path);
    } catch (error) {
      await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temporary, { force: true });
      throw new HistoryStoreError(`cannot write the history file ${this.path}: ${error.message}`);
    }
  }
  close() {
    this.db.close();
  }
  parseEntry(text, id) {
    const damaged = (why) => new HistoryStoreError(
      `${this.path}: run ${id} is damaged (${why}); delete the file or point history at another one`
    );
    let json;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw damaged(error.message);
    }
    const parsed = historyEntrySchema.safeParse(json);
    if (!parsed.success) throw damaged(parsed.error.issues[0]?.message ?? "invalid");
    return parsed.data;
  }
};




/***/ }),

/***/ 47447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HistoryStoreError: () => (/* reexport safe */ _chunk_QA5MPK6S_mjs__WEBPACK_IMPORTED_MODULE_0__._H),
/* harmony export */   SqliteHistoryStore: () => (/* reexport safe */ _chunk_QA5MPK6S_mjs__WEBPACK_IMPORTED_MODULE_0__.MR)
/* harmony export */ });
/* harmony import */ var _chunk_QA5MPK6S_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85969);
/* harmony import */ var _chunk_65HL4C2P_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68533);






/***/ })

};
