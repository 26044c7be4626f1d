export const id = 5;
export const ids = [5];
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

/***/ 63906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ RequestTimeoutError),
/* harmony export */   Ig: () => (/* binding */ NEEDS_WIRE),
/* harmony export */   N4: () => (/* binding */ unreachableReason),
/* harmony export */   Yh: () => (/* binding */ RawChannelUnavailableError),
/* harmony export */   g9: () => (/* binding */ InvalidAnswerError),
/* harmony export */   jh: () => (/* binding */ PROGRESS_TIMEOUT_CAP),
/* harmony export */   rb: () => (/* binding */ ConnectionClosedError)
/* harmony export */ });
// src/wire/types.ts
var PROGRESS_TIMEOUT_CAP = 3;
var RequestTimeoutError = class extends Error {
  constructor(method, timeoutMs) {
    super(`no response to ${method} within ${timeoutMs} ms`);
    this.method = method;
    this.timeoutMs = timeoutMs;
    this.name = "RequestTimeoutError";
  }
};
var InvalidAnswerError = class extends Error {
  constructor(method, problem, answer) {
    super(`the answer to ${method} is invalid: ${problem}`);
    this.method = method;
    this.problem = problem;
    this.answer = answer;
    this.name = "InvalidAnswerError";
  }
};
var ConnectionClosedError = class extends Error {
  constructor(method) {
    super(`connection closed before the response to ${method}`);
    this.method = method;
    this.name = "ConnectionClosedError";
  }
};
var CONNECTION_LOST = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN"
]);
function unreachableReason(error) {
  let current = error;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    const code = current.code;
    if (typeof code === "string" && CONNECTION_LOST.has(code)) return code;
    current = current.cause;
  }
  return void 0;
}
var NEEDS_WIRE = "needs a process/HTTP transport";
var RawChannelUnavailableError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RawChannelUnavailableError";
  }
};




/***/ }),

/***/ 23005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runFlows: () => (/* binding */ runFlows)
/* harmony export */ });
/* harmony import */ var _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32304);
/* harmony import */ var _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63906);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37291);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(58500);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76760);



// src/flows/runner.ts


// src/flows/assertions.ts


// src/flows/format.ts

var PREVIEW_CHARS = 200;
var DIFF_LINES = 40;
var REPORT_CHARS = 2e3;
function preview(value, max = PREVIEW_CHARS) {
  const text = value === void 0 ? "nothing" : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}\u2026 (${text.length} chars)` : text;
}
function diffValues(expected, actual) {
  const patch = (0,diff__WEBPACK_IMPORTED_MODULE_4__/* .structuredPatch */ .YB)("expected", "actual", asLines(expected), asLines(actual), "", "", { context: 2 });
  const lines = ["--- expected", "+++ actual", ...patch.hunks.flatMap((hunk) => hunk.lines)];
  return lines.length > DIFF_LINES ? [...lines.slice(0, DIFF_LINES), `\u2026 ${lines.length - DIFF_LINES} more diff lines`].join("\n") : lines.join("\n");
}
function asLines(value) {
  const text = typeof value === "string" ? value : JSON.stringify(value, null, 2) ?? "undefined";
  return text.endsWith("\n") ? text : `${text}
`;
}
function worthDiffing(expected, actual) {
  const structured = (value) => value !== null && typeof value === "object";
  const multiline = (value) => typeof value === "string" && value.includes("\n");
  return structured(expected) && structured(actual) || multiline(expected) && multiline(actual);
}
function trimForReport(value) {
  const text = JSON.stringify(value);
  if (text === void 0 || text.length <= REPORT_CHARS) return value;
  return `${text.slice(0, REPORT_CHARS)}\u2026 (${text.length} chars)`;
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
  const { result, structured, text, error, isError, durationMs, notifications } = outcome;
  return { result, structured, text, error, isError, durationMs, notifications };
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
    const text = item?.text;
    return typeof text === "string" ? [text] : [];
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
  return (0,node_util__WEBPACK_IMPORTED_MODULE_3__.isDeepStrictEqual)(expected, actual) ? [] : [`${path}: expected ${preview(expected)}, got ${preview(actual)}`];
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
  const errorFailure = judgeError(expect.error, outcome, kind);
  if (errorFailure) return [errorFailure];
  return [
    ...judgeLatency(expect.maxMs, outcome),
    ...judgeNotifications(expect, outcome),
    ...outcome.result === void 0 ? [] : judgeResult(expect, outcome, kind)
  ];
}
function judgeError(expected, outcome, kind) {
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
  const text = actual ?? "";
  const failures = [];
  if (expected.equals !== void 0 && text !== expected.equals) {
    failures.push(withDiff(`text: expected ${preview(expected.equals)}, got ${preview(text)}`, expected.equals, text));
  }
  if (expected.contains !== void 0 && !text.includes(expected.contains)) {
    failures.push({
      message: `text: expected it to contain ${preview(expected.contains)}, got ${preview(text)}`,
      expected: expected.contains,
      actual: text
    });
  }
  if (expected.matches && !expected.matches.test(text)) {
    failures.push({
      message: `text: expected it to match ${String(expected.matches)}, got ${preview(text)}`,
      expected: String(expected.matches),
      actual: text
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
      (value) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.isDeepStrictEqual)(value, equals) ? void 0 : withDiff(`expected ${preview(equals)}, got ${preview(value)}`, equals, value)
    );
  }
  if (notEquals !== void 0) {
    tests.push(
      (value) => (0,node_util__WEBPACK_IMPORTED_MODULE_3__.isDeepStrictEqual)(value, notEquals) ? { message: `expected anything but ${preview(notEquals)}`, actual: value } : void 0
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
      (value) => typeOf(value, type) ? void 0 : { message: `expected ${type}, got ${preview(value)}`, expected: type, actual: value }
    );
  }
  return tests;
}
function typeOf(value, type) {
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
  const start = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
  const elapsed = () => node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - start;
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
      const { outcome, notifications } = await listAll(session, LISTS[action.target], timeoutMs);
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
      await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_5__.setTimeout)(action.ms);
      return toOutcome(action.kind, { ok: true, result: {} }, elapsed(), session.since(mark));
    }
  }
}
async function listAll(session, list, timeoutMs) {
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
  return (0,node_path__WEBPACK_IMPORTED_MODULE_7__.join)(snapshotDir, node_path__WEBPACK_IMPORTED_MODULE_7__.posix.basename(flowFile).replace(/\.ya?ml$/, ""), `${stepId}.json`);
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
  if (stored.state === "present" && (0,node_util__WEBPACK_IMPORTED_MODULE_3__.isDeepStrictEqual)(stored.value, value)) {
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
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_6__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_7__.dirname)(file), { recursive: true });
  await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_6__.writeFile)(file, `${JSON.stringify(value, null, 2)}
`);
  if (stored.state === "present") return { status: "pass", message: `snapshot ${shown} updated` };
  return update ? { status: "pass", message: `snapshot ${shown} written` } : { status: "warn", message: `no snapshot existed, so one was written to ${shown}: review and commit it` };
}
function displayPath(file) {
  const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_7__.relative)(process.cwd(), file);
  return shown.startsWith("..") || (0,node_path__WEBPACK_IMPORTED_MODULE_7__.isAbsolute)(shown) ? file : shown.split(node_path__WEBPACK_IMPORTED_MODULE_7__.sep).join("/");
}
async function readStored(file) {
  let text;
  try {
    text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_6__.readFile)(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { state: "missing" };
    throw error;
  }
  try {
    return { state: "present", value: JSON.parse(text) };
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
  const started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
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
    durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started,
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
        const message = `could not open a session: ${errorText(error)}`;
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
      const attempt = await this.attempt(step);
      attempts.push(attempt.report);
      outcome = attempt.outcome ?? outcome;
      if (attempt.report.status !== "fail") captured = attempt.captured;
    }
    const report = attempts.length === 1 && attempts[0] ? attempts[0] : combineRuns(attempts);
    this.state.record(step.id, report.status, outcome, report.status === "fail" ? {} : captured);
    return report;
  }
  async attempt(step) {
    let started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    const report = (status, message2, failure) => ({
      id: step.id,
      kind: step.action.kind,
      status,
      message: message2,
      durationMs: node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - started,
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
      started = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
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
      listed = `tools/list failed: ${errorText(error)}`;
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
  if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH) return `timed out: ${error.message} (timeout-ms)`;
  if (error instanceof _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w || error instanceof WaitTimeoutError || error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionClosedError */ .rb) {
    return error.message;
  }
  return `${step.session === "default" ? "" : `session '${step.session}': `}${errorText(error)}`;
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}



/***/ })

};
