export const id = 842;
export const ids = [842];
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

/***/ 26842:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseFlowSource: () => (/* binding */ parseFlowSource)
/* harmony export */ });
/* harmony import */ var _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32304);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42463);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);


// src/flows/parse.ts


// src/flows/flow-schema.ts


// schemas/flow.schema.json
var flow_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "mcp-ci flow",
  description: "A flow: MCP requests run in order against the server under test, with chaining and assertions.",
  type: "object",
  properties: {
    $schema: {
      type: "string"
    },
    name: {
      type: "string",
      minLength: 1,
      description: "Shown in reports; defaults to the file name."
    },
    description: {
      type: "string"
    },
    vars: {
      type: "object",
      propertyNames: {
        $ref: "#/definitions/varName"
      },
      description: "Variables for {{ vars.<name> }}; values may use {{ env.NAME }}."
    },
    "timeout-ms": {
      $ref: "#/definitions/timeoutMs"
    },
    repeat: {
      $ref: "#/definitions/repeat"
    },
    transport: {
      description: "stdio, http or sse, or a list of them: the flow runs only when the server is reached over one of these, and is skipped otherwise.",
      anyOf: [
        {
          enum: ["stdio", "http", "sse"]
        },
        {
          type: "array",
          minItems: 1,
          items: {
            enum: ["stdio", "http", "sse"]
          }
        }
      ]
    },
    setup: {
      type: "array",
      items: {
        $ref: "#/definitions/node"
      },
      description: "Steps before the flow's steps; if one fails, the steps are skipped (teardown still runs)."
    },
    steps: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/definitions/node"
      },
      description: "The flow's steps, in order; after a failing step the rest are skipped."
    },
    teardown: {
      type: "array",
      items: {
        $ref: "#/definitions/node"
      },
      description: "Steps that always run at the end, even after a failure."
    }
  },
  required: ["steps"],
  additionalProperties: false,
  definitions: {
    stepId: {
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_-]*$",
      description: "a step id: letters, digits, _ and -, starting with a letter or _ (later steps read its values as {{ steps.<id>.\u2026 }})"
    },
    sessionName: {
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_-]*$",
      description: "a session name: letters, digits, _ and -, starting with a letter or _ (the step runs in this named client session, opened on first use)"
    },
    timeoutMs: {
      type: "integer",
      minimum: 1,
      maximum: 6e5,
      description: "Milliseconds before the step fails for want of a response."
    },
    repeat: {
      type: "integer",
      minimum: 1,
      maximum: 1e3,
      description: "Run this many times; any failing run fails it, and it is marked flaky when some runs passed."
    },
    varName: {
      type: "string",
      pattern: "^[A-Za-z_][A-Za-z0-9_]*$",
      description: "a variable name: letters, digits and _, starting with a letter or _"
    },
    jsonPath: {
      type: "string",
      pattern: "^\\$",
      description: "a JSONPath (RFC 9535) starting with $, e.g. $.structuredContent.orderId or $.tools[0].name"
    },
    notificationKind: {
      type: "string",
      pattern: "^(progress|log|resource-updated|tools-changed|resources-changed|prompts-changed|list-changed|notifications/.+)$",
      description: "one of progress, log, resource-updated, tools-changed, resources-changed, prompts-changed, list-changed, or a notification method such as notifications/message"
    },
    capture: {
      type: "object",
      description: "Store values from the step as variables for later steps ({{ vars.<name> }}): name: JSONPath into the result, or name: { matches: regex } to take the first group (else the whole match) from the step's text (or from the string at `path`).",
      propertyNames: {
        $ref: "#/definitions/varName"
      },
      additionalProperties: {
        $ref: "#/definitions/captureSource"
      }
    },
    completeRequest: {
      type: "object",
      properties: {
        prompt: {
          type: "string",
          minLength: 1,
          description: "Complete an argument of this prompt."
        },
        resource: {
          type: "string",
          minLength: 1,
          description: "Complete a variable of this resource template URI."
        },
        argument: {
          type: "string",
          minLength: 1,
          description: "The argument (or template variable) to complete."
        },
        value: {
          type: "string",
          description: "What has been typed so far."
        },
        context: {
          type: "object",
          additionalProperties: {
            type: "string"
          },
          description: "Values of other arguments already resolved."
        }
      },
      required: ["argument", "value"],
      additionalProperties: false
    },
    textExpectation: {
      type: ["string", "object"],
      description: "The step's text: a string (must equal), or equals / contains / matches (regular expression).",
      properties: {
        equals: {
          type: "string"
        },
        contains: {
          type: "string"
        },
        matches: {
          type: "string",
          description: "A JavaScript regular expression."
        }
      },
      minProperties: 1,
      additionalProperties: false
    },
    pathAssertion: {
      type: "object",
      description: "Select a value with a JSONPath and test it; every test given must hold.",
      properties: {
        path: {
          $ref: "#/definitions/jsonPath"
        },
        equals: {
          description: "Deep equality."
        },
        "not-equals": {
          description: "Deep inequality."
        },
        exists: {
          type: "boolean",
          description: "Whether the path selects anything."
        },
        length: {
          type: ["integer", "string"],
          description: "Length of the string or array selected."
        },
        "greater-than": {
          type: ["number", "string"]
        },
        "less-than": {
          type: ["number", "string"]
        },
        "at-least": {
          type: ["number", "string"]
        },
        "at-most": {
          type: ["number", "string"]
        },
        contains: {
          description: "A substring of a string, or an element (deep subset) of an array."
        },
        matches: {
          type: "string",
          description: "A JavaScript regular expression the string must match."
        },
        type: {
          enum: ["string", "number", "integer", "boolean", "object", "array", "null"]
        }
      },
      required: ["path"],
      minProperties: 2,
      additionalProperties: false
    },
    notificationExpectation: {
      type: "object",
      properties: {
        notification: {
          $ref: "#/definitions/notificationKind"
        },
        match: {
          type: "object",
          description: "The notification's params must contain these values (deep subset)."
        },
        "at-least": {
          type: "integer",
          minimum: 1,
          description: "How many must arrive during the step (default 1)."
        }
      },
      required: ["notification"],
      additionalProperties: false
    },
    expect: {
      type: "object",
      description: "Assertions on the step's outcome. Without `error`, any protocol error or tool error (isError) fails the step.",
      properties: {
        error: {
          type: ["boolean", "object"],
          description: "true: the step must fail (a call: with an isError result; other steps: with a protocol error). false: it must not. An object: a protocol error with this code and/or a message containing this text.",
          properties: {
            code: {
              type: "integer"
            },
            message: {
              type: "string"
            }
          },
          minProperties: 1,
          additionalProperties: false
        },
        text: {
          $ref: "#/definitions/textExpectation"
        },
        structured: {
          description: "Deep subset of a call's structuredContent: every key given must be present with this value; arrays match element by element."
        },
        path: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/pathAssertion"
          }
        },
        schema: {
          type: ["object", "boolean"],
          description: "A JSON Schema that a call's structuredContent (other steps: the result) must satisfy."
        },
        snapshot: {
          type: ["boolean", "object"],
          description: "Compare the result with a stored snapshot (written when missing); the step needs an id.",
          properties: {
            redact: {
              type: "array",
              items: {
                $ref: "#/definitions/jsonPath"
              },
              description: 'JSONPaths of volatile values replaced by "[redacted]" before comparing.'
            }
          },
          additionalProperties: false
        },
        "max-ms": {
          type: "number",
          exclusiveMinimum: 0,
          description: "Latency budget for the step, in milliseconds."
        },
        notifications: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/notificationExpectation"
          },
          description: "Notifications that must arrive while the step runs."
        }
      },
      additionalProperties: false
    },
    callStep: {
      type: "object",
      description: "Call a tool.",
      required: ["call"],
      properties: {
        call: {
          type: "string",
          minLength: 1,
          description: "Name of the tool to call (tools/call)."
        },
        arguments: {
          type: "object",
          description: "Tool arguments; strings may use {{ }} interpolation."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    readStep: {
      type: "object",
      description: "Read a resource.",
      required: ["read"],
      properties: {
        read: {
          type: "string",
          minLength: 1,
          description: "URI of the resource to read (resources/read)."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    promptStep: {
      type: "object",
      description: "Get a prompt.",
      required: ["prompt"],
      properties: {
        prompt: {
          type: "string",
          minLength: 1,
          description: "Name of the prompt to get (prompts/get)."
        },
        arguments: {
          type: "object",
          description: "Prompt arguments (strings)."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    listStep: {
      type: "object",
      description: "List tools, resources, prompts or resource templates.",
      required: ["list"],
      properties: {
        list: {
          enum: ["tools", "resources", "prompts", "templates"],
          description: "What to list; every page is fetched."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    completeStep: {
      type: "object",
      description: "Ask for argument completions (completion/complete).",
      required: ["complete"],
      properties: {
        complete: {
          $ref: "#/definitions/completeRequest"
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    pingStep: {
      type: "object",
      description: "Send a ping.",
      required: ["ping"],
      properties: {
        ping: {
          type: ["null", "object"],
          maxProperties: 0,
          description: "Write `- ping:` or `- ping: {}`."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    "log-levelStep": {
      type: "object",
      description: "Set the server's log level.",
      required: ["log-level"],
      properties: {
        "log-level": {
          enum: ["debug", "info", "notice", "warning", "error", "critical", "alert", "emergency"],
          description: "Level to set (logging/setLevel)."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    subscribeStep: {
      type: "object",
      description: "Subscribe to resource updates.",
      required: ["subscribe"],
      properties: {
        subscribe: {
          type: "string",
          minLength: 1,
          description: "URI of the resource to subscribe to."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    unsubscribeStep: {
      type: "object",
      description: "Unsubscribe from resource updates.",
      required: ["unsubscribe"],
      properties: {
        unsubscribe: {
          type: "string",
          minLength: 1,
          description: "URI of the resource to unsubscribe from."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    requestStep: {
      type: "object",
      description: "Send a raw JSON-RPC request.",
      required: ["request"],
      properties: {
        request: {
          type: "string",
          minLength: 1,
          description: "A raw JSON-RPC method, for what the other steps do not cover."
        },
        params: {
          type: "object",
          description: "Request params."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    "wait-forStep": {
      type: "object",
      description: "Wait (up to timeout-ms) for a notification on the session that no earlier wait-for took.",
      required: ["wait-for"],
      properties: {
        "wait-for": {
          $ref: "#/definitions/notificationKind"
        },
        match: {
          type: "object",
          description: "The notification's params must contain these values (deep subset)."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    sleepStep: {
      type: "object",
      description: "Pause.",
      required: ["sleep"],
      properties: {
        sleep: {
          type: "integer",
          minimum: 0,
          maximum: 6e4,
          description: "Milliseconds to wait (at most 60000)."
        },
        id: {
          $ref: "#/definitions/stepId"
        },
        name: {
          type: "string",
          description: "What the step does, shown in reports instead of its id."
        },
        session: {
          $ref: "#/definitions/sessionName"
        },
        "timeout-ms": {
          $ref: "#/definitions/timeoutMs"
        },
        repeat: {
          $ref: "#/definitions/repeat"
        },
        expect: {
          $ref: "#/definitions/expect"
        },
        capture: {
          $ref: "#/definitions/capture"
        }
      },
      additionalProperties: false
    },
    step: {
      type: "object",
      description: "One step: exactly one of call, read, prompt, list, complete, ping, log-level, subscribe, unsubscribe, request, wait-for, sleep.",
      anyOf: [
        {
          required: ["call"]
        },
        {
          required: ["read"]
        },
        {
          required: ["prompt"]
        },
        {
          required: ["list"]
        },
        {
          required: ["complete"]
        },
        {
          required: ["ping"]
        },
        {
          required: ["log-level"]
        },
        {
          required: ["subscribe"]
        },
        {
          required: ["unsubscribe"]
        },
        {
          required: ["request"]
        },
        {
          required: ["wait-for"]
        },
        {
          required: ["sleep"]
        }
      ],
      allOf: [
        {
          if: {
            required: ["call"]
          },
          then: {
            $ref: "#/definitions/callStep"
          }
        },
        {
          if: {
            required: ["read"]
          },
          then: {
            $ref: "#/definitions/readStep"
          }
        },
        {
          if: {
            required: ["prompt"]
          },
          then: {
            $ref: "#/definitions/promptStep"
          }
        },
        {
          if: {
            required: ["list"]
          },
          then: {
            $ref: "#/definitions/listStep"
          }
        },
        {
          if: {
            required: ["complete"]
          },
          then: {
            $ref: "#/definitions/completeStep"
          }
        },
        {
          if: {
            required: ["ping"]
          },
          then: {
            $ref: "#/definitions/pingStep"
          }
        },
        {
          if: {
            required: ["log-level"]
          },
          then: {
            $ref: "#/definitions/log-levelStep"
          }
        },
        {
          if: {
            required: ["subscribe"]
          },
          then: {
            $ref: "#/definitions/subscribeStep"
          }
        },
        {
          if: {
            required: ["unsubscribe"]
          },
          then: {
            $ref: "#/definitions/unsubscribeStep"
          }
        },
        {
          if: {
            required: ["request"]
          },
          then: {
            $ref: "#/definitions/requestStep"
          }
        },
        {
          if: {
            required: ["wait-for"]
          },
          then: {
            $ref: "#/definitions/wait-forStep"
          }
        },
        {
          if: {
            required: ["sleep"]
          },
          then: {
            $ref: "#/definitions/sleepStep"
          }
        }
      ]
    },
    parallelGroup: {
      type: "object",
      description: "Steps run concurrently; all must pass, and each is judged on its own result.",
      required: ["parallel"],
      properties: {
        parallel: {
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/definitions/step"
          }
        }
      },
      additionalProperties: false
    },
    node: {
      type: "object",
      anyOf: [
        {
          required: ["call"]
        },
        {
          required: ["read"]
        },
        {
          required: ["prompt"]
        },
        {
          required: ["list"]
        },
        {
          required: ["complete"]
        },
        {
          required: ["ping"]
        },
        {
          required: ["log-level"]
        },
        {
          required: ["subscribe"]
        },
        {
          required: ["unsubscribe"]
        },
        {
          required: ["request"]
        },
        {
          required: ["wait-for"]
        },
        {
          required: ["sleep"]
        },
        {
          required: ["parallel"]
        }
      ],
      if: {
        required: ["parallel"]
      },
      then: {
        $ref: "#/definitions/parallelGroup"
      },
      else: {
        $ref: "#/definitions/step"
      }
    },
    captureSource: {
      type: ["string", "object"],
      description: "a JSONPath starting with $, or { matches: regex, path?: JSONPath }",
      pattern: "^\\$",
      properties: {
        matches: {
          type: "string",
          description: "A JavaScript regular expression; its first group (or the whole match) is captured."
        },
        path: {
          $ref: "#/definitions/jsonPath"
        }
      },
      required: ["matches"],
      additionalProperties: false
    }
  }
};

// src/flows/flow-schema.ts
var NODE_KINDS = [..._chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .STEP_KINDS */ .zq, "parallel"];
var STEP_LISTS = ["setup", "steps", "teardown"];
var compiled;
var flowValidator = () => compiled ??= new ajv__WEBPACK_IMPORTED_MODULE_2__.Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(flow_schema_default);
function validateFlowDocument(document) {
  const validate = flowValidator();
  const kinds = stepKindProblems(document);
  const kindProblems = kinds.map(({ problem }) => problem);
  if (validate(document)) return kindProblems;
  const coveredByKind = (path) => kinds.some(({ step }) => isWithin(path, step));
  const problems = (validate.errors ?? []).filter((error) => !isNoise(error)).map(translate).filter((problem) => !coveredByKind(problem.path));
  return dedupe([...kindProblems, ...problems]);
}
function stepKindProblems(document) {
  if (!isRecord(document)) return [];
  const problems = [];
  const checkList = (list, path, kinds) => {
    if (!Array.isArray(list)) return;
    list.forEach((step, index) => {
      const stepPath = [...path, index];
      const problem = stepKindProblem(step, stepPath, kinds);
      if (problem) problems.push({ step: stepPath, problem });
      else if (isRecord(step) && "parallel" in step) checkList(step.parallel, [...stepPath, "parallel"], _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .STEP_KINDS */ .zq);
    });
  };
  for (const list of STEP_LISTS) checkList(document[list], [list], NODE_KINDS);
  return problems;
}
function stepKindProblem(step, path, kinds) {
  const allowed = kinds.join(", ");
  if (!isRecord(step)) {
    return { path, atKey: false, message: `a step must be a mapping with one of: ${allowed} (e.g. "- call: my_tool")` };
  }
  const present = Object.keys(step).filter((key) => kinds.includes(key));
  if (present.length === 1) return void 0;
  if (present.length > 1) {
    return { path, atKey: false, message: `a step has exactly one kind, this one has ${present.join(" and ")}` };
  }
  if ("parallel" in step)
    return { path: [...path, "parallel"], atKey: true, message: "parallel groups cannot be nested" };
  const unknown = Object.keys(step).find((key) => !KNOWN_STEP_KEYS.has(key));
  return unknown === void 0 ? { path, atKey: false, message: `the step has no kind; use one of: ${allowed}` } : { path: [...path, unknown], atKey: true, message: `unknown step kind '${unknown}'; allowed: ${allowed}` };
}
var KNOWN_STEP_KEYS = new Set(
  Object.values(flow_schema_default.definitions).flatMap(
    (definition) => "properties" in definition && definition.properties ? Object.keys(definition.properties) : []
  )
);
function isNoise(error) {
  return error.keyword === "if" || error.keyword === "propertyNames" || error.schemaPath.includes("/anyOf/");
}
function translate(error) {
  const problem = translateAt(error, pointerToPath(error.instancePath));
  return error.propertyName === void 0 ? problem : { ...problem, path: [...problem.path, error.propertyName], atKey: true };
}
function translateAt(error, path) {
  const label = describe(path) || "the flow file";
  const parent = error.parentSchema ?? {};
  const allowedKeys = Object.keys(parent.properties ?? {}).join(", ");
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const what = path.at(-1) === "expect" ? "assertion" : "key";
      const where = path.length > 0 ? ` in ${label}` : "";
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown ${what} '${key}'${where}; allowed: ${allowedKeys}`
      };
    }
    case "required":
      return { path, atKey: false, message: `${label} needs '${String(params.missingProperty)}'` };
    case "enum":
      return {
        path,
        atKey: false,
        message: `${label}: ${show(error.data)} is not allowed; allowed: ${params.allowedValues.join(", ")}`
      };
    case "type":
      return {
        path,
        atKey: false,
        message: `${label} must be ${typeName(String(params.type))}, not ${show(error.data)}`
      };
    case "pattern":
    case "anyOf":
      return {
        path,
        atKey: false,
        message: `${label}: ${show(error.data)} is not allowed; expected ${parent.description ?? `a value matching ${String(params.pattern)}`}`
      };
    case "minItems":
      return { path, atKey: false, message: `${label} needs at least ${String(params.limit)} item(s)` };
    case "minProperties":
      return { path, atKey: false, message: `${label} needs at least one of: ${allowedKeys}` };
    default:
      return { path, atKey: false, message: `${label} ${error.message ?? "is not valid"}` };
  }
}
function pointerToPath(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~")).map((segment) => /^\d+$/.test(segment) ? Number(segment) : segment);
}
function describe(path) {
  return path.map((segment, index) => typeof segment === "number" ? `[${segment}]` : index === 0 ? segment : `.${segment}`).join("");
}
function typeName(types) {
  const names = { object: "a mapping", array: "a list", integer: "a whole number" };
  return types.split(",").map((type) => names[type] ?? `a ${type}`).join(" or ");
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}\u2026` : text;
}
function isWithin(path, ancestor) {
  return ancestor.every((segment, index) => path[index] === segment);
}
function dedupe(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((problem) => {
    const key = `${describe(problem.path)}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// src/flows/yaml-source.ts

function parseYamlSource(text) {
  const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_3__/* .LineCounter */ .HN();
  const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const [start] = error.linePos ?? [];
    return {
      ok: false,
      errors: [{ line: start?.line ?? 1, column: start?.col ?? 1, message: firstLine(error.message) }]
    };
  }
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    ok: true,
    source: {
      value: doc.toJS({ maxAliasCount: 100 }),
      positionOf: (path, options) => {
        const found = locate(doc, path, options?.key ?? false);
        return at(found?.range?.[0] ?? 0);
      }
    }
  };
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
function locate(doc, path, key) {
  let node = doc.contents;
  let found = node;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isMap */ .jh)(node)) {
      const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
      if (!pair) return found;
      if (isLast && key) return pair.key;
      node = pair.value ?? pair.key;
    } else if ((0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .isSeq */ .oP)(node) && typeof segment === "number") {
      node = node.items[segment];
    } else {
      return found;
    }
    if (node === void 0 || node === null) return found;
    found = node;
  }
  return found;
}

// src/flows/parse.ts
function parseFlowSource(text, file) {
  const parsed = parseYamlSource(text);
  if (!parsed.ok) return { errors: parsed.errors.map((error) => ({ file, ...error })) };
  const { source } = parsed;
  const problems = validateFlowDocument(source.value);
  if (problems.length > 0) {
    const errors = problems.map((problem) => ({
      file,
      ...source.positionOf(problem.path, { key: problem.atKey }),
      message: problem.message
    }));
    return { errors: errors.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const builder = new FlowBuilder(source, file);
  const flow = builder.build(source.value);
  return builder.errors.length > 0 ? { errors: builder.errors } : { flow, errors: [] };
}
var STEP_KEYS_NOT_INTERPOLATED = /* @__PURE__ */ new Set(["id", "name", "session", "capture", "expect", "repeat", "timeout-ms"]);
var ASSERTIONS_NOT_INTERPOLATED = /* @__PURE__ */ new Set(["schema", "snapshot", "max-ms"]);
var FlowBuilder = class {
  constructor(source, file) {
    this.source = source;
    this.file = file;
  }
  errors = [];
  stepLines = /* @__PURE__ */ new Map();
  laterIds = /* @__PURE__ */ new Set();
  build(raw) {
    const vars = raw.vars ?? {};
    this.checkTemplates(vars, ["vars"], { steps: /* @__PURE__ */ new Set(), vars: /* @__PURE__ */ new Set() });
    const known = { steps: /* @__PURE__ */ new Set(), vars: new Set(Object.keys(vars)) };
    this.collectIds(raw);
    const transport = raw.transport;
    return {
      name: raw.name ?? node_path__WEBPACK_IMPORTED_MODULE_1__.posix.basename(this.file).replace(/\.ya?ml$/, ""),
      file: this.file,
      description: raw.description,
      vars,
      timeoutMs: raw["timeout-ms"],
      repeat: raw.repeat ?? 1,
      transports: transport === void 0 ? void 0 : Array.isArray(transport) ? transport : [transport],
      setup: this.buildList(raw.setup, "setup", known),
      steps: this.buildList(raw.steps, "steps", known),
      teardown: this.buildList(raw.teardown, "teardown", known)
    };
  }
  error(path, message, options) {
    this.errors.push({ file: this.file, ...this.source.positionOf(path, options), message });
  }
  position(path) {
    return this.source.positionOf(path);
  }
  /** Every user id in the file, so a reference to a step that runs later is told apart from a typo. */
  collectIds(raw) {
    for (const list of ["setup", "steps", "teardown"]) {
      for (const [index, node] of (raw[list] ?? []).entries()) {
        const steps = Array.isArray(node.parallel) ? node.parallel : [node];
        for (const [inner, step] of steps.entries()) {
          if (typeof step.id !== "string") continue;
          const path = Array.isArray(node.parallel) ? [list, index, "parallel", inner, "id"] : [list, index, "id"];
          const line = this.stepLines.get(step.id);
          if (line !== void 0) this.error(path, `step id '${step.id}' is already used at line ${line}`);
          else this.stepLines.set(step.id, this.position(path).line);
          this.laterIds.add(step.id);
        }
      }
    }
  }
  buildList(list, name, known) {
    return (list ?? []).map((node, index) => {
      const path = [name, index];
      if (!Array.isArray(node.parallel)) {
        const step = this.buildStep(node, path, `${name}-${index + 1}`, known);
        this.learn(step, known);
        return step;
      }
      const before = { steps: new Set(known.steps), vars: new Set(known.vars) };
      const steps = node.parallel.map(
        (inner, innerIndex) => this.buildStep(inner, [...path, "parallel", innerIndex], `${name}-${index + 1}.${innerIndex + 1}`, before)
      );
      for (const step of steps) this.learn(step, known);
      return { kind: "parallel", steps, ...this.position(path) };
    });
  }
  learn(step, known) {
    if (step.named) known.steps.add(step.id);
    for (const name of Object.keys(step.capture)) known.vars.add(name);
  }
  buildStep(raw, path, placeId, known) {
    const kind = _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .STEP_KINDS */ .zq.find((candidate) => candidate in raw);
    this.checkStepTemplates(raw, path, known);
    const capture = this.buildCapture(raw.capture ?? {}, [...path, "capture"]);
    const action = this.buildAction(kind, raw, path);
    const id = raw.id;
    return {
      id: id ?? placeId,
      named: id !== void 0,
      title: raw.name ?? summarize(action),
      action,
      session: raw.session ?? "default",
      timeoutMs: raw["timeout-ms"],
      repeat: raw.repeat ?? 1,
      expect: this.buildExpectation(raw.expect ?? {}, [...path, "expect"], kind, id !== void 0),
      capture,
      ...this.position(path)
    };
  }
  buildCapture(raw, path) {
    const capture = {};
    for (const [name, source] of Object.entries(raw)) {
      if (typeof source === "string") {
        this.checkJsonPath(source, [...path, name]);
        capture[name] = { path: source };
        continue;
      }
      const { matches, path: jsonPath } = source;
      if (jsonPath !== void 0) this.checkJsonPath(jsonPath, [...path, name, "path"]);
      const regExp = this.compileRegExp(matches, [...path, name, "matches"]);
      if (regExp) capture[name] = { path: jsonPath, matches: regExp };
    }
    return capture;
  }
  buildAction(kind, raw, path) {
    const value = raw[kind];
    switch (kind) {
      case "call":
        return { kind, tool: value, arguments: raw.arguments ?? {} };
      case "prompt":
        return { kind, prompt: value, arguments: raw.arguments ?? {} };
      case "read":
      case "subscribe":
      case "unsubscribe":
        return { kind, uri: value };
      case "list":
        return { kind, target: value };
      case "complete": {
        const request = value;
        if (request.prompt === void 0 === (request.resource === void 0)) {
          this.error(
            [...path, kind],
            "complete needs exactly one of prompt (a prompt name) or resource (a template URI)"
          );
        }
        return {
          kind,
          ref: request.prompt !== void 0 ? { type: "ref/prompt", name: request.prompt } : { type: "ref/resource", uri: request.resource ?? "" },
          argument: request.argument,
          value: request.value,
          context: request.context
        };
      }
      case "ping":
        return { kind };
      case "log-level":
        return { kind, level: value };
      case "request":
        return { kind, method: value, params: raw.params };
      case "wait-for":
        return { kind, notification: value, match: raw.match };
      case "sleep":
        return { kind, ms: value };
    }
  }
  buildExpectation(raw, path, kind, named) {
    if (raw.structured !== void 0 && kind !== "call") {
      this.error(
        [...path, "structured"],
        `'structured' applies to call steps (structuredContent); use 'path' on a ${kind} step`,
        {
          key: true
        }
      );
    }
    const snapshot = raw.snapshot;
    if (snapshot && !named) {
      this.error([...path, "snapshot"], "a snapshot step needs an 'id:', which names its snapshot file", { key: true });
    }
    const redact = typeof snapshot === "object" ? snapshot.redact ?? [] : [];
    redact.forEach((jsonPath, index) => this.checkJsonPath(jsonPath, [...path, "snapshot", "redact", index]));
    const notifications = raw.notifications ?? [];
    return {
      error: raw.error,
      text: this.buildText(raw.text, [...path, "text"]),
      structured: raw.structured,
      paths: (raw.path ?? []).map(
        (item, index) => this.buildPath(item, [...path, "path", index])
      ),
      schema: raw.schema === void 0 ? void 0 : this.compileSchema(raw.schema, [...path, "schema"]),
      snapshot: snapshot ? { redact } : void 0,
      maxMs: raw["max-ms"],
      notifications: notifications.map((item) => ({
        notification: item.notification,
        match: item.match,
        atLeast: item["at-least"] ?? 1
      }))
    };
  }
  buildText(raw, path) {
    if (raw === void 0) return void 0;
    if (typeof raw === "string") return { equals: raw };
    const text = raw;
    return {
      equals: text.equals,
      contains: text.contains,
      matches: text.matches === void 0 ? void 0 : this.compileRegExp(text.matches, [...path, "matches"])
    };
  }
  buildPath(raw, path) {
    const jsonPath = raw.path;
    this.checkJsonPath(jsonPath, [...path, "path"]);
    return {
      path: jsonPath,
      equals: raw.equals,
      notEquals: raw["not-equals"],
      exists: raw.exists,
      length: raw.length,
      greaterThan: raw["greater-than"],
      lessThan: raw["less-than"],
      atLeast: raw["at-least"],
      atMost: raw["at-most"],
      contains: raw.contains,
      matches: typeof raw.matches === "string" ? this.compileRegExp(raw.matches, [...path, "matches"]) : void 0,
      type: raw.type,
      ...this.position(path)
    };
  }
  compileSchema(schema, path) {
    try {
      return (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .compileUserSchema */ .M)(schema);
    } catch (error) {
      this.error(path, `the schema does not compile: ${error.message}`);
      return void 0;
    }
  }
  compileRegExp(source, path) {
    const literal = /^\/(.*)\/([dgimsuvy]*)$/s.exec(source);
    try {
      return literal ? new RegExp(literal[1] ?? "", literal[2]) : new RegExp(source);
    } catch (error) {
      this.error(
        path,
        `${error.message}; write a JavaScript regular expression, optionally as /pattern/flags`
      );
      return void 0;
    }
  }
  checkJsonPath(jsonPath, path) {
    const problem = (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .jsonPathProblem */ .tX)(jsonPath);
    if (problem) this.error(path, `${problem}; write e.g. $.structuredContent.id or $.tools[0].name`);
  }
  /** Checks exactly the values the runner interpolates: the action and the expected values, not regexes or schemas. */
  checkStepTemplates(raw, path, known) {
    for (const [key, value] of Object.entries(raw)) {
      if (!STEP_KEYS_NOT_INTERPOLATED.has(key)) this.checkTemplates(value, [...path, key], known);
    }
    const expect = raw.expect ?? {};
    for (const [key, value] of Object.entries(expect)) {
      const at = [...path, "expect", key];
      if (ASSERTIONS_NOT_INTERPOLATED.has(key)) continue;
      if (key === "text" && typeof value === "object") {
        this.checkTemplates(withoutKeys(value, ["matches"]), at, known);
      } else if (key === "path") {
        value.forEach(
          (item, index) => this.checkTemplates(withoutKeys(item, ["path", "matches"]), [...at, index], known)
        );
      } else {
        this.checkTemplates(value, at, known);
      }
    }
  }
  /** Parses every `{{ }}` under `value` and checks that each reference names something defined before it. */
  checkTemplates(value, path, known) {
    if (typeof value === "string") {
      try {
        for (const part of (0,_chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .parseTemplate */ .QC)(value)) {
          if (typeof part !== "string" && part.type === "reference")
            this.checkReference(part.reference, part.source, path, known);
        }
      } catch (error) {
        if (!(error instanceof _chunk_NYYJZEIA_mjs__WEBPACK_IMPORTED_MODULE_0__/* .TemplateError */ .$w)) throw error;
        this.error(path, error.message);
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => this.checkTemplates(item, [...path, index], known));
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) this.checkTemplates(item, [...path, key], known);
    }
  }
  checkReference(reference, source, path, known) {
    const where = describe(path);
    if (reference.root === "steps" && !known.steps.has(reference.name)) {
      const reason = this.laterIds.has(reference.name) ? `step '${reference.name}' has not run yet at this point (a step can use only named steps before it, not parallel siblings)` : `there is no step with id '${reference.name}'${listed(" named steps before it", known.steps)}`;
      this.error(path, `{{ ${source} }} in ${where}: ${reason}`);
    }
    if (reference.root === "vars" && !known.vars.has(reference.name)) {
      this.error(
        path,
        `{{ ${source} }} in ${where}: undefined variable '${reference.name}'; define it under vars: or capture it in an earlier step${listed(" defined", known.vars)}`
      );
    }
  }
};
function withoutKeys(raw, keys) {
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !keys.includes(key)));
}
function listed(label, names) {
  return names.size === 0 ? "" : ` (${label.trim()}: ${[...names].join(", ")})`;
}
function summarize(action) {
  switch (action.kind) {
    case "call":
      return `call ${action.tool}`;
    case "prompt":
      return `prompt ${action.prompt}`;
    case "read":
    case "subscribe":
    case "unsubscribe":
      return `${action.kind} ${action.uri}`;
    case "list":
      return `list ${action.target}`;
    case "complete":
      return `complete ${action.ref.type === "ref/prompt" ? action.ref.name : action.ref.uri} ${action.argument}`;
    case "ping":
      return "ping";
    case "log-level":
      return `log-level ${action.level}`;
    case "request":
      return `request ${action.method}`;
    case "wait-for":
      return `wait-for ${action.notification}`;
    case "sleep":
      return `sleep ${action.ms} ms`;
  }
}



/***/ })

};
