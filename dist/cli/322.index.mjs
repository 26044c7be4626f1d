export const id = 322;
export const ids = [322];
export const modules = {

/***/ 32304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ TemplateError),
/* harmony export */   K7: () => (/* binding */ isParallel),
/* harmony export */   M: () => (/* binding */ compileUserSchema),
/* harmony export */   QC: () => (/* binding */ parseTemplate),
/* harmony export */   Ub: () => (/* binding */ selectAll),
/* harmony export */   _D: () => (/* binding */ replaceAt),
/* harmony export */   d0: () => (/* binding */ schemaErrors),
/* harmony export */   en: () => (/* binding */ resolveTemplates),
/* harmony export */   rJ: () => (/* binding */ hasTemplate),
/* harmony export */   tX: () => (/* binding */ jsonPathProblem),
/* harmony export */   zq: () => (/* binding */ STEP_KINDS)
/* harmony export */ });
/* harmony import */ var jsonpath_rfc9535__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33062);
/* harmony import */ var jsonpath_rfc9535_parser__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71185);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52210);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82815);
// src/flows/types.ts
var STEP_KINDS = [
  "call",
  "read",
  "prompt",
  "list",
  "complete",
  "ping",
  "log-level",
  "subscribe",
  "unsubscribe",
  "request",
  "wait-for",
  "sleep"
];
var isParallel = (node) => "kind" in node && node.kind === "parallel";

// src/flows/json-path.ts


function jsonPathProblem(path) {
  try {
    (0,jsonpath_rfc9535_parser__WEBPACK_IMPORTED_MODULE_1__/* ["default"] */ .A)(path);
    return void 0;
  } catch (error) {
    return `invalid JSONPath '${path}': ${error.message.replace(/\.$/, "")}`;
  }
}
function selectAll(value, path) {
  return (0,jsonpath_rfc9535__WEBPACK_IMPORTED_MODULE_0__/* .query */ .P)(value, path);
}
function replaceAt(value, paths, replacement) {
  const copy = structuredClone(value);
  for (const path of paths) {
    const locations = [];
    (0,jsonpath_rfc9535__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m0)(copy, path, (_found, location) => locations.push([...location]));
    for (const location of locations) setAt(copy, location, replacement);
  }
  return copy;
}
function setAt(root, location, replacement) {
  const last = location.at(-1);
  if (last === void 0) return;
  let parent = root;
  for (const key of location.slice(0, -1)) parent = parent[key];
  parent[last] = replacement;
}

// src/flows/template.ts
var STEP_FIELDS = ["result", "structured", "text", "error", "isError", "durationMs", "notifications"];
var TemplateError = class extends Error {
  name = "TemplateError";
};
var EXPRESSION = /(?<!\$)\{\{(.*?)\}\}/gs;
var UNCLOSED = /(?<!\$)\{\{/;
var REFERENCE = /^(\w+)\.([A-Za-z_][\w-]*)(.*?)(?:\s+([+-])\s+(\d+(?:\.\d+)?))?$/s;
var IDENTIFIER = /^[A-Za-z_]\w*$/;
var ALLOWED = `use steps.<id>.<${STEP_FIELDS.join("|")}>\u2026, vars.<name>\u2026, env.<NAME> (optionally followed by "+ N" or "- N"), or a quoted '\u2026' literal`;
function hasTemplate(text) {
  return UNCLOSED.test(text);
}
function parseTemplate(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    pushLiteral(parts, text.slice(last, match.index));
    parts.push(parseExpression((match[1] ?? "").trim()));
    last = match.index + match[0].length;
  }
  pushLiteral(parts, text.slice(last));
  return parts;
}
function pushLiteral(parts, text) {
  if (text === "") return;
  if (UNCLOSED.test(text)) throw new TemplateError(`"{{" without a closing "}}" in '${text}'`);
  parts.push(text);
}
function parseExpression(source) {
  const literal = /^'([^']*)'$/.exec(source);
  if (literal) return { type: "literal", value: literal[1] ?? "" };
  const match = REFERENCE.exec(source);
  if (!match) throw new TemplateError(`cannot read {{ ${source} }}: ${ALLOWED}`);
  const [, root = "", name = "", rest = "", sign, amount] = match;
  const offset = sign === void 0 ? void 0 : Number(amount) * (sign === "-" ? -1 : 1);
  return { type: "reference", source, reference: parseReference(source, root, name, rest.trim()), offset };
}
function parseReference(source, root, name, rest) {
  switch (root) {
    case "steps": {
      const field = /^\.(\w+)/.exec(rest)?.[1];
      if (!field || !STEP_FIELDS.includes(field)) {
        throw new TemplateError(
          `cannot read {{ ${source} }}: after steps.${name} write one of ${STEP_FIELDS.join(", ")}`
        );
      }
      const tail = rest.slice(field.length + 1);
      checkTail(source, tail);
      return { root: "steps", name, field, tail };
    }
    case "vars":
      if (!IDENTIFIER.test(name))
        throw new TemplateError(`cannot read {{ ${source} }}: '${name}' is not a variable name`);
      checkTail(source, rest);
      return { root: "vars", name, tail: rest };
    case "env":
      if (rest !== "") throw new TemplateError(`cannot read {{ ${source} }}: env.${name} is a string and has no parts`);
      return { root: "env", name };
    default:
      throw new TemplateError(`cannot read {{ ${source} }}: unknown '${root}'; ${ALLOWED}`);
  }
}
function checkTail(source, tail) {
  const problem = tail === "" ? void 0 : jsonPathProblem(`$${tail}`);
  if (problem) throw new TemplateError(`cannot read {{ ${source} }}: ${problem}`);
}
function resolveTemplates(value, scope) {
  if (typeof value === "string") return resolveString(value, scope);
  if (Array.isArray(value)) return value.map((item) => resolveTemplates(item, scope));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveTemplates(item, scope)]));
  }
  return value;
}
function resolveString(text, scope) {
  if (!hasTemplate(text)) return text;
  const parts = parseTemplate(text);
  const [only] = parts;
  if (parts.length === 1 && only !== void 0 && typeof only !== "string") return evaluate(only, scope);
  return parts.map((part) => typeof part === "string" ? part : asText(evaluate(part, scope))).join("");
}
function asText(value) {
  return typeof value === "string" ? value : JSON.stringify(value);
}
function evaluate(expression, scope) {
  if (expression.type === "literal") return expression.value;
  const value = lookup(expression.source, expression.reference, scope);
  if (expression.offset === void 0) return value;
  if (typeof value !== "number") {
    throw new TemplateError(
      `{{ ${expression.source} }}: cannot add to ${JSON.stringify(value)}, which is not a number`
    );
  }
  return value + expression.offset;
}
function lookup(source, reference, scope) {
  if (reference.root === "env") {
    const value = scope.env(reference.name);
    if (value === void 0)
      throw new TemplateError(`{{ ${source} }}: environment variable ${reference.name} is not set`);
    return value;
  }
  const base = reference.root === "steps" ? scope.step(reference.name) : scope.variable(reference.name);
  if ("missing" in base) throw new TemplateError(`{{ ${source} }}: ${base.missing}`);
  const start = reference.root === "steps" ? base.value[reference.field] : base.value;
  if (reference.tail === "" && start !== void 0) return start;
  const found = start === void 0 ? [] : selectAll(start, `$${reference.tail}`);
  if (found.length === 0) throw new TemplateError(`{{ ${source} }} selects nothing in ${preview(start)}`);
  return found.length === 1 ? found[0] : found;
}
function preview(value) {
  const text = value === void 0 ? "undefined" : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}\u2026` : text;
}

// src/flows/user-schema.ts



var addFormats = ajv_formats__WEBPACK_IMPORTED_MODULE_2__;
var options = { allErrors: true, strict: false };
var draft07;
var draft2020;
function compileUserSchema(schema) {
  const declared = typeof schema === "object" && schema !== null ? schema.$schema : void 0;
  const ajv = typeof declared === "string" && /draft-0[4-7]/.test(declared) ? draft07 ??= withFormats(new ajv__WEBPACK_IMPORTED_MODULE_3__.Ajv(options)) : draft2020 ??= withFormats(new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_4__.Ajv2020(options));
  return ajv.compile(schema);
}
function withFormats(ajv) {
  addFormats(ajv);
  return ajv;
}
function schemaErrors(validate) {
  return (validate.errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message ?? "is not valid"}`);
}




/***/ }),

/***/ 84919:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ SqliteHistoryStore),
/* harmony export */   _H: () => (/* binding */ HistoryStoreError)
/* harmony export */ });
/* unused harmony exports HISTORY_DB_FORMAT, HISTORY_SCHEMA_VERSION */
/* harmony import */ var _chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76424);
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
  event: zod__WEBPACK_IMPORTED_MODULE_4__/* ["enum"] */ .k5n(_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_0__/* .HISTORY_EVENTS */ .R0),
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
    return this.runs({ target: (0,_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_0__/* .targetKey */ .hD)(entry.target), leg: entry.provenance.leg ?? "", limit }).map(
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
    const target = (0,_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_0__/* .targetKey */ .hD)(entry.target);
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

/***/ 4322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BootError: () => (/* binding */ BootError),
/* harmony export */   CATALOGUE: () => (/* reexport safe */ _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__.yh),
/* harmony export */   HistoryStoreError: () => (/* reexport safe */ _chunk_PURQYGRD_mjs__WEBPACK_IMPORTED_MODULE_2__._H),
/* harmony export */   benchJson: () => (/* binding */ benchJson),
/* harmony export */   bootTarget: () => (/* binding */ bootTarget),
/* harmony export */   compareRuns: () => (/* reexport safe */ _chunk_U54GXVYF_mjs__WEBPACK_IMPORTED_MODULE_8__.qB),
/* harmony export */   detectProvenance: () => (/* binding */ detectProvenance),
/* harmony export */   latencyBaseline: () => (/* reexport safe */ _chunk_U54GXVYF_mjs__WEBPACK_IMPORTED_MODULE_8__.eL),
/* harmony export */   listAll: () => (/* reexport safe */ _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__._w),
/* harmony export */   openLocalHistory: () => (/* binding */ openLocalHistory),
/* harmony export */   quickLeftOut: () => (/* binding */ quickLeftOut),
/* harmony export */   runBench: () => (/* binding */ runBench),
/* harmony export */   runConformance: () => (/* binding */ runConformance),
/* harmony export */   runFlows: () => (/* binding */ runFlows),
/* harmony export */   suiteSessions: () => (/* binding */ suiteSessions),
/* harmony export */   takeInventory: () => (/* reexport safe */ _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__.O1),
/* harmony export */   toHistoryEntry: () => (/* reexport safe */ _chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__.K2),
/* harmony export */   toServerInterface: () => (/* binding */ toServerInterface),
/* harmony export */   validateCheckIds: () => (/* binding */ validateCheckIds),
/* harmony export */   writeReports: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32304);
/* harmony import */ var _chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23783);
/* harmony import */ var _chunk_PURQYGRD_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84919);
/* harmony import */ var _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38516);
/* harmony import */ var _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20677);
/* harmony import */ var _chunk_W75UWYS7_mjs__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25877);
/* harmony import */ var _chunk_3CSQ5URN_mjs__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3751);
/* harmony import */ var _chunk_D4AXYKFZ_mjs__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(83780);
/* harmony import */ var _chunk_U54GXVYF_mjs__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(77933);
/* harmony import */ var _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91552);
/* harmony import */ var _chunk_NIVQDXAS_mjs__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(91811);
/* harmony import */ var _chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(76424);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(73118);
/* harmony import */ var simple_statistics__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(15521);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(643);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(57975);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(37291);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(58500);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_19__ = __webpack_require__(76760);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_20__ = __webpack_require__(31421);
/* harmony import */ var _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_21__ = __webpack_require__(10053);
/* harmony import */ var _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_22__ = __webpack_require__(30940);
/* harmony import */ var _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_23__ = __webpack_require__(53018);
/* harmony import */ var _modelcontextprotocol_sdk_experimental_tasks_stores_in_memory_js__WEBPACK_IMPORTED_MODULE_24__ = __webpack_require__(92567);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__ = __webpack_require__(63846);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_26__ = __webpack_require__(41514);
/* harmony import */ var eventsource_parser__WEBPACK_IMPORTED_MODULE_27__ = __webpack_require__(2309);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_28__ = __webpack_require__(73024);














// src/bench/bench-json.ts
var micro = (ms2) => Math.round(ms2 * 1e3) / 1e3;
function benchmarkActionRecords(results) {
  return results.filter((result) => result.stats.count > 0).flatMap((result) => {
    const { stats } = result;
    const series = `${result.name} (concurrency ${result.concurrency})`;
    const extra = [
      `count: ${stats.count}`,
      `errors: ${stats.errors}`,
      `p99: ${micro(stats.p99)} ms`,
      `throughput: ${Math.round(stats.throughput * 10) / 10} ops/s`,
      ...result.note ? [`note: ${result.note}`] : []
    ].join("\n");
    return [
      { name: `${series} p50`, unit: "ms", value: micro(stats.p50), range: `\xB1 ${micro(stats.stddev)}`, extra },
      { name: `${series} p95`, unit: "ms", value: micro(stats.p95), extra }
    ];
  });
}
function benchJson(results) {
  return `${JSON.stringify(benchmarkActionRecords(results), null, 2)}
`;
}

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
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .x(
        `bench.budgets has an entry for "${key}", which is not a built-in operation (${[...BUDGETABLE].join(", ")}); set budgets of a tool call on its bench.calls entry`,
        `bench.budgets.${key}`
      );
    }
  }
  const modern = protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$;
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
      modern ? `bench.budgets.ping: ping is removed in ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$} (server/discover is measured instead), so this budget was not evaluated` : `bench.budgets.${DISCOVER}: server/discover is measured on ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$} sessions only, so this budget was not evaluated`
    );
  const known = new Set(toolNames);
  const taken = /* @__PURE__ */ new Set([...BUDGETABLE]);
  settings.calls.forEach((call, index) => {
    if (!known.has(call.tool)) {
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .x(
        `bench.calls[${index}].tool is "${call.tool}", but the server has no tool by that name (${listToolNames(toolNames)})`,
        `bench.calls[${index}].tool`
      );
    }
    const name = call.name ?? call.tool;
    if (taken.has(name)) {
      throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .x(
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
  const at = (p) => (0,simple_statistics__WEBPACK_IMPORTED_MODULE_13__/* .quantileSorted */ .Z4)(sorted, p);
  return {
    count,
    errors,
    min: sorted[0],
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[count - 1],
    mean: (0,simple_statistics__WEBPACK_IMPORTED_MODULE_13__/* .mean */ .RE)(sorted),
    stddev: count > 1 ? (0,simple_statistics__WEBPACK_IMPORTED_MODULE_13__/* .sampleStandardDeviation */ .JK)(sorted) : 0,
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
    if (connection.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) readiness = "its server/discover answer";
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
      samples: (0,_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__/* .keptSamples */ .wV)(initialize),
      note: `cold start: spawn of a fresh server process to the end of ${readiness}, ${initialize.length} runs${failed}`
    }
  ];
  if (options.listsTools) {
    results.push({
      name: STARTUP_FIRST_TOOLS_LIST,
      concurrency: 1,
      stats: summarize(firstList, listErrors, 0),
      samples: (0,_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__/* .keptSamples */ .wV)(firstList),
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
  const before = baseline && (0,_chunk_U54GXVYF_mjs__WEBPACK_IMPORTED_MODULE_8__/* .findBaselineEntry */ .v2)(baseline, result.name, result.concurrency);
  const compared = before ? (0,_chunk_U54GXVYF_mjs__WEBPACK_IMPORTED_MODULE_8__/* .compareWithBaseline */ .$_)(result, before, policy) : void 0;
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
        samples: (0,_chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__/* .keptSamples */ .wV)(measurement.samples)
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
  const compiled = (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .compileForValidation */ .sA)(inputSchema);
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
  const known = new Set(_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .CATALOGUE */ .yh.map((c) => c.id));
  for (const [key, ids] of [
    ["expected-failures", config.expectedFailures.map((e) => e.id)],
    ["skip-checks", config.skipChecks.map((s) => s.id)]
  ]) {
    for (const id of ids) {
      if (!known.has(id)) {
        throw new _chunk_YZGFMSVS_mjs__WEBPACK_IMPORTED_MODULE_9__/* .ConfigError */ .x(`${key}: unknown check id "${id}" (run \`mcp-ci checks\` to list them)`, key);
      }
    }
  }
}
function trimEvidence(evidence) {
  const trimmed = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (value === void 0) continue;
    const bounded = (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__/* .boundDepth */ .q6)(value);
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
async function runConformance(target, config, emit, catalogue = _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .CATALOGUE */ .yh) {
  const selected = catalogue.filter((c) => !config.skipChecks.some((s) => s.id === c.id));
  const callTools = selected.some((c) => c.section === "tools");
  const offersModern = selected.some((c) => c.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$));
  const matrix = startVersionMatrix(target, config, callTools, offersModern);
  const results = [];
  const record = (result) => {
    results.push(result);
    emit({ type: "check:done", result });
  };
  const shared = /* @__PURE__ */ new Map();
  const versionMatrix = matrix.all.then(({ probes, sessions: sessions2, modern: modern2 }) => ({
    accepted: sessions2.filter((s) => s.version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$).map((s) => s.version),
    probes,
    modern: modern2
  }));
  const contextFor = (check, session) => createContext(target, config, session, () => versionMatrix, shared);
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
  const modernSession = sessions.find((s) => s.version === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$);
  for (const check of active) {
    if (modernSession && !check.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$)) {
      const removed2 = REMOVED_IN_MODERN[check.id];
      if (removed2) {
        planned++;
        record(toResult(check, _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$, target, { kind: "skip", reason: removed2 }, 0));
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
      sessions.find((s) => s.version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ && check.versions.includes(s.version)),
      sessions.find((s) => s.version === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ && check.versions.includes(s.version))
    ].filter((s) => s !== void 0);
    const removed2 = modernSession && !check.versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) ? REMOVED_IN_MODERN[check.id] : void 0;
    return { check, eras, removed: removed2 };
  });
  const passiveResults = passiveJobs.reduce((n, job) => n + Math.max(job.eras.length, 1) + (job.removed ? 1 : 0), 0);
  emit({ type: "checks:planned", total: planned + passiveResults });
  await queue.drained();
  for (const job of retries) record((await runOne(job.check, job.session, contextFor, target, config, true)).result);
  for (const { check, eras, removed: removed2 } of passiveJobs) {
    if (removed2) record(toResult(check, _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$, target, { kind: "skip", reason: removed2 }, 0));
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
  const isKnown = (version) => _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .PROTOCOL_VERSIONS */ .nk.includes(version);
  const asked = config.protocolVersion ?? (config.quick && isKnown(boot.protocolVersion) ? boot.protocolVersion : void 0);
  const offered = asked && asked !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? [asked] : asked ? [] : [..._chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .LEGACY_VERSIONS */ .GD];
  const offersModern = asked === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ || asked === void 0 && modernSelected;
  const prepare = async (main) => {
    const inventory = await (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .takeInventory */ .O1)(main);
    const callableTools = planToolCalls(inventory.tools, config);
    if (callTools) void (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .startSessionCalls */ .Ik)(main, callableTools, (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .toolBudget */ .eN)({ config }), config.quick);
    return { version: main.protocolVersion, main, inventory, callableTools };
  };
  const bootSession = isKnown(boot.protocolVersion) ? prepare(boot) : void 0;
  const modernOffer = !offersModern ? Promise.resolve({}) : boot.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? Promise.resolve({ modern: { spoken: true } }) : target.connect({ protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$, label: `main@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$}` }).then(
    (connection) => {
      if (connection.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$)
        return { session: prepare(connection), modern: { spoken: true } };
      void connection.close().catch(() => {
      });
      return { modern: { spoken: false, answer: `an ${connection.protocolVersion} session` } };
    },
    (error) => ({
      modern: { spoken: false, answer: error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .DiscoverRefusedError */ .O8 ? error.answer : errorText(error) }
    })
  );
  const offers = offered.filter((version) => version !== boot.protocolVersion).map(async (version) => {
    try {
      const connection = await target.connect({ protocolVersion: version, label: `main@${version}` });
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
    return { probes: probes.filter((p) => p.offered !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$), sessions, ...modern && { modern } };
  })();
  const newestOfEra = boot.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ : offered[0];
  const early = bootSession && boot.protocolVersion === newestOfEra ? bootSession : Promise.resolve(void 0);
  return { offered: [...offersModern ? [_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$] : [], ...offered], early, all };
}
var errorText = (error) => error instanceof Error ? error.message : String(error);
function versionSkip(check, sessions, target, modern) {
  const accepted = sessions.map((s) => s.version).join(", ") || "none";
  const reason = check.versions.every((v) => v === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) && modern?.spoken === false ? `not spoken: the server does not speak ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$} (server/discover got ${modern.answer ?? "no result"})` : `applies to protocol ${check.versions.join(", ")}; the server accepted ${accepted}`;
  return toResult(check, skipVersion(check), target, { kind: "skip", reason }, 0);
}
var skipVersion = (check) => check.versions.find((v) => v !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) ?? check.versions[0] ?? "n/a";
function configuredOrTransportSkip(check, target, config) {
  const configured = config.skipChecks.find((s) => s.id === check.id);
  if (configured) return `skipped by configuration: ${configured.reason}`;
  if (target.transport === "memory") {
    const wires = ["stdio", "http", "sse"];
    if (!wires.every((wire) => check.transports.includes(wire)))
      return `${_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .NEEDS_WIRE */ .Ig} (applies to ${check.transports.join("/")}); the target is an in-process server`;
    return void 0;
  }
  if (!check.transports.includes(target.transport)) {
    return `applies to ${check.transports.join("/")} only; the target uses ${target.transport}`;
  }
  return config.quick ? quickSkipReason(check.id, target.transport) : void 0;
}
function createContext(target, config, session, versionMatrix, shared) {
  const opened = [];
  let usedSide;
  const controller = new AbortController();
  const ctx = {
    config,
    transport: target.transport,
    protocolVersion: session.version,
    versionMatrix,
    shared: (key, start) => {
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
    signal: controller.signal
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
async function runOne(check, session, contextFor, target, config, lastChance) {
  const started = performance.now();
  if (session.main.closed) await freshMain(session, target);
  const usedMain = session.main;
  const { judgement, closed, side } = await attempt(check, session, contextFor, config);
  if (session.main.closed) await freshMain(session, target);
  const retry = !lastChance && closed && (usedMain.closed || side?.closed === true);
  return { result: toResult(check, session.version, target, judgement, performance.now() - started), retry };
}
async function attempt(check, session, contextFor, config) {
  const { ctx, dispose, abort, usedSide } = contextFor(check, session);
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
    return { judgement: await Promise.race([check.run(ctx), timeout]), closed: false };
  } catch (error) {
    return {
      judgement: judgeError(error),
      closed: error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb,
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
async function freshMain(session, target) {
  session.reconnecting ??= target.connect({ protocolVersion: session.version, label: `main@${session.version}` }).then((connection) => {
    session.main = connection;
  }).catch(() => {
  }).finally(() => {
    session.reconnecting = void 0;
  });
  await session.reconnecting;
}
function judgeError(error) {
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .RequestTimeoutError */ .DH) return { kind: "violation", message: error.message };
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb) return { kind: "violation", message: error.message };
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .RawChannelUnavailableError */ .Yh) return { kind: "skip", reason: error.message };
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .InvalidAnswerError */ .g9)
    return { kind: "skip", reason: `${error.message}, so this rule cannot be judged` };
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
    era: (0,_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .eraOf */ .eU)(version),
    transport: target.transport,
    spec: { version, url: (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .specUrl */ .RZ)(check, version) },
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

// src/flows/runner.ts


// src/flows/assertions.ts


// src/flows/format.ts

var PREVIEW_CHARS = 200;
var DIFF_LINES = 40;
var REPORT_CHARS = 2e3;
function preview(value, max = PREVIEW_CHARS) {
  const text2 = value === void 0 ? "nothing" : JSON.stringify(value);
  return text2.length > max ? `${text2.slice(0, max)}\u2026 (${text2.length} chars)` : text2;
}
function diffValues(expected, actual) {
  const patch = (0,diff__WEBPACK_IMPORTED_MODULE_16__/* .structuredPatch */ .YB)("expected", "actual", asLines(expected), asLines(actual), "", "", { context: 2 });
  const lines = ["--- expected", "+++ actual", ...patch.hunks.flatMap((hunk) => hunk.lines)];
  return lines.length > DIFF_LINES ? [...lines.slice(0, DIFF_LINES), `\u2026 ${lines.length - DIFF_LINES} more diff lines`].join("\n") : lines.join("\n");
}
function asLines(value) {
  const text2 = typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? "undefined";
  return text2.endsWith("\n") ? text2 : `${text2}
`;
}
function worthDiffing(expected, actual) {
  const structured = (value) => value !== null && typeof value === "object";
  const multiline = (value) => typeof value === "string" && value.includes("\n");
  return structured(expected) && structured(actual) || multiline(expected) && multiline(actual);
}
function trimForReport(value) {
  const text2 = JSON.stringify(value);
  if (text2 === void 0 || text2.length <= REPORT_CHARS) return value;
  return `${text2.slice(0, REPORT_CHARS)}\u2026 (${text2.length} chars)`;
}

// src/flows/outcome.ts
function toOutcome(kind, rpc, durationMs, notifications) {
  if (!rpc.ok) return { error: rpc.error, isError: false, durationMs, notifications };
  const { result } = rpc;
  return {
    result,
    isError: kind === "call" && result.isError === true,
    structured: kind === "call" ? result.structuredContent : void 0,
    text: textOf(kind, result),
    durationMs,
    notifications
  };
}
function referenceView(outcome) {
  const { result, structured, text: text2, error, isError, durationMs, notifications } = outcome;
  return { result, structured, text: text2, error, isError, durationMs, notifications };
}
function textOf(kind, result) {
  switch (kind) {
    case "call":
      return texts(result.content).join("\n");
    case "read":
      return texts(result.contents).join("\n");
    case "prompt":
      return texts(arrayOf(result.messages).map((message) => message.content)).join("\n");
    case "complete":
      return arrayOf(result.completion?.values).map(String).join("\n");
    default:
      return JSON.stringify(result);
  }
}
function texts(items) {
  return arrayOf(items).flatMap((item) => {
    const text2 = item?.text;
    return typeof text2 === "string" ? [text2] : [];
  });
}
function arrayOf(value) {
  return Array.isArray(value) ? value : [];
}
var LIST_CHANGED = [
  "notifications/tools/list_changed",
  "notifications/resources/list_changed",
  "notifications/prompts/list_changed"
];
var NOTIFICATION_METHODS = {
  progress: ["notifications/progress"],
  log: ["notifications/message"],
  "resource-updated": ["notifications/resources/updated"],
  "tools-changed": ["notifications/tools/list_changed"],
  "resources-changed": ["notifications/resources/list_changed"],
  "prompts-changed": ["notifications/prompts/list_changed"],
  "list-changed": LIST_CHANGED
};
function notificationMethods(name) {
  return NOTIFICATION_METHODS[name] ?? [name];
}

// src/flows/subset.ts

function subsetMismatches(expected, actual, path = "$") {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${typeName(actual)}`];
    if (actual.length !== expected.length) {
      return [`${path}: expected ${expected.length} element(s), got ${actual.length}`];
    }
    return expected.flatMap((item, index) => subsetMismatches(item, actual[index], `${path}[${index}]`));
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [`${path}: expected an object, got ${typeName(actual)}`];
    return Object.entries(expected).flatMap(
      ([key, value]) => key in actual ? subsetMismatches(value, actual[key], childPath(path, key)) : [`${childPath(path, key)}: missing`]
    );
  }
  return (0,node_util__WEBPACK_IMPORTED_MODULE_15__.isDeepStrictEqual)(expected, actual) ? [] : [`${path}: expected ${preview(expected)}, got ${preview(actual)}`];
}
function isSubset(expected, actual) {
  return subsetMismatches(expected, actual).length === 0;
}
function projectOnto(actual, expected) {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, index) => index < expected.length ? projectOnto(item, expected[index]) : item);
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    return Object.fromEntries(
      Object.keys(expected).filter((key) => key in actual).map((key) => [key, projectOnto(actual[key], expected[key])])
    );
  }
  return actual;
}
function childPath(path, key) {
  return /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function typeName(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return value === void 0 ? "nothing" : `${typeof value} ${preview(value)}`;
}

// src/flows/assertions.ts
function judgeOutcome(expect, outcome, kind) {
  const errorFailure = judgeError2(expect.error, outcome, kind);
  if (errorFailure) return [errorFailure];
  return [
    ...judgeLatency(expect.maxMs, outcome),
    ...judgeNotifications(expect, outcome),
    ...outcome.result === void 0 ? [] : judgeResult(expect, outcome, kind)
  ];
}
function judgeError2(expected, outcome, kind) {
  const { error } = outcome;
  const got = error ? `protocol error ${error.code}: ${error.message}` : outcome.isError ? `a tool error: ${preview(outcome.text)}` : "a result";
  if (typeof expected === "object") {
    if (!error) return { message: `expected a protocol error, got ${got}`, expected, actual: outcome.result };
    if (expected.code !== void 0 && expected.code !== error.code) {
      return { message: `expected error code ${expected.code}, got ${got}`, expected, actual: error };
    }
    if (expected.message !== void 0 && !error.message.includes(expected.message)) {
      return {
        message: `expected an error message containing ${preview(expected.message)}, got ${got}`,
        expected,
        actual: error
      };
    }
    return void 0;
  }
  if (expected === true) {
    if (kind === "call" && !outcome.isError) {
      return {
        message: `expected a tool error (isError: true), got ${got}`,
        expected: { isError: true },
        actual: error ?? outcome.result
      };
    }
    if (kind !== "call" && !error) return { message: `expected a protocol error, got ${got}`, actual: outcome.result };
    return void 0;
  }
  if (error) return { message: `the server answered with ${got}`, actual: error };
  if (outcome.isError)
    return { message: `the tool reported an error (isError: true): ${preview(outcome.text)}`, actual: outcome.result };
  return void 0;
}
function judgeLatency(maxMs, outcome) {
  if (maxMs === void 0 || outcome.durationMs <= maxMs) return [];
  return [
    {
      message: `took ${Math.round(outcome.durationMs)} ms, over the ${maxMs} ms budget`,
      expected: maxMs,
      actual: outcome.durationMs
    }
  ];
}
function judgeNotifications(expect, outcome) {
  return expect.notifications.flatMap(({ notification, match, atLeast }) => {
    const methods = notificationMethods(notification);
    const count = outcome.notifications.filter(
      (received) => methods.includes(received.method) && (match === void 0 || isSubset(match, received.params ?? {}))
    ).length;
    if (count >= atLeast) return [];
    const seen = outcome.notifications.map((received) => received.method);
    return [
      {
        message: `expected at least ${atLeast} ${notification} notification(s)${match ? ` matching ${preview(match)}` : ""} during the step, got ${count}${seen.length > 0 ? ` (received: ${[...new Set(seen)].join(", ")})` : " (none received)"}`,
        expected: { notification, match, atLeast },
        actual: outcome.notifications
      }
    ];
  });
}
function judgeResult(expect, outcome, kind) {
  const failures = [];
  if (expect.text) failures.push(...judgeText(expect.text, outcome.text));
  if (expect.structured !== void 0) failures.push(...judgeStructured(expect.structured, outcome.structured));
  for (const assertion of expect.paths) failures.push(...judgePath(assertion, outcome.result));
  if (expect.schema) {
    const subject = kind === "call" ? outcome.structured : outcome.result;
    if (subject === void 0) {
      failures.push({ message: "schema: the tool returned no structuredContent to validate" });
    } else if (!expect.schema(subject)) {
      failures.push({ message: `schema: ${(0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .schemaErrors */ .d0)(expect.schema).join("; ")}`, actual: subject });
    }
  }
  return failures;
}
function judgeText(expected, actual) {
  const text2 = actual ?? "";
  const failures = [];
  if (expected.equals !== void 0 && text2 !== expected.equals) {
    failures.push(withDiff(`text: expected ${preview(expected.equals)}, got ${preview(text2)}`, expected.equals, text2));
  }
  if (expected.contains !== void 0 && !text2.includes(expected.contains)) {
    failures.push({
      message: `text: expected it to contain ${preview(expected.contains)}, got ${preview(text2)}`,
      expected: expected.contains,
      actual: text2
    });
  }
  if (expected.matches && !expected.matches.test(text2)) {
    failures.push({
      message: `text: expected it to match ${String(expected.matches)}, got ${preview(text2)}`,
      expected: String(expected.matches),
      actual: text2
    });
  }
  return failures;
}
function judgeStructured(expected, actual) {
  if (actual === void 0) return [{ message: "structured: the tool returned no structuredContent", expected }];
  const mismatches = subsetMismatches(expected, actual);
  if (mismatches.length === 0) return [];
  const shown = mismatches.slice(0, 5).join("; ") + (mismatches.length > 5 ? `; and ${mismatches.length - 5} more` : "");
  return [withDiff(`structured: ${shown}`, expected, projectOnto(actual, expected), actual)];
}
function judgePath(assertion, root) {
  const found = (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .selectAll */ .Ub)(root, assertion.path);
  const label = assertion.path;
  if (assertion.exists !== void 0 && assertion.exists !== found.length > 0) {
    return [
      {
        message: assertion.exists ? `${label}: selects nothing in ${preview(root)}` : `${label}: expected nothing, found ${preview(found)}`,
        expected: { exists: assertion.exists },
        actual: found
      }
    ];
  }
  const tests = pathTests(assertion);
  if (tests.length === 0) return [];
  if (found.length === 0) return [{ message: `${label}: selects nothing in ${preview(root)}`, actual: root }];
  const value = found.length === 1 ? found[0] : found;
  return tests.flatMap((test) => {
    const problem = test(value);
    return problem ? [{ ...problem, message: `${label}: ${problem.message}` }] : [];
  });
}
function pathTests(assertion) {
  const tests = [];
  const { equals, notEquals, length, greaterThan, lessThan, atLeast, atMost, contains, matches, type } = assertion;
  if (equals !== void 0) {
    tests.push(
      (value) => (0,node_util__WEBPACK_IMPORTED_MODULE_15__.isDeepStrictEqual)(value, equals) ? void 0 : withDiff(`expected ${preview(equals)}, got ${preview(value)}`, equals, value)
    );
  }
  if (notEquals !== void 0) {
    tests.push(
      (value) => (0,node_util__WEBPACK_IMPORTED_MODULE_15__.isDeepStrictEqual)(value, notEquals) ? { message: `expected anything but ${preview(notEquals)}`, actual: value } : void 0
    );
  }
  if (length !== void 0) {
    tests.push((value) => {
      const actual = typeof value === "string" || Array.isArray(value) ? value.length : void 0;
      if (actual === void 0)
        return {
          message: `length: ${preview(value)} is neither a string nor an array`,
          expected: length,
          actual: value
        };
      return actual === asNumber(length) ? void 0 : { message: `expected length ${preview(length)}, got ${actual}`, expected: length, actual };
    });
  }
  const compare = (bound, name, holds) => {
    if (bound === void 0) return;
    tests.push((value) => {
      const limit = asNumber(bound);
      if (limit === void 0) return { message: `${name} needs a number, got ${preview(bound)}`, expected: bound };
      if (typeof value !== "number")
        return { message: `expected a number ${name} ${limit}, got ${preview(value)}`, expected: bound, actual: value };
      return holds(value, limit) ? void 0 : { message: `expected a number ${name} ${limit}, got ${value}`, expected: bound, actual: value };
    });
  };
  compare(greaterThan, "greater than", (a, b) => a > b);
  compare(lessThan, "less than", (a, b) => a < b);
  compare(atLeast, "at least", (a, b) => a >= b);
  compare(atMost, "at most", (a, b) => a <= b);
  if (contains !== void 0) {
    tests.push((value) => {
      if (typeof value === "string" && typeof contains === "string") {
        return value.includes(contains) ? void 0 : {
          message: `expected it to contain ${preview(contains)}, got ${preview(value)}`,
          expected: contains,
          actual: value
        };
      }
      if (Array.isArray(value)) {
        return value.some((item) => isSubset(contains, item)) ? void 0 : {
          message: `expected an element matching ${preview(contains)}, got ${preview(value)}`,
          expected: contains,
          actual: value
        };
      }
      return {
        message: `contains: ${preview(value)} is neither a string nor an array`,
        expected: contains,
        actual: value
      };
    });
  }
  if (matches) {
    tests.push(
      (value) => typeof value === "string" && matches.test(value) ? void 0 : {
        message: `expected a string matching ${String(matches)}, got ${preview(value)}`,
        expected: String(matches),
        actual: value
      }
    );
  }
  if (type) {
    tests.push(
      (value) => typeOf2(value, type) ? void 0 : { message: `expected ${type}, got ${preview(value)}`, expected: type, actual: value }
    );
  }
  return tests;
}
function typeOf2(value, type) {
  switch (type) {
    case "array":
      return Array.isArray(value);
    case "null":
      return value === null;
    case "object":
      return value !== null && typeof value === "object" && !Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
function asNumber(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return void 0;
}
function withDiff(message, expected, shown, actual = shown) {
  return {
    message: worthDiffing(expected, shown) ? `${message}
${diffValues(expected, shown)}` : message,
    expected,
    actual
  };
}

// src/flows/combine.ts
function combineRuns(runs) {
  const [first] = runs;
  if (first === void 0) throw new Error("combineRuns needs at least one run");
  const ran = runs.filter((run) => run.status !== "skip");
  if (ran.length === 0) return { ...first, durationMs: 0 };
  const total = sum(ran.map((run) => run.repeats?.total ?? 1));
  const passed = sum(ran.map((run) => run.repeats?.passed ?? (run.status === "fail" ? 0 : 1)));
  const failing = runs.findIndex((run) => run.status === "fail");
  const warning = ran.find((run) => run.status === "warn");
  const flaky = failing >= 0 && passed > 0;
  const rate = `${passed} of ${total} runs passed (${Math.round(100 * passed / total)}%)`;
  const failed = runs[failing];
  const combined = {
    id: first.id,
    kind: first.kind,
    status: failed ? "fail" : warning ? "warn" : "pass",
    message: failed ? `${rate}${flaky ? ", flaky" : ""}; run ${failing + 1}: ${failed.message}` : warning ? `${rate}; ${warning.message}` : rate,
    durationMs: sum(runs.map((run) => run.durationMs)),
    repeats: { total, passed }
  };
  if (first.line !== void 0) combined.line = first.line;
  if (flaky) combined.flaky = true;
  if (failed?.expected !== void 0) combined.expected = failed.expected;
  if (failed?.actual !== void 0) combined.actual = failed.actual;
  return combined;
}
function flowStatus(steps, error) {
  if (error !== void 0 || steps.some((step) => step.status === "fail")) return "fail";
  if (steps.length > 0 && steps.every((step) => step.status === "skip")) return "skip";
  return steps.some((step) => step.status === "warn") ? "warn" : "pass";
}
function sum(values) {
  return values.reduce((total, value) => total + value, 0);
}

// src/flows/execute.ts


var MAX_PAGES = 100;
var LISTS = {
  tools: { method: "tools/list", key: "tools" },
  resources: { method: "resources/list", key: "resources" },
  prompts: { method: "prompts/list", key: "prompts" },
  templates: { method: "resources/templates/list", key: "resourceTemplates" }
};
async function executeAction(action, session, timeoutMs) {
  const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now();
  const elapsed = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now() - start;
  const send = async (method, params) => {
    const withProgress = action.kind === "call";
    const { outcome, notifications } = await session.request(method, params, { timeoutMs, withProgress });
    return toOutcome(action.kind, outcome, elapsed(), notifications);
  };
  switch (action.kind) {
    case "call":
      return send("tools/call", { name: action.tool, arguments: action.arguments });
    case "read":
      return send("resources/read", { uri: action.uri });
    case "prompt":
      return send("prompts/get", { name: action.prompt, arguments: action.arguments });
    case "complete":
      return send("completion/complete", {
        ref: action.ref,
        argument: { name: action.argument, value: action.value },
        ...action.context && { context: { arguments: action.context } }
      });
    case "ping":
      return send("ping");
    case "log-level":
      return send("logging/setLevel", { level: action.level });
    case "subscribe":
      return send("resources/subscribe", { uri: action.uri });
    case "unsubscribe":
      return send("resources/unsubscribe", { uri: action.uri });
    case "request":
      return send(action.method, action.params);
    case "list": {
      const { outcome, notifications } = await listAll2(session, LISTS[action.target], timeoutMs);
      return toOutcome(action.kind, outcome, elapsed(), notifications);
    }
    case "wait-for": {
      const mark = session.mark();
      const found = await session.waitFor(notificationMethods(action.notification), action.match, timeoutMs);
      if (!found) throw new WaitTimeoutError(action.notification, timeoutMs);
      return toOutcome(action.kind, { ok: true, result: { ...found } }, elapsed(), session.since(mark));
    }
    case "sleep": {
      const mark = session.mark();
      await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_17__.setTimeout)(action.ms);
      return toOutcome(action.kind, { ok: true, result: {} }, elapsed(), session.since(mark));
    }
  }
}
async function listAll2(session, list, timeoutMs) {
  const items = [];
  const notifications = [];
  let cursor;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = cursor === void 0 ? void 0 : { cursor };
    const response = await session.request(list.method, params, { timeoutMs, withProgress: false });
    notifications.push(...response.notifications);
    if (!response.outcome.ok) return { outcome: response.outcome, notifications };
    const { result } = response.outcome;
    const pageItems = result[list.key];
    if (Array.isArray(pageItems)) items.push(...pageItems);
    cursor = result.nextCursor;
    if (cursor === void 0 || cursor === null) break;
  }
  return { outcome: { ok: true, result: { [list.key]: items } }, notifications };
}
var WaitTimeoutError = class extends Error {
  constructor(notification, timeoutMs) {
    super(`no ${notification} notification arrived within ${timeoutMs} ms`);
    this.name = "WaitTimeoutError";
  }
};

// src/flows/run-state.ts
var RunState = class {
  constructor(flow, environment) {
    this.flow = flow;
    this.environment = environment;
  }
  steps = /* @__PURE__ */ new Map();
  captured = /* @__PURE__ */ new Map();
  record(id, status, outcome, captured) {
    this.steps.set(id, { status, outcome });
    for (const [name, value] of Object.entries(captured)) this.captured.set(name, value);
  }
  step(id) {
    const step = this.steps.get(id);
    if (step?.status === "fail") return { missing: `step '${id}' failed, so its values cannot be used` };
    if (!step?.outcome || step.status === "skip") return { missing: `step '${id}' did not run` };
    return { value: referenceView(step.outcome) };
  }
  variable(name) {
    if (this.captured.has(name)) return { value: this.captured.get(name) };
    if (Object.hasOwn(this.flow.vars, name)) {
      return { value: (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .resolveTemplates */ .en)(this.flow.vars[name], this) };
    }
    return { missing: `variable '${name}' was not captured: the step that captures it did not pass` };
  }
  env(name) {
    return this.environment[name];
  }
};

// src/flows/session.ts
var nextProgressToken = 1;
var FlowSession = class {
  constructor(connection) {
    this.connection = connection;
    this.unsubscribe = connection.onNotification((notification) => {
      const token = notification.params?.progressToken;
      if (notification.method === "notifications/progress" && this.ownTokens.has(String(token))) return;
      this.push({ notification, taken: false });
    });
  }
  received = [];
  waiters = /* @__PURE__ */ new Set();
  ownTokens = /* @__PURE__ */ new Set();
  unsubscribe;
  /** With `withProgress`, the request carries a progress token and the progress it brings belongs to it. */
  async request(method, params, options) {
    const owner = Symbol(method);
    const start = this.received.length;
    const requestOptions = { timeoutMs: options.timeoutMs };
    const progressToken = options.withProgress ? `mcp-ci-flow-${nextProgressToken++}` : void 0;
    if (progressToken !== void 0) {
      this.ownTokens.add(progressToken);
      requestOptions.progressToken = progressToken;
      requestOptions.onProgress = (progress) => this.push({ notification: { method: "notifications/progress", params: progress }, owner, taken: false });
    }
    try {
      const outcome = await this.connection.request(method, params, requestOptions);
      return { outcome, notifications: this.since(start, owner) };
    } finally {
      if (progressToken !== void 0) this.ownTokens.delete(progressToken);
    }
  }
  /** A mark to pass to `since` for steps that send nothing (wait-for, sleep). */
  mark() {
    return this.received.length;
  }
  since(mark, owner) {
    return this.received.slice(mark).filter((entry) => entry.owner === void 0 || entry.owner === owner).map((entry) => entry.notification);
  }
  /** The first notification not taken by an earlier wait-for that matches, waiting up to `timeoutMs` for one. */
  async waitFor(methods, match, timeoutMs) {
    const take = () => {
      const entry = this.received.find(
        (candidate) => !candidate.taken && methods.includes(candidate.notification.method) && (match === void 0 || isSubset(match, candidate.notification.params ?? {}))
      );
      if (entry) entry.taken = true;
      return entry?.notification;
    };
    const ready = take();
    if (ready) return ready;
    return new Promise((resolve) => {
      const check = () => {
        const found = take();
        if (found) finish(found);
      };
      const finish = (found) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => finish(void 0), timeoutMs);
      this.waiters.add(check);
    });
  }
  async close() {
    this.unsubscribe();
    await this.connection.close();
  }
  push(entry) {
    this.received.push(entry);
    for (const waiter of [...this.waiters]) waiter();
  }
};
var SessionPool = class {
  constructor(connect, flowName) {
    this.connect = connect;
    this.flowName = flowName;
  }
  sessions = /* @__PURE__ */ new Map();
  get(name) {
    let session = this.sessions.get(name);
    if (!session) {
      const label = name === "default" ? `flow:${this.flowName}` : `flow:${this.flowName}#${name}`;
      session = this.connect({ label }).then((connection) => new FlowSession(connection));
      this.sessions.set(name, session);
    }
    return session;
  }
  /** Closes every session that opened; one that failed to open has nothing to close. */
  async closeAll() {
    const opened = await Promise.allSettled(this.sessions.values());
    this.sessions.clear();
    await Promise.allSettled(opened.flatMap((result) => result.status === "fulfilled" ? [result.value.close()] : []));
  }
};

// src/flows/snapshots.ts



var REDACTED = "[redacted]";
function snapshotPath(snapshotDir, flowFile, stepId) {
  return (0,node_path__WEBPACK_IMPORTED_MODULE_19__.join)(snapshotDir, node_path__WEBPACK_IMPORTED_MODULE_19__.posix.basename(flowFile).replace(/\.ya?ml$/, ""), `${stepId}.json`);
}
function snapshotValue(value, redact) {
  return sortKeys(redact.length > 0 ? (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .replaceAt */ ._D)(value, redact, REDACTED) : value);
}
async function checkSnapshot(file, value, update) {
  const stored = await readStored(file);
  const shown = displayPath(file);
  if (stored.state === "unreadable") {
    return {
      status: "fail",
      message: `snapshot ${shown} is not valid JSON (${stored.reason}); fix it or run with --update-snapshots`
    };
  }
  if (stored.state === "present" && (0,node_util__WEBPACK_IMPORTED_MODULE_15__.isDeepStrictEqual)(stored.value, value)) {
    return { status: "pass", message: `matches snapshot ${shown}` };
  }
  if (stored.state === "present" && !update) {
    return {
      status: "fail",
      message: `differs from snapshot ${shown} (run with --update-snapshots to accept)
${diffValues(stored.value, value)}`,
      expected: stored.value,
      actual: value
    };
  }
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_19__.dirname)(file), { recursive: true });
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.writeFile)(file, `${JSON.stringify(value, null, 2)}
`);
  if (stored.state === "present") return { status: "pass", message: `snapshot ${shown} updated` };
  return update ? { status: "pass", message: `snapshot ${shown} written` } : { status: "warn", message: `no snapshot existed, so one was written to ${shown}: review and commit it` };
}
function displayPath(file) {
  const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_19__.relative)(process.cwd(), file);
  return shown.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_19__.isAbsolute)(shown) ? file : shown.split(node_path__WEBPACK_IMPORTED_MODULE_19__.sep).join("/");
}
async function readStored(file) {
  let text2;
  try {
    text2 = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.readFile)(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { state: "missing" };
    throw error;
  }
  try {
    return { state: "present", value: JSON.parse(text2) };
  } catch (error) {
    return { state: "unreadable", reason: error.message };
  }
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value).sort().map((key) => [key, sortKeys(value[key])])
  );
}

// src/flows/runner.ts
async function runFlows(flows, deps) {
  const results = [];
  for (const flow of flows) results.push(await runFlow(flow, deps));
  return results;
}
async function runFlow(flow, deps) {
  deps.emit({ type: "flow:start", file: flow.file, name: flow.name });
  const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now();
  const titles = new Map(allSteps(flow).map((step) => [step.id, step.title]));
  const finish = (report) => ({
    ...report,
    message: `${titles.get(report.id)}: ${report.message}`
  });
  const emitStep = (step) => deps.emit({ type: "flow:step", flow: flow.name, step });
  const runs = [];
  const live = flow.repeat === 1 ? (report) => emitStep(finish(report)) : void 0;
  for (let run = 0; run < flow.repeat; run++) runs.push(await new FlowRun(flow, deps, live).run());
  const [firstRun] = runs;
  const folded = runs.length === 1 && firstRun ? firstRun.steps : (firstRun?.steps ?? []).map((_, index) => combineRuns(runs.map((run) => run.steps[index])));
  const steps = folded.map(finish);
  if (!live) steps.forEach(emitStep);
  const error = runs.find((run) => run.error !== void 0)?.error;
  const result = {
    name: flow.name,
    file: flow.file,
    status: flowStatus(steps, error),
    durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now() - started,
    steps,
    ...error !== void 0 && { error }
  };
  deps.emit({ type: "flow:done", result });
  return result;
}
var FlowRun = class {
  constructor(flow, deps, onStep) {
    this.flow = flow;
    this.deps = deps;
    this.onStep = onStep;
    this.pool = new SessionPool(deps.connect, flow.name);
    this.state = new RunState(flow, deps.env);
  }
  pool;
  state;
  reports = [];
  async run() {
    try {
      let session;
      try {
        session = await this.pool.get("default");
      } catch (error) {
        const message = `could not open a session: ${errorText2(error)}`;
        this.skipAll(message);
        return { steps: this.reports, error: message };
      }
      const { transports } = this.flow;
      if (transports && !transports.includes(session.connection.transport)) {
        this.skipAll(
          `the flow runs over ${transports.join(" or ")}, and the server is reached over ${session.connection.transport}`
        );
        return { steps: this.reports };
      }
      const unknownTools = await this.unknownTools(session);
      if (unknownTools) {
        this.reportUnknownTools(unknownTools);
        return { steps: this.reports };
      }
      const setupFailure = await this.runPhase(this.flow.setup, void 0, "setup step");
      await this.runPhase(this.flow.steps, setupFailure, "step");
      for (const node of this.flow.teardown) await this.runNode(node);
      return { steps: this.reports };
    } finally {
      await this.pool.closeAll();
    }
  }
  /** Runs nodes in order until one fails; returns why the rest (and what follows) is skipped. */
  async runPhase(nodes, blocked, label) {
    let reason = blocked;
    for (const node of nodes) {
      if (reason !== void 0) {
        this.skip(node, reason);
        continue;
      }
      const failed = (await this.runNode(node)).find((report) => report.status === "fail");
      if (failed) reason = `not run: ${label} '${failed.id}' failed`;
    }
    return reason;
  }
  async runNode(node) {
    const reports = (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .isParallel */ .K7)(node) ? await Promise.all(node.steps.map((step) => this.runStep(step))) : [await this.runStep(node)];
    for (const report of reports) this.add(report);
    return reports;
  }
  async runStep(step) {
    const attempts = [];
    let outcome;
    let captured = {};
    for (let run = 0; run < step.repeat; run++) {
      const attempt2 = await this.attempt(step);
      attempts.push(attempt2.report);
      outcome = attempt2.outcome ?? outcome;
      if (attempt2.report.status !== "fail") captured = attempt2.captured;
    }
    const report = attempts.length === 1 && attempts[0] ? attempts[0] : combineRuns(attempts);
    this.state.record(step.id, report.status, outcome, report.status === "fail" ? {} : captured);
    return report;
  }
  async attempt(step) {
    let started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now();
    const report = (status, message2, failure) => ({
      id: step.id,
      kind: step.action.kind,
      status,
      message: message2,
      durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now() - started,
      line: step.line,
      ...failure?.expected !== void 0 && { expected: trimForReport(failure.expected) },
      ...failure?.actual !== void 0 && { actual: trimForReport(failure.actual) }
    });
    const timeoutMs = step.timeoutMs ?? this.flow.timeoutMs ?? this.deps.timeoutMs;
    let action;
    let expect;
    let session;
    let outcome;
    try {
      action = (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .resolveTemplates */ .en)(step.action, this.state);
      expect = resolveExpectation(step.expect, this.state);
      session = await this.pool.get(step.session);
      started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_14__.performance.now();
      outcome = await executeAction(action, session, timeoutMs);
    } catch (error) {
      return { report: report("fail", stepErrorText(error, step)), captured: {} };
    }
    const failures = judgeOutcome(expect, outcome, action.kind);
    let snapshotNote;
    let snapshotWarns = false;
    if (failures.length === 0 && expect.snapshot && outcome.result) {
      const file = snapshotPath(this.deps.snapshotDir, this.flow.file, step.id);
      const verdict = await checkSnapshot(
        file,
        snapshotValue(outcome.result, expect.snapshot.redact),
        this.deps.updateSnapshots
      );
      if (verdict.status === "fail") failures.push(verdict);
      else snapshotNote = verdict.message;
      snapshotWarns = verdict.status === "warn";
    }
    const captured = {};
    if (failures.length === 0) {
      for (const [name, source] of Object.entries(step.capture)) {
        const value = captureValue(source, outcome);
        if ("missing" in value) failures.push({ message: `capture ${name}: ${value.missing}` });
        else captured[name] = value.value;
      }
    }
    const [first] = failures;
    if (first)
      return {
        report: report("fail", failures.map((failure) => failure.message).join("\n"), first),
        outcome,
        captured
      };
    const took = `ok in ${Math.round(outcome.durationMs)} ms`;
    const message = snapshotNote ? `${took}; ${snapshotNote}` : took;
    return { report: report(snapshotWarns ? "warn" : "pass", message), outcome, captured };
  }
  /** Call steps naming a tool (without templates) that the server does not list; undefined when all are listed. */
  async unknownTools(session) {
    const calls = allSteps(this.flow).filter((step) => step.action.kind === "call" && !(0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .hasTemplate */ .rJ)(step.action.tool));
    if (calls.length === 0) return void 0;
    let names;
    let listed;
    try {
      const timeoutMs = this.flow.timeoutMs ?? this.deps.timeoutMs;
      const outcome = await executeAction({ kind: "list", target: "tools" }, session, timeoutMs);
      names = (outcome.result?.tools ?? []).map((tool) => String(tool.name));
      listed = outcome.error ? `tools/list failed: ${outcome.error.message}` : `listed: ${names.join(", ") || "none"}`;
    } catch (error) {
      names = [];
      listed = `tools/list failed: ${errorText2(error)}`;
    }
    const missing = calls.filter((step) => step.action.kind === "call" && !names.includes(step.action.tool));
    return missing.length === 0 ? void 0 : { steps: missing, listed };
  }
  reportUnknownTools({ steps, listed }) {
    for (const step of allSteps(this.flow)) {
      if (steps.includes(step) && step.action.kind === "call") {
        this.add({
          id: step.id,
          kind: step.action.kind,
          status: "fail",
          message: `${this.flow.file}:${step.line}:${step.column}: the server does not list tool '${step.action.tool}' (${listed}); the flow did not run`,
          durationMs: 0,
          line: step.line
        });
      } else {
        this.add(skipped(step, "not run: the flow names a tool the server does not list"));
      }
    }
  }
  skipAll(reason) {
    for (const node of [...this.flow.setup, ...this.flow.steps, ...this.flow.teardown]) this.skip(node, reason);
  }
  skip(node, reason) {
    for (const step of (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .isParallel */ .K7)(node) ? node.steps : [node]) {
      this.state.record(step.id, "skip", void 0, {});
      this.add(skipped(step, reason));
    }
  }
  add(report) {
    this.reports.push(report);
    this.onStep?.(report);
  }
};
function captureValue(source, outcome) {
  const found = source.path === void 0 ? [outcome.text] : (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .selectAll */ .Ub)(outcome.result ?? {}, source.path);
  const where = source.path ?? "the text";
  if (found.length === 0) return { missing: `${where} selects nothing in the result` };
  const value = found.length === 1 ? found[0] : found;
  if (!source.matches) return { value };
  if (typeof value !== "string")
    return { missing: `${where} is ${preview(value)}, not text to match ${String(source.matches)}` };
  const match = source.matches.exec(value);
  if (!match) return { missing: `${where} ${preview(value)} does not match ${String(source.matches)}` };
  return { value: match[1] ?? match[0] };
}
function skipped(step, reason) {
  return { id: step.id, kind: step.action.kind, status: "skip", message: reason, durationMs: 0, line: step.line };
}
function allSteps(flow) {
  return [...flow.setup, ...flow.steps, ...flow.teardown].flatMap((node) => (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .isParallel */ .K7)(node) ? node.steps : [node]);
}
function resolveExpectation(expect, scope) {
  const resolve = (value) => (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .resolveTemplates */ .en)(value, scope);
  const asText = (value) => value === void 0 ? void 0 : String(resolve(value));
  return {
    ...expect,
    error: resolve(expect.error),
    text: expect.text && { ...expect.text, equals: asText(expect.text.equals), contains: asText(expect.text.contains) },
    structured: resolve(expect.structured),
    paths: expect.paths.map((assertion) => ({
      ...assertion,
      equals: resolve(assertion.equals),
      notEquals: resolve(assertion.notEquals),
      length: resolve(assertion.length),
      greaterThan: resolve(assertion.greaterThan),
      lessThan: resolve(assertion.lessThan),
      atLeast: resolve(assertion.atLeast),
      atMost: resolve(assertion.atMost),
      contains: resolve(assertion.contains)
    })),
    notifications: expect.notifications.map((item) => ({ ...item, match: resolve(item.match) }))
  };
}
function stepErrorText(error, step) {
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .RequestTimeoutError */ .DH) return `timed out: ${error.message} (timeout-ms)`;
  if (error instanceof _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w || error instanceof WaitTimeoutError || error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb) {
    return error.message;
  }
  return `${step.session === "default" ? "" : `session '${step.session}': `}${errorText2(error)}`;
}
function errorText2(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/history/backend.ts
async function openLocalHistory(path) {
  const store = await _chunk_PURQYGRD_mjs__WEBPACK_IMPORTED_MODULE_2__/* .SqliteHistoryStore */ .MR.open(path);
  return {
    baseLabel: "last run",
    previous: async (current, window) => store.previous(current, window),
    record: async (entry, window) => {
      try {
        store.append(entry, window);
        await store.save();
      } finally {
        store.close();
      }
    },
    close: async () => store.close()
  };
}

// src/history/provenance.ts


var exec = (0,node_util__WEBPACK_IMPORTED_MODULE_15__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_20__.execFile);
async function git(args, cwd) {
  try {
    const { stdout } = await exec("git", args, { cwd, timeout: 5e3, windowsHide: true });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
async function detectProvenance(options) {
  const { env, cwd, date } = options;
  const leg = options.leg !== void 0 ? { leg: options.leg } : {};
  if (env.GITHUB_ACTIONS === "true") {
    const name = env.GITHUB_EVENT_NAME ?? "";
    const event = name.startsWith("pull_request") ? "pull_request" : _chunk_W6NGOJ4F_mjs__WEBPACK_IMPORTED_MODULE_11__/* .HISTORY_EVENTS */ .R0.includes(name) ? name : "push";
    const attempt2 = Number(env.GITHUB_RUN_ATTEMPT);
    return {
      ...env.GITHUB_SHA && { commit: env.GITHUB_SHA },
      ...env.GITHUB_REF && { ref: env.GITHUB_REF },
      event,
      ...env.GITHUB_RUN_ID && { runId: env.GITHUB_RUN_ID },
      ...Number.isInteger(attempt2) && attempt2 > 0 && { runAttempt: attempt2 },
      ...env.GITHUB_WORKFLOW && { workflow: env.GITHUB_WORKFLOW },
      ...leg,
      date
    };
  }
  const [commit, ref] = await Promise.all([
    git(["rev-parse", "--verify", "--quiet", "HEAD"], cwd),
    git(["symbolic-ref", "--quiet", "HEAD"], cwd)
  ]);
  return { ...commit && { commit }, ...ref && { ref }, event: "local", ...leg, date };
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
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.mkdir)(outDir, { recursive: true });
  const junitPath = (0,node_path__WEBPACK_IMPORTED_MODULE_19__.join)(outDir, "junit.xml");
  const markdownPath = (0,node_path__WEBPACK_IMPORTED_MODULE_19__.join)(outDir, "report.md");
  await Promise.all([
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.writeFile)(junitPath, (0,_chunk_W75UWYS7_mjs__WEBPACK_IMPORTED_MODULE_5__/* .renderJunit */ .RV)(result, { strict: options.strict }), "utf8"),
    (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_18__.writeFile)(markdownPath, (0,_chunk_W75UWYS7_mjs__WEBPACK_IMPORTED_MODULE_5__/* .renderMarkdown */ .Gc)(result, options), "utf8")
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
var anyResult = zod__WEBPACK_IMPORTED_MODULE_26__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_26__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_26__/* .unknown */ .L5J());
var SDK_CONNECTION_CLOSED = -32e3;
function isSdkTimeout(error, timeoutMs) {
  return error.code === _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .ErrorCode */ .O4.RequestTimeout && error.data?.timeout === timeoutMs;
}
function invalidAnswerOf(error) {
  return error instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .McpError */ .Nh && error.data instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .InvalidAnswerError */ .g9 ? error.data : void 0;
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
  const taskStore = tasks ? new _modelcontextprotocol_sdk_experimental_tasks_stores_in_memory_js__WEBPACK_IMPORTED_MODULE_24__/* .InMemoryTaskStore */ .f() : void 0;
  const client = new _modelcontextprotocol_sdk_client_index_js__WEBPACK_IMPORTED_MODULE_23__/* .Client */ .K(TOOL_INFO, { capabilities, ...taskStore ? { taskStore } : {} });
  if (options.capabilities.roots) {
    client.setRequestHandler(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .ListRootsRequestSchema */ .WQ, () => ({
      roots: [{ uri: `file://${process.cwd()}`, name: "working directory" }]
    }));
  }
  if (options.capabilities.sampling) {
    client.setRequestHandler(
      _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .CreateMessageRequestSchema */ .u9,
      cannedReply({
        role: "assistant",
        content: { type: "text", text: "This is a canned reply from mcp-ci; no model was called." },
        model: "mcp-ci-canned",
        stopReason: "endTurn"
      })
    );
  }
  if (options.capabilities.elicitation) {
    client.setRequestHandler(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .ElicitRequestSchema */ .$9, cannedReply({ action: "decline" }));
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
    if (this.isClosed) throw new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb(method);
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
    const sdkTimeoutMs = quiet ? timeoutMs * _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .PROGRESS_TIMEOUT_CAP */ .jh : timeoutMs;
    try {
      const result = await this.client.request({ method, params: requestParams }, anyResult, {
        timeout: sdkTimeoutMs,
        ...signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}
      });
      return { ok: true, result };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (quiet?.signal.aborted) throw new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .RequestTimeoutError */ .DH(method, timeoutMs);
      const invalid = invalidAnswerOf(error);
      if (invalid) throw invalid;
      if (error instanceof _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .McpError */ .Nh) {
        if (isSdkTimeout(error, sdkTimeoutMs)) throw new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .RequestTimeoutError */ .DH(method, sdkTimeoutMs);
        if (error.code === SDK_CONNECTION_CLOSED && this.isClosed) throw new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb(method);
        const message = error.message.replace(/^MCP error -?\d+: /, "");
        return {
          ok: false,
          error: { code: error.code, message, ...error.data !== void 0 ? { data: error.data } : {} }
        };
      }
      if (this.isClosed) throw new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ConnectionClosedError */ .rb(method);
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
function progressTimer(ms2) {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), ms2);
  return {
    signal: controller.signal,
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms2);
    },
    stop: () => clearTimeout(timer)
  };
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
async function readBody(response, deadline, stop, until, follow, extend) {
  if (!response.body) return { body: "", events: [] };
  const isSse = (response.headers.get("content-type") ?? "").includes("text/event-stream");
  const events = [];
  const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_27__/* .createParser */ .C)({
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
          following = follow !== void 0 && !follow.aborted;
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
    rest: readRest(reader, (bytes) => decoder.decode(bytes, { stream: true }), deadline, body.slice(cut), follow)
  };
}
async function readRest(reader, decode, deadline, head, stopped) {
  let body = head;
  const stop = () => void reader.cancel().catch(() => {
  });
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
      response = await fetch(url, { method: init.method, headers, body: init.body, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      const reason = controller.signal.aborted ? `no response within ${timeoutMs} ms` : String(error);
      throw new Error(`${init.method} ${url}: ${reason}`);
    }
    clearTimeout(timer);
    const bodyDeadline = options.bodyWindowMs === void 0 ? deadline : Math.min(deadline, Date.now() + options.bodyWindowMs);
    const restartOn = options.restartOn;
    const lastEnd = deadline + timeoutMs * (_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .PROGRESS_TIMEOUT_CAP */ .jh - 1);
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
    const http = { status: exchange.status, headers: exchange.headers };
    this.transcript.record({ conn: label, dir: "recv", raw: body, http, transport: this.kind });
    if (rest) {
      const requestId = requestIdOf(init.body);
      const tail = rest.then(({ body: after, ended }) => {
        if (this.stopFollowing.signal.aborted) return;
        this.transcript.record({
          conn: label,
          dir: "recv",
          raw: after,
          http,
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
  const texts2 = (response.headers["content-type"] ?? "").includes("text/event-stream") ? response.events.map((e) => e.data).filter((d) => d !== "") : response.body.trim() === "" ? [] : [response.body];
  for (const text2 of texts2) {
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
    this.followStreams = (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .isModernLabel */ .Mp)(label);
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
  const record = (text2, http, requestIds) => {
    const entry = { conn: label, dir: "recv", transport: kind, http, protocolVersion: protocolVersion() };
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
      if (_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .JSONRPCMessageSchema */ .OR.safeParse(message).success) continue;
      transcript.record({ ...entry, message });
      onDropped(message);
    }
  };
  return async (url, init) => {
    const response = await fetch(url, init);
    const type = response.headers.get("content-type") ?? "";
    const isSse = type.includes("text/event-stream");
    if (!response.body || !isSse && !type.includes("application/json")) return response;
    const http = { method: init?.method ?? "GET", status: response.status };
    const requestIds = requestIdsOf(init?.body);
    if (!isSse) {
      const text2 = await response.text();
      if (text2.trim() !== "") record(text2, http, requestIds);
      return new Response(text2, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      });
    }
    return new Response(
      recordingAsRead(response.body, (text2) => record(text2, http, requestIds)),
      {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
      }
    );
  };
}
function recordingAsRead(body, record) {
  const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_27__/* .createParser */ .C)({ onEvent: (event) => event.data !== "" && record(event.data) });
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
        ...(0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__/* .messageLineEntry */ .ah)(line)
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
  waitFor(done, ms2, startupMs = 0, restartOn) {
    let starting = startupMs > 0 && this.received.length === 0;
    if (done() || ms2 + (starting ? startupMs : 0) <= 0) return Promise.resolve();
    const lastEnd = performance.now() + (starting ? startupMs : 0) + ms2 * _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .PROGRESS_TIMEOUT_CAP */ .jh;
    let seen = this.received.length;
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(finish, Math.min(ms2, lastEnd - performance.now()));
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
      let timer = setTimeout(finish, ms2 + (starting ? startupMs : 0));
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
  const parsed = _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .JSONRPCResponseSchema */ .i1.safeParse(message);
  if (!parsed.success) return `it is not a valid JSON-RPC response (${describeIssues(parsed.error.issues)})`;
  return void 0;
}
function initializeResultProblem(result) {
  const parsed = _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_25__/* .InitializeResultSchema */ .Rk.safeParse(result);
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
    const message = (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__/* .boundDepth */ .q6)(received);
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
    const error = new _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .InvalidAnswerError */ .g9(request.method, problem, record);
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
        this.onmessage?.(message, { stdioLine: (0,_chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__/* .messageLineEntry */ .ah)(line) });
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
    if (!stdin.write(line)) await new Promise((resolve) => stdin.once("drain", resolve));
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
  let ticks = cpuTicksOf((0,node_fs__WEBPACK_IMPORTED_MODULE_28__.readFileSync)(`/proc/${pid}/stat`, "utf8"));
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
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_28__.readdirSync)(`/proc/${pid}/task`).flatMap(
      (task) => (0,node_fs__WEBPACK_IMPORTED_MODULE_28__.readFileSync)(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean).map(Number)
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
var NEWEST_VERSION = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .LEGACY_VERSIONS */ .GD[0];
var PROBE_POOL_SIZE = 1;
var PROBE_POOL_WAIT_MS = 2e3;
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
    return this.primary?.output.text() ?? "";
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
    const server = this.launched ?? new _chunk_E3XZEPOM_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ServerProcess */ .Jh(launch, { captureStdout });
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
    if (options.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) return this.connectModern(options, initializeTimeoutMs);
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
      inner = target.transport === "http" ? new _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_22__/* .StreamableHTTPClientTransport */ .j(new URL(target.url), init) : new _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_21__/* .SSEClientTransport */ .A(new URL(target.url), init);
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
    const label = (0,_chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .modernLabel */ ._I)(options.label ?? "session");
    const channel = await this.openRaw({ initialize: false, label });
    const stdio = this.transport === "stdio";
    const opening = _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .ModernConnection */ ._j.open(channel, {
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
    if (options.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) options = { ...options, initialize: false };
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
        if (target.launch) this.primary = this.spawn(target.launch, true, "server");
        this.main = await this.pollHttp(offer, label);
      }
      this.boot = { ok: true, ms: 0, readiness: offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? "server/discover" : "initialize" };
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
      if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .InvalidAnswerError */ .g9 && error.method === "initialize") {
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
    if (offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ || this.config.protocolVersion !== void 0) return void 0;
    if (initializeError instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .InvalidAnswerError */ .g9 || initializeError instanceof BootDeadlineError) return void 0;
    if (this.transport !== "stdio" && this.primary && !this.primary.running) return void 0;
    if (/before it answered initialize|did not answer initialize/.test(String(initializeError))) return void 0;
    try {
      const connection = await this.withDeadline(
        this.connect({ label: `main@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$}`, protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ }, this.config.bootTimeoutMs)
      );
      return { connection, initializeAnswer: errorText3(initializeError) };
    } catch (error) {
      return { discoverAnswer: error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .DiscoverRefusedError */ .O8 ? error.answer : errorText3(error) };
    }
  }
  async withDeadline(promise) {
    const ms2 = this.config.bootTimeoutMs;
    let timer;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new BootDeadlineError(`the server did not answer initialize within ${ms2 / 1e3} s`)),
        ms2
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
  async pollHttp(offer, label) {
    const deadline = Date.now() + this.config.bootTimeoutMs;
    let delay = 50;
    let lastError = "no attempt made";
    while (Date.now() < deadline) {
      if (this.primary && !this.primary.running) break;
      try {
        const attempt2 = this.connect({ label, protocolVersion: offer }, this.config.bootTimeoutMs);
        return await this.withDeadline(this.primary ? raceExit(attempt2, this.primary) : attempt2);
      } catch (error) {
        if (!isStillStarting(error)) throw error;
        lastError = error instanceof Error ? error.cause instanceof Error ? `${error.message}: ${error.cause.message}` : error.message : String(error);
      }
      const wait = Math.min(delay, deadline - Date.now());
      if (wait > 0 && await this.primaryExitsWithin(wait)) break;
      delay = Math.min(delay * 1.5, 1e3);
    }
    if (this.primary && !this.primary.running) throw new Error(exitMessage(this.primary));
    throw new Error(
      `the server did not answer ${offer === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? "server/discover" : "initialize"} at ${this.http.url} within ${this.config.bootTimeoutMs / 1e3} s (last error: ${lastError})`
    );
  }
  async primaryExitsWithin(ms2) {
    if (!this.primary) {
      await new Promise((resolve) => setTimeout(resolve, ms2));
      return false;
    }
    return this.primary.waitForExit(ms2);
  }
};
var errorText3 = (error) => error instanceof Error ? error.message : String(error);
function bootErrorMessage(offer, error, discoverAnswer) {
  if (discoverAnswer === void 0) return errorText3(error);
  return `the server answered neither readiness probe: initialize (${offer}) got ${errorText3(error)}; server/discover (${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$}) got ${discoverAnswer}`;
}
function isStillStarting(error) {
  if (error instanceof BootDeadlineError) return true;
  if (error instanceof _chunk_4P2FRW5Q_mjs__WEBPACK_IMPORTED_MODULE_3__/* .DiscoverRefusedError */ .O8) return error.httpStatus !== void 0 && error.httpStatus >= 500;
  if (error instanceof Error && error.message.endsWith("TypeError: fetch failed")) return true;
  if (error instanceof _modelcontextprotocol_sdk_client_streamableHttp_js__WEBPACK_IMPORTED_MODULE_22__/* .StreamableHTTPError */ .b || error instanceof _modelcontextprotocol_sdk_client_sse_js__WEBPACK_IMPORTED_MODULE_21__/* .SseError */ ._)
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
      if (boot.protocolVersion === version) return Promise.resolve(boot);
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
  if (boot === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ || config.quick) return boot;
  if (accepted) return accepted.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$) ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ : boot;
  try {
    const probe = await target.connect({ protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$, label: "probe:discover" });
    void probe.close().catch(() => {
    });
    return probe.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ ? _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_12__/* .MODERN_VERSION */ .j$ : boot;
  } catch {
    return boot;
  }
}



/***/ })

};
