import * as __WEBPACK_EXTERNAL_MODULE__api_js_a8f8262d__ from "./api.js";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y: () => (/* binding */ matchers)
});

;// CONCATENATED MODULE: external "./api.js"
var x = (y) => {
	var x = {}; __nccwpck_require__.d(x, y); return x
} 
var y = (x) => (() => (x))
const external_api_js_namespaceObject = x({ ["listTools"]: () => (__WEBPACK_EXTERNAL_MODULE__api_js_a8f8262d__.listTools), ["runConformance"]: () => (__WEBPACK_EXTERNAL_MODULE__api_js_a8f8262d__.runConformance), ["runFlows"]: () => (__WEBPACK_EXTERNAL_MODULE__api_js_a8f8262d__.runFlows) });
;// CONCATENATED MODULE: ./.build/dist-staging/vitest.mjs
// src/vitest.ts


// src/report/escape.ts
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
var ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;
function stripControl(text) {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "");
}
var SGR = /(\u001B\[[0-9;]*m)/;
var COMMAND_START = /^((?:\s|\u001B\[[0-9;]*m)*)::/;
function consoleSafe(text, keepStyle = false) {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const parts = keepStyle ? line.split(SGR) : [line];
    const clean = parts.map((part, index) => index % 2 === 1 ? part : stripControl(part.replace(ANSI, ""))).join("");
    return clean.replace(/##\[/g, "## [").replace(COMMAND_START, "$1: :");
  }).join("\n");
}

// src/report/format.ts
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
function formatJson(value) {
  if (typeof value === "string") {
    if (!/^\s*[[{]/.test(value)) return value;
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

// src/vitest.ts
var MAX_EVIDENCE_CHARS = 1200;
var matchers = {
  async toPassConformance(received, options = {}) {
    const { strict, ...apiOptions } = options;
    const settings = { ...apiOptions.settings, ...strict !== void 0 && { strict } };
    const result = await (0,external_api_js_namespaceObject.runConformance)(asTarget(received), { ...apiOptions, settings });
    const broken = result.checks.filter((check) => check.status === "fail" || strict && check.status === "warn");
    const pass = result.outcome === "passed";
    return {
      pass,
      message: () => pass ? `expected the server not to pass conformance, but it passed (${counts(result)})` : [
        `expected the server to pass conformance: ${problem(result) ?? `${broken.length} rule(s) broken (${counts(result)})`}`,
        ...broken.map(describeCheck)
      ].join("\n\n")
    };
  },
  async toPassFlow(received, flows, options = {}) {
    const result = await (0,external_api_js_namespaceObject.runFlows)(asTarget(received), flows, options);
    const failed = result.flows.filter((flow) => flow.status === "fail");
    const pass = result.outcome === "passed";
    return {
      pass,
      message: () => pass ? `expected the flows not to pass, but ${result.flows.map((flow) => flow.name).join(", ")} passed` : [
        `expected the flows to pass: ${problem(result) ?? `${failed.length} flow(s) failed`}`,
        ...failed.map(describeFlow)
      ].join("\n\n")
    };
  },
  async toHaveTool(received, name, options = {}) {
    const tools = await (0,external_api_js_namespaceObject.listTools)(asTarget(received), options);
    const names = tools.map((tool) => String(tool.name));
    const pass = names.includes(name);
    return {
      pass,
      message: () => safe(
        pass ? `expected the server not to list the tool "${name}", but it does` : `expected the server to list the tool "${name}"; it lists ${names.length > 0 ? names.map((n) => `"${n}"`).join(", ") : "no tools"}`
      )
    };
  }
};
function asTarget(received) {
  if (typeof received === "function") return { server: received };
  if (typeof received === "object" && received !== null) return received;
  throw new TypeError(
    'expect(target): pass a server factory (() => new McpServer(...)), { stdio: "command" }, { url: "http://..." } or a target from startTarget()'
  );
}
function problem(result) {
  if (result.outcome === "boot-error") {
    const tail = result.boot.stderrTail ? `
server stderr:
${result.boot.stderrTail}` : "";
    return safe(`the server did not boot: ${result.boot.error ?? "unknown error"}${tail}`);
  }
  if (result.outcome === "config-error" || result.outcome === "internal-error")
    return safe(`${result.outcome}: ${result.error ?? ""}`);
  return void 0;
}
var counts = (result) => `${result.summary.pass} passed, ${result.summary.fail} failed, ${result.summary.warn} warned, ${result.summary.skip} skipped`;
function describeCheck(check) {
  const lines = [
    `${check.status === "fail" ? "\u2716" : "\u26A0"} ${check.id} (${check.level}, ${check.protocolVersion}): ${check.message}`,
    ...check.rule ? [`  rule: "${check.rule}"`] : [],
    `  spec: ${check.spec.url}`
  ];
  const evidence = check.evidence;
  if (evidence?.note) lines.push(`  note: ${evidence.note}`);
  if (evidence?.sent !== void 0) lines.push(`  sent: ${excerpt(evidence.sent)}`);
  if (evidence?.received !== void 0) lines.push(`  received: ${excerpt(evidence.received)}`);
  return safe(lines.join("\n"));
}
function describeFlow(flow) {
  const lines = [`\u2716 ${flow.name} (${flow.file})`];
  if (flow.error) lines.push(...flow.error.split("\n").map((line) => `  ${line}`));
  for (const step of flow.steps.filter((s) => s.status === "fail")) {
    lines.push(`  \u2716 ${step.id}${step.line ? ` (line ${step.line})` : ""}: ${step.message}`);
  }
  return safe(lines.join("\n"));
}
function excerpt(value) {
  const text = formatJson(value).replace(/\n/g, "\n    ");
  return text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}\u2026 (${text.length} chars)` : text;
}
var safe = (text) => consoleSafe(text);


var __webpack_exports__matchers = __webpack_exports__.y;
export { __webpack_exports__matchers as matchers };
