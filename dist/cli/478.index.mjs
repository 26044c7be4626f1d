export const id = 478;
export const ids = [478];
export const modules = {

/***/ 17478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ik: () => (/* binding */ startSessionCalls),
/* harmony export */   Mp: () => (/* binding */ isModernLabel),
/* harmony export */   O1: () => (/* binding */ takeInventory),
/* harmony export */   O8: () => (/* binding */ DiscoverRefusedError),
/* harmony export */   RZ: () => (/* binding */ specUrl),
/* harmony export */   _I: () => (/* binding */ modernLabel),
/* harmony export */   _j: () => (/* binding */ ModernConnection),
/* harmony export */   _w: () => (/* binding */ listAll),
/* harmony export */   eN: () => (/* binding */ toolBudget),
/* harmony export */   sA: () => (/* binding */ compileForValidation),
/* harmony export */   yh: () => (/* binding */ CATALOGUE)
/* harmony export */ });
/* harmony import */ var _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20677);
/* harmony import */ var _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63906);
/* harmony import */ var _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73118);
/* harmony import */ var ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10779);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44708);
/* harmony import */ var eventsource_parser__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2309);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(58500);
/* harmony import */ var uri_template__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(69496);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(51455);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(77598);
/* harmony import */ var _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62373);
/* harmony import */ var _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(63846);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(57975);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(60878);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(66012);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(82815);




// src/checks/judge/content.ts

var isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var isStrictBase64 = (value) => typeof value === "string" && BASE64.test(value);
var uriFormat = ajv_formats_dist_formats_js__WEBPACK_IMPORTED_MODULE_3__.fullFormats.uri;
var isAbsoluteUri = (value) => typeof value === "string" && uriFormat(value);
var BLOCK_TYPES = /* @__PURE__ */ new Set(["text", "image", "audio", "resource", "resource_link"]);
var MIME_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(?:\s*;.*)?$/;
function contentBlockProblems(block, where) {
  if (!isObject(block)) return [`${where} is not an object`];
  const type = block.type;
  if (typeof type !== "string") return [`${where} has no string type`];
  if (!BLOCK_TYPES.has(type)) return [`${where} has unknown type ${JSON.stringify(type)}`];
  const problems2 = [];
  switch (type) {
    case "text":
      if (typeof block.text !== "string") problems2.push(`${where} (text) has no string text`);
      break;
    case "image":
    case "audio":
      if (typeof block.data !== "string") problems2.push(`${where} (${type}) has no string data`);
      else if (!isStrictBase64(block.data)) problems2.push(`${where} (${type}) data is not valid base64`);
      if (typeof block.mimeType !== "string") problems2.push(`${where} (${type}) has no string mimeType`);
      break;
    case "resource_link":
      if (typeof block.uri !== "string") problems2.push(`${where} (resource_link) has no string uri`);
      if (typeof block.name !== "string") problems2.push(`${where} (resource_link) has no string name`);
      break;
    case "resource":
      problems2.push(...resourceContentsProblems(block.resource, `${where}.resource`));
      break;
  }
  if (block._meta !== void 0 && !isObject(block._meta)) problems2.push(`${where} _meta is not an object`);
  return problems2;
}
function resourceContentsProblems(item, where) {
  if (!isObject(item)) return [`${where} is not an object`];
  const problems2 = [];
  if (typeof item.uri !== "string") problems2.push(`${where} has no string uri`);
  const hasText = item.text !== void 0;
  const hasBlob = item.blob !== void 0;
  if (hasText && hasBlob) problems2.push(`${where} has both text and blob`);
  else if (!hasText && !hasBlob) problems2.push(`${where} has neither text nor blob`);
  if (hasText && typeof item.text !== "string") problems2.push(`${where} text is not a string`);
  if (hasBlob && !isStrictBase64(item.blob)) problems2.push(`${where} blob is not valid base64`);
  if (item.mimeType !== void 0 && typeof item.mimeType !== "string") {
    problems2.push(`${where} mimeType is not a string`);
  }
  return problems2;
}
var isMimeType = (value) => typeof value === "string" && MIME_TYPE.test(value);
function contentListProblems(content, where) {
  if (!Array.isArray(content)) return [`${where} is not an array`];
  return content.flatMap((block, i) => contentBlockProblems(block, `${where}[${i}]`));
}

// src/checks/probes/pages.ts
var LIST_METHODS = [
  { method: "tools/list", key: "tools", capability: "tools" },
  { method: "resources/list", key: "resources", capability: "resources" },
  { method: "resources/templates/list", key: "resourceTemplates", capability: "resources" },
  { method: "prompts/list", key: "prompts", capability: "prompts" }
];
var MAX_PAGES = 1e3;
async function walkPages(connection, method) {
  const walk = { pages: [], endedWithEmptyCursor: false };
  const seen = /* @__PURE__ */ new Set();
  let cursor;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await connection.request(method, cursor === void 0 ? void 0 : { cursor });
    if (!outcome.ok) {
      walk.stopped = { reason: `page ${page + 1} failed`, cursor, outcome };
      return walk;
    }
    walk.pages.push({ ...cursor === void 0 ? {} : { cursor }, result: outcome.result });
    const next = outcome.result.nextCursor;
    if (next === void 0) return walk;
    if (next === "") {
      walk.endedWithEmptyCursor = true;
      return walk;
    }
    if (typeof next !== "string") {
      walk.stopped = {
        reason: `page ${page + 1} has a nextCursor that is not a string: ${JSON.stringify(next)}`,
        cursorNotString: true
      };
      return walk;
    }
    if (seen.has(next)) {
      walk.stopped = { reason: `cursor ${JSON.stringify(next)} came back a second time (the listing cycles)` };
      return walk;
    }
    seen.add(next);
    cursor = next;
  }
  walk.stopped = { reason: `the listing did not end within ${MAX_PAGES} pages` };
  return walk;
}
function itemsOf(walk, key) {
  return walk.pages.flatMap(({ result }) => {
    const list = result[key];
    return Array.isArray(list) ? list.filter(isObject) : [];
  });
}
var walks = /* @__PURE__ */ new WeakMap();
function sharedWalk(connection, method) {
  let byMethod = walks.get(connection);
  if (!byMethod) {
    byMethod = /* @__PURE__ */ new Map();
    walks.set(connection, byMethod);
  }
  let walk = byMethod.get(method);
  if (!walk) {
    const started = walkPages(connection, method);
    byMethod.set(method, started);
    started.catch(() => {
      if (byMethod.get(method) === started) byMethod.delete(method);
    });
    walk = started;
  }
  return walk;
}

// src/checks/inventory.ts
async function listAll(connection, method, key) {
  return itemsOrThrow(await sharedWalk(connection, method), method, key);
}
async function listAgain(connection, method, key) {
  return itemsOrThrow(await walkPages(connection, method), method, key);
}
function itemsOrThrow(walk, method, key) {
  const stopped = walk.stopped;
  if (stopped && !stopped.cursorNotString) {
    if (stopped.outcome && !stopped.outcome.ok)
      throw new Error(`${method} failed: ${stopped.outcome.error.code} ${stopped.outcome.error.message}`);
    throw new Error(`${method}: ${stopped.reason}`);
  }
  if (walk.pages.some(({ result }) => !Array.isArray(result[key])))
    throw new Error(`${method} result has no ${key} array`);
  return itemsOf(walk, key);
}
async function takeInventory(connection) {
  const inventory = { tools: [], resources: [], resourceTemplates: [], prompts: [], listErrors: {} };
  await Promise.all(
    LIST_METHODS.map(async ({ capability, method, key }) => {
      if (connection.serverCapabilities[capability] === void 0) return;
      try {
        inventory[key] = await listAll(connection, method, key);
      } catch (error) {
        inventory.listErrors[method] = error instanceof Error ? error.message : String(error);
        if ((0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .unreachableReason */ .N4)(error) !== void 0) inventory.serverLost = true;
      }
    })
  );
  return inventory;
}

// src/checks/probes/http-session.ts
var SESSION_HEADER = "mcp-session-id";
var VERSION_HEADER = "mcp-protocol-version";
var POST_HEADERS = {
  accept: "application/json, text/event-stream",
  "content-type": "application/json"
};
var CLIENT_INFO = { name: "mcp-ci", version: "0.1.0" };
function httpProbe(ctx) {
  if (!ctx.http) throw new Error("no HTTP probe on an HTTP target");
  return ctx.http;
}
function initializeParams(protocolVersion) {
  return { protocolVersion, capabilities: {}, clientInfo: CLIENT_INFO };
}
function rpc(method, id, params) {
  return JSON.stringify({ jsonrpc: "2.0", ...id === void 0 ? {} : { id }, method, ...params ? { params } : {} });
}
async function openProbeSession(ctx, label, options = {}) {
  const raw = await ctx.openRaw({ initialize: false, label });
  const initialize = await raw.request("initialize", initializeParams(ctx.protocolVersion));
  const result = initialize.response?.result;
  if (!result) {
    throw new Error(`initialize on a fresh session got no result (HTTP ${initialize.http?.status ?? "no response"})`);
  }
  const protocolVersion = typeof result.protocolVersion === "string" ? result.protocolVersion : ctx.protocolVersion;
  const id = initialize.http?.headers[SESSION_HEADER];
  const headers = {
    ...id !== void 0 ? { [SESSION_HEADER]: id } : {},
    ...protocolVersion >= "2025-06-18" ? { [VERSION_HEADER]: protocolVersion } : {}
  };
  if (options.sendInitialized !== false) await raw.send(rpc("notifications/initialized"));
  return { raw, id, protocolVersion, initialize, headers };
}
function post(ctx, body, headers, options) {
  return httpProbe(ctx).fetch(
    { method: "POST", headers: { ...POST_HEADERS, ...headers }, body },
    { label: options.label, timeoutMs: options.timeoutMs ?? ctx.timeoutMs }
  );
}
function httpEvidence(exchange) {
  const keep = ["content-type", SESSION_HEADER, "www-authenticate", "allow", "location"];
  const headers = Object.fromEntries(Object.entries(exchange.headers).filter(([name]) => keep.includes(name)));
  const body = exchange.body.length > 500 ? `${exchange.body.slice(0, 500)}\u2026` : exchange.body;
  return { status: exchange.status, headers, ...body ? { body } : {} };
}
async function endStraySession(ctx, exchange, label) {
  const id = exchange.headers[SESSION_HEADER];
  if (exchange.status < 200 || exchange.status >= 300 || id === void 0) return;
  await httpProbe(ctx).fetch({ method: "DELETE", headers: { [SESSION_HEADER]: id } }, { label, timeoutMs: 2e3, readBody: "none" }).catch(() => void 0);
}

// src/checks/judge/proc-net.ts
var LISTEN = "0A";
function wordBytes(hex) {
  const bytes = [0, 2, 4, 6].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return bytes.reverse();
}
function decodeAddress(hex) {
  if (hex.length === 8) return wordBytes(hex).join(".");
  if (hex.length !== 32) return void 0;
  const bytes = [0, 8, 16, 24].flatMap((i) => wordBytes(hex.slice(i, i + 8)));
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8 | bytes[i + 1]).toString(16));
  const canonical = new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const high = parseInt(mapped[1], 16);
  const low = parseInt(mapped[2], 16);
  return `::ffff:${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
function parseProcNetTcp(text) {
  const sockets = [];
  for (const line of text.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10 || fields[3] !== LISTEN) continue;
    const [addressHex, portHex] = fields[1].split(":");
    const address = addressHex ? decodeAddress(addressHex) : void 0;
    if (address === void 0 || portHex === void 0) continue;
    sockets.push({ address, port: parseInt(portHex, 16), inode: Number(fields[9]) });
  }
  return sockets;
}
function isLoopbackAddress(address) {
  return /^127\./.test(address) || address === "::1" || /^::ffff:127\./.test(address);
}
function isLoopbackHost(hostname) {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || isLoopbackAddress(host);
}

// src/checks/judge/oauth-metadata.ts
function splitTopLevel(header) {
  const parts = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (quoted && c === "\\" && i + 1 < header.length) {
      current += c + header[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      parts.push(current.trim());
      current = "";
    } else current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== "");
}
var TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
var PARAM = new RegExp(`^(${TOKEN})\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|(${TOKEN}))$`);
var SCHEME_AND_REST = new RegExp(`^(${TOKEN})(?:\\s+(.*))?$`);
function parseChallenges(header) {
  const challenges2 = [];
  const addParam = (text) => {
    const match = PARAM.exec(text);
    const current = challenges2.at(-1);
    if (!match || !current) return false;
    current.params[match[1].toLowerCase()] = match[2] !== void 0 ? match[2].replace(/\\(.)/g, "$1") : match[3];
    return true;
  };
  for (const part of splitTopLevel(header)) {
    if (addParam(part)) continue;
    const start = SCHEME_AND_REST.exec(part);
    if (!start) continue;
    challenges2.push({ scheme: start[1].toLowerCase(), params: {} });
    const rest = start[2]?.trim();
    if (rest && !addParam(rest)) challenges2.at(-1).token68 = rest;
  }
  return challenges2;
}
function bearerChallenge(header) {
  return header === void 0 ? void 0 : parseChallenges(header).find((c) => c.scheme === "bearer");
}
function wellKnownMetadataUrls(endpoint2) {
  const root = `${endpoint2.origin}/.well-known/oauth-protected-resource`;
  const path = endpoint2.pathname.replace(/\/$/, "");
  return path === "" ? [root] : [`${root}${path}`, root];
}
function authorizationServerMetadataUrls(issuer) {
  const path = issuer.pathname.replace(/\/$/, "");
  const at = (suffix) => `${issuer.origin}/.well-known/${suffix}`;
  if (path === "") return [at("oauth-authorization-server"), at("openid-configuration")];
  return [
    at(`oauth-authorization-server${path}`),
    at(`openid-configuration${path}`),
    `${issuer.origin}${path}/.well-known/openid-configuration`
  ];
}
var isObject2 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
function issuerProblem(value) {
  if (typeof value !== "string" || !URL.canParse(value)) return `${JSON.stringify(value)} is not a URL`;
  const url = new URL(value);
  if (url.protocol === "https:" || url.protocol === "http:" && isLoopbackHost(url.hostname)) return void 0;
  return `${value} is not an https URL`;
}
function metadataProblems(document) {
  if (!isObject2(document)) return ["the document is not a JSON object"];
  const servers = document.authorization_servers;
  if (!Array.isArray(servers) || servers.length === 0) {
    return ["authorization_servers is missing or empty (at least one authorization server is required)"];
  }
  return servers.map(issuerProblem).filter((p) => p !== void 0).map((p) => `authorization_servers: ${p}`);
}
function resourceMismatch(resource, endpoint2) {
  if (resource === void 0) return "resource is missing";
  if (typeof resource !== "string" || !URL.canParse(resource))
    return `resource ${JSON.stringify(resource)} is not a URL`;
  const url = new URL(resource);
  if (url.hash) return `resource ${resource} has a fragment`;
  if (url.origin !== endpoint2.origin)
    return `resource ${resource} is on another origin than the endpoint ${endpoint2.href}`;
  const withSlash = (path) => path.endsWith("/") ? path : `${path}/`;
  if (!withSlash(endpoint2.pathname).startsWith(withSlash(url.pathname))) {
    return `resource ${resource} does not name the endpoint ${endpoint2.href}`;
  }
  return void 0;
}

// src/checks/probes/plain-http.ts


var MAX_BODY_BYTES = 64 * 1024;
function plainRequest(init, timeoutMs) {
  const url = new URL(init.url);
  const send = url.protocol === "https:" ? node_https__WEBPACK_IMPORTED_MODULE_5__.request : node_http__WEBPACK_IMPORTED_MODULE_4__.request;
  return new Promise((resolve, reject) => {
    let settled = false;
    const chunks = [];
    let size = 0;
    let head;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      if (!head) return reject(new Error(`${init.method} ${init.url}: no response within ${timeoutMs} ms`));
      resolve({ ...head, body: Buffer.concat(chunks).toString("utf8") });
    };
    const timer = setTimeout(finish, timeoutMs);
    const req = send(url, { method: init.method, headers: init.headers }, (res) => {
      const headers = {};
      for (const [name, value] of Object.entries(res.headers)) {
        if (value !== void 0) headers[name] = Array.isArray(value) ? value.join(", ") : value;
      }
      head = { status: res.statusCode ?? 0, headers };
      res.on("data", (chunk) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        else finish();
      });
      res.on("end", finish);
      res.on("error", finish);
    });
    req.on("error", (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(new Error(`${init.method} ${init.url}: ${error.message}`, { cause: error }));
    });
    req.end(init.body);
  });
}

// src/checks/probes/auth-probe.ts
var NOT_PROTECTED = "the server did not answer 401 to initialize without credentials (see auth-missing-credentials-401)";
function credentialHeaderNames(headers) {
  const names2 = Object.keys(headers);
  const authorization = names2.filter((name) => name.toLowerCase() === "authorization");
  return authorization.length ? authorization : names2;
}
function headersWithout(ctx, names2) {
  return Object.fromEntries(Object.entries(httpProbe(ctx).baseHeaders).filter(([name]) => !names2.includes(name)));
}
function anonymousHeaders(ctx) {
  return headersWithout(ctx, credentialHeaderNames(httpProbe(ctx).baseHeaders));
}
function configuresBearerToken(ctx) {
  return Object.entries(httpProbe(ctx).baseHeaders).some(
    ([name, value]) => name.toLowerCase() === "authorization" && /^bearer\s/i.test(value)
  );
}
async function initializeWith(ctx, credentials) {
  const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, ...credentials };
  const body = rpc("initialize", "mcp-ci-auth", initializeParams(ctx.protocolVersion));
  const exchange = await plainRequest({ url: httpProbe(ctx).url, method: "POST", headers, body }, ctx.timeoutMs);
  return { sent: { headers, body }, exchange };
}
var challenges = /* @__PURE__ */ new WeakMap();
function unauthorizedChallenge(ctx) {
  let probe = challenges.get(ctx.main);
  if (!probe) {
    probe = initializeWith(ctx, {}).then(
      (attempt) => attempt.exchange.status === 401 ? { ...attempt, challenge: bearerChallenge(attempt.exchange.headers["www-authenticate"]) } : void 0
    );
    challenges.set(ctx.main, probe);
  }
  return probe;
}
async function fetchMetadata(ctx, url) {
  return plainRequest(
    { url, method: "GET", headers: { ...anonymousHeaders(ctx), accept: "application/json" } },
    ctx.timeoutMs
  );
}
var lookups = /* @__PURE__ */ new WeakMap();
function lookUpMetadata(ctx) {
  let lookup = lookups.get(ctx.main);
  if (!lookup) {
    lookup = unauthorizedChallenge(ctx).then((unauthorized) => findMetadata(ctx, unauthorized?.challenge));
    lookups.set(ctx.main, lookup);
  }
  return lookup;
}
async function findMetadata(ctx, challenge) {
  const endpoint2 = new URL(httpProbe(ctx).url);
  const pointer = challenge?.params.resource_metadata;
  if (pointer !== void 0) {
    if (!URL.canParse(pointer, endpoint2.href)) return { missing: [{ url: pointer, status: "not a URL" }] };
    const url = new URL(pointer, endpoint2);
    if (url.origin !== endpoint2.origin) return { elsewhere: url.href };
    const exchange = await fetchMetadata(ctx, url.href);
    return exchange.status === 200 ? { found: { url: url.href, via: "WWW-Authenticate", exchange } } : { missing: [{ url: url.href, status: exchange.status }] };
  }
  const missing = [];
  for (const url of wellKnownMetadataUrls(endpoint2)) {
    const exchange = await fetchMetadata(ctx, url);
    if (exchange.status === 200) return { found: { url, via: "well-known URI", exchange } };
    missing.push({ url, status: exchange.status });
  }
  return { missing };
}
function describeMissing(lookup) {
  return lookup.missing.map((m) => `${m.url} (${typeof m.status === "number" ? `HTTP ${m.status}` : m.status})`).join(", ");
}
var uses = /* @__PURE__ */ new WeakMap();
function mcpAuthorizationUse(ctx) {
  let use = uses.get(ctx.main);
  if (!use) {
    use = findAuthorizationUse(ctx);
    uses.set(ctx.main, use);
  }
  return use;
}
async function findAuthorizationUse(ctx) {
  const signs = [];
  const pointer = (await unauthorizedChallenge(ctx))?.challenge?.params.resource_metadata;
  if (pointer !== void 0) signs.push(`its 401 challenge names resource_metadata ${pointer}`);
  const lookup = await lookUpMetadata(ctx);
  if ("found" in lookup) signs.push(`it serves Protected Resource Metadata at ${lookup.found.url}`);
  const origin = new URL(httpProbe(ctx).url).origin;
  const serverMetadata = [];
  for (const url of authorizationServerMetadataUrls(new URL(origin))) {
    const exchange = await fetchMetadata(ctx, url);
    if (exchange.status === 200 && isJsonObject(exchange.body)) {
      signs.push(`it serves authorization server metadata at ${url}`);
      break;
    }
    serverMetadata.push(`${url} (HTTP ${exchange.status})`);
  }
  if (signs.length) return { signs };
  const metadata = "missing" in lookup ? describeMissing(lookup) : "none";
  return {
    none: `no resource_metadata in a 401 challenge, no Protected Resource Metadata (${metadata}), no authorization server metadata (${serverMetadata.join(", ")})`
  };
}
function isJsonObject(text) {
  try {
    const value = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value);
  } catch {
    return false;
  }
}
var notMcpAuthorization = (use) => `the server does not use MCP authorization (${use.none}); authorization is optional in MCP, so its OAuth rules do not apply (said once by auth-missing-credentials-401)`;

// src/checks/judge/sse.ts

function parseSse(body) {
  const events = [];
  const retries = [];
  const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_6__/* .createParser */ .C)({
    onEvent: (event) => events.push({ id: event.id, event: event.event, data: event.data }),
    onRetry: (retry) => retries.push(retry)
  });
  parser.feed(body);
  return { events, retries };
}
function mediaType(headers) {
  return (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
}
var isEventStream = (headers) => mediaType(headers) === "text/event-stream";
function messagesOf(exchange) {
  const texts = isEventStream(exchange.headers) ? parseSse(exchange.body).events.map((e) => e.data).filter((data) => data.trim() !== "") : exchange.body.trim() === "" ? [] : [exchange.body];
  const messages = [];
  for (const text of texts) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      if (item !== null && typeof item === "object" && !Array.isArray(item))
        messages.push(item);
    }
  }
  return messages;
}
function responseTo(exchange, id) {
  return messagesOf(exchange).find((m) => m.id === id && !("method" in m) && ("result" in m || "error" in m));
}

// src/checks/types.ts
var pass = (message) => ({ kind: "pass", message });
var violation = (message, evidence) => ({
  kind: "violation",
  message,
  evidence
});
var warn = (message, evidence) => ({ kind: "warn", message, evidence });
var skip = (reason) => ({ kind: "skip", reason });

// src/checks/versions.ts
function versionsFrom(oldest, newest = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_VERSIONS */ .GD[0]) {
  return _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .PROTOCOL_VERSIONS */ .nk.filter((v) => v >= oldest && v <= newest);
}
var ALL_VERSIONS = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_VERSIONS */ .GD;
var MODERN_ONLY = [_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$];
var withModern = (versions) => [_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$, ...versions];
function isKnownVersion(value) {
  return typeof value === "string" && _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .LEGACY_VERSIONS */ .GD.includes(value);
}

// src/checks/sections-2025/auth.ts
var AUTH_VERSIONS = versionsFrom("2025-03-26");
var TRANSPORTS = ["http"];
function requiresConfiguredCredentials(ctx) {
  const target = ctx.config.target;
  if (target.transport === "stdio" || target.transport === "memory" || Object.keys(target.headers).length === 0) {
    return "no credentials are configured (target headers) and the server served mcp-ci without any, so it does not require authorization";
  }
  return void 0;
}
function requiresBearerToken(ctx) {
  const reason = requiresConfiguredCredentials(ctx);
  if (reason) return reason;
  return configuresBearerToken(ctx) ? void 0 : "the configured credentials are not an OAuth bearer token (Authorization: Bearer \u2026)";
}
function expiredUnsignedJwt(audience) {
  const part = (value) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = { iss: "https://mcp-ci.invalid", sub: "mcp-ci", aud: audience, iat: 946684e3, exp: 946684800 };
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.`;
}
async function locatedMetadata(ctx) {
  const unauthorized = await unauthorizedChallenge(ctx);
  if (!unauthorized) return skip(NOT_PROTECTED);
  const lookup = await lookUpMetadata(ctx);
  if ("elsewhere" in lookup)
    return skip(`the metadata is on another origin (${lookup.elsewhere}), which mcp-ci does not fetch`);
  if ("missing" in lookup) return skip(`no Protected Resource Metadata found: ${describeMissing(lookup)}`);
  return lookup.found;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
var definitions = [
  {
    id: "auth-missing-credentials-401",
    title: "a request without credentials gets 401 Unauthorized",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-01"],
    spec: "basic/authorization",
    rule: "When authorization is required and not yet proven by the client, servers MUST respond with HTTP 401 Unauthorized.",
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const attempt = await initializeWith(ctx, {});
      const { status } = attempt.exchange;
      const evidence = { sent: attempt.sent, received: httpEvidence(attempt.exchange) };
      if (status >= 200 && status < 300) {
        await endStraySession(ctx, attempt.exchange, "probe:auth-cleanup");
        return warn(
          `served initialize without the configured credentials (HTTP ${status}); if the endpoint is meant to be protected, it must answer 401`,
          evidence
        );
      }
      const use = await mcpAuthorizationUse(ctx);
      if ("none" in use) {
        return warn(
          `requires credentials (HTTP ${status} without them) but does not use MCP authorization: ${use.none}. MCP clients cannot obtain a token on their own; "Authorization is OPTIONAL for MCP implementations. When supported, implementations using an HTTP-based transport SHOULD conform to this specification", so the OAuth rules are skipped`,
          evidence
        );
      }
      if (status === 401) return pass(`HTTP 401; ${use.signs.join("; ")}`);
      return violation(
        `answered initialize without credentials with HTTP ${status}; authorization required gets 401 Unauthorized`,
        evidence
      );
    }
  },
  {
    id: "auth-invalid-token-401",
    title: "an invalid or expired token gets 401",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-02"],
    spec: "basic/authorization",
    rule: "Invalid or expired tokens MUST receive a HTTP 401 response.",
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresBearerToken,
    async run(ctx) {
      if (!await unauthorizedChallenge(ctx)) return skip(NOT_PROTECTED);
      const tokens = {
        "a made-up token": "mcp-ci-invalid-token",
        "an expired unsigned JWT": expiredUnsignedJwt(httpProbe(ctx).url)
      };
      const wrong = [];
      const received = [];
      for (const [what, token] of Object.entries(tokens)) {
        const attempt = await initializeWith(ctx, { authorization: `Bearer ${token}` });
        if (attempt.exchange.status === 401) continue;
        await endStraySession(ctx, attempt.exchange, "probe:auth-cleanup");
        wrong.push(`${what} got HTTP ${attempt.exchange.status}`);
        received.push(httpEvidence(attempt.exchange));
      }
      if (wrong.length === 0) return pass();
      return violation(`${wrong.join("; ")}; an invalid or expired token gets 401`, {
        sent: Object.values(tokens),
        received
      });
    }
  },
  {
    id: "auth-malformed-authorization-rejected",
    title: "a malformed Authorization header gets 400 or 401",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-09"],
    spec: "basic/authorization",
    rule: "Servers MUST return appropriate HTTP status codes for authorization errors: 401 authorization required or token invalid, 403 invalid scopes or insufficient permissions, 400 malformed authorization request.",
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresBearerToken,
    async run(ctx) {
      if (!await unauthorizedChallenge(ctx)) return skip(NOT_PROTECTED);
      const attempt = await initializeWith(ctx, { authorization: "Bearer" });
      const { status } = attempt.exchange;
      if (status === 400 || status === 401) return pass(`HTTP ${status}`);
      await endStraySession(ctx, attempt.exchange, "probe:auth-cleanup");
      return violation(
        `answered "Authorization: Bearer" without a token with HTTP ${status}; a malformed authorization request gets 400 (or 401)`,
        {
          sent: attempt.sent,
          received: httpEvidence(attempt.exchange)
        }
      );
    }
  },
  {
    id: "auth-challenge-resource-metadata",
    title: "the 401 carries WWW-Authenticate with resource_metadata",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-03"],
    spec: "basic/authorization#authorization-server-location",
    rule: "MCP servers MUST use the HTTP header WWW-Authenticate when returning a 401 Unauthorized to indicate the location of the resource server metadata URL as described in RFC9728 Section 5.1.",
    versions: ["2025-06-18"],
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const evidence = { sent: unauthorized.sent, received: httpEvidence(unauthorized.exchange) };
      const header = unauthorized.exchange.headers["www-authenticate"];
      if (header === void 0) return violation("answered 401 without a WWW-Authenticate header", evidence);
      if (!unauthorized.challenge)
        return violation(`the 401 challenge ${JSON.stringify(header)} is not a Bearer challenge`, evidence);
      const pointer = unauthorized.challenge.params.resource_metadata;
      if (pointer === void 0)
        return violation("the Bearer challenge of the 401 has no resource_metadata parameter", evidence);
      if (!URL.canParse(pointer))
        return violation(`resource_metadata ${JSON.stringify(pointer)} is not an absolute URL`, evidence);
      return pass(pointer);
    }
  },
  {
    id: "auth-metadata-discoverable",
    title: "Protected Resource Metadata is found through the 401 or a well-known URI",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-04"],
    spec: "basic/authorization#protected-resource-metadata-discovery-requirements",
    rule: "MCP servers MUST implement one of the following discovery mechanisms: the resource metadata URL in the WWW-Authenticate header under resource_metadata when returning 401 Unauthorized, or metadata served at a well-known URI (at the path of the MCP endpoint, or at the root).",
    versions: ["2025-11-25"],
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const lookup = await lookUpMetadata(ctx);
      if ("found" in lookup) return pass(`via ${lookup.found.via}: ${lookup.found.url}`);
      if ("elsewhere" in lookup)
        return pass(`WWW-Authenticate points to ${lookup.elsewhere} (another origin, not fetched)`);
      return violation(`no Protected Resource Metadata where clients look: ${describeMissing(lookup)}`, {
        sent: unauthorized.sent,
        received: httpEvidence(unauthorized.exchange)
      });
    }
  },
  {
    id: "auth-metadata-valid",
    title: "the Protected Resource Metadata is JSON and names an authorization server",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-05"],
    spec: "basic/authorization#authorization-server-location",
    rule: "MCP servers MUST implement the OAuth 2.0 Protected Resource Metadata (RFC9728) specification; the document MUST include the authorization_servers field containing at least one authorization server.",
    versions: versionsFrom("2025-06-18"),
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const lookup = await lookUpMetadata(ctx);
      if ("elsewhere" in lookup)
        return skip(`the metadata is on another origin (${lookup.elsewhere}), which mcp-ci does not fetch`);
      if ("missing" in lookup) {
        return violation(`no Protected Resource Metadata: ${describeMissing(lookup)}`, {
          sent: unauthorized.sent,
          received: httpEvidence(unauthorized.exchange)
        });
      }
      const { url, exchange } = lookup.found;
      const evidence = { sent: { method: "GET", url }, received: httpEvidence(exchange) };
      const type = mediaType(exchange.headers);
      if (type !== "application/json") {
        return violation(
          `the metadata at ${url} is served as ${JSON.stringify(type || "(no Content-Type)")}, not application/json`,
          evidence
        );
      }
      const document = parseJson(exchange.body);
      const problems2 = document === void 0 ? ["the body is not JSON"] : metadataProblems(document);
      if (problems2.length) return violation(`the metadata at ${url}: ${problems2.join("; ")}`, evidence);
      return pass(url);
    }
  },
  {
    id: "auth-metadata-resource-matches",
    title: "the metadata\u2019s resource identifies this MCP endpoint",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-06"],
    spec: "basic/authorization#authorization-server-location",
    rule: "The resource value returned MUST be identical to the protected resource\u2019s resource identifier (RFC 9728 \xA73.3), the canonical URI of the MCP server.",
    versions: versionsFrom("2025-06-18"),
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const located = await locatedMetadata(ctx);
      if ("kind" in located) return located;
      const document = parseJson(located.exchange.body);
      if (document === null || typeof document !== "object")
        return skip(`the metadata at ${located.url} is not a JSON object (see auth-metadata-valid)`);
      const mismatch = resourceMismatch(document.resource, new URL(httpProbe(ctx).url));
      if (!mismatch) return pass();
      return violation(`the metadata at ${located.url}: ${mismatch}`, {
        sent: { method: "GET", url: located.url },
        received: httpEvidence(located.exchange)
      });
    }
  },
  {
    id: "auth-challenge-scope",
    title: "the 401 challenge names the scopes needed",
    section: "auth",
    level: "SHOULD",
    requirements: ["AUTH-07"],
    spec: "basic/authorization#protected-resource-metadata-discovery-requirements",
    rule: "MCP servers SHOULD include a scope parameter in the WWW-Authenticate header as defined in RFC 6750 Section 3 to indicate the scopes required for accessing the resource.",
    versions: ["2025-11-25"],
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const unauthorized = await unauthorizedChallenge(ctx);
      if (!unauthorized) return skip(NOT_PROTECTED);
      const scope = unauthorized.challenge?.params.scope;
      if (scope !== void 0) return pass(`scope="${scope}"`);
      return violation(
        "the 401 WWW-Authenticate challenge has no scope parameter, so clients must guess which scopes to ask for",
        {
          sent: unauthorized.sent,
          received: httpEvidence(unauthorized.exchange)
        }
      );
    }
  },
  {
    id: "auth-session-requires-token",
    title: "a session id does not stand in for the token",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-12"],
    spec: "basic/security_best_practices#session-hijacking",
    rule: "MCP servers that implement authorization MUST verify all inbound requests. MCP Servers MUST NOT use sessions for authentication.",
    versions: AUTH_VERSIONS,
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!await unauthorizedChallenge(ctx)) return skip(NOT_PROTECTED);
      const session = await openProbeSession(ctx, "probe:auth-session");
      if (session.id === void 0)
        return skip("the server issued no session id, so no session can stand in for the token");
      const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, ...session.headers };
      const body = rpc("ping", "mcp-ci-session-without-token");
      const exchange = await plainRequest({ url: httpProbe(ctx).url, method: "POST", headers, body }, ctx.timeoutMs);
      if (exchange.status === 401) return pass();
      const served = responseTo(exchange, "mcp-ci-session-without-token");
      return violation(
        `answered a request carrying a valid session id but no credentials with HTTP ${exchange.status}${served ? " and served it" : ""}; every request needs the token`,
        { sent: { headers, body }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "auth-authorization-server-discoverable",
    title: "the authorization server the metadata names publishes its metadata, with PKCE methods",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-15"],
    spec: "basic/authorization#authorization-server-discovery",
    rule: "MCP authorization servers MUST provide at least one of the following discovery mechanisms: OAuth 2.0 Authorization Server Metadata (RFC8414), OpenID Connect Discovery 1.0. Authorization servers providing OpenID Connect Discovery 1.0 MUST include code_challenge_methods_supported in their metadata.",
    versions: versionsFrom("2025-11-25"),
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      const located = await locatedMetadata(ctx);
      if ("kind" in located) return located;
      const servers = parseJson(located.exchange.body)?.authorization_servers;
      const issuer = Array.isArray(servers) && typeof servers[0] === "string" ? servers[0] : void 0;
      if (issuer === void 0 || !URL.canParse(issuer)) {
        return skip("the metadata names no authorization server URL (see auth-metadata-valid)");
      }
      const url = new URL(issuer);
      if (url.origin !== new URL(httpProbe(ctx).url).origin && !isLoopbackHost(url.hostname)) {
        return skip(`the authorization server ${issuer} is on another origin, which mcp-ci does not fetch`);
      }
      const tried = [];
      for (const candidate of authorizationServerMetadataUrls(url)) {
        const exchange = await plainRequest(
          { url: candidate, method: "GET", headers: { accept: "application/json" } },
          ctx.timeoutMs
        );
        const document = exchange.status === 200 ? parseJson(exchange.body) : void 0;
        if (document === null || typeof document !== "object") {
          tried.push(`${candidate} (HTTP ${exchange.status})`);
          continue;
        }
        const evidence = { sent: { method: "GET", url: candidate }, received: httpEvidence(exchange) };
        const methods = document.code_challenge_methods_supported;
        const oidc = candidate.includes("openid-configuration");
        if (!Array.isArray(methods)) {
          return oidc ? violation(`the OpenID Connect metadata at ${candidate} has no code_challenge_methods_supported`, evidence) : warn(
            `the authorization server metadata at ${candidate} has no code_challenge_methods_supported; MCP clients MUST refuse to proceed without it (no PKCE)`,
            evidence
          );
        }
        if (!methods.includes("S256")) {
          return warn(
            `code_challenge_methods_supported at ${candidate} lacks S256, which MCP clients MUST use when they can`,
            evidence
          );
        }
        return pass(candidate);
      }
      return violation(`${issuer} publishes no authorization server metadata: ${tried.join(", ")}`, {
        sent: tried
      });
    }
  },
  {
    id: "auth-2025-03-26-server-metadata",
    title: "(2025-03-26) the server serves OAuth authorization server metadata",
    section: "auth",
    level: "SHOULD",
    requirements: ["AUTH-13"],
    spec: "basic/authorization",
    rule: "MCP servers SHOULD follow the OAuth 2.0 Authorization Server Metadata protocol (RFC 8414); the metadata endpoint MUST be at {authorization base URL}/.well-known/oauth-authorization-server.",
    versions: ["2025-03-26"],
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!await unauthorizedChallenge(ctx)) return skip(NOT_PROTECTED);
      const url = `${new URL(httpProbe(ctx).url).origin}/.well-known/oauth-authorization-server`;
      const exchange = await plainRequest(
        { url, method: "GET", headers: { accept: "application/json" } },
        ctx.timeoutMs
      );
      const document = parseJson(exchange.body);
      if (exchange.status === 200 && document !== null && typeof document === "object") return pass(url);
      return violation(
        `no authorization server metadata at ${url} (HTTP ${exchange.status}); 2025-03-26 clients look there first`,
        { sent: { method: "GET", url }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "auth-2025-03-26-default-endpoints",
    title: "(2025-03-26) without metadata, the default OAuth endpoints exist",
    section: "auth",
    level: "MUST",
    requirements: ["AUTH-14"],
    spec: "basic/authorization",
    rule: "MCP servers that do not support the OAuth 2.0 Authorization Server Metadata protocol MUST support fallback URLs: /authorize, /token and /register relative to the authorization base URL.",
    versions: ["2025-03-26"],
    transports: TRANSPORTS,
    scope: "once",
    applies: requiresConfiguredCredentials,
    async run(ctx) {
      if (!await unauthorizedChallenge(ctx)) return skip(NOT_PROTECTED);
      const origin = new URL(httpProbe(ctx).url).origin;
      const metadata = await plainRequest(
        {
          url: `${origin}/.well-known/oauth-authorization-server`,
          method: "GET",
          headers: { accept: "application/json" }
        },
        ctx.timeoutMs
      );
      if (metadata.status === 200)
        return pass("the server serves authorization server metadata, so no fallback is needed");
      const absent = [];
      for (const path of ["/authorize", "/token", "/register"]) {
        const exchange = await plainRequest({ url: `${origin}${path}`, method: "GET", headers: {} }, ctx.timeoutMs);
        if (exchange.status === 404) absent.push(path);
      }
      if (absent.length === 0) return pass("/authorize, /token and /register exist");
      return violation(
        `serves no authorization server metadata (HTTP ${metadata.status}) and ${absent.join(", ")} answer 404; 2025-03-26 clients cannot authorize`,
        { sent: absent.map((path) => `GET ${origin}${path}`) }
      );
    }
  }
];
var RULES_OF_ANY_PROTECTION = /* @__PURE__ */ new Set(["auth-missing-credentials-401", "auth-session-requires-token"]);
function boundToMcpAuthorization(check) {
  return {
    ...check,
    async run(ctx) {
      const use = await mcpAuthorizationUse(ctx);
      return "none" in use ? skip(notMcpAuthorization(use)) : check.run(ctx);
    }
  };
}
var checks = definitions.map(
  (check) => RULES_OF_ANY_PROTECTION.has(check.id) ? check : boundToMcpAuthorization(check)
);

// src/wire/modern-connection.ts
var META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
var META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
var META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
var META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
var META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";
var CLIENT_INFO2 = { name: "mcp-ci", version: "0.1.0" };
var NAME_PARAM = { "tools/call": "name", "prompts/get": "name", "resources/read": "uri" };
var modernLabel = (label) => isModernLabel(label) ? label : `${label}@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$}`;
var isModernLabel = (label) => label.includes(`@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$}`);
function requestMeta(capabilities = {}) {
  return {
    [META_PROTOCOL_VERSION]: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$,
    [META_CLIENT_CAPABILITIES]: capabilities,
    [META_CLIENT_INFO]: CLIENT_INFO2
  };
}
function enveloped(params, capabilities = {}) {
  const own = params?._meta !== null && typeof params?._meta === "object" ? params._meta : {};
  return { ...params, _meta: { ...requestMeta(capabilities), ...own } };
}
function encodeHeaderValue(value) {
  const plain = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value) && !value.startsWith("=?base64?");
  return plain ? value : `=?base64?${Buffer.from(value, "utf8").toString("base64")}?=`;
}
function paramHeadersOf(tool) {
  const schema = tool.inputSchema;
  const properties = schema !== null && typeof schema === "object" ? schema.properties : void 0;
  const headers = {};
  if (properties === null || typeof properties !== "object") return headers;
  for (const [name, property] of Object.entries(properties)) {
    const header = property?.["x-mcp-header"];
    if (typeof header === "string" && header !== "") headers[name] = header;
  }
  return headers;
}
function modernHeaders(method, params, paramHeaders = {}) {
  const headers = { "mcp-protocol-version": _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$, "mcp-method": method };
  const nameParam = NAME_PARAM[method];
  const name = nameParam ? params?.[nameParam] : void 0;
  if (typeof name === "string") headers["mcp-name"] = encodeHeaderValue(name);
  const args = params?.arguments;
  if (method === "tools/call" && args !== null && typeof args === "object") {
    for (const [argument, header] of Object.entries(paramHeaders)) {
      const value = args[argument];
      if (typeof value === "string") headers[`mcp-param-${header.toLowerCase()}`] = encodeHeaderValue(value);
      else if (typeof value === "number" || typeof value === "boolean")
        headers[`mcp-param-${header.toLowerCase()}`] = String(value);
    }
  }
  return headers;
}
function capabilitiesOf(offer) {
  const capabilities = {};
  if (offer?.roots) capabilities.roots = {};
  if (offer?.sampling) capabilities.sampling = {};
  if (offer?.elicitation) capabilities.elicitation = {};
  return capabilities;
}
var DiscoverRefusedError = class extends Error {
  constructor(answer, httpStatus) {
    super(`server/discover was not answered with a result: ${answer}`);
    this.answer = answer;
    this.httpStatus = httpStatus;
    this.name = "DiscoverRefusedError";
  }
};
function describeAnswer(exchange) {
  const status = exchange.http ? `HTTP ${exchange.http.status}` : void 0;
  const response = exchange.response;
  let what;
  if (response?.error !== void 0) {
    const error = response.error;
    what = `error ${String(error.code)}: ${String(error.message)}`;
  } else if (response) what = "a result";
  else if (exchange.nonJson.length > 0) what = `non-JSON output ${JSON.stringify(exchange.nonJson[0].slice(0, 120))}`;
  else what = "no answer";
  return status ? `${status}, ${what}` : what;
}
var ModernConnection = class _ModernConnection {
  constructor(channel, label, transport, initializeResult, capabilities, timeoutMs) {
    this.channel = channel;
    this.label = label;
    this.transport = transport;
    this.initializeResult = initializeResult;
    this.capabilities = capabilities;
    this.timeoutMs = timeoutMs;
  }
  protocolVersion = _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$;
  listeners = /* @__PURE__ */ new Set();
  /** `x-mcp-header` parameters of the tools this connection listed, by tool name. */
  toolHeaders = /* @__PURE__ */ new Map();
  isClosed = false;
  /** Opens a modern connection on `channel`: readiness is a `server/discover` result. */
  static async open(channel, options) {
    const capabilities = capabilitiesOf(options.capabilities);
    const params = enveloped(void 0, capabilities);
    const exchange = await channel.request("server/discover", params, {
      timeoutMs: options.discoverTimeoutMs ?? options.timeoutMs,
      ...options.startupMs !== void 0 && { startupMs: options.startupMs },
      ...options.transport !== "stdio" && { headers: modernHeaders("server/discover", params) }
    });
    const result = exchange.response?.result;
    if (result === null || typeof result !== "object" || Array.isArray(result)) {
      void channel.close().catch(() => {
      });
      throw new DiscoverRefusedError(describeAnswer(exchange), exchange.http?.status);
    }
    return new _ModernConnection(
      channel,
      options.label,
      options.transport,
      result,
      capabilities,
      options.timeoutMs
    );
  }
  get serverCapabilities() {
    const capabilities = this.initializeResult.capabilities;
    return capabilities !== null && typeof capabilities === "object" ? capabilities : {};
  }
  get closed() {
    return this.isClosed;
  }
  async request(method, params, options = {}) {
    if (this.isClosed) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionClosedError */ .rb(method);
    const progressToken = options.progressToken ?? (options.onProgress ? `mcp-ci-progress-${Math.random().toString(36).slice(2, 10)}` : void 0);
    const withToken = progressToken === void 0 ? params : { ...params, _meta: { ...params?._meta, progressToken } };
    const body = enveloped(withToken, this.capabilities);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const restartOn = options.onProgress && options.progressResetsTimeout ? (message) => message.method === "notifications/progress" && message.params?.progressToken === progressToken : void 0;
    const exchange = await this.channel.request(method, body, {
      timeoutMs,
      ...restartOn && { restartOn },
      ...this.transport !== "stdio" && {
        headers: modernHeaders(
          method,
          body,
          method === "tools/call" ? this.toolHeaders.get(String(params?.name)) : void 0
        )
      }
    });
    for (const message of exchange.messages) {
      if (typeof message.method === "string" && !("id" in message)) {
        const notification = { method: message.method, params: message.params };
        if (notification.method === "notifications/progress") options.onProgress?.(notification.params ?? {});
        for (const listener of this.listeners) listener(notification);
      }
    }
    const response = exchange.response;
    if (!response) throw new _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH(method, timeoutMs);
    if (response.error !== null && typeof response.error === "object") {
      const error = response.error;
      return {
        ok: false,
        error: {
          code: typeof error.code === "number" ? error.code : Number.NaN,
          message: String(error.message),
          ...error.data !== void 0 && { data: error.data }
        }
      };
    }
    const result = response.result !== null && typeof response.result === "object" ? response.result : {};
    if (method === "tools/list" && Array.isArray(result.tools)) {
      for (const tool of result.tools)
        if (tool !== null && typeof tool === "object" && typeof tool.name === "string")
          this.toolHeaders.set(tool.name, paramHeadersOf(tool));
    }
    return { ok: true, result };
  }
  async notify(method, params) {
    const body = enveloped(params, this.capabilities);
    await this.channel.send(JSON.stringify({ jsonrpc: "2.0", method, params: body }), {
      waitMs: 0,
      ...this.transport !== "stdio" && { headers: modernHeaders(method, body) }
    });
  }
  onNotification(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async close() {
    this.isClosed = true;
    await this.channel.close();
  }
};

// src/checks/judge/transcript-index.ts
var isObject3 = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
var idKey = (id) => JSON.stringify(id) ?? "undefined";
var hasId = (message) => "id" in message;
var isRequest = (message) => typeof message.method === "string" && hasId(message);
var isNotification = (message) => typeof message.method === "string" && !hasId(message);
var isResponse = (message) => !("method" in message) && ("result" in message || "error" in message);
var answersHttpRequestItself = (entry) => entry.dir === "recv" && entry.http?.method !== void 0 && entry.http.method !== "POST" && (entry.http.status === void 0 || entry.http.status >= 300);
function parseSentFrame(raw) {
  if (raw === void 0) return [];
  try {
    const parsed = JSON.parse(raw);
    return (Array.isArray(parsed) ? parsed : [parsed]).filter(isObject3);
  } catch {
    return [];
  }
}
var lastIndex = /* @__PURE__ */ new WeakMap();
function indexSessions(entries) {
  const last = lastIndex.get(entries);
  if (last?.length === entries.length) return last.sessions;
  const sessions = buildIndex(entries);
  lastIndex.set(entries, { length: entries.length, sessions });
  return sessions;
}
function buildIndex(entries) {
  const sessions = [];
  const current = /* @__PURE__ */ new Map();
  const opened = /* @__PURE__ */ new Map();
  const open = (entry) => {
    const count = (opened.get(entry.conn) ?? 0) + 1;
    opened.set(entry.conn, count);
    const session = {
      id: count === 1 ? entry.conn : `${entry.conn}#${count}`,
      label: entry.conn,
      transport: entry.transport,
      sent: [],
      received: [],
      nonJson: []
    };
    sessions.push(session);
    current.set(entry.conn, session);
    return session;
  };
  entries.forEach((entry, index) => {
    if (isModernLabel(entry.conn)) return;
    if (entry.http && entry.message === void 0 && entry.dir === "recv") return;
    if (answersHttpRequestItself(entry)) return;
    if (entry.dir === "send") {
      const messages = isObject3(entry.message) ? [entry.message] : parseSentFrame(entry.raw);
      for (const message of messages) {
        const before = current.get(entry.conn);
        const preInitialize = before !== void 0 && !before.sent.some((s) => s.message.method === "initialize");
        const session2 = message.method === "initialize" && isRequest(message) && !preInitialize ? open(entry) : before ?? open(entry);
        if (message.method === "initialize" && isObject3(message.params)) {
          const capabilities = message.params.capabilities;
          if (isObject3(capabilities)) session2.clientCapabilities = capabilities;
        }
        session2.sent.push({ index, message });
      }
      return;
    }
    const session = current.get(entry.conn) ?? open(entry);
    if (isObject3(entry.message)) {
      const message = entry.message;
      session.received.push({ index, message });
      if (session.version === void 0 && isResponse(message) && isObject3(message.result)) {
        const initialize = session.sent.find((s) => s.message.method === "initialize");
        if (initialize && idKey(initialize.message.id) === idKey(message.id)) {
          const { protocolVersion, capabilities } = message.result;
          if (typeof protocolVersion === "string") session.version = protocolVersion;
          if (isObject3(capabilities)) session.serverCapabilities = capabilities;
        }
      }
    } else if (entry.transport === "stdio" && entry.raw !== void 0) {
      session.nonJson.push({ index, line: entry.raw });
    }
  });
  return sessions;
}
function requestAnswered(session, response) {
  const key = idKey(response.message.id);
  let match;
  for (const sent of session.sent) {
    if (sent.index > response.index) break;
    if ("id" in sent.message && !isResponse(sent.message) && idKey(sent.message.id) === key) match = sent;
  }
  return match;
}
function unmatchedResponses(session) {
  const messages = [
    ...session.sent.map((m) => ({ ...m, sent: true })),
    ...session.received.map((m) => ({ ...m, sent: false }))
  ];
  messages.sort((a, b) => a.index - b.index);
  const waiting = /* @__PURE__ */ new Map();
  const answers = /* @__PURE__ */ new Map();
  const unmatched = /* @__PURE__ */ new Map();
  for (const { index, message, sent } of messages) {
    const key = idKey(message.id);
    if (sent) {
      if ("id" in message && !isResponse(message)) waiting.set(key, (waiting.get(key) ?? 0) + 1);
      continue;
    }
    if (!isResponse(message) || message.id === null || message.id === void 0) continue;
    const text = JSON.stringify(message);
    const open = waiting.get(key) ?? 0;
    const earlier = answers.get(key);
    if (open > 0) {
      waiting.set(key, open - 1);
      answers.set(key, (earlier ?? /* @__PURE__ */ new Set()).add(text));
    } else if (!earlier) unmatched.set(index, `response carries id ${key}, which no request used`);
    else if (session.transport === "stdio" || !earlier.has(text))
      unmatched.set(index, `a second response to id ${key}, whose request was answered already`);
  }
  return unmatched;
}
function answerIndex(session, request) {
  const key = idKey(request.message.id);
  const answer = session.received.find(
    (r) => r.index > request.index && isResponse(r.message) && idKey(r.message.id) === key
  );
  return answer?.index ?? Infinity;
}
function trimmed(value, depth = 0) {
  if (typeof value === "string") return value.length > 300 ? `${value.slice(0, 300)}\u2026 (${value.length} chars)` : value;
  if (depth > 6) return "\u2026";
  if (Array.isArray(value)) {
    const head = value.slice(0, 10).map((item) => trimmed(item, depth + 1));
    return value.length > 10 ? [...head, `\u2026 ${value.length - 10} more`] : head;
  }
  if (isObject3(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item, depth + 1)]));
  }
  return value;
}

// src/checks/judge/findings.ts
function judgeFindings(findings, what, passMessage) {
  if (findings.length === 0) return pass(passMessage);
  const first = findings[0];
  const more2 = findings.length > 1 ? ` (and ${findings.length - 1} more)` : "";
  return violation(`${first.problem}${more2}`, {
    received: findings.slice(0, 3).map((f) => ({ session: f.session, problem: f.problem, message: trimmed(f.message) })),
    note: what
  });
}

// src/checks/probes/raw-probes.ts
var probeTimeout = (ctx) => Math.min(ctx.timeoutMs, Math.max(2e3, Math.round(ctx.timeoutMs / 5)));
var firstAnswerTimeout = (ctx) => (ctx.transport === "stdio" ? ctx.config.bootTimeoutMs : 0) + ctx.timeoutMs;
var firstAnswerWait = (ctx) => ({
  timeoutMs: ctx.timeoutMs,
  startupMs: ctx.transport === "stdio" ? ctx.config.bootTimeoutMs : 0
});
var CLIENT_INFO3 = { name: "mcp-ci", version: "0.1.0" };
var responsesIn = (messages) => messages.filter((m) => !("method" in m) && ("result" in m || "error" in m));
async function sendThenPing(ctx, raw, frame) {
  if (ctx.transport === "stdio") await raw.request("ping", void 0, { timeoutMs: probeTimeout(ctx) }).catch(() => {
  });
  const first = await raw.send(frame, { waitMs: ctx.transport === "stdio" ? 0 : ctx.timeoutMs }).catch((error) => {
    if ((0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .unreachableReason */ .N4)(error) === "ECONNREFUSED") throw error;
    return failedExchange(frame, error);
  });
  const ping = await raw.request("ping", void 0, { timeoutMs: ctx.timeoutMs }).catch((error) => {
    if (!ctx.alone && (0,_chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .unreachableReason */ .N4)(error) !== void 0) throw error;
    return failedExchange("ping", error);
  });
  const provoked = [...first.messages, ...ping.messages].filter((m) => m !== ping.response);
  return {
    messages: provoked,
    nonJson: [...first.nonJson, ...ping.nonJson],
    http: first.http,
    // A slow answer is not a dead server: ask once more before calling it one.
    serving: ping.response !== void 0 || await raw.isAlive(probeTimeout(ctx)),
    pingId: ping.response?.id
  };
}
function failedExchange(sent, error) {
  return {
    sent,
    messages: [],
    nonJson: [`(connection failed: ${error instanceof Error ? error.message : String(error)})`]
  };
}
var responseWithId = (messages, id) => responsesIn(messages).find((m) => idKey(m.id) === idKey(id));
var errorOf = (message) => message && isObject3(message.error) ? message.error : void 0;

// src/checks/sections-2025/base.ts
var BOTH = ["stdio", "http", "sse"];
var RAW = ["stdio", "http"];
var isValidId = (id) => typeof id === "string" || typeof id === "number" && Number.isInteger(id);
function envelopeProblem(received, unmatched) {
  const message = received.message;
  if (message.jsonrpc !== "2.0") return `message has jsonrpc ${JSON.stringify(message.jsonrpc)} instead of "2.0"`;
  if ("method" in message) {
    if (typeof message.method !== "string") return "method is not a string";
    if ("result" in message || "error" in message) return `${message.method} mixes a request with a response`;
    return void 0;
  }
  const hasResult = "result" in message;
  const hasError = "error" in message;
  if (!hasResult && !hasError) return "message is neither a request, a notification nor a response";
  if (hasResult && hasError) return `response to id ${idKey(message.id)} sets both result and error`;
  if (hasResult) {
    if (!isObject3(message.result)) return `result of response ${idKey(message.id)} is not an object`;
    if (!isValidId(message.id)) return `result response has id ${idKey(message.id)}, not a string or integer`;
  }
  if (message.id === null || message.id === void 0) return hasError ? void 0 : "response has no id";
  return unmatched.get(received.index);
}
var META_LABEL = /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
var META_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)?$/;
var DEFINED_RESERVED_KEYS = /* @__PURE__ */ new Set([
  "io.modelcontextprotocol/related-task",
  "io.modelcontextprotocol/model-immediate-response"
]);
var OPAQUE_KEYS = /* @__PURE__ */ new Set([
  "inputSchema",
  "outputSchema",
  "requestedSchema",
  "structuredContent",
  "data",
  "arguments"
]);
function metaKeyProblem(key, version) {
  const slash = key.indexOf("/");
  const prefix = slash === -1 ? void 0 : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (!META_NAME.test(name)) {
    return {
      kind: "grammar",
      reason: "the name must begin and end with a letter or digit and hold only letters, digits, -, _ and ."
    };
  }
  if (prefix === void 0) return void 0;
  const labels = prefix.split(".");
  if (!labels.every((label) => META_LABEL.test(label))) {
    return {
      kind: "grammar",
      reason: "prefix labels must start with a letter, end with a letter or digit and hold only letters, digits and -"
    };
  }
  const reservedLabel = (label) => label === "modelcontextprotocol" || label === "mcp";
  const reserved = version >= "2025-11-25" ? labels.length > 1 && reservedLabel(labels[1]) : labels.some((label, i) => reservedLabel(label) && i + 1 < labels.length);
  if (reserved && !DEFINED_RESERVED_KEYS.has(key)) {
    return { kind: "reserved", reason: "the prefix is reserved for MCP and the specification defines no such key" };
  }
  return void 0;
}
function* metaObjects(value, path) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* metaObjects(value[i], `${path}[${i}]`);
    return;
  }
  if (!isObject3(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === "_meta" && isObject3(item)) yield { path: `${path}._meta`, meta: item };
    else if (!OPAQUE_KEYS.has(key)) yield* metaObjects(item, `${path}.${key}`);
  }
}
var ECHO_IDS = [
  { id: 0, why: "zero" },
  { id: 9007199254740991, why: "the largest exact integer" },
  { id: "1", why: "a string of digits" },
  { id: "mcp-ci-h\xE9llo-\u4E16\u754C-\u{1F642}", why: "non-ASCII UTF-8" }
];
var INVALID_REQUESTS = [
  { frame: { jsonrpc: "2.0", id: "mcp-ci-invalid-1", method: 42 }, why: "a method that is not a string" },
  { frame: { jsonrpc: "1.0", id: "mcp-ci-invalid-2", method: "ping" }, why: 'jsonrpc "1.0"' },
  { frame: { id: "mcp-ci-invalid-3", method: "ping" }, why: "no jsonrpc member" }
];
var SDK_NOTE = "JSON-RPC 2.0 requires it; several official SDKs do not send it, so this is a warning, not a failure";
async function probeInvalidRequests(ctx) {
  const raw = await ctx.openRaw({ label: "probe:invalid-request" });
  const deviations = [];
  for (const { frame, why } of INVALID_REQUESTS) {
    const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
    if (!outcome.serving) {
      return violation(`stopped serving after a request with ${why}`, {
        sent: frame,
        received: trimmed([...outcome.messages, ...outcome.nonJson])
      });
    }
    const reply = responsesIn(outcome.messages)[0];
    const code = errorOf(reply)?.code;
    if (code === -32600) continue;
    deviations.push({
      sent: frame,
      why,
      got: reply ? trimmed(reply) : outcome.http ? { status: outcome.http.status, body: outcome.http.body } : "no reply"
    });
  }
  if (deviations.length === 0) return pass("every invalid request got -32600 and the server kept serving");
  const first = deviations[0];
  const got = typeof first.got === "string" ? first.got : `${JSON.stringify(first.got).slice(0, 120)}`;
  return warn(`a request with ${first.why} got ${got} instead of -32600 Invalid Request; ${SDK_NOTE}`, {
    sent: deviations.map((d) => d.sent),
    received: deviations.map((d) => d.got)
  });
}
var checks2 = [
  {
    id: "base-jsonrpc-envelope",
    title: "every message is a JSON-RPC 2.0 request, notification or response",
    section: "base",
    level: "MUST",
    requirements: ["BASE-01", "BASE-02", "BASE-03", "BASE-15"],
    spec: "basic/index#messages",
    rule: "All messages between MCP clients and servers MUST follow the JSON-RPC 2.0 specification. Either a result or an error MUST be set. A response MUST NOT set both. Responses MUST include the same ID as the request they correspond to. JSON-RPC messages MUST be UTF-8 encoded.",
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let count = 0;
      for (const entry of ctx.transcript()) {
        if (entry.dir !== "recv" || !entry.invalidUtf8) continue;
        const message = isObject3(entry.message) ? entry.message : { line: trimmed(entry.raw) };
        findings.push({ session: entry.conn, problem: "a message is not valid UTF-8 (shown with U+FFFD)", message });
      }
      const sentIds = /* @__PURE__ */ new Set();
      for (const entry of ctx.transcript()) {
        if (entry.dir === "send" && isObject3(entry.message) && "method" in entry.message && "id" in entry.message)
          sentIds.add(`${entry.conn}\0${idKey(entry.message.id)}`);
      }
      for (const entry of ctx.transcript()) {
        if (entry.dir !== "recv" || !entry.misrouted) continue;
        const { answerId, requestIds } = entry.misrouted;
        if (!sentIds.has(`${entry.conn}\0${answerId}`)) continue;
        findings.push({
          session: entry.conn,
          problem: `a response with id ${answerId} came on the stream of the POST that carried request ${requestIds.join(", ")}`,
          message: { answerId, requestIds }
        });
      }
      for (const session of indexSessions(ctx.transcript())) {
        const unmatched = unmatchedResponses(session);
        for (const received of session.received) {
          count++;
          const problem = envelopeProblem(received, unmatched);
          if (problem) findings.push({ session: session.id, problem, message: received.message });
        }
      }
      return judgeFindings(findings, "messages the server sent", `${count} messages checked`);
    }
  },
  {
    id: "base-error-object",
    title: "error responses carry an integer code and a string message",
    section: "base",
    level: "MUST",
    requirements: ["BASE-04"],
    spec: "basic/index#responses",
    rule: "Errors MUST include an error code and message at minimum. Error codes MUST be integers.",
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isResponse(message) || !("error" in message)) continue;
          count++;
          const error = message.error;
          if (!isObject3(error)) findings.push({ session: session.id, problem: "error is not an object", message });
          else if (typeof error.code !== "number" || !Number.isInteger(error.code))
            findings.push({
              session: session.id,
              problem: `error code ${JSON.stringify(error.code)} is not an integer`,
              message
            });
          else if (typeof error.message !== "string")
            findings.push({ session: session.id, problem: `error ${error.code} has no string message`, message });
        }
      }
      if (count === 0) return skip("the server sent no error response during the run");
      return judgeFindings(findings, "error responses the server sent", `${count} error responses checked`);
    }
  },
  {
    id: "base-response-id-echo",
    title: "responses echo the request id exactly, whatever its type",
    section: "base",
    level: "MUST",
    requirements: ["BASE-02", "BASE-15"],
    spec: "basic/index#responses",
    rule: "Responses MUST include the same ID as the request they correspond to. JSON-RPC messages MUST be UTF-8 encoded.",
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:response-id" });
      for (const { id, why } of ECHO_IDS) {
        const frame = { jsonrpc: "2.0", id, method: "ping" };
        const exchange = await raw.send(JSON.stringify(frame), { waitForId: id, waitMs: ctx.timeoutMs });
        if (responseWithId(exchange.messages, id)) continue;
        const others = responsesIn(exchange.messages);
        return violation(
          others.length ? `a ping with id ${JSON.stringify(id)} (${why}) was answered with id ${idKey(others[0].id)}` : `no response to a ping with id ${JSON.stringify(id)} (${why})`,
          { sent: frame, received: trimmed([...others, ...exchange.nonJson]) }
        );
      }
      return pass(`echoed ${ECHO_IDS.map((e) => JSON.stringify(e.id)).join(", ")}`);
    }
  },
  {
    id: "base-parse-error",
    title: "malformed JSON gets -32700 Parse error and the server keeps serving",
    section: "base",
    level: "MUST",
    requirements: ["BASE-09"],
    spec: "basic/index#messages",
    rule: "All messages MUST follow JSON-RPC 2.0, which answers invalid JSON with error -32700 (Parse error) and id null.",
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:parse-error" });
      const frame = '{"jsonrpc":"2.0","id":"mcp-ci-parse","method":"ping",';
      const outcome = await sendThenPing(ctx, raw, frame);
      const received = trimmed([...outcome.messages, ...outcome.nonJson]);
      if (!outcome.serving)
        return violation("stopped serving after a line of malformed JSON", { sent: frame, received });
      const reply = responsesIn(outcome.messages)[0];
      const error = errorOf(reply);
      if (reply && error?.code === -32700) {
        if (reply.id === null || reply.id === void 0) return pass("answered -32700 and kept serving");
        return violation(`answered -32700 with id ${idKey(reply.id)}; an unreadable request has id null`, {
          sent: frame,
          received
        });
      }
      if (reply) {
        return violation(
          `answered malformed JSON with ${error ? `error ${String(error.code)}` : "a result"}, not -32700`,
          {
            sent: frame,
            received
          }
        );
      }
      const status = outcome.http ? ` (HTTP ${outcome.http.status})` : "";
      return warn(`no -32700 reply to malformed JSON${status}, though the server kept serving; ${SDK_NOTE}`, {
        sent: frame,
        received: outcome.http ? { status: outcome.http.status, body: trimmed(outcome.http.body) } : received
      });
    }
  },
  {
    id: "base-invalid-request",
    title: "JSON that is not a valid request gets -32600 Invalid Request",
    section: "base",
    level: "MUST",
    requirements: ["BASE-10"],
    spec: "basic/index#messages",
    rule: "All messages MUST follow JSON-RPC 2.0, which answers a JSON value that is not a valid Request object with error -32600 (Invalid Request).",
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: "once",
    run: probeInvalidRequests
  },
  {
    id: "base-unknown-method",
    title: "an unknown method gets -32601 Method not found",
    section: "base",
    level: "MUST",
    requirements: ["BASE-11"],
    spec: "basic/index#messages",
    rule: "All messages MUST follow JSON-RPC 2.0, which answers a method that does not exist with error -32601 (Method not found).",
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: "once",
    async run(ctx) {
      const method = "mcp-ci/no-such-method";
      const outcome = await ctx.main.request(method, {});
      if (!outcome.ok && outcome.error.code === -32601) return pass();
      return violation(
        outcome.ok ? `answered the unknown method ${method} with a result` : `answered the unknown method ${method} with error ${outcome.error.code}, not -32601`,
        { sent: { method, params: {} }, received: outcome.ok ? trimmed(outcome.result) : outcome.error }
      );
    }
  },
  {
    id: "base-notification-not-answered",
    title: "a notification the server does not know gets no response",
    section: "base",
    level: "MUST",
    requirements: ["BASE-05"],
    spec: "basic/index#notifications",
    rule: "Notifications are sent from the client to the server or vice versa, as a one-way message. The receiver MUST NOT send a response.",
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:notification" });
      const frame = { jsonrpc: "2.0", method: "notifications/mcp-ci/unknown", params: { note: "ignore me" } };
      const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
      const responses = responsesIn(outcome.messages);
      if (responses.length) {
        return violation("answered an unknown notification with a response", {
          sent: frame,
          received: trimmed(responses)
        });
      }
      if (!outcome.serving) return violation("stopped serving after an unknown notification", { sent: frame });
      return pass();
    }
  },
  {
    id: "base-server-request-ids",
    title: "requests the server sends have unique, non-null string or integer ids",
    section: "base",
    level: "MUST",
    requirements: ["BASE-06", "BASE-07"],
    spec: "basic/index#requests",
    rule: "Requests MUST include a string or integer ID. Unlike base JSON-RPC, the ID MUST NOT be null. The request ID MUST NOT have been previously used by the requestor within the same session.",
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const used = /* @__PURE__ */ new Map();
        for (const { message } of session.received) {
          if (!isRequest(message) || String(message.method).startsWith("notifications/")) continue;
          count++;
          const key = idKey(message.id);
          const text = JSON.stringify(message);
          const redelivered = ctx.transport !== "stdio" && used.get(key) === text;
          if (!isValidId(message.id))
            findings.push({ session: session.id, problem: `${String(message.method)} request has id ${key}`, message });
          else if (used.has(key) && !redelivered)
            findings.push({
              session: session.id,
              problem: `${String(message.method)} request reuses id ${key}`,
              message
            });
          used.set(key, text);
        }
      }
      if (count === 0) return pass("the server sent no requests");
      return judgeFindings(findings, "requests the server sent", `${count} server requests checked`);
    }
  },
  {
    id: "base-notification-without-id",
    title: "notifications the server sends carry no id",
    section: "base",
    level: "MUST",
    requirements: ["BASE-08"],
    spec: "basic/index#notifications",
    rule: "Notifications MUST NOT include an ID.",
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (typeof message.method === "string" && message.method.startsWith("notifications/") && "id" in message) {
            findings.push({
              session: session.id,
              problem: `${message.method} carries id ${idKey(message.id)}`,
              message
            });
          }
        }
      }
      return judgeFindings(findings, "notifications the server sent", "no notification carried an id");
    }
  },
  {
    id: "base-meta-keys",
    title: "_meta keys follow the key name format",
    section: "base",
    level: "MUST",
    requirements: ["BASE-13"],
    spec: "basic/index#meta",
    rule: "Prefix labels MUST start with a letter and end with a letter or digit; the name, unless empty, MUST begin and end with an alphanumeric character. Prefixes whose second label is modelcontextprotocol or mcp are reserved for MCP use.",
    versions: versionsFrom("2025-06-18"),
    transports: BOTH,
    scope: "passive",
    async run(ctx) {
      const grammar = [];
      const reserved = [];
      let keys = 0;
      for (const session of indexSessions(ctx.transcript())) {
        if (!session.version || session.version < "2025-06-18") continue;
        for (const { message } of session.received) {
          for (const { path, meta } of metaObjects(message, "")) {
            for (const key of Object.keys(meta)) {
              keys++;
              const problem = metaKeyProblem(key, session.version);
              if (!problem) continue;
              const finding = {
                session: session.id,
                problem: `_meta key ${JSON.stringify(key)} at ${path.slice(1)}: ${problem.reason}`,
                message
              };
              (problem.kind === "grammar" ? grammar : reserved).push(finding);
            }
          }
        }
      }
      if (grammar.length) return judgeFindings(grammar, "_meta keys the server sent", "");
      if (reserved.length) {
        const first = reserved[0];
        return warn(`${first.problem}; only the specification and its official extensions define keys there`, {
          received: reserved.slice(0, 3).map((f) => ({ session: f.session, message: trimmed(f.message) }))
        });
      }
      return pass(`${keys} _meta keys checked`);
    }
  }
];

// src/checks/probes/progress-probe.ts


// src/checks/probes/tool-results.ts
var toolBudget = (ctx) => Math.min(ctx.config.requestTimeoutMs, ctx.config.toolBudgetMs);
var PARALLEL_CALLS = 4;
var calls = /* @__PURE__ */ new WeakMap();
function plainCallableTools(ctx) {
  return ctx.callableTools.filter(isPlainlyCallable);
}
var isPlainlyCallable = (t) => !(isObject(t.tool.execution) && t.tool.execution.taskSupport === "required");
function sessionCalls(ctx) {
  return startSessionCalls(ctx.main, ctx.callableTools, toolBudget(ctx), ctx.config.quick);
}
function startSessionCalls(main, callableTools, budget, quick) {
  let pending = calls.get(main);
  if (!pending) {
    const invocations = callableTools.filter(isPlainlyCallable);
    const tokens = invocations.map((_, i) => `mcp-ci-progress-${main.label}-${i}`);
    const records = startCalls(main, invocations, budget, quick, tokens);
    for (const record of records) record.catch(() => {
    });
    pending = invocations.map((invocation, i) => ({ invocation, progressToken: tokens[i], record: records[i] }));
    calls.set(main, pending);
  }
  return pending.map((c) => c.record);
}
function sessionCallsUnderWay(ctx) {
  sessionCalls(ctx);
  return calls.get(ctx.main) ?? [];
}
function callableToolResults(ctx) {
  return Promise.all(sessionCalls(ctx));
}
function sessionToolResult(ctx, name) {
  sessionCalls(ctx);
  return calls.get(ctx.main)?.find((c) => c.invocation.name === name)?.record ?? Promise.resolve(void 0);
}
function firstToolResult(ctx) {
  return sessionCalls(ctx)[0] ?? Promise.resolve(void 0);
}
function startCalls(connection, invocations, budgetMs, cancelAtBudget, progressTokens) {
  let active = 0;
  const waiting = [];
  const inSlot = async (invocation, i) => {
    if (active >= PARALLEL_CALLS) await new Promise((resolve) => waiting.push(resolve));
    active++;
    let freed = false;
    const free = () => {
      if (freed) return;
      freed = true;
      active--;
      waiting.shift()?.();
    };
    const slot = setTimeout(free, budgetMs);
    const started = performance.now();
    try {
      const progressToken = progressTokens[i];
      const record = await callOne(connection, invocation, cancelAtBudget ? budgetMs : void 0, {}, progressToken);
      if (cancelAtBudget && record.failure?.kind === "timeout") {
        return {
          ...record,
          failure: { kind: "timeout", message: `cut at the quick run's ${budgetMs} ms tool budget` }
        };
      }
      const elapsedMs = performance.now() - started;
      return { ...record, elapsedMs, ...elapsedMs > budgetMs && { overBudget: true } };
    } finally {
      clearTimeout(slot);
      free();
    }
  };
  return invocations.map(inSlot);
}
async function callOne(connection, invocation, budgetMs, extraParams = {}, progressToken) {
  const params = { name: invocation.name, arguments: invocation.arguments, ...extraParams };
  const sent = { method: "tools/call", params };
  const progress = progressToken === void 0 ? {} : { progressToken, onProgress: () => {
  }, progressResetsTimeout: budgetMs === void 0 };
  try {
    const timeout = budgetMs === void 0 ? {} : { timeoutMs: budgetMs };
    const outcome = await connection.request("tools/call", params, { ...timeout, ...progress });
    return { invocation, sent, outcome, ...progressToken === void 0 ? {} : { progressToken } };
  } catch (error) {
    const record = { invocation, sent, ...progressToken === void 0 ? {} : { progressToken } };
    if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH)
      return { ...record, failure: { kind: "timeout", message: error.message } };
    if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionClosedError */ .rb)
      return { ...record, failure: { kind: "closed", message: error.message } };
    throw error;
  }
}
function unjudgedNote(records) {
  const slow = records.filter((r) => r.failure?.kind === "timeout");
  return slow.length ? `; not judged: ${slow.map((r) => `${r.invocation.name} (${r.failure.message})`).join(", ")}` : "";
}

// src/checks/probes/progress-probe.ts
var STRAGGLER_MS = 300;
var CANCEL_ATTEMPTS = 3;
var probes = /* @__PURE__ */ new WeakMap();
function progressProbe(ctx) {
  let probe = probes.get(ctx.main);
  if (!probe) {
    probe = runProbe(ctx);
    probes.set(ctx.main, probe);
  }
  return probe;
}
function candidates(ctx) {
  const named = ctx.config.progressTool;
  if (named) {
    const tool = ctx.callableTools.find((t) => t.name === named);
    return tool ? [tool] : `progress-tool ${named} may not be called: list it under tools with its arguments (the call-tools policy decides what mcp-ci calls)`;
  }
  if (ctx.callableTools.length === 0) {
    return "no tool may be called under the call-tools policy; name a tool that reports progress with progress-tool";
  }
  return ctx.callableTools;
}
async function callWithProgress(connection, issued, budgetMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  try {
    await connection.request(
      "tools/call",
      { name: issued.invocation.name, arguments: issued.invocation.arguments },
      { progressToken: issued.token, onProgress: () => {
      }, signal: controller.signal, timeoutMs: budgetMs + 1e3 }
    );
  } catch {
  } finally {
    clearTimeout(timer);
  }
}
async function runProbe(ctx) {
  const tools = candidates(ctx);
  if (typeof tools === "string") return { unavailable: tools, calls: [] };
  const early = ctx.config.progressTool ? void 0 : firstToReportProgress(ctx).then((call) => call && cancelOnOwnSession(ctx, call.invocation, wholeRunOf(ctx, call.record))).catch(() => void 0);
  const { discovered, budget, slow } = ctx.config.progressTool ? await discoverNamed(ctx, tools) : await discoverShared(ctx);
  const chosen = discovered.find((c) => c.notices.length > 0 && c.response) ?? discovered.find((c) => c.notices.length);
  if (!chosen) {
    const reason = ctx.config.progressTool ? `progress-tool ${ctx.config.progressTool} sent no progress notification within ${budget} ms` : "no callable tool sent progress while it was called; name one with progress-tool";
    await early;
    return { unavailable: reason, calls: discovered };
  }
  const invocation = ctx.callableTools.find((t) => t.name === chosen.tool);
  const followUps = [];
  let wholeMs = 0;
  const noIntegerCall = !chosen.response ? `${chosen.tool} gave no answer to call it again with` : slow?.has(chosen.tool) ? `${chosen.tool} outlived the request timeout, awaited while it reported progress` : void 0;
  if (!noIntegerCall) {
    const side = await ctx.sideSession();
    const integer = { invocation, token: Math.floor(Math.random() * 1e9), purpose: "integer-token" };
    const started = performance.now();
    await callWithProgress(side, integer, ctx.timeoutMs);
    wholeMs = performance.now() - started;
    followUps.push(...readCalls(ctx, side.label, [integer]));
  }
  const guessed = await early;
  let cancelled2 = guessed?.issued.invocation.name === chosen.tool ? guessed : await cancelOnOwnSession(ctx, invocation, Promise.resolve(wholeMs));
  let [cancelCall] = readCalls(ctx, cancelled2.label, [cancelled2.issued]);
  let cancelAttempts = 1;
  for (; cancelAttempts < CANCEL_ATTEMPTS && answeredTooSoon(cancelCall, cancelled2); cancelAttempts++) {
    cancelled2 = await cancelOnOwnSession(ctx, invocation, Promise.resolve(wholeMs));
    [cancelCall] = readCalls(ctx, cancelled2.label, [cancelled2.issued]);
  }
  if (cancelled2.acknowledgedAt !== void 0) cancelCall.acknowledgedAt = cancelled2.acknowledgedAt;
  return {
    tool: chosen.tool,
    calls: [...discovered, ...followUps, cancelCall],
    cancelAttempts,
    ...cancelled2.servingAfterCancel === void 0 ? {} : { servingAfterCancel: cancelled2.servingAfterCancel },
    ...noIntegerCall === void 0 ? {} : { noIntegerCall },
    ...slow?.has(chosen.tool) ? { toolIsSlow: true } : {}
  };
}
var answeredTooSoon = (call, cancelled2) => call.response !== void 0 && (cancelled2.acknowledgedAt === void 0 || call.response.index < cancelled2.acknowledgedAt);
function firstToReportProgress(ctx) {
  const underWay = sessionCallsUnderWay(ctx);
  const byToken = new Map(underWay.map((call) => [call.progressToken, call]));
  const callOf = (token) => typeof token === "string" ? byToken.get(token) : void 0;
  return new Promise((resolve) => {
    const settle = (call) => {
      stop();
      resolve(call);
    };
    const stop = ctx.main.onNotification((n) => {
      const call = n.method === "notifications/progress" ? callOf(n.params?.progressToken) : void 0;
      if (call) settle(call);
    });
    const session = indexSessions(ctx.transcript()).find((s) => s.label === ctx.main.label);
    for (const { message } of session?.received ?? []) {
      const call = isNotification(message) && message.method === "notifications/progress" && isObject3(message.params) ? callOf(message.params.progressToken) : void 0;
      if (call) return settle(call);
    }
    void Promise.allSettled(underWay.map((call) => call.record)).then(() => settle(void 0));
  });
}
async function wholeRunOf(ctx, record) {
  const { outcome, elapsedMs = 0 } = await record;
  return outcome && elapsedMs <= ctx.timeoutMs ? elapsedMs : 0;
}
async function cancelOnOwnSession(ctx, invocation, wholeMs) {
  const session = await ctx.connect({ label: `probe:cancel@${ctx.protocolVersion}` });
  const nonce = Math.random().toString(36).slice(2, 8);
  const issued = { invocation, token: `mcp-ci-cancel-${nonce}`, purpose: "cancel" };
  return { label: session.label, issued, ...await cancelAtFirstProgress(ctx, session, issued, wholeMs) };
}
async function cancelAtFirstProgress(ctx, connection, issued, wholeMs) {
  const controller = new AbortController();
  let progressed;
  const firstProgress = new Promise((resolve) => progressed = () => resolve("progress"));
  const stop = connection.onNotification((n) => {
    if (n.method === "notifications/progress" && n.params?.progressToken === issued.token) progressed();
  });
  const call = connection.request(
    "tools/call",
    { name: issued.invocation.name, arguments: issued.invocation.arguments },
    { progressToken: issued.token, onProgress: () => {
    }, signal: controller.signal, timeoutMs: ctx.timeoutMs }
  );
  let done = false;
  const markDone = () => {
    done = true;
    return "settled";
  };
  const settled = call.then(markDone, markDone);
  try {
    if (await Promise.race([firstProgress, settled]) === "settled") return {};
    const requestId = sentRequestId(ctx, connection.label, issued.token);
    if (requestId === void 0) return {};
    const reason = "mcp-ci: cancelled at its first progress";
    const acknowledged = await connection.notify("notifications/cancelled", { requestId, reason }).then(
      () => true,
      () => false
    );
    if (!acknowledged) return {};
    const servingAfterCancel = await connection.request("ping", void 0, { timeoutMs: ctx.timeoutMs }).then((outcome) => outcome.ok).catch(() => false);
    const acknowledgedAt = ctx.transcript().length;
    const pingAnsweredAt = performance.now();
    const straggling = wholeMs.then(
      (whole) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(Math.max(0, pingAnsweredAt + Math.min(ctx.timeoutMs, whole + STRAGGLER_MS) - performance.now()))
    );
    await Promise.race([settled, straggling]);
    return { acknowledgedAt, servingAfterCancel };
  } finally {
    stop();
    if (!done) controller.abort();
    await settled;
  }
}
function sentRequestId(ctx, label, token) {
  const session = indexSessions(ctx.transcript()).filter((s) => s.label === label)[0];
  const sent = session?.sent.find((s) => {
    const params = s.message.params;
    const meta = isObject3(params) && isObject3(params._meta) ? params._meta : void 0;
    return s.message.method === "tools/call" && meta !== void 0 && idKey(meta.progressToken) === idKey(token);
  });
  const id = sent?.message.id;
  return typeof id === "string" || typeof id === "number" ? id : void 0;
}
async function discoverShared(ctx) {
  const records = await callableToolResults(ctx);
  const issued = records.flatMap(
    (r) => r.progressToken === void 0 ? [] : [{ invocation: r.invocation, token: r.progressToken, purpose: "discovery" }]
  );
  const slow = new Set(records.filter((r) => (r.elapsedMs ?? 0) > ctx.timeoutMs).map((r) => r.invocation.name));
  return { discovered: readCalls(ctx, ctx.main.label, issued), slow };
}
async function discoverNamed(ctx, tools) {
  const connection = await ctx.sideSession();
  const nonce = Math.random().toString(36).slice(2, 8);
  const issued = tools.map((invocation, i) => ({
    invocation,
    token: `mcp-ci-progress-${nonce}-${i}`,
    purpose: "discovery"
  }));
  await Promise.all(issued.map((call) => callWithProgress(connection, call, ctx.timeoutMs)));
  return { discovered: readCalls(ctx, connection.label, issued), budget: ctx.timeoutMs };
}
function readCalls(ctx, label, issued) {
  const session = indexSessions(ctx.transcript()).filter((s) => s.label === label)[0];
  return issued.map(({ invocation, token, purpose }) => {
    const call = { tool: invocation.name, token, purpose, notices: [] };
    if (!session) return call;
    const sent = session.sent.find((s) => {
      const params = s.message.params;
      const meta = isObject3(params) && isObject3(params._meta) ? params._meta : void 0;
      return s.message.method === "tools/call" && meta !== void 0 && idKey(meta.progressToken) === idKey(token);
    });
    if (!sent) return call;
    call.request = { index: sent.index, id: sent.message.id, message: sent.message };
    const response = session.received.find(
      (r) => isResponse(r.message) && idKey(r.message.id) === idKey(sent.message.id) && r.index > sent.index
    );
    if (response) call.response = { index: response.index, message: response.message };
    const cancel = session.sent.find(
      (s) => s.message.method === "notifications/cancelled" && isObject3(s.message.params) && idKey(s.message.params.requestId) === idKey(sent.message.id)
    );
    if (cancel) call.cancelledAt = cancel.index;
    for (const { index, message } of session.received) {
      if (!isNotification(message) || message.method !== "notifications/progress" || !isObject3(message.params))
        continue;
      const echoed = message.params.progressToken;
      if (idKey(echoed) === idKey(token)) call.notices.push({ index, params: message.params, typeChanged: false });
      else if (String(echoed) === String(token))
        call.notices.push({ index, params: message.params, typeChanged: true });
    }
    return call;
  });
}

// src/checks/sections-2025/cancellation.ts
var BOTH2 = ["stdio", "http", "sse"];
var RAW2 = ["stdio", "http"];
var cancelled = (requestId, reason) => ({
  jsonrpc: "2.0",
  method: "notifications/cancelled",
  params: requestId === void 0 ? {} : { requestId, reason }
});
var checks3 = [
  {
    id: "cancellation-stops-processing",
    startsEarly: true,
    title: "a cancelled request gets no response",
    section: "cancellation",
    level: "SHOULD",
    requirements: ["CANC-01"],
    spec: "basic/utilities/cancellation#behavior-requirements",
    rule: "Receivers of cancellation notifications SHOULD stop processing the cancelled request, free associated resources, and not send a response for the cancelled request.",
    versions: ALL_VERSIONS,
    transports: BOTH2,
    scope: "once",
    async run(ctx) {
      const probe = await progressProbe(ctx);
      const call = probe.calls.find((c) => c.purpose === "cancel" && c.cancelledAt !== void 0);
      if (!call || call.cancelledAt === void 0) {
        const tries = (probe.cancelAttempts ?? 1) > 1 ? ` (${probe.cancelAttempts} calls tried)` : "";
        return skip(
          probe.tool ? `${probe.tool} completed before it could be cancelled${tries}` : `needs a tool that reports progress, to cancel it while it runs: ${probe.unavailable}`
        );
      }
      const first = call.notices[0]?.params;
      if (first && typeof first.total === "number" && Number(first.progress) >= first.total) {
        return skip(`${call.tool} reported completion in its first progress notification, too late to cancel it`);
      }
      if (call.acknowledgedAt === void 0) {
        return skip(`the server did not acknowledge the cancellation of ${call.tool}, so when it had it is unknown`);
      }
      const evidence = { sent: { request: trimmed(call.request?.message), cancelled: call.request?.id } };
      if (call.response && call.response.index >= call.acknowledgedAt) {
        return violation(
          `${call.tool} still answered request ${idKey(call.request?.id)} after the server had its cancellation (the answer came after the ping sent behind the cancellation was answered)`,
          { ...evidence, received: trimmed(call.response.message) }
        );
      }
      if (probe.servingAfterCancel === false) {
        return violation(`the session stopped answering after ${call.tool} was cancelled`, evidence);
      }
      if (call.response) {
        const tried = (probe.cancelAttempts ?? 1) > 1 ? `; ${probe.cancelAttempts} calls tried` : "";
        return skip(
          `${call.tool} answered before the server had the cancellation (the answer crossed it, which the spec allows${tried}), so whether the server stops a cancelled request is not known`
        );
      }
      return pass(`${call.tool} was cancelled mid-run and sent no response`);
    }
  },
  {
    id: "cancellation-invalid-ignored",
    title: "cancellations of unknown, finished or malformed requests are ignored",
    section: "cancellation",
    level: "SHOULD",
    requirements: ["CANC-02"],
    spec: "basic/utilities/cancellation#error-handling",
    rule: "Invalid cancellation notifications SHOULD be ignored: unknown request IDs, already completed requests, malformed notifications.",
    versions: ALL_VERSIONS,
    transports: RAW2,
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:invalid-cancellation" });
      const finished = await raw.request("ping", void 0, { timeoutMs: ctx.timeoutMs });
      const frames = [
        { why: "an unknown request", frame: cancelled("mcp-ci-never-sent", "unknown request") },
        { why: "a finished request", frame: cancelled(finished.response?.id ?? 1, "already answered") },
        { why: "no requestId (malformed)", frame: cancelled(void 0, "") }
      ];
      for (const { why, frame } of frames) {
        const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
        const responses = responsesIn(outcome.messages);
        if (responses.length) {
          return violation(`answered the cancellation of ${why} with a response`, {
            sent: frame,
            received: trimmed(responses)
          });
        }
        if (!outcome.serving) return violation(`stopped serving after the cancellation of ${why}`, { sent: frame });
      }
      return pass("ignored all three and kept serving");
    }
  },
  {
    id: "cancellation-race-handled",
    title: "a cancellation that crosses the response is handled gracefully",
    section: "cancellation",
    level: "MUST",
    requirements: ["CANC-04"],
    spec: "basic/utilities/cancellation#timing-considerations",
    rule: "Due to network latency, cancellation notifications may arrive after request processing has completed. Both parties MUST handle these race conditions gracefully.",
    versions: ALL_VERSIONS,
    transports: RAW2,
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:cancellation-race" });
      const id = "mcp-ci-race";
      const request = { jsonrpc: "2.0", id, method: "ping" };
      const cancel = cancelled(id, "racing the response");
      const [answered2, outcome] = await Promise.all([
        raw.send(JSON.stringify(request), { waitForId: id, waitMs: ctx.transport === "stdio" ? 0 : ctx.timeoutMs }),
        sendThenPing(ctx, raw, JSON.stringify(cancel))
      ]);
      const stray = responsesIn([...answered2.messages, ...outcome.messages]).filter(
        (m) => idKey(m.id) !== idKey(id) && idKey(m.id) !== idKey(outcome.pingId)
      );
      const sent = [request, cancel];
      if (stray.length)
        return violation("answered a cancellation that crossed its response", { sent, received: trimmed(stray) });
      if (!outcome.serving)
        return violation("stopped serving after a cancellation that crossed its response", { sent });
      return pass();
    }
  },
  {
    id: "cancellation-server-references-own-requests",
    title: "the server only cancels requests it issued",
    section: "cancellation",
    level: "MUST",
    requirements: ["CANC-03"],
    spec: "basic/utilities/cancellation#behavior-requirements",
    rule: "Cancellation notifications MUST only reference requests that were previously issued in the same direction and are believed to still be in-progress.",
    versions: ALL_VERSIONS,
    transports: BOTH2,
    scope: "passive",
    async run(ctx) {
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { index, message } of session.received) {
          if (!isNotification(message) || message.method !== "notifications/cancelled") continue;
          count++;
          const target = isObject3(message.params) ? message.params.requestId : void 0;
          const issued = session.received.some(
            (r) => r.index < index && isRequest(r.message) && idKey(r.message.id) === idKey(target)
          );
          if (!issued) {
            return violation(`cancelled request ${idKey(target)}, which the server never sent in this session`, {
              received: { session: session.id, message: trimmed(message) }
            });
          }
        }
      }
      return pass(count ? `${count} cancellations checked` : "the server sent no cancellation");
    }
  },
  {
    id: "cancellation-client-tasks-use-tasks-cancel",
    title: "the server cancels a task it created on the client with tasks/cancel, not notifications/cancelled",
    section: "cancellation",
    level: "MUST",
    requirements: ["CANC-05"],
    spec: "basic/utilities/cancellation#behavior-requirements",
    rule: "For task-augmented requests, the tasks/cancel request MUST be used instead of the notifications/cancelled notification.",
    versions: versionsFrom("2025-11-25"),
    transports: BOTH2,
    scope: "per-version",
    async run(ctx) {
      await callableToolResults(ctx);
      let created = 0;
      let cancelledWithTasksCancel = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const taskRequests = /* @__PURE__ */ new Map();
        for (const { message } of session.received) {
          if (isRequest(message) && isObject3(message.params) && isObject3(message.params.task)) {
            taskRequests.set(idKey(message.id), message);
          }
          if (isRequest(message) && message.method === "tasks/cancel") cancelledWithTasksCancel++;
          if (!isNotification(message) || message.method !== "notifications/cancelled") continue;
          const target = isObject3(message.params) ? taskRequests.get(idKey(message.params.requestId)) : void 0;
          if (target) {
            return violation(
              `cancelled the task-augmented ${String(target.method)} request ${idKey(target.id)} with notifications/cancelled`,
              { received: { session: session.id, request: trimmed(target), cancellation: trimmed(message) } }
            );
          }
        }
        created += taskRequests.size;
      }
      if (created === 0) {
        return skip("no tool asked the client for sampling or elicitation as a task, so no task could be cancelled");
      }
      return pass(
        `${created} task-augmented request(s) to the client, none cancelled with notifications/cancelled` + (cancelledWithTasksCancel ? `; ${cancelledWithTasksCancel} tasks/cancel sent` : "")
      );
    }
  }
];

// src/checks/sections-2025/client-features.ts

var BOTH3 = ["stdio", "http", "sse"];
var CLIENT_FEATURE_REQUESTS = {
  "sampling/createMessage": "sampling",
  "elicitation/create": "elicitation",
  "roots/list": "roots"
};
var SETTLE_MS = 150;
function receivedOn(ctx, label, from = 0) {
  return ctx.transcript().slice(from).filter((e) => e.conn === label && e.dir === "recv" && isObject(e.message) && !answersHttpRequestItself(e)).map((e) => e.message);
}
function bareSessions(ctx) {
  return indexSessions(ctx.transcript()).filter(
    (s) => s.transport === "stdio" && s.version === ctx.protocolVersion && isObject(s.clientCapabilities) && Object.keys(s.clientCapabilities).length === 0 && s.sent.some((m) => m.message.method === "notifications/initialized")
  ).map((s) => s.label);
}
function undeclaredRequestsCheck(options) {
  return {
    id: options.id,
    startsEarly: true,
    title: "no sampling, elicitation or roots requests to a client that did not declare them",
    section: "client-features",
    level: options.level,
    requirements: ["CLI-01", "CLI-06", "CLI-17"],
    spec: "basic/lifecycle#operation",
    rule: `Both parties ${options.level} only use capabilities that were successfully negotiated: no sampling/createMessage, elicitation/create or roots/list unless the client declared sampling, elicitation or roots.${options.note}`,
    versions: options.versions,
    transports: BOTH3,
    scope: "once",
    async run(ctx) {
      const elsewhere = options.judgedElsewhere?.((await ctx.versionMatrix()).accepted);
      if (elsewhere) return skip(elsewhere);
      const onMain = await callableToolResults(ctx);
      const asked = receivedOn(ctx, ctx.main.label).some(
        (m) => (m.method === "sampling/createMessage" || m.method === "elicitation/create") && m.id !== void 0
      );
      const tools = asked ? onMain.filter((r) => r.failure?.kind !== "timeout").map((r) => r.invocation) : [];
      let watched = [];
      if (tools.length === 0 && ctx.transport === "stdio") {
        await (await ctx.openRaw({ label: "probe:no-client-capabilities" })).close();
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(SETTLE_MS);
        watched = bareSessions(ctx);
      }
      let records = [];
      if (watched.length === 0) {
        const session = await ctx.connect({
          capabilities: {},
          label: `probe:no-client-capabilities@${ctx.protocolVersion}`
        });
        records = await Promise.all(startSessionCalls(session, tools, toolBudget(ctx), ctx.config.quick));
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(SETTLE_MS);
        watched = [session.label];
      }
      const offending = watched.flatMap(
        (label) => receivedOn(ctx, label).filter(
          (m) => typeof m.method === "string" && m.method in CLIENT_FEATURE_REQUESTS && m.id !== void 0
        )
      );
      if (offending.length) {
        const methods = [...new Set(offending.map((m) => m.method))];
        return violation(
          `sent ${methods.join(", ")} to a client that declared no capabilities (${methods.map((m) => CLIENT_FEATURE_REQUESTS[m]).join(", ")} not declared)`,
          {
            sent: { initialize: { capabilities: {} }, toolsCalled: records.map((r) => r.invocation.name) },
            received: offending.slice(0, 5)
          }
        );
      }
      if (records.length) return pass(`none sent while ${records.length} tool(s) were called`);
      const sessions = watched.length === 1 ? "one session" : `${watched.length} sessions`;
      return pass(
        plainCallableTools(ctx).length ? `none sent to ${sessions} that declared no capabilities (no tool asked the main session for sampling or elicitation, so none was called again)` : `none sent to ${sessions} that declared no capabilities (no tool may be called, so only handshakes were watched)`
      );
    }
  };
}
var checks4 = [
  undeclaredRequestsCheck({
    id: "client-features-undeclared-requests",
    level: "MUST",
    versions: versionsFrom("2025-06-18"),
    note: ""
  }),
  undeclaredRequestsCheck({
    id: "client-features-undeclared-requests-legacy",
    level: "SHOULD",
    versions: versionsFrom("2024-11-05", "2025-03-26"),
    note: " (SHOULD up to 2025-03-26, MUST from 2025-06-18)",
    judgedElsewhere: (accepted) => accepted.some((v) => v >= "2025-06-18") ? "judged as a MUST by client-features-undeclared-requests under a newer version" : void 0
  }),
  {
    id: "client-features-roots-list-changed",
    title: "notifications/roots/list_changed is taken without a reply and the session keeps working",
    section: "client-features",
    level: "SHOULD",
    requirements: ["CLI-18", "BASE-05"],
    spec: "client/roots#implementation-guidelines",
    rule: "Servers SHOULD handle root list changes gracefully; the receiver of a notification MUST NOT send a response.",
    versions: ALL_VERSIONS,
    transports: BOTH3,
    scope: "once",
    async run(ctx) {
      const session = await ctx.sideSession();
      const from = ctx.transcript().length;
      await session.notify("notifications/roots/list_changed");
      const ping = await session.request("ping");
      const answers = receivedOn(ctx, session.label, from).filter(
        (m) => m.method === void 0 && ("result" in m || "error" in m) && (m.id === null || m.id === void 0)
      );
      if (answers.length) {
        return violation("answered notifications/roots/list_changed with a response", {
          sent: { method: "notifications/roots/list_changed" },
          received: answers
        });
      }
      if (!ping.ok) {
        return violation("stopped serving after notifications/roots/list_changed: ping failed", {
          sent: { method: "ping" },
          received: ping.error
        });
      }
      const refetched = receivedOn(ctx, session.label, from).some((m) => m.method === "roots/list");
      return pass(refetched ? "roots re-fetched, session healthy" : "session healthy");
    }
  }
];

// src/checks/sections-2025/client-requests.ts
var BOTH4 = ["stdio", "http", "sse"];
var PRIMITIVE_TYPES = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean"]);
var STRING_FORMATS = /* @__PURE__ */ new Set(["email", "uri", "date", "date-time"]);
var SENSITIVE_FIELD = /pass(word|wd|phrase)|secret|api[_-]?key|token|credential|card|cvv|cvc|\bpin\b|ssn/i;
var SENSITIVE_QUERY = /^(token|access_token|id_token|code|password|passwd|email|session|session_id|api_key|apikey)$/i;
var ELICITATION_REQUIRED = -32042;
function judge(findings, nothingSeen, what, passMessage) {
  if (nothingSeen) return skip(`the server sent no ${what} during the run`);
  return judgeFindings(findings, what, passMessage);
}
function requestsOf(ctx, method, capability) {
  return indexSessions(ctx.transcript()).flatMap(
    (session) => isObject3(session.clientCapabilities?.[capability]) ? session.received.map((r) => r.message).filter((m) => isRequest(m) && m.method === method).map((request) => ({ session, request })) : []
  );
}
var paramsOf = (request) => isObject3(request.params) ? request.params : {};
function samplingProblems(params, declared) {
  const problems2 = [];
  if (!Array.isArray(params.messages)) problems2.push("has no messages array");
  else {
    params.messages.forEach((m, i) => {
      if (!isObject3(m) || m.role !== "user" && m.role !== "assistant")
        problems2.push(`messages[${i}] has no user/assistant role`);
      else if (!isObject3(m.content) && !Array.isArray(m.content)) problems2.push(`messages[${i}] has no content`);
    });
  }
  if (!Number.isInteger(params.maxTokens))
    problems2.push(`maxTokens is ${JSON.stringify(params.maxTokens)}, not an integer`);
  if (!isObject3(declared.tools) && (params.tools !== void 0 || params.toolChoice !== void 0)) {
    problems2.push("offers tools (tools/toolChoice) though the client did not declare sampling.tools");
  }
  return problems2;
}
function formSchemaProblems(schema) {
  if (!isObject3(schema) || schema.type !== "object" || !isObject3(schema.properties)) {
    return ["requestedSchema is not an object schema with properties"];
  }
  const problems2 = [];
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!isObject3(property)) {
      problems2.push(`property ${name} is not a schema`);
      continue;
    }
    const isEnum = Array.isArray(property.enum) || Array.isArray(property.oneOf) || Array.isArray(property.anyOf);
    const isMultiSelect = property.type === "array" && isObject3(property.items);
    if (!isEnum && !isMultiSelect && !PRIMITIVE_TYPES.has(String(property.type))) {
      problems2.push(
        `property ${name} has type ${JSON.stringify(property.type)}: forms allow only flat primitive fields`
      );
    } else if (typeof property.format === "string" && !STRING_FORMATS.has(property.format)) {
      problems2.push(`property ${name} has format ${JSON.stringify(property.format)}, not one forms support`);
    }
  }
  return problems2;
}
function elicitationProblems(params, declared, version) {
  const mode = params.mode ?? "form";
  const problems2 = [];
  if (typeof params.message !== "string") problems2.push("has no message");
  const urlDeclared = isObject3(declared.url);
  const formDeclared = isObject3(declared.form) || !urlDeclared;
  if (mode === "url") {
    if (!urlDeclared) problems2.push("uses URL mode though the client declared form mode only");
    if (typeof params.url !== "string" || !URL.canParse(params.url)) problems2.push("URL mode without a valid url");
    if (version === "2025-11-25" && typeof params.elicitationId !== "string")
      problems2.push("URL mode without an elicitationId");
  } else if (mode === "form") {
    if (!formDeclared) problems2.push("uses form mode though the client declared URL mode only");
    problems2.push(...formSchemaProblems(params.requestedSchema));
  } else {
    problems2.push(`has mode ${JSON.stringify(mode)}, neither form nor url`);
  }
  return problems2;
}
function sensitiveProblems(params) {
  const problems2 = [];
  if (isObject3(params.requestedSchema) && isObject3(params.requestedSchema.properties)) {
    for (const [name, property] of Object.entries(params.requestedSchema.properties)) {
      const text = [name, isObject3(property) ? property.title : ""].join(" ");
      if (SENSITIVE_FIELD.test(text))
        problems2.push(`the form asks for ${JSON.stringify(name)}, which looks like a secret`);
    }
  }
  if (typeof params.url === "string" && URL.canParse(params.url)) {
    const url = new URL(params.url);
    const leaky = [...url.searchParams.keys()].filter((key) => SENSITIVE_QUERY.test(key));
    if (leaky.length) problems2.push(`the URL carries ${leaky.join(", ")} in its query`);
    const local = url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
    if (url.protocol !== "https:" && !local) problems2.push(`the URL uses ${url.protocol} rather than https:`);
  }
  return problems2;
}
var checks5 = [
  {
    id: "client-features-sampling-request-valid",
    title: "sampling/createMessage requests are well-formed and use only declared sampling features",
    section: "client-features",
    level: "MUST",
    requirements: ["CLI-05", "CLI-02"],
    spec: "client/sampling",
    rule: "CreateMessageRequest params carry messages (role and content) and an integer maxTokens; servers MUST NOT send tool-enabled sampling requests unless the client declared sampling.tools.",
    versions: versionsFrom("2024-11-05"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const requests = requestsOf(ctx, "sampling/createMessage", "sampling");
      const findings = requests.flatMap(
        ({ session, request }) => samplingProblems(paramsOf(request), session.clientCapabilities.sampling).map((problem) => ({
          session: session.id,
          problem: `sampling/createMessage ${problem}`,
          message: request
        }))
      );
      return judge(findings, requests.length === 0, "sampling requests", `${requests.length} sampling requests valid`);
    }
  },
  {
    id: "client-features-sampling-include-context",
    title: "sampling requests ask for server context only when the client declared it",
    section: "client-features",
    level: "SHOULD",
    requirements: ["CLI-03"],
    spec: "client/sampling#capabilities",
    rule: 'Servers SHOULD NOT use includeContext values "thisServer" or "allServers" unless the client declared the sampling.context capability.',
    versions: versionsFrom("2025-11-25"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const requests = requestsOf(ctx, "sampling/createMessage", "sampling");
      const findings = requests.filter(({ session, request }) => {
        const context = paramsOf(request).includeContext;
        const declared = isObject3(session.clientCapabilities.sampling.context);
        return context !== void 0 && context !== "none" && !declared;
      }).map(({ session, request }) => ({
        session: session.id,
        problem: `sampling/createMessage asks for includeContext ${JSON.stringify(paramsOf(request).includeContext)} though the client did not declare sampling.context`,
        message: request
      }));
      return judge(
        findings,
        requests.length === 0,
        "sampling requests",
        `${requests.length} sampling requests checked`
      );
    }
  },
  {
    id: "client-features-elicitation-request-valid",
    title: "elicitation/create requests use a declared mode and a valid form or URL",
    section: "client-features",
    level: "MUST",
    requirements: ["CLI-07", "CLI-08", "CLI-09"],
    spec: "client/elicitation",
    rule: "Servers MUST NOT send elicitation requests with modes the client does not support; form requests carry a message and a flat requestedSchema of primitive fields; URL requests carry a message, a valid url and an elicitationId.",
    versions: versionsFrom("2025-06-18"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const requests = requestsOf(ctx, "elicitation/create", "elicitation");
      const findings = requests.flatMap(
        ({ session, request }) => elicitationProblems(
          paramsOf(request),
          session.clientCapabilities.elicitation,
          session.version
        ).map((problem) => ({ session: session.id, problem: `elicitation/create ${problem}`, message: request }))
      );
      return judge(
        findings,
        requests.length === 0,
        "elicitation requests",
        `${requests.length} elicitation requests valid`
      );
    }
  },
  {
    id: "client-features-elicitation-no-sensitive-data",
    title: "elicitations ask for no secrets and send no credentials in URLs",
    section: "client-features",
    level: "MUST",
    heuristic: true,
    requirements: ["CLI-10", "CLI-11", "CLI-12"],
    spec: "client/elicitation",
    rule: "Servers MUST NOT use form mode to request sensitive information (passwords, API keys, tokens, payment credentials); URLs MUST NOT contain credentials or personal data, and SHOULD use HTTPS.",
    versions: versionsFrom("2025-06-18"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const requests = requestsOf(ctx, "elicitation/create", "elicitation");
      const findings = requests.flatMap(
        ({ session, request }) => sensitiveProblems(paramsOf(request)).map((problem) => ({ session: session.id, problem, message: request }))
      );
      return judge(
        findings,
        requests.length === 0,
        "elicitation requests",
        `${requests.length} elicitation requests checked`
      );
    }
  },
  {
    id: "client-features-elicitation-complete-known-id",
    title: "notifications/elicitation/complete names an elicitation the server sent",
    section: "client-features",
    level: "MUST",
    requirements: ["CLI-13"],
    spec: "client/elicitation#completion-notifications-for-url-mode-elicitation",
    rule: "The notification MUST include the elicitationId of an elicitation previously sent to this client.",
    versions: versionsFrom("2025-11-25"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let seen = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const issued = /* @__PURE__ */ new Set();
        for (const { message } of session.received) {
          if (message.method === "elicitation/create") issued.add(paramsOf(message).elicitationId);
          if (message.method === "notifications/elicitation/complete") {
            seen++;
            const id = paramsOf(message).elicitationId;
            if (!issued.has(id)) {
              findings.push({
                session: session.id,
                problem: `elicitation/complete names ${JSON.stringify(id)}, which this session was never sent`,
                message
              });
            }
          }
        }
      }
      return judge(findings, seen === 0, "elicitation completions", `${seen} completions name known elicitations`);
    }
  },
  {
    id: "client-features-url-elicitation-required-error",
    title: "error -32042 lists the URL elicitations it requires",
    section: "client-features",
    level: "MUST",
    requirements: ["CLI-14"],
    spec: "client/elicitation#url-elicitation-required-error",
    rule: "The URLElicitationRequiredError (-32042) MUST carry data.elicitations, each a URL-mode elicitation with an elicitationId.",
    versions: versionsFrom("2025-11-25"),
    transports: BOTH4,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let seen = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isObject3(message.error) || message.error.code !== ELICITATION_REQUIRED) continue;
          seen++;
          const data = message.error.data;
          const list = isObject3(data) ? data.elicitations : void 0;
          const valid = Array.isArray(list) && list.length > 0 && list.every(
            (e) => isObject3(e) && e.mode === "url" && typeof e.elicitationId === "string" && typeof e.url === "string"
          );
          if (!valid)
            findings.push({
              session: session.id,
              problem: "error -32042 without a list of URL elicitations in data.elicitations",
              message
            });
        }
      }
      return judge(findings, seen === 0, "-32042 errors", `${seen} -32042 errors well-formed`);
    }
  }
];

// src/checks/sections-2025/completion.ts


// src/checks/judge/outcome.ts
var METHOD_NOT_FOUND = -32601;
var INVALID_PARAMS = -32602;
var RESOURCE_NOT_FOUND = -32002;
var receivedOf = (outcome) => outcome.ok ? outcome.result : { error: outcome.error };
function describeOutcome(outcome) {
  return outcome.ok ? "a result" : `error ${outcome.error.code} (${outcome.error.message})`;
}
var nonexistentName = () => "mcp-ci-nonexistent-0f5b2c9e";
var isMethodNotFound = (outcome) => !outcome.ok && outcome.error.code === METHOD_NOT_FOUND;
var isInterim = (outcome) => outcome?.ok === true && outcome.result.resultType === "input_required";

// src/checks/probes/prompt-arguments.ts
var MAX_PROMPTS = 20;
function promptArgumentsOf(prompt) {
  if (!Array.isArray(prompt.arguments)) return [];
  return prompt.arguments.filter(isObject).filter((a) => typeof a.name === "string").map((a) => ({ name: a.name, required: a.required === true }));
}
async function synthesizePromptArguments(connection, prompt) {
  const values = {};
  const completes = connection.serverCapabilities.completions !== void 0;
  for (const argument of promptArgumentsOf(prompt).filter((a) => a.required)) {
    values[argument.name] = completes && await firstCompletion(connection, prompt.name, argument.name, values) || "mcp-ci";
  }
  return values;
}
async function firstCompletion(connection, promptName, argumentName, resolved) {
  const params = {
    ref: { type: "ref/prompt", name: promptName },
    argument: { name: argumentName, value: "" }
  };
  if (connection.protocolVersion >= "2025-06-18" && Object.keys(resolved).length)
    params.context = { arguments: { ...resolved } };
  const outcome = await connection.request("completion/complete", params).catch(() => void 0);
  if (!outcome?.ok || !isObject(outcome.result.completion)) return void 0;
  const first = outcome.result.completion.values?.[0];
  return typeof first === "string" ? first : void 0;
}
var gets = /* @__PURE__ */ new WeakMap();
function listedPromptGets(ctx) {
  let pending = gets.get(ctx.main);
  if (!pending) {
    const prompts = ctx.inventory.prompts.filter((p) => typeof p.name === "string").slice(0, MAX_PROMPTS);
    pending = Promise.all(prompts.map((prompt) => getOnce(ctx.main, prompt)));
    gets.set(ctx.main, pending);
  }
  return pending;
}
async function getOnce(connection, prompt) {
  const name = prompt.name;
  const sent = {
    method: "prompts/get",
    params: { name, arguments: await synthesizePromptArguments(connection, prompt) }
  };
  try {
    return { name, sent, outcome: await connection.request(sent.method, sent.params) };
  } catch (error) {
    if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH || error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionClosedError */ .rb) {
      return { name, sent, failure: error.message };
    }
    throw error;
  }
}

// src/checks/sections-2025/completion.ts
var BOTH5 = ["stdio", "http", "sse"];
var MAX_VALUES = 100;
var MAX_TARGETS = 10;
var declaresCompletions = (ctx) => ctx.main.serverCapabilities.completions !== void 0;
function completionTargets(ctx) {
  const targets = [];
  for (const prompt of ctx.inventory.prompts) {
    if (typeof prompt.name !== "string") continue;
    for (const argument of promptArgumentsOf(prompt)) {
      targets.push({
        ref: { type: "ref/prompt", name: prompt.name },
        argument: argument.name,
        label: `prompt ${prompt.name}, argument ${argument.name}`
      });
    }
  }
  for (const template of ctx.inventory.resourceTemplates) {
    if (typeof template.uriTemplate !== "string") continue;
    for (const variable of templateVariables(template.uriTemplate)) {
      targets.push({
        ref: { type: "ref/resource", uri: template.uriTemplate },
        argument: variable,
        label: `template ${template.uriTemplate}, variable ${variable}`
      });
    }
  }
  return targets.slice(0, MAX_TARGETS);
}
function templateVariables(template) {
  try {
    return (0,uri_template__WEBPACK_IMPORTED_MODULE_8__.parse)(template).ast.parts.flatMap(
      (part) => part.type === "expression" ? part.variables.map((v) => v.name) : []
    );
  } catch {
    return [];
  }
}
var unknownPromptProbe = () => ({
  method: "completion/complete",
  params: { ref: { type: "ref/prompt", name: nonexistentName() }, argument: { name: "mcp-ci", value: "" } }
});
function servedProbe(ctx) {
  const target = completionTargets(ctx)[0];
  if (!target) return unknownPromptProbe();
  return { method: "completion/complete", params: { ref: target.ref, argument: { name: target.argument, value: "" } } };
}
var checks6 = [
  {
    id: "completion-capability-implemented",
    title: "the declared completions capability is served",
    section: "completion",
    level: "MUST",
    requirements: ["SCH-02"],
    spec: "basic/lifecycle#capability-negotiation",
    modernSpec: "schema#servercapabilities",
    rule: 'A declared capability means the feature is implemented: completions is "present if the server supports argument autocompletion suggestions", so completion/complete never answers -32601.',
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH5,
    scope: "per-version",
    applies: (ctx) => declaresCompletions(ctx) ? void 0 : "the server does not declare the completions capability",
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      if (!outcome.ok && outcome.error.code === METHOD_NOT_FOUND) {
        return violation(
          "declares the completions capability but answers completion/complete with -32601 (Method not found)",
          {
            sent,
            received: receivedOf(outcome)
          }
        );
      }
      return pass();
    }
  },
  {
    id: "completion-capability-declared",
    title: "completions are served only when the completions capability is declared",
    section: "completion",
    level: "MUST",
    requirements: ["COMP-01"],
    spec: "server/utilities/completion#capabilities",
    rule: "Servers that support completions MUST declare the completions capability.",
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH5,
    scope: "per-version",
    applies: (ctx) => declaresCompletions(ctx) ? "the server declares the completions capability" : void 0,
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      return outcome.ok ? violation("serves completion/complete but does not declare the completions capability", {
        sent,
        received: outcome.result
      }) : pass(`not served: ${describeOutcome(outcome)}`);
    }
  },
  {
    id: "completion-unsupported-method-not-found",
    title: "without the completions capability, completion/complete is error -32601",
    section: "completion",
    level: "SHOULD",
    requirements: ["COMP-02"],
    spec: "server/utilities/completion#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: Method not found (-32601): Capability not supported.",
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH5,
    scope: "per-version",
    applies: (ctx) => declaresCompletions(ctx) ? "the server declares the completions capability" : void 0,
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      if (outcome.ok) return skip("completion/complete is served (see completion-capability-declared)");
      return outcome.error.code === METHOD_NOT_FOUND ? pass() : violation(
        `completion/complete without the capability is answered with error ${outcome.error.code}; the spec asks for -32601 (Method not found)`,
        {
          sent,
          received: receivedOf(outcome)
        }
      );
    }
  },
  {
    id: "completion-unknown-prompt-error",
    title: "completion for an unknown prompt is error -32602",
    section: "completion",
    level: "SHOULD",
    requirements: ["COMP-03"],
    spec: "server/utilities/completion#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: Invalid prompt name (-32602).",
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH5,
    scope: "per-version",
    applies: (ctx) => declaresCompletions(ctx) ? void 0 : "the server does not declare the completions capability",
    async run(ctx) {
      const sent = unknownPromptProbe();
      const outcome = await ctx.main.request(sent.method, sent.params);
      const evidence = { sent, received: receivedOf(outcome) };
      if (outcome.ok)
        return violation("completion for an unknown prompt returned a result instead of error -32602", evidence);
      return outcome.error.code === INVALID_PARAMS ? pass() : violation(
        `completion for an unknown prompt is answered with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
        evidence
      );
    }
  },
  {
    id: "completion-values-limit",
    title: "completion results hold at most 100 string values",
    section: "completion",
    level: "MUST",
    requirements: ["SCH-08"],
    spec: "server/utilities/completion#completion-results",
    rule: "CompleteResult.completion.values is an array of strings that must not exceed 100 items; total is an optional integer and hasMore an optional boolean.",
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH5,
    scope: "per-version",
    applies(ctx) {
      if (!declaresCompletions(ctx)) return "the server does not declare the completions capability";
      return completionTargets(ctx).length ? void 0 : "no listed prompt argument or template variable to complete";
    },
    async run(ctx) {
      let judged2 = 0;
      for (const target of completionTargets(ctx)) {
        for (const value of ["", "a"]) {
          const sent = {
            method: "completion/complete",
            params: { ref: target.ref, argument: { name: target.argument, value } }
          };
          const outcome = await ctx.main.request(sent.method, sent.params);
          if (!outcome.ok) continue;
          judged2++;
          const problems2 = completeResultProblems(outcome.result);
          if (problems2.length) {
            return violation(
              `completion for ${target.label} (value ${JSON.stringify(value)}): ${problems2.join("; ")}`,
              {
                sent,
                received: outcome.result
              }
            );
          }
        }
      }
      return judged2 ? pass(`${judged2} completion result(s) well-formed`) : skip("no completion request returned a result");
    }
  },
  {
    id: "completion-context-arguments",
    title: "completion requests with context.arguments are accepted",
    section: "completion",
    level: "MUST",
    requirements: ["COMP-04"],
    spec: "server/utilities/completion#requesting-completions",
    rule: "CompleteRequest params may carry context.arguments (previously-resolved variables); a server accepts them (schema.ts CompleteRequest).",
    versions: withModern(versionsFrom("2025-06-18")),
    transports: BOTH5,
    scope: "per-version",
    applies(ctx) {
      if (!declaresCompletions(ctx)) return "the server does not declare the completions capability";
      return completionTargets(ctx).length ? void 0 : "no listed prompt argument or template variable to complete";
    },
    async run(ctx) {
      const target = completionTargets(ctx)[0];
      const plain = { ref: target.ref, argument: { name: target.argument, value: "" } };
      const without = await ctx.main.request("completion/complete", plain);
      if (!without.ok)
        return skip(`completion for ${target.label} fails even without context: ${describeOutcome(without)}`);
      const params = { ...plain, context: { arguments: { [target.argument]: "mcp-ci" } } };
      const outcome = await ctx.main.request("completion/complete", params);
      if (!outcome.ok && outcome.error.code === INVALID_PARAMS) {
        return violation(`completion for ${target.label} is rejected with -32602 once context.arguments is added`, {
          sent: { method: "completion/complete", params },
          received: receivedOf(outcome)
        });
      }
      return pass();
    }
  }
];
function completeResultProblems(result) {
  const completion = result.completion;
  if (!isObject(completion)) return ["completion is not an object"];
  const problems2 = [];
  const values = completion.values;
  if (!Array.isArray(values)) problems2.push("completion.values is not an array");
  else {
    if (values.length > MAX_VALUES)
      problems2.push(`completion.values has ${values.length} items (at most ${MAX_VALUES})`);
    if (values.some((v) => typeof v !== "string")) problems2.push("completion.values holds non-strings");
  }
  if (completion.total !== void 0 && !Number.isInteger(completion.total))
    problems2.push("completion.total is not an integer");
  if (completion.hasMore !== void 0 && typeof completion.hasMore !== "boolean") {
    problems2.push("completion.hasMore is not a boolean");
  }
  return problems2;
}

// src/checks/probes/listening-sockets.ts

async function listeningSockets() {
  const tables = await Promise.all(
    ["/proc/net/tcp", "/proc/net/tcp6"].map((path) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.readFile)(path, "utf8").catch(() => void 0))
  );
  if (tables.every((table) => table === void 0)) return void 0;
  return tables.flatMap((table) => table === void 0 ? [] : parseProcNetTcp(table));
}
async function socketInodes(pid) {
  const fds = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.readdir)(`/proc/${pid}/fd`).catch(() => void 0);
  if (!fds) return void 0;
  const links = await Promise.all(fds.map((fd) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.readlink)(`/proc/${pid}/fd/${fd}`).catch(() => "")));
  const inodes = /* @__PURE__ */ new Set();
  for (const link of links) {
    const match = /^socket:\[(\d+)\]$/.exec(link);
    if (match) inodes.add(Number(match[1]));
  }
  return inodes;
}
async function listenersOfPortOwner(port) {
  const sockets = await listeningSockets();
  if (!sockets) return { unavailable: "/proc/net/tcp cannot be read (not Linux?)" };
  const onPort = new Set(sockets.filter((s) => s.port === port).map((s) => s.inode));
  if (onPort.size === 0) {
    return { unavailable: `no socket listening on port ${port} is visible here (another network namespace?)` };
  }
  const pids = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_9__.readdir)("/proc")).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a));
  for (const pid of pids) {
    const inodes = await socketInodes(pid);
    if (!inodes || ![...onPort].some((inode) => inodes.has(inode))) continue;
    return { pid: Number(pid), sockets: sockets.filter((s) => inodes.has(s.inode)) };
  }
  return { unavailable: `the process listening on port ${port} belongs to another user` };
}

// src/checks/judge/session-ids.ts

function invisibleCharacters(id) {
  return [...new Set([...id].filter((c) => c.charCodeAt(0) < 33 || c.charCodeAt(0) > 126))];
}
var ALPHABETS = [
  { pattern: /^[0-9]+$/, size: 10 },
  { pattern: /^[0-9a-f]+$/, size: 16 },
  { pattern: /^[0-9A-F]+$/, size: 16 },
  { pattern: /^[0-9a-z]+$/, size: 36 },
  { pattern: /^[0-9A-Z]+$/, size: 36 },
  { pattern: /^[0-9A-Za-z]+$/, size: 62 },
  { pattern: /^[0-9A-Za-z_-]+$/, size: 64 },
  { pattern: /^[0-9A-Za-z+/=]+$/, size: 65 }
];
function apparentEntropyBits(ids) {
  if (ids.length < 2) return 0;
  const length = Math.min(...ids.map((id) => id.length));
  let positions = 0;
  const seen = /* @__PURE__ */ new Set();
  for (let i = 0; i < length; i++) {
    const column = new Set(ids.map((id) => id[i]));
    if (column.size < 2) continue;
    positions++;
    column.forEach((c) => seen.add(c));
  }
  if (positions === 0) return 0;
  const characters = [...seen].join("");
  const size = ALPHABETS.find((a) => a.pattern.test(characters))?.size ?? 94;
  return Math.round(positions * Math.log2(size));
}
function varyingParts(ids) {
  const first = ids[0] ?? "";
  let prefix = 0;
  while (prefix < first.length && ids.every((id) => id[prefix] === first[prefix])) prefix++;
  let suffix = 0;
  while (suffix < first.length - prefix && ids.every(
    (id) => id.length - suffix - 1 >= prefix && id[id.length - suffix - 1] === first[first.length - suffix - 1]
  ))
    suffix++;
  return ids.map((id) => id.slice(prefix, id.length - suffix));
}
var MAX_COUNTER_STEP = 65536n;
function sequentialPattern(ids) {
  if (ids.length < 3) return void 0;
  const parts = varyingParts(ids);
  const radix = parts.every((p) => /^[0-9]+$/.test(p)) ? 10 : parts.every((p) => /^[0-9a-fA-F]+$/.test(p)) ? 16 : 0;
  if (radix === 0) return void 0;
  const values = parts.map((p) => BigInt(radix === 10 ? p : `0x${p}`));
  const steps = values.slice(1).map((v, i) => v - values[i]);
  if (!steps.every((step) => step > 0n && step <= MAX_COUNTER_STEP)) return void 0;
  return `the ids differ only in a number that counts up (${parts.slice(0, 3).join(", ")}, \u2026)`;
}
function forgeSessionId(like) {
  if (!/[0-9A-Za-z]/.test(like)) return `${like}${(0,node_crypto__WEBPACK_IMPORTED_MODULE_10__.randomUUID)()}`;
  const pick = (alphabet) => alphabet[(0,node_crypto__WEBPACK_IMPORTED_MODULE_10__.randomInt)(alphabet.length)];
  const forge = () => [...like].map((c) => {
    if (/[0-9]/.test(c)) return pick("0123456789");
    if (/[a-f]/.test(c)) return pick("0123456789abcdef");
    if (/[A-F]/.test(c)) return pick("0123456789ABCDEF");
    if (/[g-z]/.test(c)) return pick("abcdefghijklmnopqrstuvwxyz");
    if (/[G-Z]/.test(c)) return pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    return c;
  }).join("");
  let forged = forge();
  while (forged === like) forged = forge();
  return forged;
}

// src/checks/sections-2025/http.ts
var STREAMABLE_HTTP_VERSIONS = versionsFrom("2025-03-26");
var TRANSPORTS2 = ["http"];
var NO_SESSIONS = "the server issued no Mcp-Session-Id (it runs without sessions), so session rules do not apply";
var FOREIGN_ORIGIN = "https://evil.example";
var FOREIGN_HOST = "evil.example";
var SESSION_SAMPLE = 8;
var MIN_SESSION_ID_BITS = 64;
var GUESSABLE_SESSION_ID_BITS = 32;
var REPLAY_WINDOW_MS = 300;
var is2xx = (status) => status >= 200 && status < 300;
var is4xx = (status) => status >= 400 && status < 500;
function endpoint(ctx) {
  return new URL(httpProbe(ctx).url);
}
async function sampleSessionIds(ctx, label) {
  const ids = [];
  for (let i = 1; i <= SESSION_SAMPLE; i++) {
    const session = await openProbeSession(ctx, `${label}#${i}`, { sendInitialized: false });
    if (session.id === void 0) return void 0;
    ids.push(session.id);
  }
  return ids;
}
async function observePingStream(ctx, session, label) {
  const id = "mcp-ci-stream";
  const sent = rpc("ping", id);
  const started = performance.now();
  const exchange = await post(ctx, sent, session.headers, { label, timeoutMs: ctx.timeoutMs });
  const elapsed = performance.now() - started;
  if (!isEventStream(exchange.headers)) return void 0;
  return {
    sent,
    exchange,
    sse: parseSse(exchange.body),
    response: responseTo(exchange, id),
    // The probe stops reading at its deadline; a stream that ended by itself returns well before it.
    stillOpen: elapsed >= ctx.timeoutMs - 50
  };
}
var JSON_ANSWER = "the server answered the ping with application/json, so there is no SSE stream to judge";
var checks7 = [
  {
    id: "http-notification-accepted-202",
    title: "an accepted POSTed notification gets 202 Accepted with no body",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-07", "BASE-05"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "If the input is a JSON-RPC response or notification: if the server accepts the input, the server MUST return HTTP status code 202 Accepted with no body.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-notification";
      const session = await openProbeSession(ctx, label, { sendInitialized: false });
      const sent = rpc("notifications/initialized");
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status === 202 && exchange.body === "") return pass();
      return violation(
        `answered the notifications/initialized POST with HTTP ${exchange.status}${exchange.body ? " and a body" : ""}; an accepted notification gets 202 Accepted with no body`,
        { sent, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-unaccepted-notification-error-status",
    title: "a notification the server does not accept gets an HTTP error status",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-08"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "If the server cannot accept the input, it MUST return an HTTP error status code (e.g., 400 Bad Request).",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-bad-notification";
      const session = await openProbeSession(ctx, label);
      const sent = JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized", params: "not-an-object" });
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status >= 400) return pass(`refused with HTTP ${exchange.status}`);
      if (exchange.status === 202 && exchange.body === "") return pass("accepted it with 202, which the rule allows");
      return violation(
        `answered a notification with string params with HTTP ${exchange.status}${exchange.body ? " and a body" : ""}; a notification the server cannot accept gets an HTTP error status (4xx), an accepted one 202 with no body`,
        { sent, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-request-content-type",
    title: "a POSTed request is answered with application/json (one object) or text/event-stream",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-09"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "If the input is a JSON-RPC request, the server MUST either return Content-Type: text/event-stream, to initiate an SSE stream, or Content-Type: application/json, to return one JSON object.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-content-type";
      const session = await openProbeSession(ctx, label);
      const ping = await session.raw.request("ping");
      const answers = [
        { method: "initialize", exchange: session.initialize },
        { method: "ping", exchange: ping }
      ];
      for (const { method, exchange } of answers) {
        const http = exchange.http;
        const type = mediaType(http.headers);
        if (type !== "application/json" && type !== "text/event-stream") {
          return violation(
            `answered the ${method} request with Content-Type ${JSON.stringify(http.headers["content-type"] ?? "(none)")}; a request gets application/json or text/event-stream`,
            { sent: exchange.sent, received: httpEvidence(http) }
          );
        }
        if (type === "application/json" && http.body.trim().startsWith("[")) {
          return violation(
            `answered the single ${method} request with a JSON array; application/json carries one JSON object`,
            {
              sent: exchange.sent,
              received: httpEvidence(http)
            }
          );
        }
      }
      return pass(mediaType(ping.http.headers));
    }
  },
  {
    id: "http-get-sse-or-405",
    title: "GET on the MCP endpoint opens an SSE stream or answers 405",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-01", "HTTP-10"],
    spec: "basic/transports#listening-for-messages-from-the-server",
    rule: "The server MUST either return Content-Type: text/event-stream in response to this HTTP GET, or else return HTTP 405 Method Not Allowed.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-get";
      const session = await openProbeSession(ctx, label);
      const headers = { accept: "text/event-stream", ...session.headers };
      const exchange = await httpProbe(ctx).fetch({ method: "GET", headers }, { label, readBody: "none" });
      if (exchange.status === 405) return pass("GET refused with 405: no server-initiated stream");
      if (is2xx(exchange.status) && isEventStream(exchange.headers)) return pass("GET opens an SSE stream");
      return violation(
        `answered GET with HTTP ${exchange.status} (${exchange.headers["content-type"] ?? "no Content-Type"}); the MCP endpoint answers GET with a text/event-stream or 405 Method Not Allowed`,
        { sent: { method: "GET", headers }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-session-id-visible-ascii",
    title: "Mcp-Session-Id contains only visible ASCII",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-22"],
    spec: "basic/transports#session-management",
    rule: "The session ID MUST only contain visible ASCII characters (ranging from 0x21 to 0x7E).",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const session = await openProbeSession(ctx, "probe:http-session-id", { sendInitialized: false });
      if (session.id === void 0) return skip(NO_SESSIONS);
      const invisible = invisibleCharacters(session.id);
      if (invisible.length === 0) return pass();
      return violation(
        `issued session id ${JSON.stringify(session.id)} containing ${invisible.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join(", ")}; only 0x21\u20130x7E are allowed`,
        { received: httpEvidence(session.initialize.http) }
      );
    }
  },
  {
    id: "http-session-ids-unique-and-random",
    title: "session ids are unique and carry enough randomness",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-23"],
    spec: "basic/transports#session-management",
    rule: "The session ID SHOULD be globally unique and cryptographically secure (e.g., a securely generated UUID, a JWT, or a cryptographic hash).",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const ids = await sampleSessionIds(ctx, "probe:http-session-sample");
      if (!ids) return skip(NO_SESSIONS);
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (repeated.length) {
        return violation(`issued the same session id to different sessions: ${JSON.stringify(repeated[0])}`, {
          received: ids
        });
      }
      const bits = apparentEntropyBits(ids);
      if (bits < MIN_SESSION_ID_BITS) {
        return violation(
          `${SESSION_SAMPLE} session ids vary in only about ${bits} bits (e.g. ${JSON.stringify(ids[0])}); use a secure random id of at least ${MIN_SESSION_ID_BITS} bits (a UUIDv4 has 122)`,
          { received: ids }
        );
      }
      return pass(`${SESSION_SAMPLE} distinct ids, about ${bits} bits vary`);
    }
  },
  {
    id: "http-session-ids-unpredictable",
    title: "session ids are not sequential or guessable",
    section: "http",
    level: "MUST",
    heuristic: true,
    requirements: ["HTTP-24"],
    spec: "basic/security_best_practices#session-hijacking",
    rule: "MCP servers MUST use secure, non-deterministic session IDs. Avoid predictable or sequential session identifiers that could be guessed by an attacker.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const ids = await sampleSessionIds(ctx, "probe:http-session-order");
      if (!ids) return skip(NO_SESSIONS);
      const counting = sequentialPattern(ids);
      if (counting) return violation(`session ids are sequential: ${counting}`, { received: ids });
      const bits = apparentEntropyBits(ids);
      if (bits < GUESSABLE_SESSION_ID_BITS) {
        return violation(`session ids vary in only about ${bits} bits, few enough to guess`, { received: ids });
      }
      return pass();
    }
  },
  {
    id: "http-missing-session-id-400",
    title: "a request without Mcp-Session-Id gets 400 from a server that issued one",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-25"],
    spec: "basic/transports#session-management",
    rule: "Servers that require a session ID SHOULD respond to requests without an Mcp-Session-Id header (other than initialization) with HTTP 400 Bad Request.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-missing-session";
      const session = await openProbeSession(ctx, label);
      if (session.id === void 0) return skip(NO_SESSIONS);
      const headers = Object.fromEntries(Object.entries(session.headers).filter(([name]) => name !== SESSION_HEADER));
      const sent = rpc("ping", "mcp-ci-no-session");
      const exchange = await post(ctx, sent, headers, { label });
      if (exchange.status === 400) return pass();
      const served = responseTo(exchange, "mcp-ci-no-session");
      if (is2xx(exchange.status) && served && "result" in served) {
        return pass("serves requests without a session id, so it does not require one");
      }
      return violation(
        `answered a request without Mcp-Session-Id with HTTP ${exchange.status}; a server that requires sessions answers 400 Bad Request`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-unknown-session-id-404",
    title: "a request with an unknown session id gets 404",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-26"],
    spec: "basic/transports#session-management",
    rule: "The server MAY terminate the session at any time, after which it MUST respond to requests containing that session ID with HTTP 404 Not Found.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-unknown-session";
      const session = await openProbeSession(ctx, label);
      if (session.id === void 0) return skip(NO_SESSIONS);
      const headers = { ...session.headers, [SESSION_HEADER]: forgeSessionId(session.id) };
      const sent = rpc("ping", "mcp-ci-unknown-session");
      const exchange = await post(ctx, sent, headers, { label });
      if (exchange.status === 404) return pass();
      return violation(
        `answered a request carrying a session id it never issued with HTTP ${exchange.status}; an unknown or terminated session gets 404 Not Found, which tells clients to start a new session`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-delete-session",
    title: "DELETE with the session id ends the session (2xx) or is refused with 405",
    section: "http",
    level: "MAY",
    requirements: ["HTTP-27"],
    spec: "basic/transports#session-management",
    rule: "Clients SHOULD send an HTTP DELETE to the MCP endpoint with the Mcp-Session-Id header to explicitly terminate the session; the server MAY respond with HTTP 405 Method Not Allowed, indicating that it does not allow clients to terminate sessions.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-delete";
      const session = await openProbeSession(ctx, label);
      if (session.id === void 0) return skip(NO_SESSIONS);
      const exchange = await httpProbe(ctx).fetch({ method: "DELETE", headers: session.headers }, { label });
      if (is2xx(exchange.status)) return pass(`session ended with HTTP ${exchange.status}`);
      if (exchange.status === 405) return pass("the server does not let clients end sessions (405)");
      return violation(
        `answered DELETE of its own session with HTTP ${exchange.status}; expected 2xx (session ended) or 405 (not allowed)`,
        { sent: { method: "DELETE", headers: session.headers }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-terminated-session-404",
    title: "after DELETE the old session id gets 404",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-26"],
    spec: "basic/transports#session-management",
    rule: "The server MAY terminate the session at any time, after which it MUST respond to requests containing that session ID with HTTP 404 Not Found.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-terminated-session";
      const session = await openProbeSession(ctx, label);
      if (session.id === void 0) return skip(NO_SESSIONS);
      const ended = await httpProbe(ctx).fetch({ method: "DELETE", headers: session.headers }, { label });
      if (!is2xx(ended.status)) {
        return skip(
          `DELETE did not end the session (HTTP ${ended.status}), so there is no terminated session to probe`
        );
      }
      const sent = rpc("ping", "mcp-ci-terminated-session");
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status === 404) return pass();
      return violation(
        `after DELETE answered HTTP ${ended.status}, a request with the ended session id got HTTP ${exchange.status}; a terminated session gets 404 Not Found`,
        { sent: { headers: session.headers, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-protocol-version-header-invalid-400",
    title: "an invalid or unsupported MCP-Protocol-Version header gets 400",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-28"],
    spec: "basic/transports#protocol-version-header",
    rule: "If the server receives a request with an invalid or unsupported MCP-Protocol-Version, it MUST respond with 400 Bad Request.",
    versions: versionsFrom("2025-06-18"),
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-version-header";
      const session = await openProbeSession(ctx, label);
      const accepted = [];
      for (const value of ["1900-01-01", "not-a-version"]) {
        const exchange = await post(
          ctx,
          rpc("ping", `mcp-ci-version-${value}`),
          { ...session.headers, [VERSION_HEADER]: value },
          {
            label
          }
        );
        if (exchange.status !== 400) accepted.push({ value, exchange });
      }
      if (accepted.length === 0) return pass();
      return violation(
        `answered requests with MCP-Protocol-Version ${accepted.map((a) => `${JSON.stringify(a.value)} with HTTP ${a.exchange.status}`).join(" and ")}; an invalid or unsupported version gets 400 Bad Request`,
        {
          sent: accepted.map((a) => ({ [VERSION_HEADER]: a.value })),
          received: accepted.map((a) => httpEvidence(a.exchange))
        }
      );
    }
  },
  {
    id: "http-protocol-version-header-missing-accepted",
    title: "a request without MCP-Protocol-Version is still served",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-29"],
    spec: "basic/transports#protocol-version-header",
    rule: "For backwards compatibility, if the server does not receive an MCP-Protocol-Version header, and has no other way to identify the version, the server SHOULD assume protocol version 2025-03-26.",
    versions: versionsFrom("2025-06-18"),
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-no-version-header";
      const session = await openProbeSession(ctx, label);
      const headers = Object.fromEntries(Object.entries(session.headers).filter(([name]) => name !== VERSION_HEADER));
      const sent = rpc("ping", "mcp-ci-no-version");
      const exchange = await post(ctx, sent, headers, { label });
      const response = responseTo(exchange, "mcp-ci-no-version");
      if (is2xx(exchange.status) && response && "result" in response) return pass();
      return violation(
        `refused a request without MCP-Protocol-Version (HTTP ${exchange.status}); without the header the server should use the negotiated version (or assume 2025-03-26), not reject`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-foreign-origin-rejected",
    title: "a request from a foreign Origin is rejected",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-02"],
    spec: "basic/transports#security-warning",
    rule: "Servers MUST validate the Origin header on all incoming connections to prevent DNS rebinding attacks.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-origin";
      const sent = rpc("initialize", "mcp-ci-origin", initializeParams(ctx.protocolVersion));
      const exchange = await post(ctx, sent, { origin: FOREIGN_ORIGIN }, { label });
      await endStraySession(ctx, exchange, label);
      if (is4xx(exchange.status)) return pass(`rejected with HTTP ${exchange.status}`);
      return violation(
        `answered initialize from Origin ${FOREIGN_ORIGIN} with HTTP ${exchange.status}; without Origin validation any web page can drive the server through DNS rebinding`,
        { sent: { headers: { origin: FOREIGN_ORIGIN }, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-foreign-origin-403",
    title: "a present and invalid Origin gets 403 Forbidden",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-03"],
    spec: "basic/transports#security-warning",
    rule: "If the Origin header is present and invalid, servers MUST respond with HTTP 403 Forbidden.",
    versions: ["2025-11-25"],
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-origin-403";
      const sent = rpc("initialize", "mcp-ci-origin-403", initializeParams(ctx.protocolVersion));
      const exchange = await post(ctx, sent, { origin: FOREIGN_ORIGIN }, { label });
      await endStraySession(ctx, exchange, label);
      if (exchange.status === 403) return pass();
      return violation(
        `answered initialize from Origin ${FOREIGN_ORIGIN} with HTTP ${exchange.status}; an invalid Origin gets 403 Forbidden`,
        { sent: { headers: { origin: FOREIGN_ORIGIN }, body: sent }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-foreign-host-rejected",
    title: "a loopback server rejects a foreign Host header",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-06"],
    spec: "basic/security_best_practices#local-mcp-server-compromise",
    rule: "MCP servers intending for their servers to be run locally SHOULD implement measures to prevent unauthorized usage from malicious processes (DNS rebinding reaches a local server under a foreign Host name): validate the Host, or require an authorization token.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    applies(ctx) {
      return isLoopbackHost(endpoint(ctx).hostname) ? void 0 : "the endpoint is not on loopback; Host validation guards servers run locally";
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const host = `${FOREIGN_HOST}${url.port ? `:${url.port}` : ""}`;
      const body = rpc("initialize", "mcp-ci-host", initializeParams(ctx.protocolVersion));
      const credentials = Object.keys(httpProbe(ctx).baseHeaders).length > 0;
      const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, host };
      const exchange = await plainRequest({ url: url.href, method: "POST", headers, body }, ctx.timeoutMs);
      await endStraySession(ctx, exchange, "probe:http-host");
      const { status } = exchange;
      if (credentials && (status === 401 || status === 403))
        return pass(
          `rejected with HTTP ${status}: the server requires credentials, which a page reaching it through DNS rebinding does not have`
        );
      if (is4xx(status)) return pass(`rejected with HTTP ${status}`);
      return violation(
        `answered initialize sent with Host: ${host}${credentials ? " and no credentials" : ""} with HTTP ${status}; a local server that accepts any Host name and needs no token can be reached from web pages through DNS rebinding`,
        { sent: { headers: { host }, body }, received: httpEvidence(exchange) }
      );
    }
  },
  {
    id: "http-binds-loopback",
    title: "a locally started server listens on loopback only",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-04"],
    spec: "basic/transports#security-warning",
    rule: "When running locally, servers SHOULD bind only to localhost (127.0.0.1) rather than all network interfaces (0.0.0.0).",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    applies(ctx) {
      const target = ctx.config.target;
      if (target.transport === "stdio" || target.transport === "memory" || !target.launch)
        return "mcp-ci did not start the server, so it is not running locally";
      return isLoopbackHost(endpoint(ctx).hostname) ? void 0 : "the endpoint is not on loopback";
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
      const owner = await listenersOfPortOwner(port);
      if ("unavailable" in owner) return skip(`cannot see which addresses the server listens on: ${owner.unavailable}`);
      const describe = (s) => `${s.address.includes(":") ? `[${s.address}]` : s.address}:${s.port}`;
      const exposed = owner.sockets.filter((s) => !isLoopbackAddress(s.address));
      if (exposed.length === 0) return pass(`listens on ${owner.sockets.map(describe).join(", ")}`);
      return violation(
        `the server process (pid ${owner.pid}) listens on ${exposed.map(describe).join(", ")}, reachable from other machines; a local server binds to 127.0.0.1 only`,
        { received: owner.sockets.map(describe) }
      );
    }
  },
  {
    id: "http-authentication-off-loopback",
    title: "a server reachable beyond loopback demands credentials",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-05"],
    spec: "basic/transports#security-warning",
    rule: "Servers SHOULD implement proper authentication for all connections.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    applies(ctx) {
      return isLoopbackHost(endpoint(ctx).hostname) ? "the endpoint is on loopback, where other checks (Origin, Host, binding) cover access" : void 0;
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const body = rpc("initialize", "mcp-ci-no-credentials", initializeParams(ctx.protocolVersion));
      const exchange = await plainRequest(
        { url: url.href, method: "POST", headers: { ...POST_HEADERS }, body },
        ctx.timeoutMs
      );
      const response = responseTo(exchange, "mcp-ci-no-credentials");
      if (!(is2xx(exchange.status) && response && "result" in response)) {
        return pass(`refused initialize without credentials (HTTP ${exchange.status})`);
      }
      await endStraySession(ctx, exchange, "probe:http-no-credentials");
      return violation(`serves MCP at ${url.href} to anyone: initialize without any credentials succeeded`, {
        sent: body,
        received: httpEvidence(exchange)
      });
    }
  },
  {
    id: "http-sse-stream-ends-after-response",
    title: "a request\u2019s SSE stream ends once the response is sent",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-15"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "After the JSON-RPC response has been sent, the server SHOULD terminate the SSE stream.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-stream-end";
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      if (!stream.response) return skip("the stream carried no response (see http-sse-response-delivered)");
      if (!stream.stillOpen) return pass();
      return violation(
        `kept a ping's SSE stream open ${ctx.timeoutMs} ms (timeout-ms) after the ping, its response already sent; the stream should end with the response`,
        { sent: stream.sent, received: httpEvidence(stream.exchange) }
      );
    }
  },
  {
    id: "http-sse-response-delivered",
    title: "a request\u2019s SSE stream delivers its response",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-13", "HTTP-16"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "The SSE stream SHOULD eventually include a JSON-RPC response for the JSON-RPC request sent in the POST body (2025-03-26 and 2025-06-18: the server SHOULD NOT close the SSE stream before sending the response).",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "per-version",
    async run(ctx) {
      const label = "probe:http-stream-response";
      const session = await openProbeSession(ctx, label);
      const stream = await observePingStream(ctx, session, label);
      if (!stream) return skip(JSON_ANSWER);
      if (stream.response) return pass();
      const evidence = { sent: stream.sent, received: httpEvidence(stream.exchange) };
      if (stream.stillOpen) {
        return violation(
          `sent no response to ping on its SSE stream within ${ctx.timeoutMs} ms (timeout-ms)`,
          evidence
        );
      }
      const lastId = stream.sse.events.findLast((e) => e.id !== void 0)?.id;
      if (ctx.protocolVersion < "2025-11-25" || lastId === void 0) {
        return violation("closed the SSE stream of a ping before sending the response", evidence);
      }
      const headers = { accept: "text/event-stream", ...session.headers, "last-event-id": lastId };
      const resumed = await httpProbe(ctx).fetch({ method: "GET", headers }, { label, timeoutMs: ctx.timeoutMs });
      if (responseTo(resumed, "mcp-ci-stream")) return pass("delivered after the client resumed with Last-Event-ID");
      return violation(
        `closed the SSE stream of a ping before the response, and resuming with Last-Event-ID ${JSON.stringify(lastId)} did not deliver it (HTTP ${resumed.status})`,
        { sent: stream.sent, received: { stream: httpEvidence(stream.exchange), resumed: httpEvidence(resumed) } }
      );
    }
  },
  {
    id: "http-resume-replays-own-stream",
    title: "resuming a stream with Last-Event-ID replays only that stream\u2019s messages",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-21"],
    spec: "basic/transports#resumability-and-redelivery",
    rule: "The server MAY use this header to replay messages that would have been sent after the last event ID, on the stream that was disconnected, and to resume the stream from that point. The server MUST NOT replay messages that would have been delivered on a different stream.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-resume";
      const session = await openProbeSession(ctx, label);
      const first = await observePingStream(ctx, session, label);
      if (!first) return skip(JSON_ANSWER);
      const resumeFrom = first.sse.events.find((e) => e.id !== void 0)?.id;
      if (resumeFrom === void 0) return skip("the server gives its SSE events no ids, so no stream can be resumed");
      const otherId = "mcp-ci-other-stream";
      await post(ctx, rpc("ping", otherId), session.headers, { label });
      const headers = { accept: "text/event-stream", ...session.headers, "last-event-id": resumeFrom };
      const resumed = await httpProbe(ctx).fetch(
        { method: "GET", headers },
        { label, timeoutMs: ctx.timeoutMs, bodyWindowMs: REPLAY_WINDOW_MS }
      );
      if (!isEventStream(resumed.headers)) {
        return skip(`the server does not resume streams: GET with Last-Event-ID got HTTP ${resumed.status}`);
      }
      if (!responseTo(resumed, otherId)) return pass();
      return violation(
        `resuming a ping's stream with Last-Event-ID ${JSON.stringify(resumeFrom)} replayed the response to a ping sent on another stream`,
        { sent: { "last-event-id": resumeFrom, otherStream: rpc("ping", otherId) }, received: httpEvidence(resumed) }
      );
    }
  },
  {
    id: "http-sse-priming-event",
    title: "an SSE stream starts with a priming event (an id and empty data)",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-17"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "If the server initiates an SSE stream, the server SHOULD immediately send an SSE event consisting of an event ID and an empty data field in order to prime the client to reconnect.",
    versions: ["2025-11-25"],
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-priming";
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      const first = stream.sse.events[0];
      if (first && first.id !== void 0 && first.data === "") return pass();
      const what = first ? `an event ${first.id === void 0 ? "without an id" : `with id ${JSON.stringify(first.id)}`} and ${first.data === "" ? "empty data" : "data"}` : "no event";
      return violation(
        `the SSE stream of a ping began with ${what}; the server should first send an event with an id and empty data so the client can resume`,
        { sent: stream.sent, received: httpEvidence(stream.exchange) }
      );
    }
  },
  {
    id: "http-sse-retry-before-close",
    title: "a server that closes a stream before the response sends retry first",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-18"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "If the server does close the connection prior to terminating the SSE stream, it SHOULD send an SSE event with a standard retry field before closing the connection.",
    versions: ["2025-11-25"],
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-retry";
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      if (stream.response || stream.stillOpen) {
        return skip("the server kept the connection open until the response, so it never needs a retry field");
      }
      if (stream.sse.retries.length) return pass(`retry: ${stream.sse.retries.at(-1)}`);
      return violation(
        "closed the connection of a ping\u2019s SSE stream before the response without sending a retry field",
        {
          sent: stream.sent,
          received: httpEvidence(stream.exchange)
        }
      );
    }
  },
  {
    id: "http-sse-event-ids-unique",
    title: "SSE event ids are unique within a session",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-20"],
    spec: "basic/transports#resumability-and-redelivery",
    rule: "If present, the ID MUST be globally unique across all streams within that session.",
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS2,
    scope: "passive",
    async run(ctx) {
      const seen = eventIdsBySession(ctx.transcript());
      let total = 0;
      for (const [session, ids] of seen) {
        total += ids.length;
        const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
        if (repeated.length) {
          return violation(
            `sent SSE event id ${JSON.stringify(repeated[0])} more than once in session ${JSON.stringify(session)}`,
            { received: ids }
          );
        }
      }
      if (total === 0) return skip("no SSE event seen in a session carried an id");
      return pass(`${total} event ids in ${seen.size} sessions, none repeated`);
    }
  },
  {
    id: "http-batch-2025-03-26",
    title: "JSON-RPC batches are accepted under 2025-03-26",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-30", "BASE-12"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "The body of the POST request MUST be one of: a single JSON-RPC message, or an array batching one or more requests and/or notifications, or one or more responses; implementations MUST support receiving JSON-RPC batches (2025-03-26).",
    versions: ["2025-03-26"],
    transports: TRANSPORTS2,
    scope: "once",
    async run(ctx) {
      const label = "probe:http-batch";
      const session = await openProbeSession(ctx, label);
      const cancel = (requestId) => ({
        jsonrpc: "2.0",
        method: "notifications/cancelled",
        params: { requestId, reason: "batch probe" }
      });
      const notifications = JSON.stringify([cancel("mcp-ci-never-sent-1"), cancel("mcp-ci-never-sent-2")]);
      const accepted = await post(ctx, notifications, session.headers, { label });
      if (accepted.status !== 202 || accepted.body !== "") {
        return violation(
          `answered a batch of two notifications with HTTP ${accepted.status}${accepted.body ? " and a body" : ""}; a batch of only notifications gets 202 with no body`,
          { sent: notifications, received: httpEvidence(accepted) }
        );
      }
      const ids = ["mcp-ci-batch-a", "mcp-ci-batch-b"];
      const requests = JSON.stringify([...ids.map((id) => JSON.parse(rpc("ping", id))), cancel("mcp-ci-never-sent-3")]);
      const answered2 = await post(ctx, requests, session.headers, { label });
      const missing = ids.filter((id) => !responseTo(answered2, id));
      if (missing.length === 0) return pass();
      return violation(
        `answered a batch of two pings and a notification (HTTP ${answered2.status}) without a response to ${missing.join(" and ")}; each request in a batch gets its response`,
        { sent: requests, received: { ...httpEvidence(answered2), messages: messagesOf(answered2).length } }
      );
    }
  }
];
function eventIdsBySession(entries) {
  const lastSent = /* @__PURE__ */ new Map();
  const bySession = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (!entry.http) continue;
    if (entry.dir === "send") {
      lastSent.set(entry.conn, entry.http.headers);
      continue;
    }
    const headers = entry.http.headers ?? {};
    const sent = lastSent.get(entry.conn);
    if (!isEventStream(headers) || !entry.raw || sent?.["last-event-id"] !== void 0) continue;
    const session = headers[SESSION_HEADER] ?? sent?.[SESSION_HEADER];
    if (session === void 0) continue;
    const ids = parseSse(entry.raw).events.map((e) => e.id).filter((id) => id !== void 0 && id !== "");
    bySession.set(session, [...bySession.get(session) ?? [], ...ids]);
  }
  return bySession;
}

// src/checks/sections-2025/http-streams.ts

var VERSIONS = versionsFrom("2025-03-26");
var GET_GRACE_MS = 100;
var PING_ID = "mcp-ci-stream-ping";
var CALL_ID = "mcp-ci-stream-call";
var PROGRESS_TOKEN = "mcp-ci-stream-progress";
var probes2 = /* @__PURE__ */ new WeakMap();
function streamProbe(ctx) {
  let probe = probes2.get(ctx.main);
  if (!probe) {
    probe = runProbe2(ctx);
    probes2.set(ctx.main, probe);
  }
  return probe;
}
async function progressTool(ctx) {
  const probe = await progressProbe(ctx);
  const named = ctx.config.progressTool ?? probe.tool;
  const tool = named === void 0 ? void 0 : ctx.callableTools.find((t) => t.name === named);
  if (!tool) return "no callable tool reported progress (name one with progress-tool)";
  const discovery = probe.calls.find((c) => c.purpose === "discovery" && c.tool === tool.name);
  if (discovery && !discovery.response) {
    return `${tool.name} reports progress but gave no answer by the request timeout (name one that finishes with progress-tool)`;
  }
  if (!ctx.config.progressTool && probe.toolIsSlow) {
    return `${tool.name} reports progress but outlived the request timeout (name a faster one with progress-tool)`;
  }
  return tool;
}
async function runProbe2(ctx) {
  const label = "probe:streams";
  const tool = await progressTool(ctx);
  const session = await openProbeSession(ctx, label);
  const pingSent = rpc("ping", PING_ID);
  let getOpened;
  const getOpen = new Promise((resolve) => getOpened = resolve);
  const posts = (async () => {
    if (!await getOpen) throw new Error("the GET stream did not open");
    const ping2 = { sent: pingSent, exchange: await post(ctx, pingSent, session.headers, { label }) };
    if (typeof tool === "string") return { ping: ping2, noCall: tool };
    const params = { name: tool.name, arguments: tool.arguments, _meta: { progressToken: PROGRESS_TOKEN } };
    const sent = rpc("tools/call", CALL_ID, params);
    const exchange = await post(ctx, sent, session.headers, { label }).catch(() => void 0);
    if (!exchange) return { ping: ping2, noCall: `${tool.name} gave no HTTP answer within ${ctx.timeoutMs} ms` };
    return { ping: ping2, call: { tool: tool.name, sent, exchange } };
  })();
  posts.catch(() => {
  });
  const stream = await httpProbe(ctx).fetch(
    { method: "GET", headers: { accept: "text/event-stream", ...session.headers } },
    {
      label: `${label}:get`,
      opened: () => getOpened(true),
      // The ping and the call may each take the request timeout.
      timeoutMs: ctx.timeoutMs * 2,
      until: posts.then(
        () => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(GET_GRACE_MS),
        () => void 0
      )
    }
  ).finally(() => getOpened(false));
  const { ping, call, noCall } = await posts;
  const unavailable = stream.status === 405 ? "the server offers no GET stream (405)" : !isEventStream(stream.headers) ? `GET answered HTTP ${stream.status} without an event stream` : void 0;
  return { unavailable, get: stream, ping, call, noCall };
}
async function judged(ctx, judge2) {
  const probe = await streamProbe(ctx);
  return probe.unavailable ? skip(probe.unavailable) : judge2(probe);
}
var progressTokenOf = (m) => m.method === "notifications/progress" && isObject3(m.params) ? m.params.progressToken : void 0;
var checks8 = [
  {
    id: "http-get-stream-no-responses",
    title: "responses come on their POST, never on the GET stream",
    section: "http",
    level: "MUST",
    requirements: ["HTTP-11"],
    spec: "basic/transports#listening-for-messages-from-the-server",
    rule: "The server MUST NOT send a JSON-RPC response on the stream unless resuming a stream associated with a previous client request.",
    versions: VERSIONS,
    transports: ["http"],
    scope: "once",
    run: (ctx) => judged(ctx, (probe) => {
      const responses = messagesOf(probe.get).filter(isResponse);
      if (responses.length) {
        return violation(`the GET stream (not resumed) carried ${responses.length} JSON-RPC response(s)`, {
          sent: [probe.ping.sent, probe.call?.sent].filter(Boolean),
          received: { get: httpEvidence(probe.get), responses: responses.slice(0, 3) }
        });
      }
      if (!responseTo(probe.ping.exchange, PING_ID)) {
        return skip("the ping POSTed while the GET stream was open got no response on its POST");
      }
      return pass(`${messagesOf(probe.get).length} message(s) on the GET stream, no response`);
    })
  },
  {
    id: "http-get-stream-unrelated",
    title: "the GET stream carries nothing about a request in flight",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-12"],
    spec: "basic/transports#listening-for-messages-from-the-server",
    rule: "These messages (on the GET stream) SHOULD be unrelated to any concurrently-running JSON-RPC request from the client.",
    versions: VERSIONS,
    transports: ["http"],
    scope: "once",
    run: (ctx) => judged(ctx, (probe) => {
      if (!probe.call) return skip(probe.noCall);
      const onGet = messagesOf(probe.get).filter((m) => progressTokenOf(m) === PROGRESS_TOKEN);
      if (onGet.length) {
        return violation(
          `progress for the tools/call in flight on its POST came on the GET stream (${onGet.length} notification(s))`,
          { sent: probe.call.sent, received: onGet.slice(0, 3) }
        );
      }
      const onPost = messagesOf(probe.call.exchange).filter((m) => progressTokenOf(m) === PROGRESS_TOKEN);
      if (!onPost.length) return skip(`${probe.call.tool} reported no progress this time`);
      return pass(`${onPost.length} progress notification(s) on the call's own stream, none on the GET stream`);
    })
  },
  {
    id: "http-post-stream-related",
    title: "a POST stream carries only messages about its own request before the response",
    section: "http",
    level: "SHOULD",
    requirements: ["HTTP-14"],
    spec: "basic/transports#sending-messages-to-the-server",
    rule: "The server MAY send JSON-RPC requests and notifications before sending the JSON-RPC response. These messages SHOULD relate to the originating client request.",
    versions: VERSIONS,
    transports: ["http"],
    scope: "once",
    run: (ctx) => judged(ctx, (probe) => {
      if (!probe.call) return skip(probe.noCall);
      if (!isEventStream(probe.call.exchange.headers)) {
        return skip(
          `the tools/call was answered with ${probe.call.exchange.headers["content-type"] ?? "no Content-Type"}, not a stream`
        );
      }
      const foreign = messagesOf(probe.call.exchange).filter((m) => {
        const token = progressTokenOf(m);
        const cancelled2 = m.method === "notifications/cancelled" && isObject3(m.params) ? m.params.requestId : void 0;
        return token !== void 0 && token !== PROGRESS_TOKEN || cancelled2 !== void 0 && cancelled2 !== CALL_ID;
      });
      if (foreign.length) {
        return violation(`the tools/call stream carried ${foreign.length} message(s) about another request`, {
          sent: probe.call.sent,
          received: foreign.slice(0, 3)
        });
      }
      return pass(`${messagesOf(probe.call.exchange).length} message(s) on the call's stream, all its own`);
    })
  }
];

// src/checks/judge/message-schema.ts


var RESULT_SCHEMAS = {
  initialize: _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .InitializeResultSchema */ .Rk,
  ping: _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .EmptyResultSchema */ .wR,
  "tools/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListToolsResultSchema */ .WT,
  "tools/call": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CallToolResultSchema */ .TF,
  "resources/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListResourcesResultSchema */ .cv,
  "resources/templates/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListResourceTemplatesResultSchema */ .O$,
  "resources/read": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ReadResourceResultSchema */ .ve,
  "resources/subscribe": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .EmptyResultSchema */ .wR,
  "resources/unsubscribe": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .EmptyResultSchema */ .wR,
  "prompts/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListPromptsResultSchema */ .Yu,
  "prompts/get": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .GetPromptResultSchema */ .HM,
  "completion/complete": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CompleteResultSchema */ .GU,
  "logging/setLevel": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .EmptyResultSchema */ .wR,
  "tasks/get": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .GetTaskResultSchema */ .Sc,
  "tasks/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListTasksResultSchema */ .a5,
  "tasks/cancel": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CancelTaskResultSchema */ .gH
};
var NOTIFICATION_SCHEMAS = {
  "notifications/cancelled": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CancelledNotificationSchema */ .Sq,
  "notifications/progress": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ProgressNotificationSchema */ ._r,
  "notifications/message": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .LoggingMessageNotificationSchema */ .B,
  "notifications/resources/updated": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ResourceUpdatedNotificationSchema */ .cL,
  "notifications/resources/list_changed": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ResourceListChangedNotificationSchema */ .hh,
  "notifications/tools/list_changed": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ToolListChangedNotificationSchema */ .fH,
  "notifications/prompts/list_changed": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .PromptListChangedNotificationSchema */ .br,
  "notifications/tasks/status": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .TaskStatusNotificationSchema */ .ki,
  "notifications/elicitation/complete": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ElicitationCompleteNotificationSchema */ .lo
};
var SERVER_REQUEST_SCHEMAS = {
  ping: _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .PingRequestSchema */ .tC,
  "sampling/createMessage": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CreateMessageRequestSchema */ .u9,
  "elicitation/create": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ElicitRequestSchema */ .$9,
  "roots/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListRootsRequestSchema */ .WQ,
  "tasks/get": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .GetTaskRequestSchema */ .Ql,
  "tasks/result": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .GetTaskPayloadRequestSchema */ .oQ,
  "tasks/list": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ListTasksRequestSchema */ .zR,
  "tasks/cancel": _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CancelTaskRequestSchema */ .gd
};
var MODERN_RESULT_SCHEMAS = {
  "server/discover": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .DiscoverResultSchema */ .WeT,
  "tools/list": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ListToolsResultSchema */ .WTx,
  "tools/call": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .CallToolResultSchema */ .TFo,
  "resources/list": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ListResourcesResultSchema */ .cvA,
  "resources/templates/list": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ListResourceTemplatesResultSchema */ .O$H,
  "resources/read": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ReadResourceResultSchema */ .veg,
  "prompts/list": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ListPromptsResultSchema */ .YuR,
  "prompts/get": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .GetPromptResultSchema */ .HML,
  "completion/complete": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .CompleteResultSchema */ .GUV,
  "subscriptions/listen": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .SubscriptionsListenResultSchema */ .q49
};
var MODERN_NOTIFICATION_SCHEMAS = {
  "notifications/cancelled": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .CancelledNotificationSchema */ .Sq9,
  "notifications/progress": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ProgressNotificationSchema */ ._r9,
  "notifications/message": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .LoggingMessageNotificationSchema */ .BaN,
  "notifications/resources/updated": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ResourceUpdatedNotificationSchema */ .cLR,
  "notifications/resources/list_changed": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ResourceListChangedNotificationSchema */ .hhu,
  "notifications/tools/list_changed": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ToolListChangedNotificationSchema */ .fHZ,
  "notifications/prompts/list_changed": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .PromptListChangedNotificationSchema */ .br5,
  "notifications/subscriptions/acknowledged": _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .SubscriptionsAcknowledgedNotificationSchema */ .rd9
};
var KNOWN_SERVER_REQUESTS = new Set(Object.keys(SERVER_REQUEST_SCHEMAS));
var knownServerNotification = (method, era) => method in (era === "modern" ? MODERN_NOTIFICATION_SCHEMAS : NOTIFICATION_SCHEMAS);
function declaresTaskRequest(serverCapabilities, method) {
  const requests = isObject3(serverCapabilities) && isObject3(serverCapabilities.tasks) ? serverCapabilities.tasks.requests : void 0;
  let node = requests;
  for (const part of method.split("/")) node = isObject3(node) ? node[part] : void 0;
  return node !== void 0;
}
function resultProblems(method, result, requestParams, serverCapabilities, era = "legacy") {
  if (era === "modern") return modernResultProblems(method, result);
  const taskAugmented = isObject3(requestParams) && requestParams.task !== void 0;
  if (taskAugmented && declaresTaskRequest(serverCapabilities, method)) return problems(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .CreateTaskResultSchema */ .Mg, result);
  if (method === "tasks/result") return problems(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ResultSchema */ .Jh, result);
  const schema = RESULT_SCHEMAS[method];
  if (!schema) return problems(_modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .ResultSchema */ .Jh, result);
  if (method === "tools/call" && isObject3(result) && !Array.isArray(result.content)) {
    return ["content: required array is missing", ...problems(schema, result)];
  }
  return problems(schema, result);
}
function modernResultProblems(method, result) {
  if (isObject3(result) && result.resultType === "input_required") return [];
  const schema = MODERN_RESULT_SCHEMAS[method] ?? _modelcontextprotocol_core__WEBPACK_IMPORTED_MODULE_11__/* .ResultSchema */ .Jh3;
  if (method === "tools/call" && isObject3(result) && !Array.isArray(result.content)) {
    return ["content: required array is missing", ...problems(schema, result)];
  }
  return problems(schema, result);
}
function notificationProblems(message, era = "legacy") {
  const schemas = era === "modern" ? MODERN_NOTIFICATION_SCHEMAS : NOTIFICATION_SCHEMAS;
  const schema = typeof message.method === "string" ? schemas[message.method] : void 0;
  return schema ? problems(schema, stripEnvelope(message)) : [];
}
function serverRequestProblems(message) {
  const schema = typeof message.method === "string" ? SERVER_REQUEST_SCHEMAS[message.method] : void 0;
  return schema ? problems(schema, stripEnvelope(message)) : [];
}
function stripEnvelope(message) {
  return { method: message.method, ...message.params !== void 0 ? { params: message.params } : {} };
}
function problems(schema, value) {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : flatten(parsed.error.issues).slice(0, 5);
}
function flatten(issues, prefix = []) {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors?.length) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest.length) return flatten(closest, path);
    }
    return [`${formatPath(path)}: ${issue.message}`];
  });
}
function formatPath(path) {
  if (path.length === 0) return "(root)";
  return path.map((key, i) => typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`).join("");
}

// src/checks/judge/version-constructs.ts
var CONTENT_TYPE_SINCE = {
  text: "2024-11-05",
  image: "2024-11-05",
  resource: "2024-11-05",
  audio: "2025-03-26",
  resource_link: "2025-06-18",
  tool_use: "2025-11-25",
  tool_result: "2025-11-25"
};
var SERVER_REQUEST_SINCE = {
  ping: "2024-11-05",
  "sampling/createMessage": "2024-11-05",
  "roots/list": "2024-11-05",
  "elicitation/create": "2025-06-18",
  "tasks/get": "2025-11-25",
  "tasks/result": "2025-11-25",
  "tasks/list": "2025-11-25",
  "tasks/cancel": "2025-11-25"
};
var SERVER_NOTIFICATION_SINCE = {
  "notifications/cancelled": "2024-11-05",
  "notifications/progress": "2024-11-05",
  "notifications/message": "2024-11-05",
  "notifications/resources/updated": "2024-11-05",
  "notifications/resources/list_changed": "2024-11-05",
  "notifications/tools/list_changed": "2024-11-05",
  "notifications/prompts/list_changed": "2024-11-05",
  "notifications/tasks/status": "2025-11-25",
  "notifications/elicitation/complete": "2025-11-25"
};
var URL_ELICITATION_SINCE = "2025-11-25";
var ADDED_FIELDS = [
  { where: "tool", field: "annotations", since: "2025-03-26" },
  { where: "tool", field: "title", since: "2025-06-18" },
  { where: "tool", field: "outputSchema", since: "2025-06-18" },
  { where: "tool", field: "icons", since: "2025-11-25" },
  { where: "tool", field: "execution", since: "2025-11-25" },
  { where: "tools/call result", field: "structuredContent", since: "2025-06-18" },
  { where: "capabilities", field: "completions", since: "2025-03-26" },
  { where: "capabilities", field: "tasks", since: "2025-11-25" }
];
var newerThan = (since, version) => since !== void 0 && since > version;
function contentBlocks(method, payload) {
  const blocks = [];
  const add = (where, value) => {
    if (Array.isArray(value))
      value.forEach((item, i) => isObject3(item) && blocks.push({ where: `${where}[${i}]`, block: item }));
    else if (isObject3(value)) blocks.push({ where, block: value });
  };
  if (method === "tools/call") add(`tools/call result content`, payload.content);
  if (method === "prompts/get" || method === "sampling/createMessage") {
    const messages = Array.isArray(payload.messages) ? payload.messages : [];
    messages.forEach((message, i) => isObject3(message) && add(`${method} messages[${i}].content`, message.content));
  }
  return blocks;
}
function foreignInResult(method, result, version) {
  return contentBlocks(method, result).filter(({ block }) => typeof block.type === "string" && newerThan(CONTENT_TYPE_SINCE[block.type], version)).map(({ where, block }) => ({
    where: `${where}.type`,
    value: String(block.type),
    since: CONTENT_TYPE_SINCE[String(block.type)]
  }));
}
function foreignInServerMessage(message, version) {
  const method = typeof message.method === "string" ? message.method : "";
  const isRequest2 = "id" in message;
  const since = (isRequest2 ? SERVER_REQUEST_SINCE : SERVER_NOTIFICATION_SINCE)[method];
  if (newerThan(since, version))
    return [{ where: isRequest2 ? "request" : "notification", value: method, since }];
  const params = isObject3(message.params) ? message.params : {};
  const found = [];
  if (method === "elicitation/create" && params.mode === "url" && newerThan(URL_ELICITATION_SINCE, version)) {
    found.push({ where: "elicitation/create params.mode", value: "url", since: URL_ELICITATION_SINCE });
  }
  if (method === "sampling/createMessage") {
    for (const { where, block } of contentBlocks(method, params)) {
      if (typeof block.type === "string" && newerThan(CONTENT_TYPE_SINCE[block.type], version)) {
        found.push({ where: `${where}.type`, value: block.type, since: CONTENT_TYPE_SINCE[block.type] });
      }
    }
  }
  return found;
}
function addedFieldsIn(method, result, version) {
  const found = /* @__PURE__ */ new Set();
  const note = (where, object) => {
    for (const added of ADDED_FIELDS) {
      if (added.where === where && added.field in object && newerThan(added.since, version)) {
        found.add(`${where}.${added.field} (${added.since})`);
      }
    }
  };
  if (method === "tools/list" && Array.isArray(result.tools)) {
    for (const tool of result.tools) if (isObject3(tool)) note("tool", tool);
  }
  if (method === "tools/call") note("tools/call result", result);
  if (method === "initialize" && isObject3(result.capabilities)) note("capabilities", result.capabilities);
  return [...found];
}

// src/checks/sections-2025/lifecycle.ts
var BOGUS_VERSION = "2099-12-31";
var PRE_INITIALIZED_WINDOW_MS = 300;
var EARLY_PING_ID = "mcp-ci-before-initialize";
var BEFORE_INITIALIZED_PING_ID = "mcp-ci-before-initialized";
function rawInitializeResult(ctx) {
  const main = indexSessions(ctx.transcript()).filter((s) => s.label === ctx.main.label && s.version !== void 0);
  const session = main[main.length - 1];
  if (!session) return void 0;
  const request = session.sent.find((s) => s.message.method === "initialize");
  const response = session.received.find(
    (r) => isResponse(r.message) && idKey(r.message.id) === idKey(request?.message.id)
  );
  return response && isObject3(response.message.result) ? response.message.result : void 0;
}
function offerVersion(ctx, version) {
  return ctx.shared(`offer:${version}`, async () => {
    const raw = await ctx.openRaw({ initialize: false, handOver: true, label: `probe:offer-${version}` });
    const params = { protocolVersion: version, capabilities: {}, clientInfo: CLIENT_INFO3 };
    const waitedMs = firstAnswerTimeout(ctx);
    const exchange = await raw.request("initialize", params, firstAnswerWait(ctx));
    return { sent: { method: "initialize", params }, response: exchange.response, waitedMs };
  });
}
async function failedOffers(ctx) {
  if (ctx.transport === "sse" || ctx.transport === "memory") return [];
  const { probes: probes4 } = await ctx.versionMatrix();
  const failed = probes4.filter((p) => p.answered === void 0 && p.error !== void 0);
  return Promise.all(failed.map((p) => offerVersion(ctx, p.offered)));
}
function initializeResultProblems(result) {
  const problems2 = [];
  if (typeof result.protocolVersion !== "string") problems2.push("protocolVersion is not a string");
  if (!isObject3(result.capabilities)) problems2.push("capabilities is not an object");
  const info = result.serverInfo;
  if (!isObject3(info)) problems2.push("serverInfo is missing");
  else {
    if (typeof info.name !== "string") problems2.push("serverInfo.name is not a string");
    if (typeof info.version !== "string") problems2.push("serverInfo.version is not a string");
  }
  if (result.instructions !== void 0 && typeof result.instructions !== "string") {
    problems2.push("instructions is not a string");
  }
  return problems2.length ? problems2 : resultProblems("initialize", result, void 0);
}
function handshakeProbe(ctx) {
  return ctx.shared("handshake", async () => {
    const capabilities = { roots: { listChanged: true }, sampling: {} };
    if (ctx.protocolVersion >= "2025-06-18") capabilities.elicitation = {};
    const params = { protocolVersion: ctx.protocolVersion, capabilities, clientInfo: CLIENT_INFO3 };
    let raw = await ctx.openRaw({ initialize: false, label: "probe:handshake" });
    if (ctx.transport === "stdio") {
      await raw.send(JSON.stringify({ jsonrpc: "2.0", id: EARLY_PING_ID, method: "ping" }), { waitMs: 0 });
    }
    let initialize = await raw.request("initialize", params, firstAnswerWait(ctx));
    const ping = JSON.stringify({ jsonrpc: "2.0", id: BEFORE_INITIALIZED_PING_ID, method: "ping" });
    const windowOptions = ctx.transport === "stdio" ? { waitMs: PRE_INITIALIZED_WINDOW_MS } : { waitForId: BEFORE_INITIALIZED_PING_ID, waitMs: ctx.timeoutMs };
    let window = await raw.send(ping, windowOptions);
    let earlyPing;
    if (ctx.transport === "stdio") {
      const seen = [...initialize.messages, ...window.messages];
      const response = responseWithId(seen, EARLY_PING_ID);
      earlyPing = {
        ...response ? { response } : {},
        nonJson: [...initialize.nonJson, ...window.nonJson],
        serverAnswered: responsesIn(seen).length > 0
      };
      if (!response && !initialize.response) {
        raw = await ctx.openRaw({ initialize: false, label: "probe:handshake" });
        initialize = await raw.request("initialize", params, firstAnswerWait(ctx));
        window = await raw.send(ping, windowOptions);
      }
    }
    const notification = JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" });
    return {
      ...earlyPing ? { earlyPing } : {},
      initialize: {
        sent: { method: "initialize", params },
        response: initialize.response,
        messages: initialize.messages
      },
      beforeInitialized: window.messages,
      initialized: { sent: notification, outcome: await sendThenPing(ctx, raw, notification) }
    };
  });
}
var CLIENT_CAPABILITY_FOR = {
  "sampling/createMessage": "sampling",
  "elicitation/create": "elicitation",
  "roots/list": "roots",
  "tasks/get": "tasks",
  "tasks/result": "tasks",
  "tasks/list": "tasks",
  "tasks/cancel": "tasks"
};
var SERVER_CAPABILITY_FOR = {
  "notifications/tools/list_changed": ["tools", "listChanged"],
  "notifications/prompts/list_changed": ["prompts", "listChanged"],
  "notifications/resources/list_changed": ["resources", "listChanged"],
  "notifications/resources/updated": ["resources", "subscribe"]
};
function undeclaredUse(session) {
  const found = [];
  for (const { message } of session.received) {
    const method = String(message.method);
    if (isRequest(message) && CLIENT_CAPABILITY_FOR[method] && session.clientCapabilities) {
      const capability = CLIENT_CAPABILITY_FOR[method];
      if (session.clientCapabilities[capability] === void 0) {
        found.push({ problem: `sent ${method} although the client did not declare ${capability}`, message });
      }
    }
    if (isNotification(message) && SERVER_CAPABILITY_FOR[method] && session.serverCapabilities) {
      const [capability, flag] = SERVER_CAPABILITY_FOR[method];
      const declared = session.serverCapabilities[capability];
      if (!isObject3(declared) || declared[flag] !== true) {
        found.push({ problem: `sent ${method} without declaring ${capability}.${flag}`, message });
      }
    }
  }
  return found;
}
function judgeByVersion(findings, mustFrom, passMessage) {
  if (findings.length === 0) return pass(passMessage);
  const strict = findings.filter((f) => (f.session.version ?? "") >= mustFrom);
  const chosen = strict.length ? strict : findings;
  const first = chosen[0];
  const more2 = chosen.length > 1 ? ` (and ${chosen.length - 1} more)` : "";
  const evidence = {
    received: chosen.slice(0, 3).map((f) => ({ session: f.session.id, version: f.session.version, message: trimmed(f.message) }))
  };
  const message = `${first.problem} in a ${first.session.version} session${more2}`;
  return strict.length ? violation(message, evidence) : warn(`${message}; a SHOULD in that version`, evidence);
}
var checks9 = [
  {
    id: "lifecycle-initialize-result",
    title: "initialize returns protocolVersion, capabilities and serverInfo",
    section: "lifecycle",
    level: "MUST",
    requirements: ["LIFE-01", "SCH-01"],
    spec: "basic/lifecycle#initialization",
    rule: "The server MUST respond with its own capabilities and information (InitializeResult: protocolVersion, capabilities, serverInfo {name, version}).",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http", "sse"],
    scope: "per-version",
    async run(ctx) {
      const result = rawInitializeResult(ctx) ?? ctx.main.initializeResult;
      const problems2 = initializeResultProblems(result);
      if (problems2.length) {
        return violation(`initialize result is malformed: ${problems2.join("; ")}`, { received: trimmed(result) });
      }
      if (ctx.protocolVersion === (await ctx.versionMatrix()).accepted[0]) {
        for (const offer of await failedOffers(ctx)) {
          const failed = isObject3(offer.response?.result) ? initializeResultProblems(offer.response.result) : [];
          if (failed.length) {
            const offered = String(offer.sent.params.protocolVersion);
            return violation(`initialize offering ${offered} returned a malformed result: ${failed.join("; ")}`, {
              sent: offer.sent,
              received: trimmed(offer.response)
            });
          }
        }
      }
      const info = result.serverInfo;
      return pass(`${String(info.name)} ${String(info.version)}`);
    }
  },
  {
    id: "lifecycle-version-negotiation",
    title: "initialize answers a protocol version that exists",
    section: "lifecycle",
    level: "MUST",
    requirements: ["LIFE-02"],
    spec: "basic/lifecycle#version-negotiation",
    rule: "If the server supports the requested protocol version, it MUST respond with the same version. Otherwise, the server MUST respond with another protocol version it supports.",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http", "sse"],
    scope: "once",
    async run(ctx) {
      const { accepted, probes: probes4 } = await ctx.versionMatrix();
      const answers = [
        ...probes4.filter((p) => p.answered !== void 0).map((p) => ({ offered: p.offered, answered: p.answered })),
        // The SDK client refuses an answer with a version it does not know, so those offers are replayed raw.
        ...(await failedOffers(ctx)).map((o) => ({
          offered: String(o.sent.params.protocolVersion),
          answered: isObject3(o.response?.result) ? o.response.result.protocolVersion : void 0
        }))
      ];
      const unknown = answers.filter((a) => a.answered !== void 0 && !isKnownVersion(a.answered));
      if (unknown.length) {
        return violation(
          `answered a protocol version that does not exist: ${unknown.map((a) => `offered ${a.offered}, got ${JSON.stringify(a.answered)}`).join("; ")}`,
          { received: { versionProbes: probes4, answers } }
        );
      }
      if (accepted.length === 0) {
        return violation("accepted none of the protocol versions offered", { received: probes4 });
      }
      return pass(`accepts ${accepted.join(", ")}`);
    }
  },
  {
    id: "lifecycle-unsupported-version-counter-offer",
    title: "an unsupported protocol version gets a supported one back, not an echo",
    section: "lifecycle",
    level: "MUST",
    requirements: ["LIFE-03"],
    spec: "basic/lifecycle#version-negotiation",
    rule: "If the server does not support the requested version, it MUST respond with another protocol version it supports (or an error).",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http"],
    scope: "once",
    async run(ctx) {
      const { sent, response, waitedMs = 0 } = await offerVersion(ctx, BOGUS_VERSION);
      if (!response) {
        return violation(
          `no answer to initialize offering ${BOGUS_VERSION} within ${waitedMs / 1e3} s${ctx.transport === "stdio" ? " of starting its process (boot timeout plus request timeout)" : ""}`,
          { sent }
        );
      }
      if (isObject3(response.error)) return pass("answered with a JSON-RPC error, which the spec allows");
      const exchange = { response };
      const result = response.result;
      const answered2 = isObject3(result) ? result.protocolVersion : void 0;
      if (answered2 === BOGUS_VERSION) {
        return violation(`echoed the unsupported version ${BOGUS_VERSION} instead of one it supports`, {
          sent,
          received: exchange.response
        });
      }
      if (!isKnownVersion(answered2)) {
        return violation(`answered ${JSON.stringify(answered2)}, which is not a protocol version`, {
          sent,
          received: exchange.response
        });
      }
      const refused = (await ctx.versionMatrix()).probes.some((p) => p.offered === answered2 && p.answered !== answered2);
      if (refused) {
        return violation(`counter-offered ${answered2}, but refused that version when it was offered`, {
          sent,
          received: exchange.response
        });
      }
      return pass(`counter-offered ${answered2}`);
    }
  },
  {
    id: "lifecycle-counter-offer-latest",
    title: "the counter-offered version is the latest the server supports",
    section: "lifecycle",
    level: "SHOULD",
    requirements: ["LIFE-04"],
    spec: "basic/lifecycle#version-negotiation",
    rule: "If the server does not support the requested version, this SHOULD be the latest version the server supports.",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http"],
    scope: "once",
    async run(ctx) {
      const exchange = await offerVersion(ctx, BOGUS_VERSION);
      const result = exchange.response?.result;
      if (!isObject3(result) || !isKnownVersion(result.protocolVersion)) {
        return skip(
          "the server answered the unsupported version with an error or no known version (see lifecycle-unsupported-version-counter-offer)"
        );
      }
      if (ctx.config.protocolVersion) {
        return skip(
          `protocol-version limits the run to ${ctx.config.protocolVersion}, so the latest version the server supports is unknown`
        );
      }
      const latest = (await ctx.versionMatrix()).accepted[0];
      return result.protocolVersion === latest ? pass(`counter-offered ${latest}`) : violation(`counter-offered ${result.protocolVersion}, but the latest version it accepts is ${latest}`, {
        received: exchange.response
      });
    }
  },
  {
    id: "lifecycle-initialized-notification-accepted",
    title: "notifications/initialized is accepted without a reply and the session works",
    section: "lifecycle",
    level: "MUST",
    requirements: ["BASE-05", "LIFE-01"],
    spec: "basic/lifecycle#initialization",
    rule: "After successful initialization, the client MUST send an initialized notification; the receiver of a notification MUST NOT send a response.",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http"],
    scope: "once",
    async run(ctx) {
      const { initialize, initialized } = await handshakeProbe(ctx);
      if (!isObject3(initialize.response?.result)) {
        return skip("initialize did not succeed on a fresh connection (see lifecycle-initialize-result)");
      }
      const { sent, outcome } = initialized;
      const requestIds = new Set([EARLY_PING_ID, BEFORE_INITIALIZED_PING_ID, initialize.response?.id].map(idKey));
      const replies = responsesIn(outcome.messages).filter((m) => !requestIds.has(idKey(m.id)));
      if (replies.length) {
        return violation("answered notifications/initialized with a response", { sent, received: trimmed(replies) });
      }
      if (outcome.http && outcome.http.status >= 400) {
        return violation(`rejected notifications/initialized with HTTP ${outcome.http.status}`, {
          sent,
          received: outcome.http
        });
      }
      if (!outcome.serving) return violation("stopped answering after notifications/initialized", { sent });
      return pass();
    }
  },
  {
    id: "lifecycle-ping-before-initialized",
    title: "ping is answered before initialization completes",
    section: "lifecycle",
    level: "SHOULD",
    requirements: ["LIFE-08"],
    spec: "basic/lifecycle#initialization",
    rule: "The server SHOULD NOT send requests other than pings before receiving the initialized notification; pings may be exchanged at any time and MUST be answered.",
    versions: ALL_VERSIONS,
    transports: ["stdio"],
    scope: "once",
    async run(ctx) {
      const early = (await handshakeProbe(ctx)).earlyPing;
      if (isObject3(early.response?.result)) return pass();
      if (!early.serverAnswered) {
        return skip(
          `the fresh server process answered neither the ping nor the initialize after it within ${firstAnswerTimeout(ctx) / 1e3} s (boot timeout plus request timeout)`
        );
      }
      return warn(
        early.response ? "answered a ping before initialize with an error" : "did not answer a ping sent before initialize by the time it answered the initialize after it",
        { sent: { method: "ping" }, received: early.response ?? early.nonJson }
      );
    }
  },
  {
    id: "lifecycle-no-requests-before-initialized",
    title: "the server sends no requests but pings before notifications/initialized",
    section: "lifecycle",
    level: "SHOULD",
    requirements: ["LIFE-05"],
    spec: "basic/lifecycle#initialization",
    rule: "The server SHOULD NOT send requests other than pings and logging before receiving the initialized notification.",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http"],
    scope: "once",
    async run(ctx) {
      const { initialize, beforeInitialized } = await handshakeProbe(ctx);
      if (!isObject3(initialize.response?.result)) {
        return skip("initialize did not succeed on a fresh connection (see lifecycle-initialize-result)");
      }
      const early = [...initialize.messages, ...beforeInitialized].filter((m) => isRequest(m) && m.method !== "ping");
      if (early.length) {
        return violation(`sent ${early.map((m) => String(m.method)).join(", ")} before notifications/initialized`, {
          sent: initialize.sent,
          received: trimmed(early)
        });
      }
      return pass(
        ctx.transport === "stdio" ? `no requests in the ${PRE_INITIALIZED_WINDOW_MS} ms before notifications/initialized` : "no requests on the streams answering initialize and a ping sent before notifications/initialized"
      );
    }
  },
  {
    id: "lifecycle-negotiated-capabilities-only",
    title: "the server only uses capabilities both sides declared",
    section: "lifecycle",
    level: "MUST",
    requirements: ["LIFE-06"],
    spec: "basic/lifecycle#operation",
    rule: "During the operation phase, both parties MUST only use capabilities that were successfully negotiated (a SHOULD in 2025-03-26).",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http", "sse"],
    scope: "passive",
    async run(ctx) {
      const findings = indexSessions(ctx.transcript()).flatMap(
        (session) => undeclaredUse(session).map((f) => ({ session, ...f }))
      );
      return judgeByVersion(
        findings,
        "2025-06-18",
        "every server request and notification matched a declared capability"
      );
    }
  },
  {
    id: "lifecycle-negotiated-version-constructs",
    title: "an older session carries only constructs its protocol version defines",
    section: "lifecycle",
    level: "MUST",
    requirements: ["LIFE-07"],
    spec: "basic/lifecycle#operation",
    rule: "During the operation phase, both parties MUST respect the negotiated protocol version (a SHOULD in 2025-03-26).",
    versions: versionsFrom("2024-11-05", "2025-06-18"),
    transports: ["stdio", "http", "sse"],
    scope: "passive",
    async run(ctx) {
      const findings = [];
      const added = /* @__PURE__ */ new Set();
      let checked = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const version = session.version;
        if (!version || version >= "2025-11-25") continue;
        for (const received of session.received) {
          const { message } = received;
          let foreign;
          if (typeof message.method === "string") {
            foreign = foreignInServerMessage(message, version);
          } else {
            const method = requestAnswered(session, received)?.message.method;
            if (!isResponse(message) || !isObject3(message.result) || typeof method !== "string") continue;
            foreign = foreignInResult(method, message.result, version);
            for (const field of addedFieldsIn(method, message.result, version)) added.add(field);
          }
          checked++;
          for (const f of foreign) {
            findings.push({
              session,
              problem: `sent ${f.where} ${JSON.stringify(f.value)}, which only exists from ${f.since}`,
              message
            });
          }
        }
      }
      const note = added.size ? `; later-revision fields seen (ignored by older clients): ${[...added].join(", ")}` : "";
      return judgeByVersion(findings, "2025-06-18", `${checked} messages in older sessions checked${note}`);
    }
  },
  {
    id: "lifecycle-no-unexpected-exit",
    title: "the server process runs until the client ends it",
    section: "lifecycle",
    level: "MUST",
    requirements: ["BASE-01"],
    spec: "basic/lifecycle#shutdown",
    rule: "Shutdown is initiated by the client (over stdio by closing the server's input stream), and all messages MUST follow JSON-RPC 2.0, under which the server MUST reply to every request: a server process that exits on its own while the client still talks to it breaks both.",
    versions: ALL_VERSIONS,
    transports: ["stdio", "http", "sse"],
    scope: "passive",
    async run(ctx) {
      const crashes = ctx.transcript().flatMap((entry) => entry.exit ? [{ conn: entry.conn, ...entry.exit }] : []);
      if (crashes.length === 0) return pass();
      const first = crashes[0];
      const how = first.signal ? `was killed by ${first.signal}` : `exited with code ${String(first.code)}`;
      const more2 = crashes.length > 1 ? ` (${crashes.length} processes in all)` : "";
      return violation(`the server process ${how} while mcp-ci was still talking to it${more2}`, {
        received: crashes.slice(0, 3).map((c) => ({
          connection: c.conn,
          exitCode: c.code,
          signal: c.signal,
          stderrTail: c.stderrTail.slice(-2e3)
        }))
      });
    }
  }
];

// src/checks/sections-2025/logging.ts
var BOTH6 = ["stdio", "http", "sse"];
var notDeclared = (ctx) => ctx.main.serverCapabilities.logging === void 0 ? "the server does not declare the logging capability" : void 0;
var levelProbes = /* @__PURE__ */ new WeakMap();
function setLevelProbe(ctx) {
  let probe = levelProbes.get(ctx.main);
  if (!probe) {
    probe = (async () => {
      const connection = await ctx.sideSession();
      const valid = await connection.request("logging/setLevel", { level: "debug" });
      const invalid = await connection.request("logging/setLevel", { level: "verbose" });
      return { valid, invalid };
    })();
    levelProbes.set(ctx.main, probe);
  }
  return probe;
}
var SENSITIVE_PATTERNS = [
  { name: "a private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: "an Authorization header", pattern: /\bauthorization\s*:\s*(bearer|basic)\s+\S+/i },
  { name: "a bearer token", pattern: /\bbearer\s+[A-Za-z0-9\-._~+/]{16,}=*/i },
  { name: "an AWS access key id", pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "a GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: "a Slack token", pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: "a JavaScript stack trace", pattern: /\n\s+at .+\(.+:\d+:\d+\)/ },
  { name: "a Python traceback", pattern: /Traceback \(most recent call last\)/ }
];
function testerSecrets(ctx) {
  const target = ctx.config.target;
  const headers = target.transport === "http" || target.transport === "sse" ? target.headers : {};
  const fromHeaders = Object.values(headers).flatMap((value) => [value, value.replace(/^(bearer|basic)\s+/i, "")]);
  return [...ctx.config.secrets, ...fromHeaders].filter((secret) => secret.length >= 8);
}
function sensitiveContent(data, secrets) {
  const text = typeof data === "string" ? data : JSON.stringify(data ?? "").replace(/\\n/g, "\n");
  if (secrets.some((secret) => text.includes(secret))) return "a secret the tester sent (a configured header value)";
  return SENSITIVE_PATTERNS.find((p) => p.pattern.test(text))?.name;
}
var checks10 = [
  {
    id: "logging-capability-declared",
    title: "a server that sends log messages declares logging",
    section: "logging",
    level: "MUST",
    requirements: ["LOG-01"],
    spec: "server/utilities/logging#capabilities",
    rule: "Servers that emit log message notifications MUST declare the logging capability.",
    versions: ALL_VERSIONS,
    transports: BOTH6,
    scope: "passive",
    async run(ctx) {
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        if (!session.serverCapabilities) continue;
        for (const { message } of session.received) {
          if (!isNotification(message) || message.method !== "notifications/message") continue;
          count++;
          if (session.serverCapabilities.logging === void 0) {
            return violation("sent notifications/message without declaring the logging capability", {
              received: { session: session.id, capabilities: session.serverCapabilities, message: trimmed(message) }
            });
          }
        }
      }
      return pass(count ? `${count} log messages, logging declared` : "the server sent no log message");
    }
  },
  {
    id: "logging-set-level",
    title: "logging/setLevel with a valid level returns an empty result",
    section: "logging",
    level: "MUST",
    requirements: ["LOG-02", "SCH-14"],
    spec: "server/utilities/logging#setting-log-level",
    rule: "To configure the minimum log level, clients MAY send a logging/setLevel request; a server that declares logging answers it with an empty result.",
    versions: ALL_VERSIONS,
    transports: BOTH6,
    scope: "once",
    applies: notDeclared,
    async run(ctx) {
      const { valid } = await setLevelProbe(ctx);
      const sent = { method: "logging/setLevel", params: { level: "debug" } };
      if (!valid.ok) {
        const missing = valid.error.code === -32601 ? " (it declares logging but has no handler)" : "";
        return violation(`logging/setLevel "debug" failed with ${valid.error.code}: ${valid.error.message}${missing}`, {
          sent,
          received: valid.error
        });
      }
      const extra = Object.keys(valid.result).filter((key) => key !== "_meta");
      if (extra.length) {
        return violation(`logging/setLevel returned ${extra.join(", ")} instead of an empty result`, {
          sent,
          received: trimmed(valid.result)
        });
      }
      return pass();
    }
  },
  {
    id: "logging-invalid-level",
    title: "logging/setLevel with an unknown level gets -32602",
    section: "logging",
    level: "SHOULD",
    requirements: ["LOG-04"],
    spec: "server/utilities/logging#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: invalid log level: -32602 (Invalid params).",
    versions: ALL_VERSIONS,
    transports: BOTH6,
    scope: "once",
    applies: notDeclared,
    async run(ctx) {
      const { invalid } = await setLevelProbe(ctx);
      const sent = { method: "logging/setLevel", params: { level: "verbose" } };
      if (!invalid.ok && invalid.error.code === -32602) return pass();
      return violation(
        invalid.ok ? 'accepted the log level "verbose", which does not exist' : `answered the log level "verbose" with ${invalid.error.code}, not -32602 Invalid params`,
        { sent, received: invalid.ok ? trimmed(invalid.result) : invalid.error }
      );
    }
  },
  {
    id: "logging-no-sensitive-data",
    title: "log messages carry no credentials, keys or stack traces",
    section: "logging",
    level: "MUST",
    requirements: ["LOG-05"],
    spec: "server/utilities/logging#security",
    rule: "Log messages MUST NOT contain credentials or secrets, personal identifying information, or internal system details that could aid attacks.",
    versions: ALL_VERSIONS,
    transports: BOTH6,
    heuristic: true,
    scope: "passive",
    async run(ctx) {
      const secrets = testerSecrets(ctx);
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isNotification(message) || message.method !== "notifications/message") continue;
          count++;
          const params = isObject3(message.params) ? message.params : {};
          const found = sensitiveContent(params.data, secrets);
          if (found) {
            return warn(
              `a ${String(params.level)} log message${params.logger ? ` from ${String(params.logger)}` : ""} appears to contain ${found}`,
              {
                received: { session: session.id, level: params.level, logger: params.logger }
              }
            );
          }
        }
      }
      return pass(count ? `${count} log messages scanned` : "the server sent no log message");
    }
  }
];

// src/checks/sections-2025/pagination.ts


// src/checks/applicability.ts
var declares = (ctx, capability) => ctx.main.serverCapabilities[capability] !== void 0 && ctx.main.serverCapabilities[capability] !== null;
function requireCapability(ctx, capability) {
  return declares(ctx, capability) ? void 0 : `the server does not declare the ${capability} capability`;
}
var LIST_METHOD = {
  tools: "tools/list",
  resources: "resources/list",
  resourceTemplates: "resources/templates/list",
  prompts: "prompts/list"
};
var CAPABILITY = {
  tools: "tools",
  resources: "resources",
  resourceTemplates: "resources",
  prompts: "prompts"
};
function requireListed(ctx, kind) {
  const missing = requireCapability(ctx, CAPABILITY[kind]);
  if (missing) return missing;
  const method = LIST_METHOD[kind];
  const error = ctx.inventory.listErrors[method];
  if (error) return `${method} could not be listed (${error})`;
  if (ctx.inventory[kind].length === 0) return `${method} lists nothing`;
  return void 0;
}
function requireCallableTools(ctx) {
  const missing = requireListed(ctx, "tools");
  if (missing) return missing;
  if (ctx.callableTools.length > 0) return void 0;
  const policy = ctx.config.callTools;
  if (policy === "none") return "call-tools is none, so no tool is called";
  const safe = policy === "read-only" ? "annotated readOnlyHint" : "annotated destructiveHint: false or readOnlyHint";
  return `no listed tool may be called under call-tools: ${policy} (none is ${safe} with arguments that can be synthesized from its inputSchema, and none is listed under tools: in the configuration)`;
}

// src/checks/sections-2025/pagination.ts
var BOTH7 = ["stdio", "http", "sse"];
var INVALID_CURSOR = "mcp-ci-invalid-cursor";
var declaredLists = (ctx) => LIST_METHODS.filter((l) => declares(ctx, l.capability));
var requireLists = (ctx) => declaredLists(ctx).length ? void 0 : "the server declares none of tools, resources, prompts";
var checks11 = [
  {
    id: "pagination-terminates",
    title: "paginated listings end: the last page omits nextCursor and cursors do not cycle",
    section: "pagination",
    level: "MUST",
    requirements: ["PAG-01"],
    spec: "server/utilities/pagination#response-format",
    rule: "nextCursor is present only when more results exist (schema.ts PaginatedResult); a listing walked cursor by cursor reaches a last page.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH7,
    scope: "per-version",
    applies: requireLists,
    async run(ctx) {
      const emptyEnd = [];
      const summary = [];
      for (const list of declaredLists(ctx)) {
        const walk = await sharedWalk(ctx.main, list.method);
        const stopped = walk.stopped;
        if (stopped && !stopped.outcome) {
          return violation(`${list.method}: ${stopped.reason}`, {
            sent: { method: list.method },
            received: walk.pages.slice(-3).map((p) => ({ cursor: p.cursor, nextCursor: p.result.nextCursor }))
          });
        }
        if (stopped?.outcome && stopped.cursor !== void 0) {
          return violation(`${list.method} rejects the cursor it issued itself: ${describeOutcome(stopped.outcome)}`, {
            sent: { method: list.method, params: { cursor: stopped.cursor } },
            received: receivedOf(stopped.outcome)
          });
        }
        if (stopped) continue;
        if (walk.endedWithEmptyCursor) emptyEnd.push(list.method);
        summary.push(`${list.method}: ${walk.pages.length} page(s)`);
      }
      if (emptyEnd.length) {
        return warn(
          `${emptyEnd.join(", ")} end(s) the listing with nextCursor: "" instead of omitting it; from 2026-07-28 clients must treat "" as a real cursor`,
          { received: emptyEnd }
        );
      }
      return summary.length ? pass(summary.join("; ")) : skip("no listing could be walked");
    }
  },
  {
    id: "pagination-cursor-stable",
    title: "the same cursor returns the same page",
    section: "pagination",
    level: "SHOULD",
    requirements: ["PAG-02"],
    spec: "server/utilities/pagination#implementation-guidelines",
    rule: "Servers SHOULD provide stable cursors.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH7,
    scope: "per-version",
    applies: requireLists,
    async run(ctx) {
      const compared = [];
      for (const list of declaredLists(ctx)) {
        const walk = await sharedWalk(ctx.main, list.method);
        const cursor = walk.pages[1]?.cursor;
        if (cursor === void 0) continue;
        const first = await ctx.main.request(list.method, { cursor });
        const second = await ctx.main.request(list.method, { cursor });
        const items = (outcome) => outcome.ok ? outcome.result[list.key] : receivedOf(outcome);
        if (!first.ok || !second.ok || !(0,node_util__WEBPACK_IMPORTED_MODULE_13__.isDeepStrictEqual)(items(first), items(second))) {
          return violation(`${list.method} returns different answers for the same cursor`, {
            sent: { method: list.method, params: { cursor } },
            received: { first: receivedOf(first), second: receivedOf(second) }
          });
        }
        compared.push(list.method);
      }
      return compared.length ? pass(`stable: ${compared.join(", ")}`) : skip("no listing has a second page");
    }
  },
  {
    id: "pagination-invalid-cursor",
    title: "an invalid cursor is error -32602",
    section: "pagination",
    level: "SHOULD",
    requirements: ["PAG-03"],
    spec: "server/utilities/pagination#error-handling",
    rule: "Invalid cursors SHOULD result in an error with code -32602 (Invalid params).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH7,
    scope: "per-version",
    applies: requireLists,
    async run(ctx) {
      for (const list of declaredLists(ctx)) {
        const sent = { method: list.method, params: { cursor: INVALID_CURSOR } };
        const outcome = await ctx.main.request(sent.method, sent.params);
        const evidence = { sent, received: receivedOf(outcome) };
        if (outcome.ok) {
          return violation(
            `${list.method} ignores the invalid cursor ${JSON.stringify(INVALID_CURSOR)} and answers a page instead of error -32602`,
            evidence
          );
        }
        if (outcome.error.code !== INVALID_PARAMS) {
          return violation(
            `${list.method} answers an invalid cursor with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
            evidence
          );
        }
      }
      return pass(
        `${declaredLists(ctx).map((l) => l.method).join(", ")}: -32602`
      );
    }
  }
];

// src/checks/sections-2025/ping.ts
var isEmptyResult = (value) => value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).every((key) => key === "_meta");
var checks12 = [
  {
    id: "ping-empty-result",
    title: "ping is answered promptly with an empty result",
    section: "ping",
    level: "MUST",
    requirements: ["PING-01", "SCH-14"],
    spec: "basic/utilities/ping#behavior-requirements",
    rule: "The receiver MUST respond promptly with an empty response.",
    versions: versionsFrom("2024-11-05"),
    transports: ["stdio", "http", "sse"],
    scope: "per-version",
    async run(ctx) {
      const withoutParams = await ctx.main.request("ping");
      if (!withoutParams.ok) {
        return violation(`ping returned error ${withoutParams.error.code}: ${withoutParams.error.message}`, {
          sent: { method: "ping" },
          received: withoutParams.error
        });
      }
      if (!isEmptyResult(withoutParams.result)) {
        return violation("ping result is not an empty object", {
          sent: { method: "ping" },
          received: withoutParams.result
        });
      }
      const withParams = await ctx.main.request("ping", {});
      if (!withParams.ok || !isEmptyResult(withParams.result)) {
        return violation("ping with `params: {}` did not return an empty result", {
          sent: { method: "ping", params: {} },
          received: withParams.ok ? withParams.result : withParams.error
        });
      }
      return pass();
    }
  }
];

// src/checks/sections-2025/progress.ts
var BOTH8 = ["stdio", "http", "sse"];
async function withProgress(ctx, judge2) {
  const probe = await progressProbe(ctx);
  if (!probe.tool) return skip(probe.unavailable ?? "no tool reported progress");
  const calls2 = probe.calls.filter((c) => c.tool === probe.tool && c.notices.length > 0);
  return judge2(calls2, probe);
}
var describeToken = (token) => `${typeof token} token ${JSON.stringify(token)}`;
var checks13 = [
  {
    id: "progress-token-echoed",
    startsEarly: true,
    title: "progress notifications carry the request\u2019s token unchanged, type included",
    section: "progress",
    level: "MUST",
    requirements: ["PROG-01"],
    spec: "basic/utilities/progress#behavior-requirements",
    rule: "Progress notifications MUST only reference tokens that were provided in an active request and are associated with an in-progress operation.",
    versions: ALL_VERSIONS,
    transports: BOTH8,
    scope: "once",
    async run(ctx) {
      return withProgress(ctx, (calls2, probe) => {
        for (const call of calls2) {
          const changed = call.notices.find((n) => n.typeChanged);
          if (changed) {
            return violation(
              `${probe.tool} echoed the ${describeToken(call.token)} as ${describeToken(changed.params.progressToken)}`,
              { sent: trimmed(call.request?.message), received: trimmed(changed.params) }
            );
          }
        }
        const integer = probe.calls.find((c) => c.purpose === "integer-token");
        const integerNote = integer?.notices.length ? "string and integer tokens echoed" : probe.noIntegerCall ? `string tokens echoed (no integer token tried: ${probe.noIntegerCall})` : "string tokens echoed (no progress was sent for the integer token, which the spec allows)";
        return pass(`${probe.tool}: ${integerNote}`);
      });
    }
  },
  {
    id: "progress-increasing",
    title: "progress increases with every notification",
    section: "progress",
    level: "MUST",
    requirements: ["PROG-02"],
    spec: "basic/utilities/progress#progress-flow",
    rule: "The progress value MUST increase with each notification, even if the total is unknown.",
    versions: ALL_VERSIONS,
    transports: BOTH8,
    scope: "once",
    async run(ctx) {
      return withProgress(ctx, (calls2, probe) => {
        for (const call of calls2) {
          const values = call.notices.map((n) => n.params.progress);
          const stalled = values.findIndex((v, i) => i > 0 && !(Number(v) > Number(values[i - 1])));
          if (stalled > 0) {
            return violation(
              `${probe.tool} sent progress ${JSON.stringify(values[stalled])} after ${JSON.stringify(values[stalled - 1])} for ${describeToken(call.token)}`,
              { sent: trimmed(call.request?.message), received: call.notices.map((n) => n.params) }
            );
          }
        }
        return pass(`${probe.tool}: ${calls2.map((c) => c.notices.length).join(", ")} increasing notifications`);
      });
    }
  },
  {
    id: "progress-stops-after-response",
    title: "no progress notification follows the response",
    section: "progress",
    level: "MUST",
    requirements: ["PROG-03"],
    spec: "basic/utilities/progress#implementation-notes",
    rule: "Progress notifications MUST stop after completion.",
    versions: ALL_VERSIONS,
    transports: BOTH8,
    scope: "once",
    async run(ctx) {
      return withProgress(ctx, (calls2, probe) => {
        const completed = calls2.filter((c) => c.response && c.cancelledAt === void 0);
        if (completed.length === 0) return skip(`${probe.tool} did not complete within the time given`);
        for (const call of completed) {
          const late = call.notices.filter((n) => n.index > call.response.index);
          if (late.length) {
            return violation(`${probe.tool} sent ${late.length} progress notification(s) after its response`, {
              sent: trimmed(call.request?.message),
              received: { response: trimmed(call.response.message), after: late.map((n) => n.params) }
            });
          }
        }
        return pass(`${probe.tool}: no progress after ${completed.length} response(s)`);
      });
    }
  },
  {
    id: "progress-notifications-solicited",
    title: "progress notifications only use tokens the client sent",
    section: "progress",
    level: "MUST",
    requirements: ["PROG-01", "PROG-04"],
    spec: "basic/utilities/progress#behavior-requirements",
    rule: "Progress notifications MUST only reference tokens that were provided in an active request. The message field SHOULD provide relevant human readable progress information.",
    versions: ALL_VERSIONS,
    transports: BOTH8,
    scope: "passive",
    async run(ctx) {
      let count = 0;
      const emptyMessages = [];
      for (const session of indexSessions(ctx.transcript())) {
        for (const { index, message } of session.received) {
          if (!isNotification(message) || message.method !== "notifications/progress" || !isObject3(message.params))
            continue;
          count++;
          const token = message.params.progressToken;
          const solicited = session.sent.some((s) => {
            const params = s.message.params;
            const meta = isObject3(params) && isObject3(params._meta) ? params._meta : void 0;
            return s.index < index && meta !== void 0 && String(meta.progressToken) === String(token);
          });
          if (!solicited) {
            return violation(`sent progress for token ${idKey(token)}, which no request of the session carried`, {
              received: { session: session.id, message: trimmed(message) }
            });
          }
          const text = message.params.message;
          if (text !== void 0 && (typeof text !== "string" || text.trim() === ""))
            emptyMessages.push(message.params);
        }
      }
      if (emptyMessages.length) {
        return warn("progress notifications carry an empty message; it should say what is happening", {
          received: trimmed(emptyMessages.slice(0, 3))
        });
      }
      return pass(count ? `${count} progress notifications checked` : "the server sent no progress notification");
    }
  }
];

// src/checks/sections-2025/capability-honesty.ts
var ask = async (ctx, probe) => probe.answered ? probe.answered() : ctx.main.request(probe.method, probe.params);
var asSent = ({ method, params }) => ({ method, ...params ? { params } : {} });
function capabilityChecks(feature) {
  const { section, capability, feature: name } = feature;
  return [
    {
      id: `${section}-capability-implemented`,
      title: `the declared ${capability} capability is served`,
      section,
      level: "MUST",
      requirements: ["SCH-02"],
      spec: "basic/lifecycle#capability-negotiation",
      modernSpec: "schema#servercapabilities",
      rule: `A declared capability means the feature is implemented: ${capability} is "present if the server offers" it, so its methods never answer -32601 (Method not found).`,
      versions: withModern(ALL_VERSIONS),
      transports: ["stdio", "http", "sse"],
      scope: "per-version",
      applies: (ctx) => ctx.main.serverCapabilities[capability] === void 0 ? `the server does not declare the ${capability} capability` : void 0,
      async run(ctx) {
        const probes4 = (await feature.probes(ctx)).filter((p) => p !== void 0);
        const missing = [];
        for (const probe of probes4) {
          const outcome = await ask(ctx, probe);
          if (outcome && isMethodNotFound(outcome))
            missing.push({ sent: asSent(probe), received: receivedOf(outcome) });
        }
        if (missing.length) {
          return violation(
            `declares the ${capability} capability but answers ${missing.map((m) => m.sent.method).join(", ")} with -32601 (Method not found)`,
            { sent: missing.map((m) => m.sent), received: missing.map((m) => m.received) }
          );
        }
        return pass(`served: ${probes4.map((p) => p.method).join(", ")}`);
      }
    },
    {
      id: `${section}-capability-declared`,
      title: `${name} are served only when the ${capability} capability is declared`,
      section,
      level: "MUST",
      requirements: feature.declaredRequirements,
      spec: feature.declaredSpec,
      rule: feature.declaredRule,
      versions: withModern(ALL_VERSIONS),
      transports: ["stdio", "http", "sse"],
      scope: "per-version",
      applies: (ctx) => ctx.main.serverCapabilities[capability] !== void 0 ? `the server declares the ${capability} capability` : void 0,
      async run(ctx) {
        const probes4 = (await feature.probes(ctx)).filter((p) => p !== void 0);
        if (!probes4.length) return skip(`nothing to probe ${name} with`);
        for (const probe of probes4) {
          const outcome = await ask(ctx, probe);
          if (outcome?.ok) {
            return violation(`serves ${probe.method} but does not declare the ${capability} capability`, {
              sent: asSent(probe),
              received: outcome.result
            });
          }
        }
        return pass(`not served: ${probes4.map((p) => p.method).join(", ")} answered with errors`);
      }
    }
  ];
}

// src/checks/sections-2025/prompts.ts
var BOTH9 = ["stdio", "http", "sse"];
var MAX_MISSING_ARGUMENT_PROBES = 5;
var answered = (records) => records.filter((r) => r.outcome?.ok === true && !isInterim(r.outcome));
function contentBlocks2(records) {
  return records.flatMap((record) => {
    const messages = record.outcome.result.messages;
    if (!Array.isArray(messages)) return [];
    return messages.flatMap(
      (message, i) => isObject(message) && isObject(message.content) ? [{ record, block: message.content, where: `${record.name} messages[${i}].content` }] : []
    );
  });
}
var honesty = capabilityChecks({
  section: "prompts",
  capability: "prompts",
  feature: "prompts",
  declaredRequirements: ["PR-01"],
  declaredSpec: "server/prompts#capabilities",
  declaredRule: "Servers that support prompts MUST declare the prompts capability.",
  async probes(ctx) {
    const probes4 = [{ method: "prompts/list" }];
    if (ctx.inventory.prompts.length) {
      probes4.push({ method: "prompts/get", answered: async () => (await listedPromptGets(ctx))[0]?.outcome });
    }
    return probes4;
  }
});
var checks14 = [
  ...honesty,
  {
    id: "prompts-list-shape",
    title: "prompts/list pages have a prompts array of well-typed prompts",
    section: "prompts",
    level: "MUST",
    requirements: ["SCH-06", "SCH-07"],
    spec: "server/prompts#listing-prompts",
    rule: "ListPromptsResult has a `prompts` array and an optional string `nextCursor`; each Prompt has a string `name` and optional `arguments`, each with a string `name` and an optional boolean `required`.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "prompts"),
    async run(ctx) {
      const walk = await sharedWalk(ctx.main, "prompts/list");
      const failed = walk.stopped?.outcome;
      if (failed && !failed.ok) {
        return violation(`prompts/list ${walk.stopped.reason}: ${describeOutcome(failed)}`, {
          sent: { method: "prompts/list" },
          received: receivedOf(failed)
        });
      }
      const problems2 = [];
      walk.pages.forEach(({ result }, page) => {
        if (!Array.isArray(result.prompts)) problems2.push(`page ${page + 1} has no prompts array`);
        else result.prompts.forEach((prompt, i) => problems2.push(...promptProblems(prompt, i)));
        if (result.nextCursor !== void 0 && typeof result.nextCursor !== "string") {
          problems2.push(`page ${page + 1} nextCursor is not a string`);
        }
      });
      if (problems2.length) {
        return violation(`prompts/list: ${problems2.slice(0, 5).join("; ")}`, {
          sent: { method: "prompts/list" },
          received: walk.pages.map((p) => p.result)
        });
      }
      return pass(`${itemsOf(walk, "prompts").length} prompts on ${walk.pages.length} page(s)`);
    }
  },
  {
    id: "prompts-get-result-shape",
    title: "prompts/get returns messages with a user or assistant role and a valid content block",
    section: "prompts",
    level: "MUST",
    requirements: ["SCH-06"],
    spec: "server/prompts#getting-a-prompt",
    rule: 'GetPromptResult has a `messages` array; each PromptMessage has a role of "user" or "assistant" and a content block (text, image, audio, resource link or embedded resource).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "prompts"),
    async run(ctx) {
      const records = await listedPromptGets(ctx);
      const ok = answered(records);
      for (const record of ok) {
        const problems2 = getResultProblems(record.outcome.result);
        if (problems2.length) {
          return violation(`prompts/get ${record.name}: ${problems2.slice(0, 3).join("; ")}`, {
            sent: record.sent,
            received: record.outcome.result
          });
        }
      }
      if (!ok.length)
        return skip(`no listed prompt could be fetched with synthesized arguments: ${describeGets(records)}`);
      const failed = records.filter((r) => !r.outcome?.ok);
      return pass(`${ok.length} prompt(s) well-formed${failed.length ? `; not fetched: ${describeGets(failed)}` : ""}`);
    }
  },
  {
    id: "prompts-media-content",
    title: "image and audio in prompt messages are base64 with an image/ or audio/ MIME type",
    section: "prompts",
    level: "MUST",
    requirements: ["PR-02"],
    spec: "server/prompts#image-content",
    rule: "Image content: the image data MUST be base64-encoded and include a valid MIME type. Audio content: the audio data MUST be base64-encoded and include a valid MIME type.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "prompts"),
    async run(ctx) {
      const media = contentBlocks2(answered(await listedPromptGets(ctx))).filter(
        ({ block }) => block.type === "image" || block.type === "audio"
      );
      if (!media.length) return skip("no fetched prompt has image or audio content");
      for (const { record, block, where } of media) {
        const kind = block.type;
        const problems2 = [];
        if (!isStrictBase64(block.data)) problems2.push("data is not valid base64");
        if (typeof block.mimeType !== "string" || !block.mimeType.toLowerCase().startsWith(`${kind}/`)) {
          problems2.push(`mimeType ${JSON.stringify(block.mimeType)} is not an ${kind}/\u2026 type`);
        }
        if (problems2.length) {
          return violation(`${where} (${kind}): ${problems2.join("; ")}`, {
            sent: record.sent,
            received: record.outcome.result
          });
        }
      }
      return pass(`${media.length} image/audio block(s) well-formed`);
    }
  },
  {
    id: "prompts-embedded-resources",
    title: "embedded resources in prompt messages have a URI, a MIME type and text or base64 blob",
    section: "prompts",
    level: "MUST",
    requirements: ["PR-03"],
    spec: "server/prompts#embedded-resources",
    rule: "Embedded resources MUST include: a valid resource URI, the appropriate MIME type, and either text content or base64-encoded blob data.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "prompts"),
    async run(ctx) {
      const embedded = contentBlocks2(answered(await listedPromptGets(ctx))).filter(
        ({ block }) => block.type === "resource"
      );
      if (!embedded.length) return skip("no fetched prompt embeds a resource");
      for (const { record, block, where } of embedded) {
        const resource = block.resource;
        const problems2 = resourceContentsProblems(resource, "resource");
        if (isObject(resource)) {
          if (typeof resource.uri === "string" && !isAbsoluteUri(resource.uri))
            problems2.push(`uri ${JSON.stringify(resource.uri)} is not a valid URI`);
          if (typeof resource.mimeType !== "string") problems2.push("resource has no mimeType");
        }
        if (problems2.length) {
          return violation(`${where}: ${problems2.join("; ")}`, { sent: record.sent, received: record.outcome.result });
        }
      }
      return pass(`${embedded.length} embedded resource(s) well-formed`);
    }
  },
  {
    id: "prompts-unknown-name-error",
    title: "getting an unknown prompt is error -32602",
    section: "prompts",
    level: "SHOULD",
    requirements: ["PR-04"],
    spec: "server/prompts#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: Invalid prompt name: -32602 (Invalid params).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "prompts"),
    async run(ctx) {
      const sent = { method: "prompts/get", params: { name: nonexistentName(), arguments: {} } };
      return expectInvalidParams(ctx, sent, "an unknown prompt name");
    }
  },
  {
    id: "prompts-missing-required-arguments",
    title: "prompts/get without a required argument is error -32602",
    section: "prompts",
    level: "SHOULD",
    requirements: ["PR-05"],
    spec: "server/prompts#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: Missing required arguments: -32602 (Invalid params).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH9,
    scope: "per-version",
    applies(ctx) {
      const missing = requireListed(ctx, "prompts");
      if (missing) return missing;
      return ctx.inventory.prompts.some((p) => promptArgumentsOf(p).some((a) => a.required)) ? void 0 : "no listed prompt has a required argument";
    },
    async run(ctx) {
      const withRequired = ctx.inventory.prompts.filter((p) => typeof p.name === "string" && promptArgumentsOf(p).some((a) => a.required)).slice(0, MAX_MISSING_ARGUMENT_PROBES);
      for (const prompt of withRequired) {
        const sent = { method: "prompts/get", params: { name: prompt.name, arguments: {} } };
        const judged2 = await expectInvalidParams(ctx, sent, `${prompt.name} without its required arguments`);
        if (judged2.kind !== "pass") return judged2;
      }
      return pass(`${withRequired.map((p) => p.name).join(", ")}: -32602`);
    }
  }
];
async function expectInvalidParams(ctx, sent, what) {
  const outcome = await ctx.main.request(sent.method, sent.params);
  const evidence = { sent, received: receivedOf(outcome) };
  if (outcome.ok) return violation(`prompts/get with ${what} returned a result instead of error -32602`, evidence);
  if (outcome.error.code !== INVALID_PARAMS) {
    return violation(
      `prompts/get with ${what} is answered with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
      evidence
    );
  }
  return pass();
}
function promptProblems(prompt, index) {
  if (!isObject(prompt)) return [`prompts[${index}] is not an object`];
  const label = typeof prompt.name === "string" ? prompt.name : `prompts[${index}]`;
  const problems2 = [];
  if (typeof prompt.name !== "string") problems2.push(`prompts[${index}] has no string name`);
  for (const key of ["title", "description"]) {
    if (prompt[key] !== void 0 && typeof prompt[key] !== "string") problems2.push(`${label}: ${key} is not a string`);
  }
  if (prompt.icons !== void 0 && !Array.isArray(prompt.icons)) problems2.push(`${label}: icons is not an array`);
  if (prompt.arguments !== void 0) {
    if (!Array.isArray(prompt.arguments)) problems2.push(`${label}: arguments is not an array`);
    else {
      prompt.arguments.forEach((argument, i) => {
        if (!isObject(argument)) return problems2.push(`${label}: arguments[${i}] is not an object`);
        if (typeof argument.name !== "string") problems2.push(`${label}: arguments[${i}] has no string name`);
        if (argument.required !== void 0 && typeof argument.required !== "boolean") {
          problems2.push(`${label}: arguments[${i}].required is not a boolean`);
        }
        if (argument.description !== void 0 && typeof argument.description !== "string") {
          problems2.push(`${label}: arguments[${i}].description is not a string`);
        }
      });
    }
  }
  return problems2;
}
function getResultProblems(result) {
  const problems2 = [];
  if (result.description !== void 0 && typeof result.description !== "string")
    problems2.push("description is not a string");
  if (!Array.isArray(result.messages)) return [...problems2, "messages is not an array"];
  result.messages.forEach((message, i) => {
    if (!isObject(message)) return problems2.push(`messages[${i}] is not an object`);
    if (message.role !== "user" && message.role !== "assistant") {
      problems2.push(`messages[${i}].role is ${JSON.stringify(message.role)}, not "user" or "assistant"`);
    }
    problems2.push(...contentBlockProblems(message.content, `messages[${i}].content`));
  });
  return problems2;
}
function describeGets(records) {
  return records.slice(0, 5).map((r) => `${r.name} (${r.outcome ? describeOutcome(r.outcome) : r.failure})`).join(", ");
}

// src/checks/sections-2025/resources.ts

var BOTH10 = ["stdio", "http", "sse"];
var MAX_READS = 20;
var PASSWD_LINE = /^root:[^:\n]*:0:0:/m;
var FORBIDDEN_LITERAL = /[\x00-\x20"'<>\\^`{|}]|%(?![0-9A-Fa-f]{2})/;
var reads = /* @__PURE__ */ new WeakMap();
function listedResourceReads(ctx) {
  let pending = reads.get(ctx.main);
  if (!pending) {
    const uris = ctx.inventory.resources.map((r) => r.uri).filter((uri) => typeof uri === "string");
    pending = Promise.all(uris.slice(0, MAX_READS).map((uri) => readOnce(ctx.main, uri)));
    reads.set(ctx.main, pending);
  }
  return pending;
}
async function readOnce(connection, uri) {
  const sent = { method: "resources/read", params: { uri } };
  try {
    return { uri, sent, outcome: await connection.request(sent.method, sent.params) };
  } catch (error) {
    if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH || error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .ConnectionClosedError */ .rb) {
      return { uri, sent, failure: error.message };
    }
    throw error;
  }
}
var honesty2 = capabilityChecks({
  section: "resources",
  capability: "resources",
  feature: "resources",
  declaredRequirements: ["RES-01"],
  declaredSpec: "server/resources#capabilities",
  declaredRule: "Servers that support resources MUST declare the resources capability.",
  async probes(ctx) {
    const probes4 = [{ method: "resources/list" }, { method: "resources/templates/list" }];
    const first = ctx.inventory.resources.find((r) => typeof r.uri === "string");
    if (first) probes4.push({ method: "resources/read", params: { uri: first.uri } });
    return probes4;
  }
});
var checks15 = [
  ...honesty2,
  {
    id: "resources-list-shape",
    title: "resources/list pages have a resources array of well-typed resources",
    section: "resources",
    level: "MUST",
    requirements: ["SCH-05", "SCH-07"],
    spec: "server/resources#listing-resources",
    rule: "ListResourcesResult has a `resources` array and an optional string `nextCursor`; each Resource has a string `uri` and `name`, and optional fields of the schema types (title, description, mimeType, size, annotations, icons, _meta).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "resources"),
    async run(ctx) {
      return judgeListing(ctx, "resources/list", "resources", resourceProblems);
    }
  },
  {
    id: "resources-templates-shape",
    title: "resources/templates/list pages list RFC 6570 URI templates",
    section: "resources",
    level: "MUST",
    requirements: ["SCH-05", "SCH-07"],
    spec: "server/resources#resource-templates",
    rule: "ListResourceTemplatesResult has a `resourceTemplates` array; each ResourceTemplate has a string `name` and a `uriTemplate` that is an RFC 6570 URI template.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "resources"),
    async run(ctx) {
      return judgeListing(ctx, "resources/templates/list", "resourceTemplates", templateProblems);
    }
  },
  {
    id: "resources-uri-rfc3986",
    title: "resource URIs are absolute RFC 3986 URIs",
    section: "resources",
    level: "MUST",
    requirements: ["RES-02"],
    spec: "server/resources",
    rule: "Each resource is uniquely identified by a URI; custom URI schemes MUST be in accordance with RFC 3986.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "per-version",
    applies(ctx) {
      return ctx.inventory.resources.length || ctx.callableTools.length ? void 0 : "the server lists no resources and no tool may be called";
    },
    async run(ctx) {
      const seen = [];
      for (const resource of ctx.inventory.resources) seen.push({ uri: resource.uri, where: "resources/list" });
      for (const record of await listedResourceReads(ctx)) {
        const contents = record.outcome?.ok ? record.outcome.result.contents : void 0;
        if (!Array.isArray(contents)) continue;
        for (const item of contents) {
          if (isObject(item)) seen.push({ uri: item.uri, where: `resources/read ${record.uri}` });
        }
      }
      if (ctx.callableTools.length) {
        for (const record of await callableToolResults(ctx)) {
          const content = record.outcome?.ok ? record.outcome.result.content : void 0;
          if (!Array.isArray(content)) continue;
          for (const block of content) {
            if (!isObject(block)) continue;
            if (block.type === "resource_link") seen.push({ uri: block.uri, where: `tool ${record.invocation.name}` });
            if (block.type === "resource" && isObject(block.resource)) {
              seen.push({ uri: block.resource.uri, where: `tool ${record.invocation.name}` });
            }
          }
        }
      }
      if (!seen.length) return skip("no resource URI was seen (nothing listed, read or returned by a tool)");
      const bad = seen.filter((s) => !isAbsoluteUri(s.uri));
      if (bad.length) {
        return violation(
          `not absolute RFC 3986 URIs: ${bad.slice(0, 5).map((b) => `${JSON.stringify(b.uri)} (${b.where})`).join(", ")}`,
          { received: bad.slice(0, 20) }
        );
      }
      return pass(`${seen.length} URIs parse`);
    }
  },
  {
    id: "resources-read-contents",
    title: "resources/read returns contents items with a uri and exactly one of text or blob",
    section: "resources",
    level: "MUST",
    requirements: ["RES-04", "SCH-05"],
    spec: "server/resources#reading-resources",
    rule: "ReadResourceResult has a `contents` array; each item has a `uri` and either a string `text` or a base64 `blob` (TextResourceContents | BlobResourceContents).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "resources"),
    async run(ctx) {
      const records = await listedResourceReads(ctx);
      const read = records.filter((r) => r.outcome?.ok && !isInterim(r.outcome));
      for (const record of read) {
        const result = record.outcome.result;
        const contents = result.contents;
        const problems2 = Array.isArray(contents) ? contents.flatMap((item, i) => resourceContentsProblems(item, `contents[${i}]`)) : ["contents is not an array"];
        if (problems2.length) {
          return violation(`resources/read ${record.uri}: ${problems2.slice(0, 3).join("; ")}`, {
            sent: record.sent,
            received: result
          });
        }
      }
      if (!read.length) return skip(`no listed resource could be read: ${describeReads(records)}`);
      const failed = records.filter((r) => !r.outcome?.ok);
      return pass(
        `${read.length} read(s) well-formed${failed.length ? `; not readable: ${describeReads(failed)}` : ""}`
      );
    }
  },
  {
    id: "resources-blob-base64",
    title: "binary resource contents are valid base64",
    section: "resources",
    level: "MUST",
    requirements: ["RES-03"],
    spec: "server/resources#security-considerations",
    rule: "Binary data MUST be properly encoded (BlobResourceContents.blob is base64).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "resources"),
    async run(ctx) {
      let blobs = 0;
      for (const record of await listedResourceReads(ctx)) {
        if (!record.outcome?.ok) continue;
        const contents = record.outcome.result.contents;
        if (!Array.isArray(contents)) continue;
        for (const item of contents) {
          if (!isObject(item) || item.blob === void 0) continue;
          blobs++;
          if (!isStrictBase64(item.blob)) {
            return violation(`resources/read ${record.uri}: blob is not valid base64`, {
              sent: record.sent,
              received: record.outcome.result
            });
          }
        }
      }
      return blobs ? pass(`${blobs} blob(s) decode`) : skip("no resource read returned a blob");
    }
  },
  {
    id: "resources-unknown-uri-error",
    title: "reading an unknown resource is error -32002 (Resource not found)",
    section: "resources",
    level: "SHOULD",
    requirements: ["RES-05"],
    spec: "server/resources#error-handling",
    rule: "Servers SHOULD return standard JSON-RPC errors for common failure cases: Resource not found: -32002.",
    versions: ALL_VERSIONS,
    transports: BOTH10,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "resources"),
    async run(ctx) {
      const foreign = `mcp-ci://nonexistent/${nonexistentName()}`;
      const judged2 = await judgeNotFound(ctx, foreign, true);
      if (judged2) return judged2;
      const sibling = siblingUri(ctx.inventory.resources);
      if (sibling) {
        const underScheme = await judgeNotFound(ctx, sibling, false);
        if (underScheme) return underScheme;
      }
      return pass(sibling ? `${foreign} and ${sibling}: -32002` : `${foreign}: -32002`);
    }
  },
  {
    id: "resources-subscribe-unsubscribe",
    title: "resources/subscribe and resources/unsubscribe answer with an empty result",
    section: "resources",
    level: "MUST",
    requirements: ["RES-07", "SCH-14"],
    spec: "server/resources#subscriptions",
    rule: "With the subscribe capability, clients can subscribe to a resource (resources/subscribe) and unsubscribe (resources/unsubscribe); both return an EmptyResult.",
    versions: ALL_VERSIONS,
    transports: BOTH10,
    scope: "once",
    applies(ctx) {
      const resources = ctx.main.serverCapabilities.resources;
      if (!isObject(resources) || resources.subscribe !== true)
        return "the server does not declare resources.subscribe";
      return requireListed(ctx, "resources");
    },
    async run(ctx) {
      const uri = ctx.inventory.resources.find((r) => typeof r.uri === "string")?.uri;
      if (!uri) return skip("no listed resource has a string uri");
      const session = await ctx.sideSession();
      for (const method of ["resources/subscribe", "resources/unsubscribe"]) {
        const outcome = await session.request(method, { uri });
        const evidence = { sent: { method, params: { uri } }, received: receivedOf(outcome) };
        if (!outcome.ok) return violation(`${method} ${uri} failed: ${describeOutcome(outcome)}`, evidence);
        if (Object.keys(outcome.result).some((key) => key !== "_meta")) {
          return violation(`${method} returned a non-empty result`, evidence);
        }
      }
      return pass(`subscribed to and unsubscribed from ${uri}`);
    }
  },
  {
    id: "resources-path-traversal",
    title: "file resources do not serve files outside the exposed directory",
    section: "resources",
    level: "MUST",
    heuristic: true,
    requirements: ["RES-09"],
    spec: "server/resources#security-considerations",
    rule: "Servers MUST validate all resource URIs: a file:// URI that climbs out of the exposed directory (../, %2e%2e) is refused, never answered with a foreign file.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH10,
    scope: "once",
    applies: (ctx) => exposedDirectory(ctx.inventory.resources) ? void 0 : "no listed resource is a file:// URI below a directory",
    async run(ctx) {
      const dir = exposedDirectory(ctx.inventory.resources);
      const climbs = "/..".repeat(12);
      const probes4 = [
        `file://${dir}${climbs}/etc/passwd`,
        `file://${dir}${climbs.replaceAll("..", "%2e%2e")}/etc/passwd`
      ];
      for (const uri of probes4) {
        const sent = { method: "resources/read", params: { uri } };
        const outcome = await ctx.main.request(sent.method, sent.params);
        const contents = outcome.ok && Array.isArray(outcome.result.contents) ? outcome.result.contents : [];
        const leaked = contents.some(
          (item) => isObject(item) && typeof item.text === "string" && PASSWD_LINE.test(item.text)
        );
        if (leaked) {
          return violation(`reading ${uri} returned /etc/passwd: resource URIs are not confined to ${dir}`, {
            sent,
            received: "(the contents of /etc/passwd, withheld)"
          });
        }
      }
      return pass(`refused to leave ${dir}`);
    }
  }
];
async function judgeListing(ctx, method, key, itemProblems) {
  const walk = await sharedWalk(ctx.main, method);
  const failed = walk.stopped?.outcome;
  if (failed && !failed.ok) {
    return violation(`${method} ${walk.stopped.reason}: ${describeOutcome(failed)}`, {
      sent: { method, ...walk.stopped.cursor ? { params: { cursor: walk.stopped.cursor } } : {} },
      received: receivedOf(failed)
    });
  }
  const problems2 = [];
  const notes = [];
  walk.pages.forEach(({ result }, page) => {
    const list = result[key];
    if (!Array.isArray(list)) problems2.push(`page ${page + 1} has no ${key} array`);
    else {
      list.forEach((item, i) => {
        const found = itemProblems(item, i);
        problems2.push(...found.problems);
        notes.push(...found.notes);
      });
    }
    if (result.nextCursor !== void 0 && typeof result.nextCursor !== "string") {
      problems2.push(`page ${page + 1} nextCursor is not a string`);
    }
  });
  if (problems2.length) {
    return violation(
      `${method}: ${problems2.slice(0, 5).join("; ")}${problems2.length > 5 ? ` (and ${problems2.length - 5} more)` : ""}`,
      {
        sent: { method },
        received: walk.pages.map((p) => p.result)
      }
    );
  }
  const count = itemsOf(walk, key).length;
  return pass(
    `${count} ${key} on ${walk.pages.length} page(s)${notes.length ? `; note: ${notes.slice(0, 3).join("; ")}` : ""}`
  );
}
function commonProblems(item, label) {
  const problems2 = [];
  if (typeof item.name !== "string") problems2.push(`${label} has no string name`);
  for (const key of ["title", "description", "mimeType"]) {
    if (item[key] !== void 0 && typeof item[key] !== "string") problems2.push(`${label} ${key} is not a string`);
  }
  for (const key of ["annotations", "_meta"]) {
    if (item[key] !== void 0 && !isObject(item[key])) problems2.push(`${label} ${key} is not an object`);
  }
  if (item.icons !== void 0 && !Array.isArray(item.icons)) problems2.push(`${label} icons is not an array`);
  return problems2;
}
function mimeNote(item, label) {
  return typeof item.mimeType === "string" && !isMimeType(item.mimeType) ? [`${label} mimeType ${JSON.stringify(item.mimeType)} is not of the form type/subtype`] : [];
}
function resourceProblems(item, index) {
  if (!isObject(item)) return { problems: [`resources[${index}] is not an object`], notes: [] };
  const label = typeof item.uri === "string" ? item.uri : `resources[${index}]`;
  const problems2 = commonProblems(item, label);
  if (typeof item.uri !== "string") problems2.push(`resources[${index}] has no string uri`);
  if (item.size !== void 0 && typeof item.size !== "number") problems2.push(`${label} size is not a number`);
  return { problems: problems2, notes: mimeNote(item, label) };
}
function templateProblems(item, index) {
  if (!isObject(item)) return { problems: [`resourceTemplates[${index}] is not an object`], notes: [] };
  const template = item.uriTemplate;
  const label = typeof template === "string" ? template : `resourceTemplates[${index}]`;
  const problems2 = commonProblems(item, label);
  if (typeof template !== "string") problems2.push(`resourceTemplates[${index}] has no string uriTemplate`);
  else {
    const reason = uriTemplateError(template);
    if (reason) problems2.push(`uriTemplate ${JSON.stringify(template)} is not an RFC 6570 template: ${reason}`);
  }
  return { problems: problems2, notes: mimeNote(item, label) };
}
function uriTemplateError(template) {
  try {
    (0,uri_template__WEBPACK_IMPORTED_MODULE_8__.parse)(template);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const literals = template.replace(/\{[^}]*\}/g, "");
  const bad = FORBIDDEN_LITERAL.exec(literals);
  return bad ? `the character ${JSON.stringify(bad[0])} is not allowed outside an expression` : void 0;
}
function siblingUri(resources) {
  for (const resource of resources) {
    if (typeof resource.uri !== "string" || !isAbsoluteUri(resource.uri)) continue;
    const scheme = resource.uri.slice(0, resource.uri.indexOf(":")).toLowerCase();
    if (scheme === "http" || scheme === "https") continue;
    const cut = resource.uri.lastIndexOf("/");
    const base = cut > resource.uri.indexOf(":") + 2 ? resource.uri.slice(0, cut + 1) : `${resource.uri}/`;
    return `${base}${nonexistentName()}`;
  }
  return void 0;
}
function exposedDirectory(resources) {
  for (const resource of resources) {
    if (typeof resource.uri !== "string" || !resource.uri.startsWith("file:///")) continue;
    const path = resource.uri.slice("file://".length);
    const dir = path.slice(0, path.lastIndexOf("/"));
    if (dir.length > 1) return dir;
  }
  return void 0;
}
async function judgeNotFound(ctx, uri, foreign) {
  const sent = { method: "resources/read", params: { uri } };
  const outcome = await ctx.main.request(sent.method, sent.params);
  const evidence = { sent, received: receivedOf(outcome) };
  if (!outcome.ok) {
    return outcome.error.code === RESOURCE_NOT_FOUND ? void 0 : violation(
      `reading the unknown resource ${uri} is answered with error ${outcome.error.code}; the spec asks for -32002 (Resource not found)`,
      evidence
    );
  }
  const contents = outcome.result.contents;
  if (Array.isArray(contents) && contents.length === 0) {
    return violation(`reading the unknown resource ${uri} returned empty contents instead of error -32002`, evidence);
  }
  return foreign ? violation(`reading ${uri}, which no server has, returned contents instead of error -32002`, evidence) : void 0;
}
function describeReads(records) {
  return records.slice(0, 5).map((r) => `${r.uri} (${r.outcome ? describeOutcome(r.outcome) : r.failure})`).join(", ");
}

// src/checks/judge/modern-transcript.ts

function parseFrames(raw, contentType) {
  if (raw === void 0 || raw.trim() === "") return [];
  const texts = [];
  if (contentType?.includes("text/event-stream")) {
    const parser = (0,eventsource_parser__WEBPACK_IMPORTED_MODULE_6__/* .createParser */ .C)({ onEvent: (event) => texts.push(event.data) });
    parser.feed(raw.endsWith("\n\n") ? raw : `${raw}

`);
  } else texts.push(raw);
  return texts.flatMap((text) => {
    try {
      const parsed = JSON.parse(text);
      return (Array.isArray(parsed) ? parsed : [parsed]).filter(isObject3);
    } catch {
      return [];
    }
  });
}
function modernMessages(entries) {
  const requests = /* @__PURE__ */ new Map();
  const out = [];
  for (const entry of entries) {
    if (!isModernLabel(entry.conn)) continue;
    const frames = isObject3(entry.message) ? [entry.message] : parseFrames(entry.raw, entry.http?.headers?.["content-type"]);
    let sent = requests.get(entry.conn);
    if (!sent) requests.set(entry.conn, sent = /* @__PURE__ */ new Map());
    for (const message of frames) {
      if (entry.dir === "send") {
        if (typeof message.method === "string" && "id" in message) sent.set(idKey(message.id), message);
        continue;
      }
      const answered2 = "method" in message ? void 0 : sent.get(idKey(message.id));
      out.push({
        conn: entry.conn,
        message,
        ...answered2 && { request: answered2 },
        ...entry.http && { http: { status: entry.http.status, headers: entry.http.headers } }
      });
    }
  }
  return out;
}

// src/checks/sections-2025/schema.ts
var BOTH11 = ["stdio", "http", "sse"];
function judgeInvalid(invalid, checked, noun, ctx) {
  if (invalid.length === 0) return pass(`${checked} ${noun} valid`);
  const first = invalid[0];
  const more2 = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid ${noun})` : "";
  return violation(`${first.what} is invalid: ${first.problems.join("; ")}${more2}`, {
    received: invalid.slice(0, 3).map((i) => ({ session: i.session, problems: i.problems, message: trimmed(i.message) })),
    note: ctx.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$ ? `validated against the official MCP SDK 2.x schemas (${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$} messages)` : "validated against the official MCP SDK schemas"
  });
}
function* iconSources(value, path) {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* iconSources(value[i], `${path}[${i}]`);
    return;
  }
  if (!isObject3(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === "icons" && Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const icon = item[i];
        if (isObject3(icon)) yield { path: `${path}.icons[${i}]`, src: icon.src };
      }
    } else if (key !== "inputSchema" && key !== "outputSchema" && key !== "structuredContent") {
      yield* iconSources(item, `${path}.${key}`);
    }
  }
}
function* modernReceived(ctx) {
  for (const { conn, message, request } of modernMessages(ctx.transcript()))
    yield { message, session: conn, ...request && { request } };
}
function* receivedInColumn(ctx, oldest = "") {
  if (ctx.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$) {
    yield* modernReceived(ctx);
    return;
  }
  for (const session of indexSessions(ctx.transcript())) {
    if (oldest && (!session.version || session.version < oldest)) continue;
    for (const { message } of session.received) yield { message, session: session.id };
  }
}
function validateResults(ctx) {
  const invalid = [];
  let checked = 0;
  if (ctx.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$) {
    for (const { message, request, session } of modernReceived(ctx)) {
      if (!isResponse(message) || !("result" in message) || typeof request?.method !== "string") continue;
      checked++;
      const problems2 = resultProblems(request.method, message.result, request.params, void 0, "modern");
      if (problems2.length) invalid.push({ what: `the ${request.method} result`, problems: problems2, message, session });
    }
    return judgeInvalid(invalid, checked, "results", ctx);
  }
  for (const session of indexSessions(ctx.transcript())) {
    for (const received of session.received) {
      const { message } = received;
      if (!isResponse(message) || !("result" in message)) continue;
      const request = requestAnswered(session, received);
      if (!request || typeof request.message.method !== "string") continue;
      checked++;
      const method = request.message.method;
      const problems2 = resultProblems(method, message.result, request.message.params, session.serverCapabilities);
      if (problems2.length) invalid.push({ what: `the ${method} result`, problems: problems2, message, session: session.id });
    }
  }
  return judgeInvalid(invalid, checked, "results", ctx);
}
var checks16 = [
  {
    id: "schema-results-valid",
    title: "every result matches the schema of the method it answers",
    section: "schema",
    level: "MUST",
    requirements: [
      "SCH-01",
      "SCH-03",
      "SCH-04",
      "SCH-05",
      "SCH-06",
      "SCH-07",
      "SCH-08",
      "SCH-10",
      "SCH-11",
      "SCH-13",
      "SCH-14"
    ],
    spec: "basic/index",
    rule: "The full specification of the protocol is defined as a TypeScript schema; this is the source of truth for all protocol messages and structures.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH11,
    scope: "passive",
    async run(ctx) {
      return validateResults(ctx);
    }
  },
  {
    id: "schema-notifications-valid",
    title: "every notification the server sends matches its schema",
    section: "schema",
    level: "MUST",
    requirements: ["SCH-09"],
    spec: "basic/index",
    rule: "notifications/message params carry a level from the syslog set and data; notifications/progress params carry progressToken and a numeric progress (schema.ts).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH11,
    scope: "passive",
    async run(ctx) {
      const era = ctx.protocolVersion === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$ ? "modern" : "legacy";
      const invalid = [];
      let checked = 0;
      for (const { message, session } of receivedInColumn(ctx)) {
        if (!isNotification(message) || !knownServerNotification(String(message.method), era)) continue;
        checked++;
        const problems2 = notificationProblems(message, era);
        if (problems2.length) invalid.push({ what: String(message.method), problems: problems2, message, session });
      }
      return judgeInvalid(invalid, checked, "notifications", ctx);
    }
  },
  {
    id: "schema-server-requests-valid",
    title: "every request the server sends matches its schema",
    section: "schema",
    level: "MUST",
    requirements: ["BASE-01"],
    spec: "basic/index",
    rule: "Every message the server emits is valid against the schema of the negotiated version (sampling/createMessage, elicitation/create, roots/list, ping, tasks/*).",
    versions: ALL_VERSIONS,
    transports: BOTH11,
    scope: "passive",
    async run(ctx) {
      const invalid = [];
      let checked = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isRequest(message) || String(message.method).startsWith("notifications/")) continue;
          checked++;
          const problems2 = serverRequestProblems(message);
          if (problems2.length)
            invalid.push({ what: `the ${String(message.method)} request`, problems: problems2, message, session: session.id });
        }
      }
      return judgeInvalid(invalid, checked, "server requests", ctx);
    }
  },
  {
    id: "schema-icon-sources",
    title: "icon sources are https: or data: URIs",
    section: "schema",
    level: "SHOULD",
    requirements: ["SCH-12"],
    spec: "basic/index#icons",
    rule: "Ensure that the icon URI is either a HTTPS or data: URI. Clients MUST reject icon URIs that use unsafe schemes and redirects.",
    versions: withModern(versionsFrom("2025-11-25")),
    transports: BOTH11,
    scope: "passive",
    async run(ctx) {
      const unsafe = [];
      let checked = 0;
      for (const { message, session } of receivedInColumn(ctx, "2025-11-25")) {
        if (!isResponse(message)) continue;
        for (const { path, src } of iconSources(message.result, "result")) {
          checked++;
          if (typeof src !== "string" || !/^(https:|data:)/i.test(src)) unsafe.push({ session, path, src });
        }
      }
      if (unsafe.length === 0) return pass(checked ? `${checked} icons checked` : "the server sent no icons");
      const first = unsafe[0];
      return violation(
        `icon ${first.path} has src ${JSON.stringify(trimmed(first.src))}; clients reject anything but https: and data: URIs`,
        { received: unsafe.slice(0, 5) }
      );
    }
  }
];

// src/checks/sections-2025/stdio.ts
var checks17 = [
  {
    id: "stdio-stdout-only-messages",
    title: "stdout carries nothing but newline-delimited MCP messages",
    section: "stdio",
    level: "MUST",
    requirements: ["STDIO-01", "STDIO-02"],
    spec: "basic/transports#stdio",
    rule: "The server MUST NOT write anything to its stdout that is not a valid MCP message. Messages are delimited by newlines, and MUST NOT contain embedded newlines.",
    versions: ALL_VERSIONS,
    transports: ["stdio"],
    scope: "passive",
    async run(ctx) {
      const lines = [];
      const notJsonRpc = [];
      for (const session of indexSessions(ctx.transcript())) {
        if (session.transport !== "stdio") continue;
        for (const { line } of session.nonJson) lines.push({ session: session.id, line });
        for (const { message } of session.received) {
          if (!("jsonrpc" in message)) notJsonRpc.push({ session: session.id, message: trimmed(message) });
        }
      }
      const content = lines.filter((l) => l.line.trim() !== "");
      if (content.length) {
        const first = content[0].line;
        const fragment = /^\s*[{}[\]"]/.test(first) ? " (a fragment of a multi-line message?)" : "";
        const longest = Math.max(0, ...ctx.transcript().map((e) => e.transport === "stdio" ? e.lineBytes ?? 0 : 0));
        const size = longest > 0 ? `, the longest ${longest} bytes${longest > _chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_BYTES */ .Oc ? ` (over the ${_chunk_6N7BVTOG_mjs__WEBPACK_IMPORTED_MODULE_0__/* .MAX_LINE_BYTES */ .Oc} byte line limit)` : ""}` : "";
        return violation(
          `wrote ${content.length} stdout line(s) that are not MCP messages${fragment}${size}, first: ${JSON.stringify(trimmed(first))}`,
          { received: content.slice(0, 5), note: "log to stderr instead; stdout is the protocol channel" }
        );
      }
      if (notJsonRpc.length) {
        return violation(`wrote JSON to stdout that is not a JSON-RPC message (a log line?)`, {
          received: notJsonRpc.slice(0, 5),
          note: "log to stderr instead; stdout is the protocol channel"
        });
      }
      if (lines.length) {
        return warn(`wrote ${lines.length} blank line(s) to stdout; lenient clients skip them, strict ones fail`, {
          received: lines.slice(0, 5)
        });
      }
      return pass();
    }
  },
  {
    id: "stdio-exits-on-stdin-close",
    title: "the server exits when its stdin closes",
    section: "stdio",
    level: "SHOULD",
    requirements: ["STDIO-03"],
    spec: "basic/lifecycle#shutdown",
    rule: "For the stdio transport, the client SHOULD initiate shutdown by first closing the input stream to the child process (the server), then waiting for the server to exit, or sending SIGTERM if the server does not exit within a reasonable time.",
    versions: ALL_VERSIONS,
    transports: ["stdio"],
    scope: "once",
    async run(ctx) {
      const raw = await ctx.openRaw({ label: "probe:stdin-close", last: true });
      if (!raw.endInput) return skip("the raw channel cannot close the server's stdin");
      const graceMs = probeTimeout(ctx);
      const exit = await raw.endInput(graceMs);
      if (exit.exited) return pass(`exited with code ${exit.exitCode ?? exit.signal}`);
      return violation(
        `still running ${graceMs} ms after its stdin closed; clients then have to kill it (the spec states this as the client's shutdown sequence, so this is a warning)`,
        { sent: "stdin closed after initialization" }
      );
    }
  }
];

// src/checks/probes/task-probe.ts


var RELATED_TASK = _modelcontextprotocol_sdk_types_js__WEBPACK_IMPORTED_MODULE_12__/* .RELATED_TASK_META_KEY */ .EV;
var TERMINAL_STATUSES = ["completed", "failed", "cancelled"];
var TASK_TTL_MS = 6e4;
var TASK_COUNT = 3;
var CANCEL_ATTEMPTS2 = 3;
var MIN_POLL_MS = 20;
var MAX_POLL_MS = 250;
var MAX_LIST_PAGES = 20;
var probes3 = /* @__PURE__ */ new WeakMap();
var taskCapability = (ctx) => {
  const tasks = ctx.main.serverCapabilities.tasks;
  return isObject3(tasks) ? tasks : void 0;
};
var declaresTaskToolCalls = (ctx) => {
  const requests = taskCapability(ctx)?.requests;
  return isObject3(requests) && isObject3(requests.tools) && requests.tools.call !== void 0;
};
var taskSupportOf = (tool) => isObject3(tool.execution) ? tool.execution.taskSupport : void 0;
function taskTool(ctx) {
  return ctx.callableTools.find((t) => ["optional", "required"].includes(taskSupportOf(t.tool)));
}
var taskOf = (outcome) => outcome?.ok && isObject3(outcome.result.task) ? outcome.result.task : void 0;
var isTerminal = (status) => TERMINAL_STATUSES.includes(status);
function taskProbe(ctx) {
  let probe = probes3.get(ctx.main);
  if (!probe) {
    probe = runProbe3(ctx);
    probes3.set(ctx.main, probe);
  }
  return probe;
}
async function ask2(connection, method, params, timeoutMs) {
  try {
    return { method, params, outcome: await connection.request(method, params, { timeoutMs }) };
  } catch (error) {
    if (error instanceof _chunk_Q32MXKF3_mjs__WEBPACK_IMPORTED_MODULE_1__/* .RequestTimeoutError */ .DH) return { method, params };
    throw error;
  }
}
async function runProbe3(ctx) {
  const tool = taskTool(ctx);
  const waitMs = ctx.timeoutMs;
  const probe = { created: [], ids: [], notifications: [], waitMs };
  if (!tool) return { ...probe, unavailable: 'no callable tool has execution.taskSupport "optional" or "required"' };
  probe.tool = tool.name;
  const connection = ctx.config.quick && ctx.transport === "stdio" ? ctx.main : await ctx.connect({ label: `tasks@${ctx.protocolVersion}` });
  probe.label = connection.label;
  const stopListening = connection.onNotification((n) => {
    if (n.method === "notifications/tasks/status") probe.notifications.push(n);
  });
  try {
    const params = { name: tool.name, arguments: tool.arguments, task: { ttl: TASK_TTL_MS } };
    const canCancel = taskCapability(ctx)?.cancel !== void 0;
    const creations = Array.from({ length: TASK_COUNT }, () => ask2(connection, "tools/call", params, waitMs));
    const cancelC = canCancel ? creations[2].then((created) => cancelAtOnce(connection, created, waitMs)) : void 0;
    cancelC?.catch(() => {
    });
    probe.created = await Promise.all(creations);
    const tasks = probe.created.map((call) => taskOf(call.outcome));
    probe.ids = tasks.map((task) => task?.taskId).filter((id) => typeof id === "string");
    const [a, b] = tasks;
    if (!a || typeof a.taskId !== "string") {
      return { ...probe, unavailable: `${tool.name} called with a task did not answer with a task` };
    }
    probe.followed = await follow(connection, a, waitMs);
    if (canCancel && isTerminal(probe.followed.statuses.at(-1)?.status)) {
      probe.followed.cancelAfterEnd = await ask2(connection, "tasks/cancel", { taskId: a.taskId }, waitMs);
    }
    if (b && typeof b.taskId === "string") {
      const misleading = { taskId: b.taskId, _meta: { [RELATED_TASK]: { taskId: a.taskId } } };
      probe.misdirected = {
        taskId: b.taskId,
        otherId: a.taskId,
        call: await ask2(connection, "tasks/get", misleading, waitMs)
      };
    }
    let attempt = await cancelC;
    for (let attempts = 1; attempt; attempts++) {
      const later = await ask2(connection, "tasks/get", { taskId: attempt.taskId }, waitMs);
      probe.cancelled = { ...attempt, later, attempts };
      if (!endedBeforeCancel(probe.cancelled) || attempts === CANCEL_ATTEMPTS2) break;
      const created = await ask2(connection, "tools/call", params, waitMs);
      probe.created.push(created);
      const id = taskOf(created.outcome)?.taskId;
      if (typeof id === "string") probe.ids.push(id);
      attempt = await cancelAtOnce(connection, created, waitMs);
    }
    if (taskCapability(ctx)?.list !== void 0) probe.list = await listAll2(connection, waitMs);
    return probe;
  } finally {
    stopListening();
  }
}
async function cancelAtOnce(connection, created, waitMs) {
  const taskId = taskOf(created.outcome)?.taskId;
  if (typeof taskId !== "string") return void 0;
  return { taskId, cancel: await ask2(connection, "tasks/cancel", { taskId }, waitMs) };
}
function endedBeforeCancel({ cancel, later }) {
  const laterStatus = later?.outcome?.ok ? later.outcome.result.status : void 0;
  return cancel.outcome?.ok === false && isTerminal(laterStatus) && laterStatus !== "cancelled";
}
async function follow(connection, task, waitMs) {
  const taskId = task.taskId;
  const statuses = [{ status: task.status, from: "the CreateTaskResult" }];
  let resultCame = false;
  const result = ask2(connection, "tasks/result", { taskId }, waitMs).finally(() => {
    resultCame = true;
  });
  result.catch(() => {
  });
  const polls = [];
  const pollMs = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Number(task.pollInterval) || MIN_POLL_MS));
  const deadline = Date.now() + waitMs;
  while (!resultCame && Date.now() < deadline) {
    await Promise.race([(0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(pollMs), result]);
    if (resultCame) break;
    const get = await ask2(connection, "tasks/get", { taskId }, waitMs);
    polls.push(get);
    if (!get.outcome?.ok) break;
    statuses.push({ status: get.outcome.result.status, from: `tasks/get #${statuses.length}` });
    if (isTerminal(get.outcome.result.status)) break;
  }
  const resultCall = await result;
  const afterResult = [];
  for (let i = 0; i < 3; i++) {
    const get = await ask2(connection, "tasks/get", { taskId }, waitMs);
    afterResult.push(get);
    if (get.outcome?.ok)
      statuses.push({ status: get.outcome.result.status, from: `tasks/get after tasks/result #${i + 1}` });
  }
  return { taskId, result: resultCall, statuses, polls, afterResult };
}
async function listAll2(connection, waitMs) {
  const pages = [];
  const ids = [];
  let cursor;
  while (pages.length < MAX_LIST_PAGES) {
    const page = await ask2(connection, "tasks/list", cursor === void 0 ? {} : { cursor }, waitMs);
    pages.push(page);
    if (!page.outcome?.ok) return { pages, ids, complete: false };
    const tasks = Array.isArray(page.outcome.result.tasks) ? page.outcome.result.tasks : [];
    for (const task of tasks) if (isObject3(task) && typeof task.taskId === "string") ids.push(task.taskId);
    cursor = page.outcome.result.nextCursor;
    if (typeof cursor !== "string") return { pages, ids, complete: true };
  }
  return { pages, ids, complete: false };
}

// src/checks/sections-2025/task-lifecycle.ts
var BOTH12 = ["stdio", "http", "sse"];
var TASK_VERSIONS = versionsFrom("2025-11-25");
var STATUSES = ["working", "input_required", "completed", "failed", "cancelled"];
var NEXT = {
  working: ["working", "input_required", "completed", "failed", "cancelled"],
  input_required: ["input_required", "working", "completed", "failed", "cancelled"],
  completed: ["completed"],
  failed: ["failed"],
  cancelled: ["cancelled"]
};
var ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
function requireTaskTool(ctx) {
  if (!declaresTaskToolCalls(ctx)) return "the server does not declare tasks.requests.tools.call";
  const missing = requireCallableTools(ctx);
  if (missing) return missing;
  return taskTool(ctx) ? void 0 : 'no callable tool has execution.taskSupport "optional" or "required" (list one under tools to have it run as a task)';
}
var requireTaskMethod = (capability) => (ctx) => requireTaskTool(ctx) ?? (taskCapability(ctx)?.[capability] === void 0 ? `the server does not declare tasks.${capability}` : void 0);
var unanswered = (method, probe) => skip(`${method} did not answer within ${probe.waitMs} ms (timeout-ms)`);
async function probed(ctx, judge2) {
  const probe = await taskProbe(ctx);
  return probe.unavailable ? skip(probe.unavailable) : judge2(probe);
}
var evidenceOf = (call) => ({
  sent: { method: call.method, params: call.params },
  received: call.outcome ? receivedOf(call.outcome) : "(no answer in time)"
});
var okResult = (call) => call?.outcome?.ok ? call.outcome.result : void 0;
var relatedTaskOf = (result) => isObject3(result?._meta) ? result._meta[RELATED_TASK] : void 0;
function taskGets(probe) {
  return [
    ...probe.followed?.polls ?? [],
    ...probe.followed?.afterResult ?? [],
    ...probe.misdirected ? [probe.misdirected.call] : [],
    ...probe.cancelled?.later ? [probe.cancelled.later] : []
  ];
}
function timestampProblems(task, where, needsTtl) {
  const problems2 = [];
  for (const field of ["createdAt", "lastUpdatedAt"]) {
    const value = task[field];
    if (typeof value !== "string" || !ISO_DATE_TIME.test(value)) {
      problems2.push(
        `${where}: ${field} ${value === void 0 ? "is missing" : `${JSON.stringify(value)} is not an ISO 8601 date-time`}`
      );
    }
  }
  if (needsTtl && !("ttl" in task && (task.ttl === null || typeof task.ttl === "number"))) {
    problems2.push(
      `${where}: ttl ${"ttl" in task ? `${JSON.stringify(task.ttl)} is neither a number nor null` : "is missing"}`
    );
  }
  return problems2;
}
var INPUT_REQUESTS = ["elicitation/create", "sampling/createMessage"];
function requestsWhileTasksRan(ctx, probe) {
  const found = { labelled: [], unlabelled: [] };
  const taskId = probe.followed.taskId;
  const session = indexSessions(ctx.transcript()).filter((s) => s.label === probe.label).at(-1);
  if (!session) return found;
  const params = (m) => isObject3(m.message.params) ? m.message.params : {};
  const isTaskCreation = (m) => m.message.method === "tools/call" && isObject3(params(m).task);
  const firstCreation = session.sent.find(isTaskCreation);
  const resultRequest = session.sent.find((m) => m.message.method === "tasks/result" && params(m).taskId === taskId);
  if (!firstCreation || !resultRequest) return found;
  const end = answerIndex(session, resultRequest);
  for (const received of session.received) {
    const { index, message } = received;
    if (index <= firstCreation.index || index >= end) continue;
    if (!isRequest(message) || !INPUT_REQUESTS.includes(message.method)) continue;
    const related = isObject3(message.params) ? relatedTaskOf(message.params) : void 0;
    if (isObject3(related) && probe.ids.includes(related.taskId)) found.labelled.push(received);
    else if (related === void 0) found.unlabelled.push(received);
  }
  return found;
}
var checks18 = [
  {
    id: "tasks-create-result",
    title: "a task-augmented tools/call is answered with a CreateTaskResult",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-05"],
    spec: "basic/utilities/tasks#result-retrieval",
    rule: "Receivers that accept a task-augmented request MUST return a CreateTaskResult as the response.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    async run(ctx) {
      const probe = await taskProbe(ctx);
      if (probe.created.length === 0) return skip(probe.unavailable ?? "no task was created");
      for (const call of probe.created) {
        if (!call.outcome?.ok) continue;
        if (!isObject3(call.outcome.result.task)) {
          return violation(
            `${probe.tool} called with a task answered with an ordinary result, not a CreateTaskResult ({task: {...}})`,
            evidenceOf(call)
          );
        }
        const problems2 = resultProblems("tools/call", call.outcome.result, call.params, ctx.main.serverCapabilities);
        if (problems2.length) {
          return violation(`the CreateTaskResult is not valid: ${problems2.slice(0, 3).join("; ")}`, evidenceOf(call));
        }
      }
      if (probe.ids.length === 0) {
        const first = probe.created[0].outcome;
        return skip(
          `${probe.tool} called with a task created none: ${first ? describeOutcome(first) : "no answer in time"}`
        );
      }
      return pass(`${probe.ids.length} task(s) created by ${probe.tool}`);
    }
  },
  {
    id: "tasks-ids-unique",
    title: "task ids are strings, unique among the server\u2019s tasks",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-06"],
    spec: "basic/utilities/tasks#task-id-requirements",
    rule: "Task IDs MUST be a string value. Task IDs MUST be generated by the receiver when creating a task. Task IDs MUST be unique among all tasks controlled by the receiver.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const tasks = probe.created.map((call) => ({ call, task: taskOf(call.outcome) }));
      const bad = tasks.find(({ task }) => task && typeof task.taskId !== "string");
      if (bad) return violation(`taskId ${JSON.stringify(bad.task.taskId)} is not a string`, evidenceOf(bad.call));
      if (probe.ids.length < 2) return skip("fewer than two tasks were created, so ids cannot be compared");
      const repeated = probe.ids.find((id, i) => probe.ids.indexOf(id) !== i);
      if (repeated !== void 0) {
        const sharing = probe.ids.filter((id) => id === repeated).length;
        return violation(
          `of ${probe.ids.length} tasks created, ${sharing} share the task id ${JSON.stringify(repeated)}`,
          {
            sent: probe.created.map((call) => ({ method: call.method, params: call.params })),
            received: probe.ids
          }
        );
      }
      return pass(`${probe.ids.length} distinct task ids`);
    })
  },
  {
    id: "tasks-status-lifecycle",
    title: "task statuses follow the valid transitions and a terminal status never changes",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-07"],
    spec: "basic/utilities/tasks#task-status-lifecycle",
    rule: "Tasks MUST begin in the working status when created. Receivers MUST only transition tasks through the valid paths (working to input_required, completed, failed or cancelled; input_required to working, completed, failed or cancelled); tasks with a completed, failed, or cancelled status are in a terminal state and MUST NOT transition to any other status.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const statuses = probe.followed.statuses;
      const created = statuses[0];
      if (created.status !== "working") {
        const message = `${created.from} reports status ${JSON.stringify(created.status)}: a task begins "working"`;
        return violation(message, { received: statuses });
      }
      for (const [i, { status, from }] of statuses.entries()) {
        if (!STATUSES.includes(status)) {
          return violation(`${from} reports status ${JSON.stringify(status)}, which is not a task status`, {
            received: statuses
          });
        }
        const before = statuses[i - 1];
        if (before && !NEXT[before.status].includes(status)) {
          return violation(
            `the task went from ${before.status} (${before.from}) to ${status} (${from})${isTerminal(before.status) ? ": a terminal status must never change" : ""}`,
            { received: statuses }
          );
        }
      }
      const cancelled2 = probe.cancelled;
      const cancelledStatus = okResult(cancelled2?.cancel)?.status;
      const laterStatus = okResult(cancelled2?.later)?.status;
      if (cancelledStatus === "cancelled" && laterStatus !== void 0 && laterStatus !== "cancelled") {
        return violation(
          `a cancelled task later reports status ${JSON.stringify(laterStatus)}`,
          evidenceOf(cancelled2.later)
        );
      }
      if (!isTerminal(statuses.at(-1)?.status)) {
        return skip(
          `the task did not end within ${probe.waitMs} ms (timeout-ms), so its terminal status could not be watched`
        );
      }
      const path = statuses.map((s) => s.status).filter((status, i, all) => status !== all[i - 1]);
      return pass(`${path.join(" \u2192 ")} over ${statuses.length} observations`);
    })
  },
  {
    id: "tasks-timestamps",
    title: "task objects carry ISO 8601 createdAt and lastUpdatedAt; tasks/get carries ttl",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-08"],
    spec: "basic/utilities/tasks#ttl-and-resource-management",
    rule: "Receivers MUST include a createdAt and a lastUpdatedAt ISO 8601-formatted timestamp in all task responses; receivers MUST include the actual ttl duration (or null for unlimited) in tasks/get responses.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const judged2 = [];
      for (const call of probe.created) {
        const task = taskOf(call.outcome);
        if (task) judged2.push({ call, task, where: "CreateTaskResult.task", needsTtl: false });
      }
      for (const call of taskGets(probe)) {
        const task = okResult(call);
        if (task) judged2.push({ call, task, where: "tasks/get result", needsTtl: true });
      }
      const cancel = probe.cancelled?.cancel;
      const cancelled2 = okResult(cancel);
      if (cancel && cancelled2)
        judged2.push({ call: cancel, task: cancelled2, where: "tasks/cancel result", needsTtl: false });
      for (const call of probe.list?.pages ?? []) {
        const tasks = okResult(call)?.tasks;
        for (const task of Array.isArray(tasks) ? tasks : []) {
          if (isObject3(task)) judged2.push({ call, task, where: "tasks/list entry", needsTtl: false });
        }
      }
      for (const { call, task, where, needsTtl } of judged2) {
        const problems2 = timestampProblems(task, where, needsTtl);
        if (problems2.length) return violation(problems2.join("; "), evidenceOf(call));
      }
      return pass(`${judged2.length} task object(s) checked`);
    })
  },
  {
    id: "tasks-result-blocks",
    title: "tasks/result answers only once the task ended, with the underlying result",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-09"],
    spec: "basic/utilities/tasks#result-retrieval",
    rule: "When a receiver receives a tasks/result request for a task in a non-terminal status, it MUST block the response until the task reaches a terminal status; for tasks in a terminal status, receivers MUST return from tasks/result exactly what the underlying request would have returned, whether that is a successful result or a JSON-RPC error.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const { result, afterResult } = probe.followed;
      if (!result.outcome) return unanswered("tasks/result", probe);
      const after = okResult(afterResult[0]);
      if (after && !isTerminal(after.status)) {
        return violation(
          `tasks/result answered while the task was still ${JSON.stringify(after.status)} (tasks/get right after it)`,
          { ...evidenceOf(result), received: { "tasks/result": receivedOf(result.outcome), "tasks/get": after } }
        );
      }
      if (result.outcome.ok) {
        const problems2 = resultProblems("tools/call", result.outcome.result, {});
        if (problems2.length) {
          return violation(
            `tasks/result is not a CallToolResult: ${problems2.slice(0, 3).join("; ")}`,
            evidenceOf(result)
          );
        }
      } else if (after?.status === "completed") {
        return violation(
          `tasks/result answered ${describeOutcome(result.outcome)} for a task whose status is completed; a JSON-RPC error ends a task as failed`,
          evidenceOf(result)
        );
      }
      return pass(
        `tasks/result: ${describeOutcome(result.outcome)} once the task was ${String(after?.status ?? "over")}`
      );
    })
  },
  {
    id: "tasks-result-related-task",
    title: "the tasks/result response names its task in _meta",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-10"],
    spec: "basic/utilities/tasks#associating-task-related-messages",
    rule: 'The tasks/result operation MUST include this metadata in its response (_meta["io.modelcontextprotocol/related-task"] with the taskId), as the result structure itself does not contain the task ID.',
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const { result, taskId } = probe.followed;
      if (!result.outcome) return unanswered("tasks/result", probe);
      if (!result.outcome.ok)
        return skip(`tasks/result answered ${describeOutcome(result.outcome)}; an error has no _meta`);
      const related = relatedTaskOf(result.outcome.result);
      if (!isObject3(related) || related.taskId !== taskId) {
        return violation(
          related === void 0 ? `the tasks/result response has no _meta["${RELATED_TASK}"]` : `the tasks/result response names task ${JSON.stringify(isObject3(related) ? related.taskId : related)}, not ${JSON.stringify(taskId)}`,
          evidenceOf(result)
        );
      }
      return pass();
    })
  },
  {
    id: "tasks-input-requests-related-task",
    title: "requests the server sends for a task name the task in _meta",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-13"],
    spec: "basic/utilities/tasks#input-required-status",
    rule: "When the task receiver has messages for the requestor that are necessary to complete the task, the receiver SHOULD move the task to the input_required status. The receiver MUST include the io.modelcontextprotocol/related-task metadata in the request to associate it with the task.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const { labelled, unlabelled } = requestsWhileTasksRan(ctx, probe);
      const first = unlabelled[0];
      if (first) {
        return violation(
          `${String(first.message.method)} arrived while the tasks of ${probe.tool} ran, on a session where nothing else was asked, and has no _meta["${RELATED_TASK}"]`,
          { received: trimmed(first.message) }
        );
      }
      if (labelled.length === 0) {
        return skip(`the server sent no elicitation or sampling request while the tasks of ${probe.tool} ran`);
      }
      return pass(`${labelled.length} request(s) for input named their task`);
    })
  },
  {
    id: "tasks-task-id-authoritative",
    title: "tasks/get follows its taskId parameter, not related-task _meta",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-11"],
    spec: "basic/utilities/tasks#associating-task-related-messages",
    rule: "For the tasks/get, tasks/result, and tasks/cancel operations, the taskId parameter in the request MUST be used as the source of truth for identifying the target task; receivers MUST ignore such metadata if present in favor of the RPC method parameter.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const misdirected = probe.misdirected;
      if (!misdirected) return skip("fewer than two tasks were created");
      const { call, taskId, otherId } = misdirected;
      if (!call.outcome) {
        return violation(
          `tasks/get with _meta naming another task got no answer within ${probe.waitMs} ms, though plain tasks/get requests were answered`,
          evidenceOf(call)
        );
      }
      if (!call.outcome.ok) {
        return violation(
          `tasks/get with _meta naming another task failed: ${describeOutcome(call.outcome)}`,
          evidenceOf(call)
        );
      }
      if (call.outcome.result.taskId !== taskId) {
        return violation(
          `tasks/get {taskId: ${JSON.stringify(taskId)}} answered task ${JSON.stringify(call.outcome.result.taskId)}${call.outcome.result.taskId === otherId ? ", the one named in _meta" : ""}`,
          evidenceOf(call)
        );
      }
      return pass();
    })
  },
  {
    id: "tasks-no-related-task-in-results",
    title: "tasks/get, tasks/list, tasks/cancel results and task status notifications carry no related-task _meta",
    section: "tasks",
    level: "SHOULD",
    requirements: ["TASK-12"],
    spec: "basic/utilities/tasks#associating-task-related-messages",
    rule: "For the tasks/get, tasks/list, and tasks/cancel operations, receivers SHOULD NOT include io.modelcontextprotocol/related-task metadata in the result messages; the notifications/tasks/status notification SHOULD NOT include it, as the task ID is already present.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskTool,
    run: (ctx) => probed(ctx, (probe) => {
      const calls2 = [
        ...taskGets(probe),
        ...probe.list?.pages ?? [],
        ...probe.cancelled ? [probe.cancelled.cancel] : []
      ];
      const carrying = calls2.find((call) => relatedTaskOf(okResult(call)) !== void 0);
      if (carrying)
        return violation(`the ${carrying.method} result carries _meta["${RELATED_TASK}"]`, evidenceOf(carrying));
      const notification = probe.notifications.find((n) => relatedTaskOf(n.params) !== void 0);
      if (notification) {
        return violation(`notifications/tasks/status carries _meta["${RELATED_TASK}"]`, { received: notification });
      }
      return pass(`${calls2.length} result(s) and ${probe.notifications.length} status notification(s) checked`);
    })
  },
  {
    id: "tasks-cancel-terminal-rejected",
    title: "cancelling a task that already ended is error -32602",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-15"],
    spec: "basic/utilities/tasks#task-cancellation",
    rule: "Receivers MUST reject cancellation requests for tasks already in a terminal status (completed, failed, or cancelled) with error code -32602 (Invalid params).",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskMethod("cancel"),
    run: (ctx) => probed(ctx, (probe) => {
      const call = probe.followed.cancelAfterEnd;
      if (!call) return skip(`the task did not end within ${probe.waitMs} ms (timeout-ms)`);
      if (!call.outcome) return unanswered("tasks/cancel", probe);
      if (call.outcome.ok || call.outcome.error.code !== INVALID_PARAMS) {
        return violation(
          `tasks/cancel of a task that had ended (${String(probe.followed.statuses.at(-1)?.status)}) is answered with ${describeOutcome(call.outcome)}, not -32602`,
          evidenceOf(call)
        );
      }
      return pass();
    })
  },
  {
    id: "tasks-cancel-working",
    title: "a cancelled task is cancelled when tasks/cancel answers, and stays cancelled",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-16"],
    spec: "basic/utilities/tasks#task-cancellation",
    rule: "Upon receiving a valid cancellation request, receivers MUST transition the task to cancelled status before sending the response. Once a task is cancelled, it MUST remain in cancelled status even if execution continues to completion or fails.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskMethod("cancel"),
    run: (ctx) => probed(ctx, (probe) => {
      const cancelled2 = probe.cancelled;
      if (!cancelled2) return skip("fewer than three tasks were created");
      const { cancel, later } = cancelled2;
      if (!cancel.outcome) return unanswered("tasks/cancel", probe);
      const laterStatus = okResult(later)?.status;
      if (!cancel.outcome.ok) {
        if (endedBeforeCancel(cancelled2)) {
          return skip(
            `each of ${cancelled2.attempts} task(s) ended (${String(laterStatus)}) before tasks/cancel arrived`
          );
        }
        return violation(
          `tasks/cancel of a working task failed: ${describeOutcome(cancel.outcome)}`,
          evidenceOf(cancel)
        );
      }
      if (cancel.outcome.result.status !== "cancelled") {
        return violation(
          `tasks/cancel answered with status ${JSON.stringify(cancel.outcome.result.status)}; the task must be cancelled before the response`,
          evidenceOf(cancel)
        );
      }
      if (laterStatus !== void 0 && laterStatus !== "cancelled") {
        return violation(
          `the cancelled task later reports status ${JSON.stringify(laterStatus)}`,
          evidenceOf(later)
        );
      }
      return pass(laterStatus ? "cancelled, and still cancelled later" : "cancelled (no longer retrievable later)");
    })
  },
  {
    id: "tasks-list-complete",
    title: "tasks/list lists every task tasks/get retrieves",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-17"],
    spec: "basic/utilities/tasks#task-listing",
    rule: "Receivers MUST include a nextCursor in the response if more tasks are available. If a task is retrievable via tasks/get for a requestor, it MUST be retrievable via tasks/list for that requestor.",
    versions: TASK_VERSIONS,
    transports: BOTH12,
    scope: "per-version",
    applies: requireTaskMethod("list"),
    run: (ctx) => probed(ctx, (probe) => {
      const list = probe.list;
      const failed = list.pages.find((page) => !page.outcome?.ok);
      if (failed) {
        if (!failed.outcome) return unanswered("tasks/list", probe);
        return violation(`tasks/list failed: ${describeOutcome(failed.outcome)}`, evidenceOf(failed));
      }
      if (!list.complete) return skip(`tasks/list has more than ${list.pages.length} pages; not all were read`);
      const retrievable = new Set(
        taskGets(probe).map((call) => okResult(call)?.taskId).filter((id) => typeof id === "string")
      );
      const missing = [...retrievable].filter((id) => !list.ids.includes(id));
      if (missing.length) {
        return violation(
          `tasks/get retrieves ${missing.map((id) => JSON.stringify(id)).join(", ")}, but tasks/list (${list.pages.length} page(s), ${list.ids.length} task(s)) does not list ${missing.length === 1 ? "it" : "them"}`,
          { sent: list.pages.map((page) => ({ method: page.method, params: page.params })), received: list.ids }
        );
      }
      return pass(`${retrievable.size} task(s) retrievable, all listed`);
    })
  },
  {
    id: "tasks-get-not-sse",
    title: "tasks/get over HTTP is answered as JSON, not upgraded to SSE",
    section: "tasks",
    level: "SHOULD",
    requirements: ["TASK-19"],
    spec: "basic/utilities/tasks#input-required-status",
    rule: "Where possible, servers SHOULD NOT upgrade to an SSE stream in response to a tasks/get request, as the client has indicated it wishes to poll for a result.",
    versions: TASK_VERSIONS,
    transports: ["http"],
    scope: "per-version",
    applies: requireTaskTool,
    async run(ctx) {
      const tool = taskTool(ctx);
      const raw = await ctx.openRaw({
        protocolVersion: ctx.protocolVersion,
        label: `probe:task-poll@${ctx.protocolVersion}`
      });
      const params = { name: tool.name, arguments: tool.arguments, task: { ttl: TASK_TTL_MS } };
      const created = await raw.request("tools/call", params, { timeoutMs: ctx.timeoutMs });
      const task = isObject3(created.response?.result) ? created.response.result.task : void 0;
      if (!isObject3(task) || typeof task.taskId !== "string") {
        return skip(`${tool.name} called with a task did not answer with a task (see tasks-create-result)`);
      }
      const poll = await raw.request("tasks/get", { taskId: task.taskId }, { timeoutMs: ctx.timeoutMs });
      const type = poll.http?.headers["content-type"] ?? "";
      if (type.includes("text/event-stream")) {
        return violation("tasks/get was answered with Content-Type text/event-stream", {
          sent: { method: "tasks/get", params: { taskId: task.taskId } },
          received: poll.http
        });
      }
      return pass(`tasks/get answered with ${type || "no Content-Type"}`);
    }
  }
];

// src/checks/sections-2025/tasks.ts
var BOTH13 = ["stdio", "http", "sse"];
var TASK_VERSIONS2 = versionsFrom("2025-11-25");
var TASK_PARAMS = { task: { ttl: 6e4 } };
var requireTasks = (ctx) => taskCapability(ctx) ? void 0 : "the server does not declare the tasks capability";
function taskMethods(ctx) {
  const tasks = taskCapability(ctx) ?? {};
  const probes4 = [
    { method: "tasks/get", params: { taskId: nonexistentName() } },
    { method: "tasks/result", params: { taskId: nonexistentName() } }
  ];
  if (tasks.cancel !== void 0) probes4.push({ method: "tasks/cancel", params: { taskId: nonexistentName() } });
  if (tasks.list !== void 0) probes4.push({ method: "tasks/list", params: { cursor: "mcp-ci-invalid-cursor" } });
  return probes4;
}
function callAsTask(ctx) {
  return callOne(ctx.main, plainCallableTools(ctx)[0] ?? ctx.callableTools[0], void 0, TASK_PARAMS);
}
var checks19 = [
  {
    id: "tasks-capability-declared",
    title: "no task is created for a tools/call unless tasks.requests.tools.call is declared",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-01"],
    spec: "basic/utilities/tasks#capabilities",
    rule: "Servers that support task-augmented requests MUST declare the tasks capability, naming the request types (tasks.requests.tools.call).",
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies(ctx) {
      if (declaresTaskToolCalls(ctx)) return "the server declares tasks.requests.tools.call";
      return requireCallableTools(ctx);
    },
    async run(ctx) {
      const record = await callAsTask(ctx);
      if (!record.outcome) return skip(`${record.invocation.name} with a task gave no answer by the request timeout`);
      if (record.outcome.ok && isObject(record.outcome.result.task)) {
        return violation(
          `${record.invocation.name} returned a task (CreateTaskResult) without tasks.requests.tools.call declared`,
          {
            sent: record.sent,
            received: record.outcome.result
          }
        );
      }
      return pass(
        record.outcome.ok ? "task ignored, ordinary result" : `task refused: ${describeOutcome(record.outcome)}`
      );
    }
  },
  {
    id: "tasks-ignored-without-capability",
    title: "a server that does not declare tasks for tools/call ignores task on tools/call",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-02"],
    spec: "basic/utilities/tasks#task-support-and-handling",
    rule: "Receivers that do not declare the task capability for a request type MUST process requests of that type normally, ignoring any task-augmentation metadata if present.",
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies(ctx) {
      if (declaresTaskToolCalls(ctx)) return "the server declares tasks.requests.tools.call";
      return requireCallableTools(ctx);
    },
    async run(ctx) {
      const record = await callAsTask(ctx);
      if (!record.outcome) return skip(`${record.invocation.name} with a task gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      const undeclared = taskCapability(ctx) ? "tasks.requests.tools.call is not declared" : "the server declares no tasks capability";
      if (!record.outcome.ok) {
        const plain = await firstToolResult(ctx);
        if (plain?.invocation.name === record.invocation.name && plain.outcome && !plain.outcome.ok) {
          return skip(
            `${record.invocation.name} fails without a task too (${describeOutcome(plain.outcome)}), so whether the task was ignored cannot be told`
          );
        }
        return violation(
          `${record.invocation.name} fails once task is added (${describeOutcome(record.outcome)}), though ${undeclared}: such a request must be processed normally`,
          evidence
        );
      }
      if (!Array.isArray(record.outcome.result.content) || isObject(record.outcome.result.task)) {
        return violation(`${record.invocation.name} with a task did not return an ordinary CallToolResult`, evidence);
      }
      return pass("task ignored, ordinary result");
    }
  },
  {
    id: "tasks-capability-implemented",
    title: "the declared task methods are served",
    section: "tasks",
    level: "MUST",
    requirements: ["SCH-02"],
    spec: "basic/utilities/tasks#capabilities",
    rule: "A declared capability means the feature is implemented: tasks/get and tasks/result for task-augmented requests, tasks/list with tasks.list, tasks/cancel with tasks.cancel; none answers -32601.",
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies: requireTasks,
    async run(ctx) {
      for (const probe of taskMethods(ctx)) {
        const outcome = await ctx.main.request(probe.method, probe.params);
        if (!outcome.ok && outcome.error.code === METHOD_NOT_FOUND) {
          return violation(`declares tasks but answers ${probe.method} with -32601 (Method not found)`, {
            sent: probe,
            received: receivedOf(outcome)
          });
        }
      }
      return pass();
    }
  },
  {
    id: "tasks-unknown-task-id",
    title: "unknown task ids and invalid task cursors are error -32602",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-14"],
    spec: "basic/utilities/tasks#protocol-errors",
    rule: "Receivers MUST return -32602 (Invalid params) for an invalid or nonexistent taskId in tasks/get, tasks/result and tasks/cancel, and for an invalid or nonexistent cursor in tasks/list.",
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies: requireTasks,
    async run(ctx) {
      for (const probe of taskMethods(ctx)) {
        const outcome = await ctx.main.request(probe.method, probe.params);
        if (outcome.ok || outcome.error.code !== INVALID_PARAMS) {
          return violation(
            `${probe.method} with ${"taskId" in probe.params ? "an unknown taskId" : "an invalid cursor"} is answered with ${describeOutcome(outcome)}, not -32602`,
            {
              sent: probe,
              received: receivedOf(outcome)
            }
          );
        }
      }
      return pass(
        `${taskMethods(ctx).map((p) => p.method).join(", ")}: -32602`
      );
    }
  },
  {
    id: "tasks-forbidden-tool-with-task",
    title: "a tool without task support called with a task is error -32601",
    section: "tasks",
    level: "SHOULD",
    requirements: ["TASK-04"],
    spec: "basic/utilities/tasks#tool-level-negotiation",
    rule: 'If execution.taskSupport is not present or "forbidden", clients MUST NOT attempt to invoke the tool as a task; servers SHOULD return a -32601 (Method not found) error if a client attempts to do so.',
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies(ctx) {
      if (!declaresTaskToolCalls(ctx)) return "the server does not declare tasks.requests.tools.call";
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some(
        (t) => [void 0, "forbidden"].includes(taskSupportOf(t.tool))
      ) ? void 0 : "every callable tool supports tasks";
    },
    async run(ctx) {
      const tool = ctx.callableTools.find(
        (t) => [void 0, "forbidden"].includes(taskSupportOf(t.tool))
      );
      const record = await callOne(ctx.main, tool, void 0, TASK_PARAMS);
      if (!record.outcome) return skip(`${tool.name} gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      if (!record.outcome.ok && record.outcome.error.code === METHOD_NOT_FOUND) return pass(`${tool.name}: -32601`);
      return violation(
        `${tool.name} (taskSupport ${JSON.stringify(taskSupportOf(tool.tool) ?? "absent")}) called as a task is answered with ${describeOutcome(record.outcome)}, not -32601`,
        evidence
      );
    }
  },
  {
    id: "tasks-required-tool-without-task",
    title: "a tool that requires a task, called without one, is error -32601",
    section: "tasks",
    level: "MUST",
    requirements: ["TASK-03"],
    spec: "basic/utilities/tasks#tool-level-negotiation",
    rule: 'If execution.taskSupport is "required", clients MUST invoke the tool as a task; servers MUST return a -32601 (Method not found) error if a client does not attempt to do so.',
    versions: TASK_VERSIONS2,
    transports: BOTH13,
    scope: "per-version",
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some((t) => taskSupportOf(t.tool) === "required") ? void 0 : 'no callable tool has execution.taskSupport "required"';
    },
    async run(ctx) {
      const tool = ctx.callableTools.find((t) => taskSupportOf(t.tool) === "required");
      const record = await callOne(ctx.main, tool, void 0);
      if (!record.outcome) return skip(`${tool.name} gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      if (!record.outcome.ok && record.outcome.error.code === METHOD_NOT_FOUND) return pass(`${tool.name}: -32601`);
      if (!record.outcome.ok && record.outcome.error.code === -32600) {
        return warn(
          `${tool.name} called without a task is answered with -32600; the tool-level rule asks for -32601 (the generic task error list allows -32600)`,
          evidence
        );
      }
      return violation(
        `${tool.name} requires a task but, called without one, answers ${describeOutcome(record.outcome)} instead of -32601`,
        evidence
      );
    }
  }
];

// src/checks/sections-2025/tools.ts


// src/checks/judge/json-schema.ts





var addFormats = ajv_formats__WEBPACK_IMPORTED_MODULE_14__;
var DIALECTS = [
  { dialect: "2020-12", pattern: /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/ },
  { dialect: "2019-09", pattern: /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/ },
  { dialect: "draft-07", pattern: /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/ },
  { dialect: "draft-06", pattern: /^https?:\/\/json-schema\.org\/draft-06\/schema#?$/ }
];
function createAjv(dialect) {
  const options = { strict: false, allErrors: true, logger: false };
  let ajv;
  switch (dialect) {
    case "2020-12":
      ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_15__.Ajv2020(options);
      break;
    case "2019-09":
      ajv = new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_16__.Ajv2019(options);
      break;
    case "draft-07":
      ajv = new ajv__WEBPACK_IMPORTED_MODULE_17__.Ajv(options);
      break;
    case "draft-06":
      ajv = new ajv__WEBPACK_IMPORTED_MODULE_17__.Ajv(options);
      ajv.addMetaSchema(ajv_dist_refs_json_schema_draft_06_json__WEBPACK_IMPORTED_MODULE_18__);
      break;
  }
  addFormats(ajv);
  return ajv;
}
var shared = /* @__PURE__ */ new Map();
var cache = /* @__PURE__ */ new Map();
function ajvFor(dialect) {
  let ajv = shared.get(dialect);
  if (!ajv) {
    ajv = createAjv(dialect);
    shared.set(dialect, ajv);
  }
  return ajv;
}
function declaredDialect(schema) {
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) return void 0;
  const declared = schema.$schema;
  if (declared === void 0) return void 0;
  if (typeof declared !== "string") return String(declared);
  return DIALECTS.find((d) => d.pattern.test(declared))?.dialect ?? declared;
}
var isKnownDialect = (value) => DIALECTS.some((d) => d.dialect === value);
function compileJsonSchema(schema, fallback = "2020-12") {
  const key = `${fallback}\0${JSON.stringify(schema)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = compileUncached(schema, fallback);
  cache.set(key, result);
  return result;
}
function compileUncached(schema, fallback) {
  const declared = declaredDialect(schema);
  if (declared !== void 0 && !isKnownDialect(declared)) return { kind: "unsupported-dialect", declared };
  const dialect = declared ?? fallback;
  if (typeof schema !== "boolean" && (schema === null || typeof schema !== "object" || Array.isArray(schema))) {
    return { kind: "invalid", dialect, errors: [`a schema is an object or a boolean, not ${describeType(schema)}`] };
  }
  let ajv = ajvFor(dialect);
  const metaValid = ajv.validateSchema(schema);
  if (!metaValid) return { kind: "invalid", dialect, errors: formatErrors(ajv.errors) };
  try {
    return { kind: "valid", dialect, validate: ajv.compile(schema) };
  } catch (error) {
    if (error instanceof Error && /already exists/.test(error.message)) {
      ajv = createAjv(dialect);
      try {
        return { kind: "valid", dialect, validate: ajv.compile(schema) };
      } catch (retry) {
        return { kind: "invalid", dialect, errors: [retry instanceof Error ? retry.message : String(retry)] };
      }
    }
    return { kind: "invalid", dialect, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
function compileForValidation(schema) {
  const first = compileJsonSchema(schema, "2020-12");
  if (first.kind !== "invalid" || declaredDialect(schema) !== void 0) return first;
  const second = compileJsonSchema(schema, "draft-07");
  return second.kind === "valid" ? second : first;
}
function formatErrors(errors) {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || "(root)"} ${e.message ?? "is not valid"}`);
}
function describeType(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

// src/checks/sections-2025/tools.ts
var BOTH14 = ["stdio", "http", "sse"];
var TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
var PORTABLE_TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;
var ANNOTATION_HINTS = ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"];
var toolName = (tool) => typeof tool.name === "string" ? tool.name : JSON.stringify(tool.name);
var successes = (records) => records.filter(
  (r) => r.outcome?.ok === true && r.outcome.result.isError !== true && !isInterim(r.outcome)
);
var honesty3 = capabilityChecks({
  section: "tools",
  capability: "tools",
  feature: "tools",
  declaredRequirements: ["TOOL-01"],
  declaredSpec: "server/tools#capabilities",
  declaredRule: "Servers that support tools MUST declare the tools capability.",
  async probes(ctx) {
    const probes4 = [{ method: "tools/list" }];
    const first = plainCallableTools(ctx)[0];
    if (first) {
      probes4.push({
        method: "tools/call",
        params: { name: first.name, arguments: first.arguments },
        answered: async () => (await firstToolResult(ctx))?.outcome
      });
    }
    return probes4;
  }
});
var checks20 = [
  ...honesty3,
  {
    id: "tools-list-shape",
    title: "tools/list pages have a tools array of well-typed tool definitions",
    section: "tools",
    level: "MUST",
    requirements: ["SCH-03", "SCH-07"],
    spec: "server/tools#listing-tools",
    rule: "ListToolsResult has a `tools` array and an optional string `nextCursor`; each Tool has a string `name`, an object `inputSchema`, and optional fields of the schema types (title, description, annotations, outputSchema, icons, execution, _meta).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "tools"),
    async run(ctx) {
      const walk = await sharedWalk(ctx.main, "tools/list");
      if (walk.stopped?.outcome && !walk.stopped.outcome.ok) {
        return violation(`tools/list ${walk.stopped.reason}: ${describeOutcome(walk.stopped.outcome)}`, {
          sent: { method: "tools/list", params: walk.stopped.cursor ? { cursor: walk.stopped.cursor } : void 0 },
          received: receivedOf(walk.stopped.outcome)
        });
      }
      const problems2 = [];
      walk.pages.forEach(({ result }, page) => {
        if (!Array.isArray(result.tools)) problems2.push(`page ${page + 1} has no tools array`);
        else {
          result.tools.forEach((tool, i) => problems2.push(...toolDefinitionProblems(tool, ctx.protocolVersion, i)));
        }
        if (result.nextCursor !== void 0 && typeof result.nextCursor !== "string") {
          problems2.push(`page ${page + 1} nextCursor is not a string`);
        }
      });
      if (problems2.length) {
        return violation(`tools/list: ${problems2.slice(0, 5).join("; ")}${more(problems2, 5)}`, {
          sent: { method: "tools/list" },
          received: walk.pages.map((p) => p.result)
        });
      }
      return pass(`${itemsOf(walk, "tools").length} tools on ${walk.pages.length} page(s)`);
    }
  },
  {
    id: "tools-input-schema-object",
    title: 'every inputSchema is an object schema with type "object"',
    section: "tools",
    level: "MUST",
    requirements: ["TOOL-02"],
    spec: "server/tools#tool",
    rule: 'inputSchema: JSON Schema defining expected parameters; MUST be a valid JSON Schema object (not null) with `"type": "object"` (schema.ts Tool.inputSchema).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const offenders = ctx.inventory.tools.flatMap((tool) => {
        const schema = tool.inputSchema;
        if (!isObject(schema))
          return [{ tool: toolName(tool), problem: `inputSchema is ${JSON.stringify(schema) ?? "missing"}`, schema }];
        if (schema.type !== "object") {
          return [
            {
              tool: toolName(tool),
              problem: `inputSchema.type is ${JSON.stringify(schema.type) ?? "missing"}, not "object"`,
              schema
            }
          ];
        }
        return [];
      });
      if (offenders.length) {
        return violation(offenders.map((o) => `${o.tool}: ${o.problem}`).join("; "), {
          received: offenders.map((o) => ({ tool: o.tool, inputSchema: o.schema }))
        });
      }
      return pass(`${ctx.inventory.tools.length} input schemas are objects of type "object"`);
    }
  },
  {
    id: "tools-input-schema-required-defined",
    title: "every property an inputSchema requires is defined in its properties",
    section: "tools",
    level: "SHOULD",
    heuristic: true,
    requirements: ["TOOL-02"],
    spec: "server/tools#tool",
    rule: "inputSchema: JSON Schema defining expected parameters (schema.ts Tool.inputSchema). A name in `required` that no `properties` entry defines is valid JSON Schema, but no client can tell what to pass for it; with additionalProperties: false no call can satisfy the schema.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const offenders = ctx.inventory.tools.flatMap(
        (tool) => undefinedRequired(tool.inputSchema, "inputSchema").map((u) => ({ tool: toolName(tool), ...u }))
      );
      if (offenders.length === 0) return pass(`${ctx.inventory.tools.length} input schemas define what they require`);
      return violation(
        offenders.map(
          (o) => `${o.tool}: ${o.path} requires ${o.names.map((n) => JSON.stringify(n)).join(", ")}, not in its properties${o.closed ? " while additionalProperties is false, so no call can satisfy it" : ", so a client cannot tell what to pass"}`
        ).join("; "),
        { received: offenders.map((o) => ({ tool: o.tool, at: o.path, required: o.names })) }
      );
    }
  },
  {
    id: "tools-input-schema-valid",
    title: "every inputSchema is a valid JSON Schema in its dialect",
    section: "tools",
    level: "MUST",
    requirements: ["BASE-14", "TOOL-02"],
    spec: "basic/index#schema-validation",
    rule: "Schemas MUST be valid according to their declared or default dialect (JSON Schema 2020-12 when no $schema is present).",
    versions: withModern(versionsFrom("2025-11-25")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      return judgeSchemas(ctx.inventory.tools, "inputSchema");
    }
  },
  {
    id: "tools-output-schema-valid",
    title: 'every outputSchema is a valid JSON Schema with type "object"',
    section: "tools",
    level: "MUST",
    requirements: ["SCH-13", "BASE-14"],
    spec: "server/tools#output-schema",
    rule: 'Tool.outputSchema is a JSON Schema whose root has `"type": "object"` (schema.ts); schemas MUST be valid according to their declared or default dialect.',
    versions: versionsFrom("2025-06-18"),
    transports: BOTH14,
    scope: "per-version",
    applies(ctx) {
      const missing = requireListed(ctx, "tools");
      if (missing) return missing;
      return ctx.inventory.tools.some((t) => t.outputSchema !== void 0) ? void 0 : "no listed tool declares an outputSchema";
    },
    async run(ctx) {
      const withOutput = ctx.inventory.tools.filter((t) => t.outputSchema !== void 0);
      const notObject = withOutput.filter((t) => !isObject(t.outputSchema) || t.outputSchema.type !== "object");
      if (notObject.length) {
        return violation(
          `outputSchema root is not {"type": "object"}: ${notObject.map((t) => `${toolName(t)} (type ${JSON.stringify(isObject(t.outputSchema) ? t.outputSchema.type : t.outputSchema)})`).join(", ")}`,
          { received: notObject.map((t) => ({ tool: t.name, outputSchema: t.outputSchema })) }
        );
      }
      if (ctx.protocolVersion < "2025-11-25") return pass(`${withOutput.length} output schemas are object schemas`);
      return judgeSchemas(withOutput, "outputSchema");
    }
  },
  {
    id: "tools-names-unique",
    title: "tool names are unique",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-07"],
    spec: "server/tools#tool-names",
    rule: "Tool names SHOULD be unique within a server.",
    versions: withModern(versionsFrom("2025-11-25")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const counts = /* @__PURE__ */ new Map();
      for (const tool of ctx.inventory.tools) counts.set(toolName(tool), (counts.get(toolName(tool)) ?? 0) + 1);
      const duplicates = [...counts].filter(([, n]) => n > 1);
      if (duplicates.length) {
        return violation(
          `tool names listed more than once: ${duplicates.map(([name, n]) => `${name} (${n}\xD7)`).join(", ")}`,
          {
            received: ctx.inventory.tools.map((t) => t.name)
          }
        );
      }
      return pass(`${counts.size} distinct names`);
    }
  },
  {
    id: "tools-name-format",
    title: "tool names are 1-128 characters of A-Z, a-z, 0-9, _, - and .",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-05", "TOOL-06"],
    spec: "server/tools#tool-names",
    rule: "Tool names SHOULD be between 1 and 128 characters; uppercase and lowercase ASCII letters, digits, underscore, hyphen and dot SHOULD be the only allowed characters; names SHOULD NOT contain spaces, commas, or other special characters.",
    versions: withModern(versionsFrom("2025-11-25")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const names2 = ctx.inventory.tools.map((t) => t.name);
      const bad = names2.filter((name) => typeof name !== "string" || !TOOL_NAME.test(name));
      if (bad.length) {
        return violation(`tool names break the naming rules: ${bad.map((name) => describeBadName(name)).join("; ")}`, {
          received: bad
        });
      }
      const unportable = names2.filter((name) => !PORTABLE_TOOL_NAME.test(name));
      return pass(
        unportable.length ? `valid; note that some hosts accept only ^[a-zA-Z0-9_-]{1,64}$ and would reject: ${unportable.join(", ")}` : `${names2.length} names follow the rules`
      );
    }
  },
  {
    id: "tools-annotations-typed",
    title: "tool annotations are well-typed",
    section: "tools",
    level: "MUST",
    requirements: ["SCH-11"],
    spec: "server/tools#tool",
    rule: "ToolAnnotations: title is a string; readOnlyHint, destructiveHint, idempotentHint and openWorldHint are booleans (schema.ts ToolAnnotations).",
    versions: withModern(versionsFrom("2025-03-26")),
    transports: BOTH14,
    scope: "per-version",
    applies(ctx) {
      const missing = requireListed(ctx, "tools");
      if (missing) return missing;
      return ctx.inventory.tools.some((t) => t.annotations !== void 0) ? void 0 : "no listed tool has annotations";
    },
    async run(ctx) {
      const problems2 = [];
      for (const tool of ctx.inventory.tools) {
        const annotations = tool.annotations;
        if (annotations === void 0) continue;
        if (!isObject(annotations)) {
          problems2.push(`${toolName(tool)}: annotations is not an object`);
          continue;
        }
        for (const hint of ANNOTATION_HINTS) {
          if (annotations[hint] !== void 0 && typeof annotations[hint] !== "boolean") {
            problems2.push(`${toolName(tool)}: ${hint} is ${JSON.stringify(annotations[hint])}, not a boolean`);
          }
        }
        if (annotations.title !== void 0 && typeof annotations.title !== "string") {
          problems2.push(`${toolName(tool)}: title is not a string`);
        }
      }
      if (problems2.length) {
        return violation(problems2.join("; "), {
          received: ctx.inventory.tools.filter((t) => t.annotations !== void 0).map((t) => ({ tool: t.name, annotations: t.annotations }))
        });
      }
      return pass();
    }
  },
  {
    id: "tools-call-result-shape",
    title: "tool results have a content array of valid content blocks",
    section: "tools",
    level: "MUST",
    requirements: ["SCH-04"],
    spec: "server/tools#tool-result",
    rule: "CallToolResult has `content` (an array of content blocks, required even with structuredContent or isError); image and audio data are base64; `isError` is a boolean (schema.ts CallToolResult, ContentBlock).",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = await callableToolResults(ctx);
      const closed = records.find((r) => r.failure?.kind === "closed");
      if (closed) {
        return violation(`the connection closed when ${closed.invocation.name} was called with valid arguments`, {
          sent: closed.sent
        });
      }
      const problems2 = [];
      const final = records.filter((r) => r.outcome?.ok && !isInterim(r.outcome));
      for (const record of final) {
        if (!record.outcome?.ok) continue;
        const found = callResultProblems(record.outcome.result, ctx.protocolVersion);
        if (found.length) problems2.push({ tool: record.invocation.name, problems: found, record });
      }
      if (problems2.length) {
        const first = problems2[0];
        return violation(problems2.map((p) => `${p.tool}: ${p.problems.slice(0, 3).join("; ")}`).join(" | "), {
          sent: first.record.sent,
          received: receivedOf(first.record.outcome)
        });
      }
      const judged2 = final.length;
      if (!judged2) return skip(`no call returned a result: ${summarize(records)}`);
      return pass(`${judged2} result(s) well-formed${unjudgedNote(records)}`);
    }
  },
  {
    id: "tools-call-answered",
    title: "every tool call is answered before the request timeout",
    section: "tools",
    level: "SHOULD",
    heuristic: true,
    requirements: ["TOOL-11"],
    spec: "server/tools#error-handling",
    rule: "Every request gets a response (JSON-RPC 2.0), and errors originating from tool execution SHOULD be reported inside the result object with isError: true, so a tool that cannot finish says so instead of leaving the client waiting.",
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "once",
    // It may wait the whole request timeout for a hung tool: started first, it waits beside the other checks.
    startsEarly: true,
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = await callableToolResults(ctx);
      const hung = records.filter((r) => r.failure?.kind === "timeout");
      if (hung.length) {
        return violation(
          `no answer by the request timeout (${ctx.config.requestTimeoutMs} ms) from ${hung.map((h) => h.invocation.name).join(", ")}; a tool that cannot finish should answer with an error result (isError: true) rather than leave the client waiting (raise timeout-ms if the tool is meant to take longer)`,
          { sent: hung.map((h) => h.sent) }
        );
      }
      const slow = records.filter((r) => r.outcome && r.overBudget).map((r) => r.invocation.name);
      const answered2 = records.filter((r) => r.outcome).length;
      return pass(
        `${answered2} call(s) answered${slow.length ? `; slower than the tool budget but answered: ${slow.join(", ")}` : ""}`
      );
    }
  },
  {
    id: "tools-structured-content-conforms",
    title: "structuredContent is present and conforms to the outputSchema",
    section: "tools",
    level: "MUST",
    requirements: ["TOOL-03", "SCH-13"],
    spec: "server/tools#output-schema",
    rule: "If an output schema is provided: Servers MUST provide structured results that conform to this schema.",
    versions: versionsFrom("2025-06-18"),
    transports: BOTH14,
    scope: "per-version",
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some((t) => t.tool.outputSchema !== void 0) ? void 0 : "no callable tool declares an outputSchema";
    },
    async run(ctx) {
      const records = (await callableToolResults(ctx)).filter((r) => r.invocation.tool.outputSchema !== void 0);
      const judged2 = successes(records);
      for (const record of judged2) {
        const name = record.invocation.name;
        const structured = record.outcome.result.structuredContent;
        const evidence = { sent: record.sent, received: record.outcome.result };
        if (structured === void 0)
          return violation(`${name} declares an outputSchema but its result has no structuredContent`, evidence);
        if (!isObject(structured)) return violation(`${name} structuredContent is not a JSON object`, evidence);
        const compiled = compileForValidation(record.invocation.tool.outputSchema);
        if (compiled.kind !== "valid") continue;
        if (!compiled.validate(structured)) {
          return violation(
            `${name} structuredContent does not match its outputSchema: ${formatErrors(compiled.validate.errors).join("; ")}`,
            {
              ...evidence,
              note: `outputSchema: ${JSON.stringify(record.invocation.tool.outputSchema)}`
            }
          );
        }
      }
      if (!judged2.length)
        return skip(`no call of a tool with an outputSchema returned a non-error result: ${summarize(records)}`);
      return pass(`${judged2.map((r) => r.invocation.name).join(", ")} conform${unjudgedNote(records)}`);
    }
  },
  {
    id: "tools-structured-content-text-mirror",
    title: "structured results also carry their JSON in a text block",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-04"],
    spec: "server/tools#structured-content",
    rule: "For backwards compatibility, a tool that returns structured content SHOULD also return the serialized JSON in a TextContent block.",
    versions: withModern(versionsFrom("2025-06-18")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = successes(await callableToolResults(ctx)).filter(
        (r) => r.outcome.result.structuredContent !== void 0
      );
      if (!records.length) return skip("no call returned structuredContent");
      for (const record of records) {
        const { content, structuredContent } = record.outcome.result;
        const mirrored = Array.isArray(content) && content.some((block) => isObject(block) && block.type === "text" && parsesTo(block.text, structuredContent));
        if (!mirrored) {
          return violation(
            `${record.invocation.name} returns structuredContent without a text block holding the same JSON`,
            {
              sent: record.sent,
              received: record.outcome.result
            }
          );
        }
      }
      return pass(`${records.map((r) => r.invocation.name).join(", ")} mirror their structured content`);
    }
  },
  {
    id: "tools-unknown-tool-error",
    title: "calling an unknown tool is a JSON-RPC error (-32602)",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-09"],
    spec: "server/tools#error-handling",
    rule: 'Protocol Errors: Standard JSON-RPC errors for issues like unknown tools (example: -32602 "Unknown tool").',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "tools"),
    async run(ctx) {
      const sent = { method: "tools/call", params: { name: nonexistentName(), arguments: {} } };
      const outcome = await ctx.main.request(sent.method, sent.params);
      const evidence = { sent, received: receivedOf(outcome) };
      if (outcome.ok) {
        return outcome.result.isError === true ? violation(
          "an unknown tool is reported as a tool result with isError: true, not as a JSON-RPC error",
          evidence
        ) : violation("calling an unknown tool returned a successful result", evidence);
      }
      if (outcome.error.code === INVALID_PARAMS) return pass();
      if (outcome.error.code === METHOD_NOT_FOUND) {
        return warn(
          "an unknown tool is answered with -32601 (Method not found); the spec example is -32602 (Invalid params)",
          evidence
        );
      }
      return warn(
        `an unknown tool is answered with error ${outcome.error.code}; the spec example is -32602 (Invalid params)`,
        evidence
      );
    }
  },
  {
    id: "tools-call-malformed-params",
    title: "a tools/call that fails the CallToolRequest schema is a -32602 error",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-10"],
    spec: "server/tools#error-handling",
    rule: "Protocol Errors: Standard JSON-RPC errors for malformed requests (requests that fail to satisfy the CallToolRequest schema); JSON-RPC 2.0 reserves -32602 for invalid method parameters.",
    versions: withModern(versionsFrom("2025-11-25")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "tools"),
    async run(ctx) {
      const name = ctx.callableTools[0]?.name ?? nonexistentName();
      const probes4 = [{}, { name, arguments: "mcp-ci-not-an-object" }];
      for (const params of probes4) {
        const sent = { method: "tools/call", params };
        const outcome = await ctx.main.request(sent.method, params);
        const evidence = { sent, received: receivedOf(outcome) };
        if (outcome.ok)
          return violation(
            `a malformed tools/call (${describeParams(params)}) returned a result instead of a JSON-RPC error`,
            evidence
          );
        if (outcome.error.code !== INVALID_PARAMS) {
          return warn(
            `a malformed tools/call (${describeParams(params)}) is answered with error ${outcome.error.code}; JSON-RPC 2.0 reserves -32602 (Invalid params) for this (the official SDKs answer -32603)`,
            evidence
          );
        }
      }
      return pass();
    }
  },
  {
    id: "tools-input-validation-error",
    title: "arguments that break the inputSchema are rejected in the form the version asks for",
    section: "tools",
    level: "SHOULD",
    heuristic: true,
    requirements: ["TOOL-12", "TOOL-13"],
    spec: "server/tools#error-handling",
    rule: 'Servers MUST validate all tool inputs. Up to 2025-06-18 invalid arguments are a protocol error (and "invalid input data" a tool execution error); from 2025-11-25 input validation errors are tool execution errors, reported in the result with isError: true.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH14,
    scope: "per-version",
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return invalidCall(plainCallableTools(ctx)) ? void 0 : "no callable tool has a required or typed argument to get wrong";
    },
    async run(ctx) {
      const probe = invalidCall(plainCallableTools(ctx));
      const record = await callOne(ctx.main, { ...probe.invocation, arguments: probe.arguments }, void 0);
      if (record.failure?.kind === "closed")
        return violation(`the connection closed when ${probe.invocation.name} was called with ${probe.how}`, {
          sent: record.sent
        });
      if (!record.outcome) return skip(`${probe.invocation.name}: ${record.failure.message}`);
      const outcome = record.outcome;
      const evidence = { sent: record.sent, received: receivedOf(outcome) };
      if (isInterim(outcome))
        return skip(`${probe.invocation.name}: ${probe.how} -> input_required, not a final answer`);
      const modern2 = ctx.protocolVersion >= "2025-11-25";
      if (outcome.ok && outcome.result.isError !== true) {
        return violation(
          `${probe.invocation.name} accepted ${probe.how} and returned a successful result (inputs are not validated)`,
          evidence
        );
      }
      if (outcome.ok) return pass(`${probe.invocation.name}: ${probe.how} -> tool execution error (isError)`);
      const notValidation = await failureOfItsOwn(ctx, probe.invocation.name, outcome.error.message);
      if (notValidation) return skip(notValidation);
      if (!modern2) {
        return outcome.error.code === INVALID_PARAMS ? pass(`${probe.invocation.name}: ${probe.how} -> -32602`) : warn(
          `${probe.invocation.name}: ${probe.how} is answered with error ${outcome.error.code}; invalid arguments are -32602 (Invalid params)`,
          evidence
        );
      }
      return warn(
        `${probe.invocation.name}: ${probe.how} is answered with JSON-RPC error ${outcome.error.code}; from 2025-11-25 input validation errors are tool execution errors (a result with isError: true) so the model can correct itself`,
        evidence
      );
    }
  },
  {
    id: "tools-list-stable",
    title: "tools/list does not change between calls without list_changed",
    section: "tools",
    level: "SHOULD",
    heuristic: true,
    requirements: ["TOOL-08"],
    spec: "server/tools#list-changed-notification",
    rule: "When the list of available tools changes, servers that declared the listChanged capability SHOULD send a notification (notifications/tools/list_changed).",
    versions: ALL_VERSIONS,
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCapability(ctx, "tools"),
    async run(ctx) {
      let notified = false;
      const stop = ctx.main.onNotification((n) => {
        if (n.method === "notifications/tools/list_changed") notified = true;
      });
      try {
        const first = await walkPages(ctx.main, "tools/list");
        const second = await walkPages(ctx.main, "tools/list");
        if (first.stopped || second.stopped)
          return skip(`tools/list could not be walked to the end (${(first.stopped ?? second.stopped).reason})`);
        const a = itemsOf(first, "tools");
        const b = itemsOf(second, "tools");
        if ((0,node_util__WEBPACK_IMPORTED_MODULE_13__.isDeepStrictEqual)(a, b) || notified)
          return pass(notified ? "changed, and list_changed was sent" : `${a.length} tools, twice the same`);
        const names2 = (list) => list.map(toolName);
        return violation(
          "tools/list returned a different list on the next call, and no notifications/tools/list_changed came",
          {
            sent: { method: "tools/list" },
            received: { first: names2(a), second: names2(b) }
          }
        );
      } finally {
        stop();
      }
    }
  },
  {
    id: "tools-embedded-resources-capability",
    title: "servers returning embedded resources declare the resources capability",
    section: "tools",
    level: "SHOULD",
    requirements: ["TOOL-14"],
    spec: "server/tools#embedded-resources",
    rule: "Servers that use embedded resources SHOULD implement the resources capability.",
    versions: withModern(versionsFrom("2025-06-18")),
    transports: BOTH14,
    scope: "per-version",
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = successes(await callableToolResults(ctx));
      const embedding = records.filter(
        (r) => Array.isArray(r.outcome.result.content) && r.outcome.result.content.some((b) => isObject(b) && b.type === "resource")
      );
      if (!embedding.length) return skip("no tool result embedded a resource");
      if (ctx.main.serverCapabilities.resources !== void 0)
        return pass(`${embedding.map((r) => r.invocation.name).join(", ")} embed resources; resources is declared`);
      return violation(
        `${embedding.map((r) => r.invocation.name).join(", ")} return embedded resources, but the server does not declare the resources capability`,
        {
          sent: embedding[0].sent,
          received: embedding[0].outcome.result
        }
      );
    }
  }
];
function toolDefinitionProblems(tool, version, index) {
  if (!isObject(tool)) return [`tools[${index}] is not an object`];
  const name = typeof tool.name === "string" ? tool.name : `tools[${index}]`;
  const problems2 = [];
  if (typeof tool.name !== "string") problems2.push(`tools[${index}] has no string name`);
  if (!isObject(tool.inputSchema)) problems2.push(`${name}: inputSchema is not an object`);
  for (const key of ["title", "description"]) {
    if (tool[key] !== void 0 && typeof tool[key] !== "string") problems2.push(`${name}: ${key} is not a string`);
  }
  for (const key of ["annotations", "outputSchema", "execution", "_meta"]) {
    if (tool[key] !== void 0 && !isObject(tool[key])) problems2.push(`${name}: ${key} is not an object`);
  }
  if (tool.icons !== void 0 && !Array.isArray(tool.icons)) problems2.push(`${name}: icons is not an array`);
  if (version >= "2025-11-25" && isObject(tool.execution)) {
    const support = tool.execution.taskSupport;
    if (support !== void 0 && !["forbidden", "optional", "required"].includes(support)) {
      problems2.push(`${name}: execution.taskSupport is ${JSON.stringify(support)}`);
    }
  }
  return problems2;
}
function callResultProblems(result, version) {
  const problems2 = contentListProblems(result.content, "content");
  if (result.isError !== void 0 && typeof result.isError !== "boolean") problems2.push("isError is not a boolean");
  const objectOnly = version >= "2025-06-18" && version !== _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$;
  if (objectOnly && result.structuredContent !== void 0 && !isObject(result.structuredContent)) {
    problems2.push("structuredContent is not an object");
  }
  return problems2;
}
function judgeSchemas(tools, key) {
  const invalid = [];
  const unsupported = [];
  for (const tool of tools) {
    const schema = tool[key];
    if (schema === void 0) continue;
    const compiled = compileJsonSchema(schema);
    if (compiled.kind === "invalid") invalid.push({ tool: toolName(tool), errors: compiled.errors, schema });
    if (compiled.kind === "unsupported-dialect")
      unsupported.push({ tool: toolName(tool), declared: compiled.declared });
  }
  if (invalid.length) {
    return violation(
      `${key} is not a valid JSON Schema: ${invalid.map((i) => `${i.tool} (${i.errors.slice(0, 2).join("; ")})`).join(", ")}`,
      {
        received: invalid.map((i) => ({ tool: i.tool, [key]: i.schema }))
      }
    );
  }
  if (unsupported.length) {
    return warn(
      `${key} declares a JSON Schema dialect mcp-ci cannot check (2020-12, 2019-09, draft-07 and draft-06 are supported): ${unsupported.map((u) => `${u.tool} ($schema ${u.declared})`).join(", ")}`,
      {
        received: unsupported
      }
    );
  }
  return pass(`${tools.filter((t) => t[key] !== void 0).length} ${key}s compile`);
}
function undefinedRequired(schema, path) {
  if (!isObject(schema)) return [];
  const properties = isObject(schema.properties) ? schema.properties : {};
  const found = [];
  if (Array.isArray(schema.required)) {
    const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
    const branches = ["allOf", "anyOf", "oneOf"].flatMap((key) => Array.isArray(schema[key]) ? schema[key] : []);
    const inBranch = (name) => branches.some((b) => isObject(b) && isObject(b.properties) && Object.hasOwn(b.properties, name));
    const matchesPattern = (name) => patterns.some((pattern) => {
      try {
        return new RegExp(pattern, "u").test(name);
      } catch {
        return false;
      }
    });
    const names2 = schema.required.filter(
      (name) => typeof name === "string" && !Object.hasOwn(properties, name) && !matchesPattern(name) && !inBranch(name)
    );
    if (names2.length) found.push({ path, names: names2, closed: schema.additionalProperties === false });
  }
  for (const [key, property] of Object.entries(properties)) {
    found.push(...undefinedRequired(property, `${path}.properties.${key}`));
  }
  return found;
}
var NETWORK_FAILURE = /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b|fetch failed/;
async function failureOfItsOwn(ctx, tool, message) {
  if (NETWORK_FAILURE.test(message)) {
    return `${tool}'s error names a failed network call of its own ("${message.slice(0, 160)}"), not argument validation`;
  }
  const valid = (await sessionToolResult(ctx, tool))?.outcome;
  if (valid && (!valid.ok || valid.result.isError === true)) {
    const how = valid.ok ? "a result with isError: true" : describeOutcome(valid);
    return `${tool} fails with valid arguments too (${how}), so its error says nothing about input validation`;
  }
  return void 0;
}
function invalidCall(tools) {
  for (const invocation of tools) {
    const schema = invocation.tool.inputSchema;
    if (!isObject(schema)) continue;
    const compiled = compileForValidation(schema);
    if (compiled.kind !== "valid") continue;
    const candidates2 = [];
    const required = Array.isArray(schema.required) ? schema.required.filter((k) => typeof k === "string") : [];
    if (required.length) {
      const { [required[0]]: _left, ...rest } = invocation.arguments;
      candidates2.push({ arguments: rest, how: `the required argument "${required[0]}" left out` });
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [key, property] of Object.entries(properties)) {
      if (!isObject(property) || typeof property.type !== "string") continue;
      const wrong = property.type === "string" ? 12345 : "mcp-ci-not-a-" + property.type;
      candidates2.push({
        arguments: { ...invocation.arguments, [key]: wrong },
        how: `"${key}" given a value that is not of type ${property.type}`
      });
    }
    const breaking = candidates2.find((c) => !compiled.validate(c.arguments));
    if (breaking) return { invocation, ...breaking };
  }
  return void 0;
}
function parsesTo(text, expected) {
  if (typeof text !== "string") return false;
  try {
    return (0,node_util__WEBPACK_IMPORTED_MODULE_13__.isDeepStrictEqual)(JSON.parse(text), expected);
  } catch {
    return false;
  }
}
function describeBadName(name) {
  if (typeof name !== "string") return `${JSON.stringify(name)} is not a string`;
  if (name.length === 0) return "an empty name";
  if (name.length > 128) return `${name.slice(0, 40)}\u2026 is ${name.length} characters long`;
  const offending = [...new Set([...name].filter((c) => !/[A-Za-z0-9_.-]/.test(c)))];
  return `${JSON.stringify(name)} contains ${offending.map((c) => JSON.stringify(c)).join(" ")}`;
}
function describeParams(params) {
  return Object.keys(params).length === 0 ? "params {} without a name" : "arguments given as a string";
}
function summarize(records) {
  return records.map(
    (r) => `${r.invocation.name}: ${r.outcome ? r.outcome.ok ? r.outcome.result.isError === true ? "isError result" : "result" : describeOutcome(r.outcome) : r.failure?.message}`
  ).join("; ");
}
function more(list, shown) {
  return list.length > shown ? ` (and ${list.length - shown} more)` : "";
}

// src/checks/probes/modern-requests.ts
function openModernProbe(ctx, name) {
  return ctx.openRaw({ protocolVersion: _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$, initialize: false, label: modernLabel(`probe:${name}`) });
}
async function sendModern(ctx, channel, method, params, options = {}) {
  const body = enveloped(params);
  const meta = body._meta;
  for (const [key, value] of Object.entries(options.meta ?? {})) {
    if (value === void 0) delete meta[key];
    else meta[key] = value;
  }
  const headers = { ...modernHeaders(method, body) };
  for (const [key, value] of Object.entries(options.headers ?? {})) {
    if (value === void 0) delete headers[key];
    else headers[key] = value;
  }
  const stdio = ctx.transport === "stdio";
  const exchange = await channel.request(method, body, {
    timeoutMs: ctx.timeoutMs,
    ...stdio ? { startupMs: ctx.config.bootTimeoutMs } : { headers }
  });
  return { ...exchange, ...exchange.http && { status: exchange.http.status } };
}
function errorOf2(response) {
  const error = response?.error;
  return error !== null && typeof error === "object" ? error : void 0;
}
function describeModern(exchange) {
  const error = errorOf2(exchange.response);
  const what = error ? `error ${String(error.code)}` : exchange.response ? "a result" : exchange.nonJson.length ? "non-JSON output" : "no answer";
  return exchange.status !== void 0 ? `HTTP ${exchange.status}, ${what}` : what;
}
function modernEvidence(exchange) {
  let sent = exchange.sent;
  try {
    sent = JSON.parse(exchange.sent);
  } catch {
  }
  return {
    sent,
    received: exchange.response ?? (exchange.http ? { status: exchange.http.status, body: exchange.http.body } : exchange.nonJson)
  };
}

// src/checks/judge/request-streams.ts
var isSse = (entry) => (entry.http?.headers?.["content-type"] ?? "").includes("text/event-stream");
function requestStreams(entries) {
  const sent = /* @__PURE__ */ new Map();
  const streams = /* @__PURE__ */ new Map();
  const key = (conn, id) => `${conn} ${idKey(id)}`;
  for (const entry of entries) {
    if (entry.transport !== "http" || !isModernLabel(entry.conn)) continue;
    if (entry.dir === "send") {
      const message = isObject3(entry.message) ? entry.message : parseFrames(entry.raw, "application/json")[0];
      if (message && typeof message.method === "string" && "id" in message)
        sent.set(key(entry.conn, message.id), message);
      continue;
    }
    if (!isSse(entry)) continue;
    const frames = parseFrames(entry.raw, "text/event-stream");
    if (entry.streamTail) {
      const stream = streams.get(key(entry.conn, entry.streamTail.requestId));
      if (!stream) continue;
      stream.afterResponse.push(...frames);
      stream.ended = entry.streamTail.ended;
      continue;
    }
    const at = frames.findIndex((m) => !("method" in m) && "id" in m && sent.has(key(entry.conn, m.id)));
    if (at < 0) continue;
    const request = sent.get(key(entry.conn, frames[at].id));
    streams.set(key(entry.conn, request.id), {
      conn: entry.conn,
      request,
      untilResponse: frames.slice(0, at + 1),
      afterResponse: frames.slice(at + 1)
    });
  }
  return [...streams.values()];
}
var LISTEN_ONLY = /* @__PURE__ */ new Set([
  "notifications/subscriptions/acknowledged",
  "notifications/tools/list_changed",
  "notifications/prompts/list_changed",
  "notifications/resources/list_changed",
  "notifications/resources/updated"
]);
function unrelatedBecause(notification, request) {
  const method = String(notification.method);
  if (LISTEN_ONLY.has(method)) return `${method} is a subscription notification`;
  if (method !== "notifications/progress") return void 0;
  const params = isObject3(request.params) ? request.params : {};
  const asked = isObject3(params._meta) ? params._meta.progressToken : void 0;
  const token = isObject3(notification.params) ? notification.params.progressToken : void 0;
  if (asked === void 0) return `progress for token ${idKey(token)}, but the request asked for no progress`;
  return idKey(token) === idKey(asked) ? void 0 : `progress for token ${idKey(token)}, not the request's ${idKey(asked)}`;
}

// src/checks/sections-2026-07-28/subscriptions.ts
var META_SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";
var LISTEN_WINDOW_MS = 3e3;
var SUBSCRIPTION_ID = "mcp-ci-sub-1";
function listenFilter(ctx) {
  const capabilities = ctx.main.serverCapabilities;
  const filter = {};
  for (const [capability, key] of [
    ["tools", "toolsListChanged"],
    ["prompts", "promptsListChanged"],
    ["resources", "resourcesListChanged"]
  ]) {
    const declared = capabilities[capability];
    if (isObject3(declared) && declared.listChanged === true) filter[key] = true;
  }
  return filter;
}
var checks21 = [
  {
    id: "resources-subscription-acknowledged",
    title: "subscriptions/listen is acknowledged first, with the request id as subscription id",
    section: "resources",
    level: "MUST",
    requirements: ["M-31", "M-32"],
    spec: "basic/patterns/subscriptions#acknowledgment",
    rule: "The first message of a subscription MUST be notifications/subscriptions/acknowledged whose _meta subscriptionId is the JSON-RPC id of the listen request; every notification on the stream carries that subscriptionId.",
    versions: MODERN_ONLY,
    transports: ["stdio", "http"],
    scope: "once",
    applies: (ctx) => Object.keys(listenFilter(ctx)).length === 0 ? "the server declares no listChanged capability" : void 0,
    async run(ctx) {
      const filter = listenFilter(ctx);
      const channel = await openModernProbe(ctx, "listen");
      const params = enveloped({ notifications: filter });
      const sent = { jsonrpc: "2.0", id: SUBSCRIPTION_ID, method: "subscriptions/listen", params };
      const exchange = await channel.send(JSON.stringify(sent), {
        waitMs: LISTEN_WINDOW_MS,
        ...ctx.transport === "stdio" ? { startupMs: ctx.config.bootTimeoutMs } : { headers: modernHeaders("subscriptions/listen", params) }
      });
      const evidence = { sent, received: exchange.messages.slice(0, 5) };
      const first = exchange.messages[0];
      if (!first) return violation(`nothing arrived on the subscription within ${LISTEN_WINDOW_MS} ms`, evidence);
      if (first.method !== "notifications/subscriptions/acknowledged")
        return violation(
          `the first message of the subscription is ${typeof first.method === "string" ? first.method : "a response"}, not notifications/subscriptions/acknowledged`,
          evidence
        );
      for (const message of exchange.messages) {
        if (typeof message.method !== "string" || "id" in message) continue;
        const meta = isObject3(message.params) && isObject3(message.params._meta) ? message.params._meta : {};
        if (meta[META_SUBSCRIPTION_ID] !== SUBSCRIPTION_ID)
          return violation(
            `${message.method} on the subscription carries subscriptionId ${JSON.stringify(meta[META_SUBSCRIPTION_ID])}, not ${JSON.stringify(SUBSCRIPTION_ID)}`,
            evidence
          );
      }
      return pass(`acknowledged (${Object.keys(filter).join(", ")})`);
    }
  },
  {
    id: "http-sse-unbuffered",
    title: "SSE responses carry X-Accel-Buffering: no",
    section: "http",
    level: "SHOULD",
    requirements: ["M-16"],
    spec: "basic/transports/streamable-http#receiving-messages",
    rule: "Servers SHOULD include X-Accel-Buffering: no on SSE responses, so proxies deliver events as they are sent.",
    versions: MODERN_ONLY,
    transports: ["http"],
    scope: "passive",
    async run(ctx) {
      const streams = modernMessages(ctx.transcript()).filter(
        ({ http }) => (http?.headers?.["content-type"] ?? "").includes("text/event-stream")
      );
      if (streams.length === 0) return skip(`no ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$} response was streamed as SSE`);
      const findings = streams.filter(({ http }) => http?.headers?.["x-accel-buffering"]?.toLowerCase() !== "no").map(({ conn, message }) => ({
        session: conn,
        problem: "an SSE response has no X-Accel-Buffering: no",
        message
      }));
      return judgeFindings(findings, "SSE responses", `${streams.length} streamed messages checked`);
    }
  },
  {
    id: "http-request-stream-scoped",
    title: "a request\u2019s SSE stream carries only its own notifications and ends with its response",
    section: "http",
    level: "MUST",
    requirements: ["M-15"],
    spec: "basic/transports/streamable-http#receiving-messages",
    rule: "Notifications sent on a request\u2019s SSE stream before the final response MUST relate to the originating client request; the final JSON-RPC response SHOULD terminate the stream.",
    versions: MODERN_ONLY,
    transports: ["http"],
    scope: "passive",
    async run(ctx) {
      await ctx.http?.settled?.();
      const streams = requestStreams(ctx.transcript()).filter((s) => s.request.method !== "subscriptions/listen");
      if (streams.length === 0) return skip(`no ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$} request was answered on an SSE stream`);
      const unrelated = [];
      for (const { conn, request, untilResponse } of streams)
        for (const message of untilResponse) {
          const because = typeof message.method === "string" ? unrelatedBecause(message, request) : void 0;
          if (because)
            unrelated.push({
              session: conn,
              problem: `the stream of ${String(request.method)} request ${idKey(request.id)} carried ${because}`,
              message
            });
        }
      if (unrelated.length > 0) return judgeFindings(unrelated, "request streams", "");
      const late = streams.filter((s) => s.afterResponse.length > 0);
      const open = streams.filter((s) => s.ended === false);
      const evidenceOf2 = (s) => ({
        session: s.conn,
        request: trimmed(s.request),
        afterResponse: trimmed(s.afterResponse.slice(0, 3))
      });
      if (late.length > 0) {
        const first = late[0];
        return warn(
          `the stream of ${String(first.request.method)} request ${idKey(first.request.id)} carried ${first.afterResponse.length} message(s) after its response${late.length > 1 ? ` (and ${late.length - 1} more streams)` : ""}; the response should end the stream`,
          { received: late.slice(0, 3).map(evidenceOf2) }
        );
      }
      if (open.length > 0) {
        const first = open[0];
        return warn(
          `the stream of ${String(first.request.method)} request ${idKey(first.request.id)} was still open at its request timeout (${ctx.timeoutMs} ms, timeout-ms), its response sent${open.length > 1 ? ` (and ${open.length - 1} more streams)` : ""}; the response should end the stream`,
          { received: open.slice(0, 3).map(evidenceOf2) }
        );
      }
      const followed = streams.filter((s) => s.ended === true).length;
      return pass(
        `${streams.length} request streams carried only their own notifications; ${followed} read on ended with their response`
      );
    }
  }
];

// src/checks/sections-2026-07-28/base.ts
var BOTH15 = ["stdio", "http"];
var RESULT_TYPES = /* @__PURE__ */ new Set(["complete", "input_required"]);
var DEFINED_SPEC_CODES = /* @__PURE__ */ new Set([-32020, -32021, -32022]);
var RETIRED_CODES = /* @__PURE__ */ new Map([
  [-32002, "the retired resource-not-found code (now -32602)"],
  [-32042, "the retired URL-elicitation code"]
]);
var REMOVED_METHODS = [
  { method: "ping", params: void 0 },
  { method: "logging/setLevel", params: { level: "info" } },
  { method: "resources/subscribe", params: { uri: "mcp-ci://removed-method-probe" } }
];
function advertisedResultTypes(capabilities) {
  const extensions = isObject3(capabilities.extensions) ? capabilities.extensions : {};
  return new Set(
    Object.values(extensions).flatMap(
      (ext) => isObject3(ext) && Array.isArray(ext.resultTypes) ? ext.resultTypes.filter((t) => typeof t === "string") : []
    )
  );
}
var checks22 = [
  {
    id: "base-result-type",
    title: "every result carries resultType",
    section: "base",
    level: "MUST",
    requirements: ["M-01"],
    spec: "basic/index#resulttype",
    rule: 'Every result MUST carry resultType: "complete", "input_required", or a value defined by an extension the server advertised.',
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "passive",
    async run(ctx) {
      const extra = advertisedResultTypes(ctx.main.serverCapabilities);
      const findings = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject3(message.result)) continue;
        count++;
        const type = message.result.resultType;
        if (typeof type !== "string" || !(RESULT_TYPES.has(type) || extra.has(type)))
          findings.push({
            session: conn,
            problem: type === void 0 ? "a result has no resultType" : `a result has resultType ${JSON.stringify(type)}`,
            message
          });
      }
      return judgeFindings(findings, "results", `${count} results checked`);
    }
  },
  {
    id: "base-result-server-info",
    title: "results name the server in _meta serverInfo",
    section: "base",
    level: "SHOULD",
    requirements: ["M-04"],
    spec: "basic/index#meta",
    rule: "Servers SHOULD include io.modelcontextprotocol/serverInfo in the _meta of every result.",
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject3(message.result)) continue;
        count++;
        const meta = message.result._meta;
        const info = isObject3(meta) ? meta[META_SERVER_INFO] : void 0;
        if (!isObject3(info) || typeof info.name !== "string" || typeof info.version !== "string")
          findings.push({ session: conn, problem: "a result has no _meta serverInfo with name and version", message });
      }
      return judgeFindings(findings, "results", `${count} results checked`);
    }
  },
  {
    id: "base-error-code-ranges",
    title: "error codes in the spec range are the defined ones; retired codes are not used",
    section: "base",
    level: "MUST",
    requirements: ["M-06"],
    spec: "basic/index#error-codes",
    rule: "Implementations MUST NOT use undefined codes from -32020 to -32099, and use the defined ones only with their meaning; -32002 and -32042 are retired.",
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        const code = errorOf2(message)?.code;
        if (typeof code !== "number") continue;
        count++;
        const retired = RETIRED_CODES.get(code);
        if (retired) findings.push({ session: conn, problem: `error code ${code} is ${retired}`, message });
        else if (code <= -32020 && code >= -32099 && !DEFINED_SPEC_CODES.has(code))
          findings.push({
            session: conn,
            problem: `error code ${code} is reserved by the spec and undefined`,
            message
          });
      }
      return judgeFindings(findings, "error responses", `${count} error responses checked`);
    }
  },
  {
    id: "base-no-server-requests",
    title: "the server sends no requests of its own",
    section: "base",
    level: "MUST",
    requirements: ["M-07"],
    spec: "basic/patterns",
    rule: "Servers MUST NOT send JSON-RPC requests to the client; input is requested with InputRequiredResult.",
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "passive",
    async run(ctx) {
      const findings = modernMessages(ctx.transcript()).filter(({ message }) => typeof message.method === "string" && "id" in message).map(({ conn, message }) => ({
        session: conn,
        problem: `the server sent a ${String(message.method)} request`,
        message
      }));
      return judgeFindings(findings, "server requests", "no server-initiated request");
    }
  },
  {
    id: "cancellation-only-for-subscriptions",
    title: "notifications/cancelled from the server only ends a subscription",
    section: "cancellation",
    level: "MUST",
    requirements: ["M-29"],
    spec: "basic/patterns/cancellation",
    rule: "A server-sent notifications/cancelled MUST only be used to tear down a subscriptions/listen stream.",
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "passive",
    async run(ctx) {
      const findings = modernMessages(ctx.transcript()).filter(
        ({ message }) => message.method === "notifications/cancelled" && !(isObject3(message.params) && message.params.requestId === SUBSCRIPTION_ID)
      ).map(({ conn, message }) => ({
        session: conn,
        problem: "the server sent notifications/cancelled for something other than a subscriptions/listen stream",
        message
      }));
      return judgeFindings(findings, "cancellations", "no server cancellation outside a subscription");
    }
  },
  {
    id: "base-removed-methods",
    title: "ping, logging/setLevel and resources/subscribe are unknown methods",
    section: "base",
    level: "MUST",
    requirements: ["BASE-11"],
    spec: "basic/index#error-codes",
    rule: "2026-07-28 removed ping, logging/setLevel and resources/subscribe; like any unknown method they are answered with -32601 Method not found (over HTTP with status 404).",
    versions: MODERN_ONLY,
    transports: BOTH15,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "removed-methods");
      for (const { method, params } of REMOVED_METHODS) {
        const exchange = await sendModern(ctx, channel, method, params);
        const code = errorOf2(exchange.response)?.code;
        if (code !== -32601)
          return violation(
            `${method} got ${describeModern(exchange)}, not -32601 (removed in 2026-07-28)`,
            modernEvidence(exchange)
          );
      }
      return pass(`${REMOVED_METHODS.map((m) => m.method).join(", ")} answered -32601`);
    }
  }
];

// src/checks/sections-2026-07-28/caching.ts
var BOTH16 = ["stdio", "http"];
var CACHEABLE = /* @__PURE__ */ new Set([
  "server/discover",
  "tools/list",
  "prompts/list",
  "resources/list",
  "resources/templates/list",
  "resources/read"
]);
var SCOPES = /* @__PURE__ */ new Set(["public", "private"]);
function cacheHintProblem(result) {
  const { ttlMs, cacheScope } = result;
  if (ttlMs === void 0 || cacheScope === void 0)
    return `the result has no ${ttlMs === void 0 ? "ttlMs" : "cacheScope"}`;
  if (typeof ttlMs !== "number" || !Number.isInteger(ttlMs) || ttlMs < 0)
    return `ttlMs is ${JSON.stringify(ttlMs)}, not an integer >= 0`;
  if (typeof cacheScope !== "string" || !SCOPES.has(cacheScope))
    return `cacheScope is ${JSON.stringify(cacheScope)}, not "public" or "private"`;
  return void 0;
}
var checks23 = [
  {
    id: "pagination-cache-hints",
    title: "cacheable results carry ttlMs and cacheScope, one scope across pages",
    section: "pagination",
    level: "MUST",
    requirements: ["M-42", "M-43", "M-44"],
    spec: "server/utilities/caching#cacheable-results",
    rule: 'Complete results of server/discover, tools/list, prompts/list, resources/list, resources/templates/list and resources/read MUST carry ttlMs (an integer >= 0) and cacheScope ("public" or "private"), the same on every page of one list.',
    versions: MODERN_ONLY,
    transports: BOTH16,
    scope: "passive",
    async run(ctx) {
      const findings = [];
      const walks2 = /* @__PURE__ */ new Map();
      let count = 0;
      for (const { conn, message, request } of modernMessages(ctx.transcript())) {
        const method = request?.method;
        if (typeof method !== "string" || !CACHEABLE.has(method) || !isObject3(message.result)) continue;
        const result = message.result;
        if (result.resultType !== void 0 && result.resultType !== "complete") continue;
        count++;
        const problem = cacheHintProblem(result);
        if (problem) {
          findings.push({ session: conn, problem: `${method}: ${problem}`, message });
          continue;
        }
        const key = `${conn} ${method}`;
        const continues = isObject3(request?.params) && request.params.cursor !== void 0;
        if (continues && walks2.has(key) && walks2.get(key) !== result.cacheScope)
          findings.push({
            session: conn,
            problem: `${method}: a later page has cacheScope ${JSON.stringify(result.cacheScope)}, the first ${JSON.stringify(walks2.get(key))}`,
            message
          });
        if (!continues) walks2.set(key, result.cacheScope);
      }
      if (count === 0) return pass("no cacheable result seen");
      return judgeFindings(findings, "cacheable results", `${count} cacheable results checked`);
    }
  }
];

// src/checks/sections-2026-07-28/cancellation.ts


// src/checks/probes/modern-cancel.ts
async function modernProgressTool(ctx) {
  const named = ctx.config.progressTool;
  if (named) {
    const tool = ctx.callableTools.find((t) => t.name === named);
    return tool ?? {
      unavailable: `progress-tool ${named} may not be called: list it under tools with its arguments (the call-tools policy decides what mcp-ci calls)`
    };
  }
  if (ctx.callableTools.length === 0)
    return {
      unavailable: "no tool may be called under the call-tools policy; name a tool that reports progress with progress-tool"
    };
  const records = await callableToolResults(ctx);
  const tokens = new Set(
    modernMessages(ctx.transcript()).filter(({ conn, message }) => conn === ctx.main.label && message.method === "notifications/progress").map(({ message }) => idKey(isObject3(message.params) ? message.params.progressToken : void 0))
  );
  const progressed = records.filter((r) => r.progressToken !== void 0 && tokens.has(idKey(r.progressToken)));
  const chosen = progressed.find((r) => r.outcome?.ok) ?? progressed[0];
  return chosen?.invocation ?? {
    unavailable: "no callable tool sent progress while it was called; name one with progress-tool"
  };
}
var isProgressFor = (token) => (message) => message.method === "notifications/progress" && isObject3(message.params) && idKey(message.params.progressToken) === idKey(token);
var isAbout = (call) => (message) => isProgressFor(call.token)(message) || !("method" in message) && idKey(message.id) === idKey(call.id);
async function callTool(ctx, channel, invocation, name, options = {}) {
  const id = `mcp-ci-${name}`;
  const token = `mcp-ci-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const params = enveloped({ name: invocation.name, arguments: invocation.arguments, _meta: { progressToken: token } });
  const sent = { jsonrpc: "2.0", id, method: "tools/call", params };
  const exchange = await channel.send(JSON.stringify(sent), {
    waitForId: id,
    waitMs: ctx.timeoutMs,
    ...options.atFirstProgress && { until: isProgressFor(token) },
    ...options.startupMs !== void 0 && { startupMs: options.startupMs },
    ...ctx.transport !== "stdio" && {
      headers: modernHeaders("tools/call", params, paramHeadersOf(invocation.tool))
    }
  });
  const response = exchange.messages.find((m) => !("method" in m) && m.id === id);
  const progress = exchange.messages.find(isProgressFor(token));
  return { id, token, sent, exchange, ...response && { response }, ...progress && { progress } };
}
function notCancellable(call, tool, timeoutMs) {
  const first = call.exchange.messages.find((m) => isAbout(call)(m));
  if (first && !("method" in first))
    return `${tool} answered before any progress, so it could not be cancelled running`;
  if (!call.progress) return `${tool} sent no progress within ${timeoutMs} ms (timeout-ms) this time`;
  const params = isObject3(call.progress.params) ? call.progress.params : {};
  if (typeof params.total === "number" && Number(params.progress) >= params.total)
    return `${tool} reported completion in its first progress notification, too late to cancel it`;
  return void 0;
}

// src/checks/sections-2026-07-28/cancellation.ts
var STRAGGLER_MS2 = 300;
var CANCEL_ATTEMPTS3 = 3;
var checks24 = [
  {
    id: "cancellation-stdio-nothing-after-cancel",
    startsEarly: true,
    title: "after notifications/cancelled the server sends nothing more for the request (stdio)",
    section: "cancellation",
    level: "MUST",
    requirements: ["M-28"],
    spec: "basic/transports/stdio#cancellation",
    rule: "Servers SHOULD stop work on a cancelled request as soon as practical and MUST NOT send any further messages for it.",
    versions: MODERN_ONLY,
    transports: ["stdio"],
    scope: "once",
    async run(ctx) {
      const invocation = await modernProgressTool(ctx);
      if ("unavailable" in invocation) return skip(`needs a tool that reports progress: ${invocation.unavailable}`);
      const tool = invocation.name;
      const channel = await openModernProbe(ctx, "stdio-cancel");
      const ready = await channel.request("server/discover", enveloped(void 0), {
        timeoutMs: ctx.timeoutMs,
        startupMs: ctx.config.bootTimeoutMs
      });
      if (!ready.response)
        return skip(`a new server process did not answer server/discover (${describeModern(ready)})`);
      const started = performance.now();
      const whole = await callTool(ctx, channel, invocation, "whole-run");
      const wholeMs = performance.now() - started;
      if (!whole.response) return skip(`${tool} gave no answer within ${ctx.timeoutMs} ms (timeout-ms) when run whole`);
      for (let attempt = 1; ; attempt++) {
        const last = attempt === CANCEL_ATTEMPTS3;
        const tried = attempt > 1 ? ` (${attempt} calls tried)` : "";
        const call = await callTool(ctx, channel, invocation, `cancelled-${attempt}`, { atFirstProgress: true });
        const unjudged = notCancellable(call, tool, ctx.timeoutMs);
        if (unjudged && call.response && !last) continue;
        if (unjudged) return skip(`${unjudged}${tried}`);
        const cancel = {
          jsonrpc: "2.0",
          method: "notifications/cancelled",
          params: enveloped({ requestId: call.id, reason: "mcp-ci: cancelled at its first progress" })
        };
        await channel.send(JSON.stringify(cancel), { waitMs: 0 });
        const barrier = await channel.request("server/discover", enveloped(void 0), { timeoutMs: ctx.timeoutMs });
        if (!barrier.response)
          return skip(
            `server/discover after the cancellation got ${describeModern(barrier)}, so when the server had it is unknown`
          );
        const crossed = barrier.messages.filter(isAbout(call));
        const answered2 = crossed.some((m) => !("method" in m));
        if (answered2 && !last) continue;
        const mark = ctx.transcript().length;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_7__.setTimeout)(Math.min(ctx.timeoutMs, wholeMs + STRAGGLER_MS2));
        const late = ctx.transcript().slice(mark).filter(
          (e) => e.conn === channel.label && e.dir === "recv" && isObject3(e.message) && isAbout(call)(e.message)
        ).map((e) => e.message);
        const evidence = { sent: { request: trimmed(call.sent), cancelled: cancel } };
        if (late.length > 0)
          return violation(
            `${tool} still sent ${late.length} message(s) for request ${call.id} after the server had its cancellation (after the answer to the server/discover sent behind it)`,
            { ...evidence, received: trimmed(late.slice(0, 3)) }
          );
        if (answered2)
          return skip(
            `${tool} answered before the server had the cancellation (the answer crossed it${tried}), so whether the server stops a cancelled request is not known`
          );
        return pass(
          crossed.length > 0 ? `${tool} sent ${crossed.length} message(s) for it that crossed the cancellation, and nothing after` : `${tool} was cancelled mid-run and sent nothing more for it`
        );
      }
    }
  },
  {
    id: "cancellation-http-stream-close",
    startsEarly: true,
    title: "closing a request\u2019s SSE stream cancels it, and the server serves on (Streamable HTTP)",
    section: "cancellation",
    level: "MUST",
    requirements: ["M-17"],
    spec: "basic/transports/streamable-http#cancellation",
    rule: "Closing the SSE response stream MUST be treated by the server as cancellation of that request.",
    versions: MODERN_ONLY,
    transports: ["http"],
    scope: "once",
    async run(ctx) {
      const invocation = await modernProgressTool(ctx);
      if ("unavailable" in invocation) return skip(`needs a tool that reports progress: ${invocation.unavailable}`);
      const tool = invocation.name;
      const channel = await openModernProbe(ctx, "stream-close");
      const call = await callTool(ctx, channel, invocation, "stream-closed", { atFirstProgress: true });
      const unjudged = notCancellable(call, tool, ctx.timeoutMs);
      if (unjudged) return skip(unjudged);
      const evidence = { sent: { closedAtFirstProgress: trimmed(call.sent) } };
      try {
        const again = await callTool(ctx, channel, invocation, "after-close");
        if (again.response && "result" in again.response)
          return pass(`closing the stream of ${tool} at its first progress cancelled it; ${tool} then ran again whole`);
        return violation(
          `after mcp-ci closed the SSE stream of a ${tool} call at its first progress (the cancellation), calling ${tool} again got ${again.response ? "an error" : `no answer within ${ctx.timeoutMs} ms (timeout-ms)`}`,
          { ...evidence, received: trimmed(again.response ?? again.exchange.http) }
        );
      } catch (error) {
        return violation(
          `after mcp-ci closed the SSE stream of a ${tool} call at its first progress (the cancellation), the server no longer answered: ${error instanceof Error ? error.message : String(error)}`,
          evidence
        );
      }
    }
  }
];

// src/checks/sections-2026-07-28/features.ts
var BOTH17 = ["stdio", "http"];
var TOKEN2 = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var MAX_SAFE = Number.MAX_SAFE_INTEGER;
function xMcpHeaderProblems(tool) {
  const problems2 = [];
  const seen = /* @__PURE__ */ new Map();
  const schema = tool.inputSchema;
  const properties = isObject3(schema) && isObject3(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject3(property) || property["x-mcp-header"] === void 0) continue;
    const header = property["x-mcp-header"];
    const where = `${String(tool.name)}.${name}`;
    if (typeof header !== "string" || header === "" || !TOKEN2.test(header)) {
      problems2.push(`${where}: x-mcp-header ${JSON.stringify(header)} is not a non-empty header token`);
      continue;
    }
    const lower = header.toLowerCase();
    if (seen.has(lower)) problems2.push(`${where}: x-mcp-header ${header} is also used by ${seen.get(lower)}`);
    seen.set(lower, where);
    if (!["string", "integer", "boolean"].includes(property.type))
      problems2.push(`${where}: x-mcp-header is on a property of type ${JSON.stringify(property.type)}`);
    if (property.type === "integer" && (typeof property.minimum === "number" && property.minimum < -MAX_SAFE || typeof property.maximum === "number" && property.maximum > MAX_SAFE))
      problems2.push(`${where}: the integer range exceeds \xB1(2^53-1)`);
  }
  for (const [name, property] of Object.entries(properties)) {
    if (isObject3(property) && isObject3(property.properties)) {
      for (const nested of Object.values(property.properties))
        if (isObject3(nested) && nested["x-mcp-header"] !== void 0)
          problems2.push(`${String(tool.name)}.${name}: x-mcp-header on a nested property`);
    }
  }
  return problems2;
}
var names = (items) => items.map((i) => String(i.name));
var SENSITIVE = /pass(word|phrase)?|secret|token|api[-_]?key|credential|private[-_]?key|ssn|social[-_]?security|credit[-_]?card/i;
function sensitiveHeaderParameters(tool) {
  const schema = tool.inputSchema;
  const properties = isObject3(schema) && isObject3(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(
    ([name, property]) => isObject3(property) && property["x-mcp-header"] !== void 0 && (SENSITIVE.test(name) || typeof property.description === "string" && SENSITIVE.test(property.description)) ? [`${String(tool.name)}.${name}`] : []
  );
}
var checks25 = [
  {
    id: "tools-x-mcp-header-valid",
    title: "x-mcp-header annotations are valid header names on scalar top-level properties",
    section: "tools",
    level: "MUST",
    requirements: ["M-24"],
    spec: "server/tools#x-mcp-header",
    rule: "An x-mcp-header value MUST be a non-empty RFC 9110 token, unique (case-insensitively) within the tool, and only on integer, string or boolean properties reachable from the root without arrays.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const problems2 = ctx.inventory.tools.flatMap(xMcpHeaderProblems);
      if (problems2.length)
        return violation(problems2[0] + (problems2.length > 1 ? ` (and ${problems2.length - 1} more)` : ""), {
          received: problems2.slice(0, 5)
        });
      return pass(`${ctx.inventory.tools.length} tools checked`);
    }
  },
  {
    id: "tools-x-mcp-header-not-sensitive",
    title: "secrets and personal data are not sent as x-mcp-header headers",
    section: "tools",
    level: "SHOULD",
    heuristic: true,
    requirements: ["M-25"],
    spec: "server/tools#x-mcp-header",
    rule: "Servers SHOULD NOT mark sensitive parameters (passwords, API keys, tokens, personal data) with x-mcp-header: headers are logged by intermediaries.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const found = ctx.inventory.tools.flatMap(sensitiveHeaderParameters);
      if (found.length)
        return violation(`${found.join(", ")} look${found.length === 1 ? "s" : ""} sensitive and are sent as headers`, {
          received: found
        });
      return pass();
    }
  },
  {
    id: "tools-list-deterministic",
    title: "tools/list returns its tools in the same order every time",
    section: "tools",
    level: "SHOULD",
    requirements: ["M-47"],
    spec: "server/tools#listing-tools",
    rule: "Servers SHOULD return tools in a deterministic order.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    applies: (ctx) => requireListed(ctx, "tools"),
    async run(ctx) {
      const first = names(ctx.inventory.tools);
      for (let i = 0; i < 2; i++) {
        const again = names(await listAgain(ctx.main, "tools/list", "tools"));
        if (again.join("\n") !== first.join("\n"))
          return violation("tools/list listed its tools in another order", { received: { first, again } });
      }
      return pass(`${first.length} tools, same order three times`);
    }
  },
  {
    id: "tools-lists-same-per-connection",
    title: "tools, prompts and resources are the same on every connection",
    section: "tools",
    level: "MUST",
    requirements: ["M-46"],
    spec: "server/tools#listing-tools",
    rule: "List results MUST NOT vary per connection or as a side effect of other requests.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    async run(ctx) {
      const other = await ctx.connect({ label: "lists-other" });
      const lists = [
        { method: "tools/list", key: "tools", capability: "tools", before: ctx.inventory.tools, id: "name" },
        { method: "prompts/list", key: "prompts", capability: "prompts", before: ctx.inventory.prompts, id: "name" },
        {
          method: "resources/list",
          key: "resources",
          capability: "resources",
          before: ctx.inventory.resources,
          id: "uri"
        }
      ];
      let compared = 0;
      for (const { method, key, capability, before, id } of lists) {
        if (ctx.main.serverCapabilities[capability] === void 0 || ctx.inventory.listErrors[method]) continue;
        const sorted = (items) => items.map((i) => String(i[id])).sort();
        const elsewhere = sorted(await listAll(other, method, key));
        const again = sorted(await listAgain(ctx.main, method, key));
        const first = sorted(before);
        for (const [what, list] of [
          ["on a second connection", elsewhere],
          ["when listed again", again]
        ]) {
          if (list.join("\n") !== first.join("\n"))
            return violation(`${method} listed other items ${what}`, { received: { first, [what]: list } });
        }
        compared++;
      }
      if (compared === 0) return skip("the server lists no tools, prompts or resources");
      return pass(`${compared} lists compared across connections`);
    }
  },
  {
    id: "resources-not-found-32602",
    title: "reading an unknown resource is answered with -32602",
    section: "resources",
    level: "MUST",
    requirements: ["M-48"],
    spec: "server/resources#error-handling",
    rule: "A nonexistent resource MUST be answered with -32602 (Invalid params), never with an empty contents array.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    applies: (ctx) => ctx.main.serverCapabilities.resources === void 0 ? "the server does not declare resources" : void 0,
    async run(ctx) {
      const uri = "mcp-ci://nonexistent/0f5b2c9e";
      const outcome = await ctx.main.request("resources/read", { uri });
      if (outcome.ok)
        return violation(
          Array.isArray(outcome.result.contents) && outcome.result.contents.length === 0 ? "an unknown resource was answered with an empty contents array" : "an unknown resource was answered with a result",
          { sent: { uri }, received: outcome.result }
        );
      if (outcome.error.code !== -32602)
        return violation(`an unknown resource got error ${outcome.error.code}, not -32602`, {
          sent: { uri },
          received: outcome.error
        });
      return pass();
    }
  },
  {
    id: "tools-structured-content-any-json",
    title: "structuredContent (any JSON value) conforms to the outputSchema",
    section: "tools",
    level: "MUST",
    requirements: ["M-49"],
    spec: "server/tools#output-schema",
    rule: "structuredContent may be any JSON value; when a tool declares an outputSchema, its structured results MUST conform to it.",
    versions: MODERN_ONLY,
    transports: BOTH17,
    scope: "once",
    applies: (ctx) => requireCallableTools(ctx) ?? (ctx.callableTools.some((t) => t.tool.outputSchema !== void 0) ? void 0 : "no callable tool declares an outputSchema"),
    async run(ctx) {
      let judged2 = 0;
      const records = await callableToolResults(ctx);
      for (const { invocation: call, outcome } of records.filter((r) => r.invocation.tool.outputSchema !== void 0)) {
        if (!outcome?.ok || outcome.result.isError === true || outcome.result.resultType !== "complete") continue;
        const compiled = compileForValidation(call.tool.outputSchema);
        if (compiled.kind !== "valid") continue;
        const sent = { name: call.name, arguments: call.arguments };
        if (!("structuredContent" in outcome.result))
          return violation(`${call.name} declares an outputSchema but returned no structuredContent`, {
            sent,
            received: outcome.result
          });
        if (!compiled.validate(outcome.result.structuredContent))
          return violation(
            `${call.name}'s structuredContent does not conform to its outputSchema: ${formatErrors(compiled.validate.errors).join("; ")}`,
            { sent, received: outcome.result }
          );
        judged2++;
      }
      if (judged2 === 0) return skip("no call with an outputSchema returned a complete, successful result");
      return pass(`${judged2} structured results conform`);
    }
  }
];

// src/checks/sections-2026-07-28/http.ts

var HTTP = ["http"];
var HEADER_MISMATCH = -32020;
function namedRequest(ctx) {
  const resource = ctx.inventory.resources.find((r) => typeof r.uri === "string");
  if (resource) return { method: "resources/read", params: { uri: resource.uri }, name: resource.uri };
  const prompt = ctx.inventory.prompts.find(
    (p) => typeof p.name === "string" && !(Array.isArray(p.arguments) && p.arguments.some((a) => isObject3(a) && a.required))
  );
  if (prompt) return { method: "prompts/get", params: { name: prompt.name }, name: prompt.name };
  const tool = ctx.callableTools[0];
  if (tool) return { method: "tools/call", params: { name: tool.name, arguments: tool.arguments }, name: tool.name };
  return void 0;
}
function toolWithParamHeader(ctx) {
  for (const call of ctx.callableTools) {
    for (const [argument, header] of Object.entries(paramHeadersOf(call.tool))) {
      const value = call.arguments[argument];
      if (typeof value === "string")
        return { call, header: `mcp-param-${header.toLowerCase()}`, value: encodeHeaderValue(value) };
      if (typeof value === "number" || typeof value === "boolean")
        return { call, header: `mcp-param-${header.toLowerCase()}`, value: String(value) };
    }
  }
  return void 0;
}
var HEADERLESS_VERSIONS = ["2025-03-26", "2024-11-05"];
async function servesClientsBefore2025_06_18(ctx) {
  const { accepted } = await ctx.versionMatrix();
  const old = accepted.filter((v) => HEADERLESS_VERSIONS.includes(v));
  if (old.length > 0) return `accepts ${old.join(" and ")} at initialize`;
  if (accepted.length > 0) return void 0;
  try {
    const connection = await ctx.connect({ protocolVersion: HEADERLESS_VERSIONS[0], label: "probe:headerless-era" });
    const version = connection.protocolVersion;
    await connection.close();
    return HEADERLESS_VERSIONS.includes(version) ? `accepts ${version} at initialize` : void 0;
  } catch {
    return void 0;
  }
}
var refusedAsMismatch = (exchange) => exchange.status === 400 && errorOf2(exchange.response)?.code === HEADER_MISMATCH;
var checks26 = [
  {
    id: "http-protocol-version-header-mismatch",
    title: "MCP-Protocol-Version missing or disagreeing with _meta is refused with 400 and -32020",
    section: "http",
    level: "MUST",
    requirements: ["M-18"],
    spec: "basic/transports/streamable-http#protocol-version-header",
    rule: "The header value MUST match the io.modelcontextprotocol/protocolVersion field carried in the request body's _meta. If the values do not match, the server MUST reject the request with 400 Bad Request and a HeaderMismatch JSON-RPC error. A server that does not support such clients [earlier than 2025-06-18] MUST reject a request without the header.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "protocol-version-header");
      const mismatch = await sendModern(ctx, channel, "tools/list", void 0, {
        headers: { "mcp-protocol-version": "2025-11-25" }
      });
      if (!refusedAsMismatch(mismatch))
        return violation(
          `a POST with a header of 2025-11-25 and 2026-07-28 in _meta got ${describeModern(mismatch)}, not 400 with -32020`,
          modernEvidence(mismatch)
        );
      const missing = await sendModern(ctx, channel, "tools/list", void 0, {
        headers: { "mcp-protocol-version": void 0 }
      });
      if (refusedAsMismatch(missing)) return pass("both refused with 400 and -32020");
      const oldClients = await servesClientsBefore2025_06_18(ctx);
      if (oldClients)
        return pass(
          `the disagreeing header is refused; a missing one is read as 2025-03-26 (the server ${oldClients})`
        );
      return violation(
        `a POST with no MCP-Protocol-Version header got ${describeModern(missing)}, not 400 with -32020, and the server does not serve clients older than 2025-06-18`,
        modernEvidence(missing)
      );
    }
  },
  {
    id: "http-method-name-headers",
    title: "Mcp-Method and Mcp-Name are required and must match the body",
    section: "http",
    level: "MUST",
    requirements: ["M-20", "M-22"],
    spec: "basic/transports/streamable-http#standard-request-headers",
    rule: "Mcp-Method (every request) and Mcp-Name (tools/call, resources/read, prompts/get) are REQUIRED; header values are compared case-sensitively, and a missing or mismatching value MUST be answered with 400 and HeaderMismatch (-32020).",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "method-name-headers");
      const probes4 = [
        { what: "no Mcp-Method header", method: "tools/list", headers: { "mcp-method": void 0 } },
        {
          what: "Mcp-Method: TOOLS/LIST for tools/list",
          method: "tools/list",
          headers: { "mcp-method": "TOOLS/LIST" }
        },
        {
          what: "Mcp-Method: prompts/list for tools/list",
          method: "tools/list",
          headers: { "mcp-method": "prompts/list" }
        }
      ];
      const named = namedRequest(ctx);
      if (named) {
        probes4.push(
          {
            what: `no Mcp-Name header on ${named.method}`,
            method: named.method,
            params: named.params,
            headers: { "mcp-name": void 0 }
          },
          {
            what: `an Mcp-Name that is not the body's on ${named.method}`,
            method: named.method,
            params: named.params,
            headers: { "mcp-name": `${named.name}-mcp-ci-other` }
          }
        );
      }
      for (const { what, method, params, headers } of probes4) {
        const exchange = await sendModern(ctx, channel, method, params, { headers });
        if (!refusedAsMismatch(exchange))
          return violation(
            `a POST with ${what} got ${describeModern(exchange)}, not 400 with -32020`,
            modernEvidence(exchange)
          );
      }
      return pass(`${probes4.length} header mismatches refused${named ? "" : " (nothing listed to name in Mcp-Name)"}`);
    }
  },
  {
    id: "http-base64-name",
    title: "a base64-encoded Mcp-Name is decoded before it is compared",
    section: "http",
    level: "MUST",
    requirements: ["M-21"],
    spec: "basic/transports/streamable-http#value-encoding",
    rule: "Servers MUST decode header values sent in the base64 sentinel form (=?base64?...?=) before comparing them with the body.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const named = namedRequest(ctx);
      if (!named) return skip("the server lists no resource, argument-free prompt or callable tool to name");
      const channel = await openModernProbe(ctx, "base64-name");
      const encoded = `=?base64?${Buffer.from(named.name, "utf8").toString("base64")}?=`;
      const exchange = await sendModern(ctx, channel, named.method, named.params, { headers: { "mcp-name": encoded } });
      if (refusedAsMismatch(exchange) || exchange.status === 400)
        return violation(
          `${named.method} with Mcp-Name ${encoded} (the base64 form of ${JSON.stringify(named.name)}) got ${describeModern(exchange)}`,
          modernEvidence(exchange)
        );
      return pass(`${named.method} accepted a base64 Mcp-Name (${describeModern(exchange)})`);
    }
  },
  {
    id: "http-param-headers",
    title: "Mcp-Param-* headers of x-mcp-header parameters must match the arguments",
    section: "http",
    level: "MUST",
    requirements: ["M-23"],
    spec: "basic/transports/streamable-http#server-behavior-for-custom-headers",
    rule: "For a parameter marked with x-mcp-header the server MUST reject (400, -32020) a request whose Mcp-Param header disagrees with the argument, or omits the header while the argument has a value.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    applies: (ctx) => toolWithParamHeader(ctx) ? void 0 : "no callable tool has an x-mcp-header parameter with a value to send",
    async run(ctx) {
      const { call, header, value } = toolWithParamHeader(ctx);
      const channel = await openModernProbe(ctx, "param-headers");
      const params = { name: call.name, arguments: call.arguments };
      const matching = await sendModern(ctx, channel, "tools/call", params, { headers: { [header]: value } });
      if (refusedAsMismatch(matching))
        return violation(`${call.name} with a matching ${header} header was refused`, modernEvidence(matching));
      const probes4 = [
        { what: `a ${header} header that disagrees with the argument`, headers: { [header]: `${value}-mcp-ci-other` } },
        { what: `no ${header} header while the argument has a value`, headers: { [header]: void 0 } }
      ];
      for (const probe of probes4) {
        const exchange = await sendModern(ctx, channel, "tools/call", params, { headers: probe.headers });
        if (!refusedAsMismatch(exchange))
          return violation(
            `${call.name} with ${probe.what} got ${describeModern(exchange)}, not 400 with -32020`,
            modernEvidence(exchange)
          );
      }
      return pass(`${call.name}: ${header} checked against the argument`);
    }
  },
  {
    id: "http-unknown-method-404",
    title: "an unknown method is answered with 404 and -32601",
    section: "http",
    level: "MUST",
    requirements: ["M-19"],
    spec: "basic/transports/streamable-http#protocol-version-header",
    rule: "A request for an unknown RPC method MUST be answered with HTTP 404 and a JSON-RPC -32601 error in the body.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "unknown-method");
      const exchange = await sendModern(ctx, channel, "mcp-ci/nonexistent");
      if (exchange.status !== 404 || errorOf2(exchange.response)?.code !== -32601)
        return violation(
          `an unknown method got ${describeModern(exchange)}, not 404 with -32601`,
          modernEvidence(exchange)
        );
      return pass();
    }
  },
  {
    id: "http-notification-202-or-error",
    title: "a notification POST is answered 202 without a body (or refused with an error status)",
    section: "http",
    level: "MUST",
    requirements: ["M-14"],
    spec: "basic/transports/streamable-http#sending-messages",
    rule: "If the server accepts a POSTed notification it MUST answer 202 Accepted with no body; otherwise an HTTP error status.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "notification");
      const params = enveloped({ requestId: "mcp-ci-never-sent" });
      const exchange = await channel.send(
        JSON.stringify({ jsonrpc: "2.0", method: "notifications/cancelled", params }),
        {
          headers: modernHeaders("notifications/cancelled", params),
          waitMs: ctx.timeoutMs
        }
      );
      const status = exchange.http?.status ?? 0;
      const body = exchange.http?.body ?? "";
      const evidence = { sent: params, received: exchange.http };
      if (status === 202 && body.trim() !== "")
        return violation("the 202 answering a notification has a body", evidence);
      if (status !== 202 && status < 400)
        return violation(`a notification POST got HTTP ${status}, neither 202 nor an error status`, evidence);
      return pass(`HTTP ${status}`);
    }
  },
  {
    id: "http-no-sessions",
    title: "GET and DELETE get 405; Mcp-Session-Id is neither minted nor required",
    section: "http",
    level: "SHOULD",
    requirements: ["M-27"],
    spec: "basic/transports/streamable-http#earlier-streamable-http-revisions",
    rule: "A server that supports only 2026-07-28 SHOULD answer GET and DELETE with 405, ignore Mcp-Session-Id (never issue or echo one) and ignore Last-Event-ID.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: "once",
    async run(ctx) {
      const http = ctx.http;
      for (const method of ["GET", "DELETE"]) {
        const response = await http.fetch(
          { method, headers: { accept: "text/event-stream", "mcp-protocol-version": _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$ } },
          { readBody: "none", label: `probe:no-sessions-${method}@${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$}` }
        );
        const { accepted } = await ctx.versionMatrix();
        if (response.status !== 405 && accepted.length === 0)
          return violation(`${method} got HTTP ${response.status}, not 405`, { received: response });
      }
      const channel = await openModernProbe(ctx, "session-id");
      const exchange = await sendModern(ctx, channel, "tools/list", void 0, {
        headers: { "mcp-session-id": (0,node_crypto__WEBPACK_IMPORTED_MODULE_10__.randomUUID)() }
      });
      const evidence = modernEvidence(exchange);
      if (exchange.response?.result === void 0)
        return violation(`a POST with a made-up Mcp-Session-Id got ${describeModern(exchange)}`, evidence);
      const minted = exchange.http?.headers["mcp-session-id"];
      if (minted !== void 0)
        return violation(`the response carries Mcp-Session-Id ${JSON.stringify(minted)}`, evidence);
      return pass();
    }
  }
];

// src/checks/sections-2026-07-28/input-required.ts
var BOTH18 = ["stdio", "http"];
var MRTR_METHODS = /* @__PURE__ */ new Set(["tools/call", "resources/read", "prompts/get"]);
var INPUT_METHODS = /* @__PURE__ */ new Set(["elicitation/create", "sampling/createMessage", "roots/list"]);
var inputRequired = (ctx) => modernMessages(ctx.transcript()).filter(
  ({ message }) => isObject3(message.result) && message.result.resultType === "input_required"
);
function inputRequiredProblem(result) {
  const { inputRequests, requestState } = result;
  if (inputRequests === void 0 && requestState === void 0)
    return "an input_required result has neither inputRequests nor requestState";
  if (inputRequests !== void 0) {
    if (!isObject3(inputRequests)) return "inputRequests is not an object";
    for (const [key, request] of Object.entries(inputRequests)) {
      if (!isObject3(request) || typeof request.method !== "string" || !INPUT_METHODS.has(request.method))
        return `inputRequests.${key} is not an elicitation/create, sampling/createMessage or roots/list request`;
      if (request.params !== void 0 && !isObject3(request.params))
        return `inputRequests.${key}.params is not an object`;
    }
  }
  if (requestState !== void 0 && typeof requestState !== "string") return "requestState is not a string";
  return void 0;
}
var passive = (check) => {
  const { judge: judge2, ...rest } = check;
  return {
    ...rest,
    versions: MODERN_ONLY,
    transports: BOTH18,
    scope: "passive",
    async run(ctx) {
      const { findings, passMessage, what } = judge2(ctx);
      return judgeFindings(findings, what, passMessage);
    }
  };
};
var checks27 = [
  passive({
    id: "client-features-input-required-methods",
    title: "input_required answers only tools/call, resources/read and prompts/get",
    section: "client-features",
    level: "MUST",
    requirements: ["M-36"],
    spec: "basic/patterns/mrtr#supported-requests",
    rule: "Servers MUST NOT return an InputRequiredResult to any request other than tools/call, resources/read or prompts/get.",
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all.filter(({ request }) => typeof request?.method === "string" && !MRTR_METHODS.has(request.method)).map(({ conn, message, request }) => ({
        session: conn,
        problem: `${String(request?.method)} was answered with an input_required result`,
        message
      }));
      return { findings, what: "input_required results", passMessage: `${all.length} input_required results checked` };
    }
  }),
  passive({
    id: "client-features-input-required-shape",
    title: "an input_required result carries valid inputRequests or requestState",
    section: "client-features",
    level: "MUST",
    requirements: ["M-37"],
    spec: "basic/patterns/mrtr#server-requirements-basic-workflow",
    rule: "An InputRequiredResult MUST contain inputRequests and/or requestState; each inputRequests value is an elicitation/create, sampling/createMessage or roots/list request.",
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all.flatMap(({ conn, message }) => {
        const problem = inputRequiredProblem(message.result);
        return problem ? [{ session: conn, problem, message }] : [];
      });
      return { findings, what: "input_required results", passMessage: `${all.length} input_required results checked` };
    }
  }),
  passive({
    id: "client-features-input-requests-declared",
    title: "input is asked for only through capabilities the request declared",
    section: "client-features",
    level: "MUST",
    requirements: ["M-38", "M-03"],
    spec: "basic/patterns/mrtr#server-requirements-basic-workflow",
    rule: "Servers MUST NOT send inputRequests for capabilities the client did not declare in that request (they answer -32021 with data.requiredCapabilities instead, over HTTP with status 400).",
    judge: (ctx) => {
      const findings = [];
      let count = 0;
      for (const { conn, message, http } of modernMessages(ctx.transcript())) {
        const result = isObject3(message.result) ? message.result : void 0;
        if (result?.resultType === "input_required" && isObject3(result.inputRequests)) {
          count++;
          if (Object.keys(result.inputRequests).length > 0)
            findings.push({
              session: conn,
              problem: "inputRequests were sent to a request that declared no client capabilities",
              message
            });
        }
        const error = isObject3(message.error) ? message.error : void 0;
        if (error?.code === -32021) {
          count++;
          if (!isObject3(error.data) || !isObject3(error.data.requiredCapabilities))
            findings.push({ session: conn, problem: "a -32021 error has no data.requiredCapabilities", message });
          else if (http?.status !== void 0 && http.status !== 400)
            findings.push({ session: conn, problem: `a -32021 error came with HTTP ${http.status}, not 400`, message });
        }
      }
      return { findings, what: "requests for client input", passMessage: `${count} requests for client input checked` };
    }
  }),
  passive({
    id: "pagination-input-required-not-cached",
    title: "input_required results carry no cache hints",
    section: "pagination",
    level: "SHOULD",
    requirements: ["M-45"],
    spec: "server/utilities/caching#cacheable-results",
    rule: "Interim InputRequiredResult responses are not cacheable and carry no ttlMs or cacheScope.",
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all.filter(({ message }) => {
        const result = message.result;
        return "ttlMs" in result || "cacheScope" in result;
      }).map(({ conn, message }) => ({
        session: conn,
        problem: "an input_required result carries cache hints",
        message
      }));
      return { findings, what: "input_required results", passMessage: `${all.length} input_required results checked` };
    }
  }),
  passive({
    id: "tasks-core-results-without-extensions",
    title: "results keep to core shapes when the client declares no extension",
    section: "tasks",
    level: "MUST",
    requirements: ["M-11"],
    spec: "basic/versioning#extension-negotiation",
    rule: "If the client does not support an extension, the server MUST revert to core behaviour or reject the request.",
    judge: (ctx) => {
      const findings = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject3(message.result)) continue;
        count++;
        const type = message.result.resultType;
        if (typeof type === "string" && type !== "complete" && type !== "input_required")
          findings.push({
            session: conn,
            problem: `a result has the extension resultType ${JSON.stringify(type)}`,
            message
          });
        else if (isObject3(message.result.task))
          findings.push({ session: conn, problem: "a result carries a task handle", message });
      }
      return { findings, what: "results", passMessage: `${count} results checked` };
    }
  }),
  passive({
    id: "logging-no-log-without-level",
    title: "no log notifications for requests without a log level",
    section: "logging",
    level: "MUST",
    requirements: ["M-34"],
    spec: "server/utilities/logging#per-request-log-level",
    rule: "Servers MUST NOT send notifications/message for a request whose _meta carries no logLevel.",
    judge: (ctx) => {
      const findings = modernMessages(ctx.transcript()).filter(({ message }) => message.method === "notifications/message").map(({ conn, message }) => ({
        session: conn,
        problem: "the server sent notifications/message though no request asked for a log level",
        message
      }));
      return { findings, what: "log notifications", passMessage: "no unrequested log notification" };
    }
  })
];

// src/checks/sections-2026-07-28/lifecycle.ts
var BOTH19 = ["stdio", "http"];
var UNSUPPORTED_VERSION = -32022;
var INVALID_PARAMS2 = -32602;
var HEADER_MISMATCH2 = -32020;
var LABEL = /^[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?$/;
var NAME = /^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$/;
function extensionIdProblem(id) {
  const slash = id.lastIndexOf("/");
  if (slash === -1) return "has no prefix (vendor-prefix/name)";
  const prefix = id.slice(0, slash);
  const name = id.slice(slash + 1);
  if (!prefix.split(".").every((label) => LABEL.test(label))) return "has a prefix that is not dot-separated labels";
  if (!NAME.test(name)) return "has a name that is not alphanumeric-bounded";
  return void 0;
}
var checks28 = [
  {
    id: "lifecycle-discover-result",
    title: "server/discover answers with supported versions, capabilities and cache hints",
    section: "lifecycle",
    level: "MUST",
    requirements: ["M-09", "M-13"],
    spec: "basic/versioning#protocol-version-negotiation",
    rule: "Servers MUST implement server/discover. The result carries resultType, supportedVersions, capabilities, ttlMs and cacheScope; the version of the request is one of supportedVersions.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const outcome = await ctx.main.request("server/discover");
      if (!outcome.ok)
        return violation(`server/discover returned error ${outcome.error.code}: ${outcome.error.message}`, {
          received: outcome.error
        });
      const result = outcome.result;
      const problems2 = [];
      const versions = result.supportedVersions;
      if (!Array.isArray(versions) || versions.length === 0 || !versions.every((v) => typeof v === "string"))
        problems2.push("supportedVersions is not a non-empty array of strings");
      else if (!versions.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$))
        problems2.push(`supportedVersions does not list ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$}, the version of the request it answered`);
      if (!isObject3(result.capabilities)) problems2.push("capabilities is not an object");
      if (result.resultType !== "complete")
        problems2.push(`resultType is ${JSON.stringify(result.resultType)}, not "complete"`);
      if (result.instructions !== void 0 && typeof result.instructions !== "string")
        problems2.push("instructions is not a string");
      if (problems2.length)
        return violation(`the server/discover result is malformed: ${problems2.join("; ")}`, { received: result });
      return pass(`speaks ${versions.join(", ")}`);
    }
  },
  {
    id: "lifecycle-extension-identifiers",
    title: "extension identifiers in capabilities follow the _meta naming rules",
    section: "lifecycle",
    level: "MUST",
    requirements: ["M-10"],
    spec: "basic/versioning#extension-negotiation",
    rule: "Extension identifiers MUST follow the _meta key naming rules, with a mandatory prefix.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const extensions = ctx.main.serverCapabilities.extensions;
      if (extensions === void 0) return pass("no extensions advertised");
      if (!isObject3(extensions)) return violation("capabilities.extensions is not an object", { received: extensions });
      const bad = Object.keys(extensions).flatMap((id) => {
        const problem = extensionIdProblem(id);
        return problem ? [`${JSON.stringify(id)} ${problem}`] : [];
      });
      if (bad.length) return violation(`extension identifier ${bad.join("; ")}`, { received: extensions });
      return pass(`${Object.keys(extensions).length} extension(s) well named`);
    }
  },
  {
    id: "lifecycle-unsupported-version-32022",
    title: "an unsupported protocol version is refused with -32022 naming the supported ones",
    section: "lifecycle",
    level: "MUST",
    requirements: ["M-08"],
    spec: "basic/versioning#protocol-version-negotiation",
    rule: "If the server does not support the requested protocol version it MUST respond with an UnsupportedProtocolVersionError (-32022) whose data lists the supported versions; over HTTP with status 400.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "unsupported-version");
      let supported = [];
      for (const method of ["server/discover", "tools/list"]) {
        const exchange = await sendModern(ctx, channel, method, void 0, {
          meta: { [META_PROTOCOL_VERSION]: "1900-01-01" },
          headers: { "mcp-protocol-version": "1900-01-01" }
        });
        const error = errorOf2(exchange.response);
        const evidence = modernEvidence(exchange);
        if (error?.code !== UNSUPPORTED_VERSION)
          return violation(
            `${method} declaring version 1900-01-01 got ${describeModern(exchange)}, not -32022`,
            evidence
          );
        const data = isObject3(error.data) ? error.data : {};
        if (!Array.isArray(data.supported) || data.supported.length === 0)
          return violation(
            `the -32022 error to ${method} does not list the supported versions in data.supported`,
            evidence
          );
        if (exchange.status !== void 0 && exchange.status !== 400)
          return violation(`the -32022 error to ${method} came with HTTP ${exchange.status}, not 400`, evidence);
        supported = data.supported;
      }
      return pass(`refused with -32022, supported: ${supported.join(", ")}`);
    }
  },
  {
    id: "lifecycle-initialize-refusal-names-versions",
    title: "a server that speaks only 2026-07-28 names its versions when refusing initialize",
    section: "lifecycle",
    level: "SHOULD",
    requirements: ["M-12"],
    spec: "basic/versioning#backward-compatibility-with-initialization-based-versions",
    rule: "A server that does not support initialization-based versions SHOULD include its supported protocol versions in any error it returns to an initialize request.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const { accepted } = await ctx.versionMatrix();
      if (accepted.length > 0) return skip(`the server also speaks the initialize era (${accepted.join(", ")})`);
      const channel = await openModernProbe(ctx, "initialize");
      const exchange = await channel.request(
        "initialize",
        { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "mcp-ci", version: "0.1.0" } },
        { timeoutMs: ctx.timeoutMs, ...ctx.transport === "stdio" && { startupMs: ctx.config.bootTimeoutMs } }
      );
      const evidence = modernEvidence(exchange);
      const error = errorOf2(exchange.response);
      if (!error) return violation(`initialize got ${describeModern(exchange)}, not an error`, evidence);
      const text = JSON.stringify([error.message, error.data]);
      if (!text.includes(_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$))
        return violation(
          `the error answering initialize does not name the supported versions (${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$})`,
          evidence
        );
      return pass(`initialize refused with error ${String(error.code)} naming ${_chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$}`);
    }
  },
  {
    id: "lifecycle-missing-meta-rejected",
    title: "a request without the required _meta fields is rejected with -32602",
    section: "lifecycle",
    level: "MUST",
    requirements: ["M-02"],
    spec: "basic/index#meta",
    rule: "A request missing a required _meta field (protocolVersion, clientCapabilities) MUST be rejected with -32602 Invalid params; over HTTP with status 400.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "missing-meta");
      const exchange = await sendModern(ctx, channel, "tools/list", void 0, {
        meta: { [META_CLIENT_CAPABILITIES]: void 0 }
      });
      const error = errorOf2(exchange.response);
      const evidence = modernEvidence(exchange);
      if (error?.code === HEADER_MISMATCH2 && exchange.status === 400)
        return warn(
          "a request without clientCapabilities was refused with -32020 (header mismatch), not -32602",
          evidence
        );
      if (error?.code !== INVALID_PARAMS2)
        return violation(`a request without clientCapabilities got ${describeModern(exchange)}, not -32602`, evidence);
      if (exchange.status !== void 0 && exchange.status !== 400)
        return violation(`the -32602 error came with HTTP ${exchange.status}, not 400`, evidence);
      return pass("refused with -32602");
    }
  },
  {
    id: "lifecycle-first-request-served",
    title: "a request is served without server/discover first (no connection state)",
    section: "lifecycle",
    level: "MUST",
    requirements: ["M-05"],
    spec: "basic/index#statelessness",
    rule: "Servers MUST NOT rely on earlier requests on the same connection for the protocol version, capabilities or identity: every request carries them.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "first-request");
      const exchange = await sendModern(ctx, channel, "tools/list");
      if (exchange.response?.result === void 0)
        return violation(
          `tools/list as the first request of a connection got ${describeModern(exchange)}`,
          modernEvidence(exchange)
        );
      return pass();
    }
  },
  {
    id: "logging-log-level-meta-validated",
    title: "an unknown _meta logLevel is refused with -32602",
    section: "logging",
    level: "SHOULD",
    requirements: ["M-35"],
    spec: "server/utilities/logging#error-handling",
    rule: "Servers SHOULD return -32602 (Invalid params) for an unrecognized log level value in _meta.",
    versions: MODERN_ONLY,
    transports: BOTH19,
    scope: "once",
    async run(ctx) {
      const channel = await openModernProbe(ctx, "log-level");
      const exchange = await sendModern(ctx, channel, "tools/list", void 0, {
        meta: { [META_LOG_LEVEL]: "verbose" }
      });
      const error = errorOf2(exchange.response);
      if (error?.code !== INVALID_PARAMS2)
        return violation(`logLevel "verbose" got ${describeModern(exchange)}, not -32602`, modernEvidence(exchange));
      return pass();
    }
  }
];

// src/checks/registry.ts
var CATALOGUE = [
  ...checks9,
  ...checks2,
  ...checks16,
  ...checks17,
  ...checks7,
  ...checks8,
  ...checks,
  ...checks12,
  ...checks3,
  ...checks13,
  ...checks10,
  ...checks6,
  ...checks11,
  ...checks20,
  ...checks15,
  ...checks14,
  ...checks4,
  ...checks5,
  ...checks19,
  ...checks18,
  // The stateless profile: 2026-07-28.
  ...checks28,
  ...checks22,
  ...checks23,
  ...checks26,
  ...checks25,
  ...checks27,
  ...checks21,
  ...checks24
];
var SPEC_BASE_URL = "https://modelcontextprotocol.io/specification";
function specUrl(check, version) {
  const page = version === _chunk_BZN75YLR_mjs__WEBPACK_IMPORTED_MODULE_2__/* .MODERN_VERSION */ .j$ ? check.modernSpec ?? check.spec : check.spec;
  return `${SPEC_BASE_URL}/${version}/${page}`;
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




/***/ })

};
