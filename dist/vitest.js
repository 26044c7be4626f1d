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
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * The one place where untrusted text (anything the server under test, a flow file or a baseline supplied) is made
 * safe for a report. Every renderer goes through these helpers; none concatenates a raw server string.
 *
 * Markdown output is read by GitHub, which renders it and then post-processes the HTML: @mentions and #123
 * references are linked in text nodes after rendering, so backslash escapes cannot stop them. The markdown helpers
 * therefore use character references (valid both in markdown and inside HTML blocks such as <summary>) and a
 * zero-width space to break mentions, issue references and bare URLs.
 */
const ZERO_WIDTH_SPACE = '&#8203;';
/**
 * C0/C1 controls (except tab and line breaks), bidirectional overrides that can make text read differently from
 * what it is, and the two Unicode non-characters XML forbids.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** ANSI escape sequences (CSI, OSC, and two-character escapes), which would let a server restyle or retitle a terminal. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const ANSI = /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|[@-Z\\-_])/g;
/** Removes characters no report may contain: controls, bidi overrides, non-characters and lone surrogates. */
function stripControl(text) {
    return text.replace(CONTROL, '').replace(LONE_SURROGATE, '');
}
/** Cuts `text` to at most `max` characters (never inside a surrogate pair) and says how much was cut. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    const marker = ` … [${text.length - max} more characters]`;
    let end = Math.max(0, max - marker.length);
    if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1)))
        end -= 1;
    return text.slice(0, end) + marker;
}
/** One line of plain text: controls removed, every run of whitespace (newlines included) folded to one space. */
function oneLine(text, max = Number.POSITIVE_INFINITY) {
    return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}
const MARKDOWN_REFERENCES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\\': '&#92;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '|': '&#124;',
    $: '&#36;',
    '!': '&#33;',
};
/**
 * Untrusted text as one line of inline markdown that renders literally: safe in a paragraph, a table cell
 * (a `|` cannot split the cell) and inside an HTML block. Character references are never parsed as markdown
 * structure, so emphasis, links, code spans, math and tables cannot open; `@`, `#` and URL schemes get a
 * zero-width space so GitHub neither pings, nor links an issue (`#1`, `GH-1`), nor autolinks.
 */
function mdText(text, max = 300) {
    // One pass, so the references inserted here are never escaped again.
    const escaped = oneLine(text, max).replace(/[&<>"\\`*_~[\]|$!@#]|:\/\/|\bwww\.|\bGH-(?=\d)/gi, (match) => {
        if (match === '@' || match === '#')
            return `${match}${ZERO_WIDTH_SPACE}`;
        if (match.toUpperCase() === 'GH-')
            return `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`;
        if (match === '://')
            return `:${ZERO_WIDTH_SPACE}//`;
        if (match.length === 4)
            return `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`;
        return MARKDOWN_REFERENCES[match] ?? match;
    });
    return escapeLineStart(escaped);
}
/**
 * Text that may begin a line (a reason under a hard line break) must not open a list, a setext heading or a
 * thematic break, so a leading `-`, `+`, `=` or `1.` / `1)` is written as a character reference.
 */
function escapeLineStart(text) {
    return text
        .replace(/^[-+=]/, (char) => `&#${char.charCodeAt(0)};`)
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_, digits, mark) => `${digits}&#${mark.charCodeAt(0)};`);
}
/**
 * An identifier (check id, step id, operation name) as inline code when it is plain, so it reads as code;
 * anything else falls back to `mdText`, because a code span cannot escape its own backticks or a table pipe.
 */
function mdCode(text, max = 120) {
    const line = oneLine(text, max);
    return /^[\w.:/+-][\w .:/+-]*$/.test(line) ? `\`${line}\`` : mdText(line, max);
}
/**
 * A fenced code block holding untrusted multi-line text. The fence is longer than any backtick run inside,
 * so the content cannot close it; inside a code block nothing is markdown, HTML, a mention or a link.
 */
function mdCodeBlock(text, language = '', max = 2_000) {
    const body = truncate(stripControl(text.replace(/\r\n?/g, '\n')), max).replace(/\s+$/, '');
    const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${body}\n${fence}`;
}
/** A markdown link, only for http(s) URLs; anything else is shown as escaped text so it cannot run script. */
function mdLink(label, url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return mdText(label);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return mdText(label);
    const href = parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    return `[${mdText(label)}](${href})`;
}
/** Untrusted text for an XML attribute or text node: characters XML 1.0 cannot carry are removed. */
function xmlText(text) {
    return stripControl(text);
}
/**
 * Untrusted text for a CDATA section. `]]>` would end the section early; the XML builder only splits the first
 * occurrence, so every occurrence is broken here instead.
 */
function xmlCdata(text) {
    return xmlText(text).replaceAll(']]>', ']] >');
}
/**
 * Untrusted text for one console line: escape sequences and controls removed (a server must not be able to
 * restyle the terminal or, on a GitHub runner, start a line with a `::workflow-command::`), folded to one line.
 */
function consoleText(text, max = 200) {
    return oneLine(text.replace(ANSI, ''), max);
}
/** Select Graphic Rendition (colour, bold, dim): the only escape sequence mcp-ci itself writes to a terminal. */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const SGR = /(\u001B\[[0-9;]*m)/;
/**
 * A GitHub runner reads a line as a workflow command when it starts with `::` once leading whitespace is trimmed,
 * or (the older syntax) when it contains `##[` anywhere. Leading colour codes are skipped too, to be safe.
 */
// eslint-disable-next-line no-control-regex -- matching escape sequences is the point
const COMMAND_START = /^((?:\s|\u001B\[[0-9;]*m)*)::/;
/**
 * Text bound for the console, line by line, whatever produced it: escape sequences (all of them, or all but
 * mcp-ci's own colour codes with `keepStyle`) and controls are removed, and a line the runner would read as a
 * workflow command is changed just enough that it no longer is (`::` becomes `: :`, `##[` becomes `## [`).
 */
function consoleSafe(text, keepStyle = false) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => {
        const parts = keepStyle ? line.split(SGR) : [line];
        // With keepStyle, odd parts are the colour codes the split kept.
        const clean = parts
            .map((part, index) => (index % 2 === 1 ? part : stripControl(part.replace(ANSI, ''))))
            .join('');
        return clean.replace(/##\[/g, '## [').replace(COMMAND_START, '$1: :');
    })
        .join('\n');
}

;// CONCATENATED MODULE: ./src/report/format.ts
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
function formatCount(value) {
    return integer.format(value);
}
/** A run or step duration: `850 ms`, `12.3 s`, `2 min 5 s`. */
function formatDuration(ms) {
    if (ms < 1_000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1_000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1_000)} s`;
}
/** A latency with precision that suits its size: `0.42 ms`, `12.3 ms`, `1,204 ms`. */
function formatLatency(ms) {
    if (ms < 10)
        return `${ms.toFixed(2)} ms`;
    if (ms < 1_000)
        return `${ms.toFixed(1)} ms`;
    return `${integer.format(ms)} ms`;
}
function formatThroughput(opsPerSecond) {
    return opsPerSecond < 100 ? opsPerSecond.toFixed(1) : integer.format(opsPerSecond);
}
/** A latency change with the comparison's verdict as the arrow (up is slower): `↑ +12.3%`, `↓ −8.0%`, `→ +0.4%`. */
function formatChange(pct, verdict) {
    const arrow = verdict === 'slower' ? '↑' : verdict === 'faster' ? '↓' : '→';
    const sign = pct >= 0 ? '+' : '−';
    return `${arrow} ${sign}${Math.abs(pct).toFixed(1)}%`;
}
/** `2025-11-25`, or `2025-11-25 · http` when the run covered more than one transport. */
function columnLabel(column, showTransport) {
    return showTransport ? `${column.protocolVersion} · ${column.transport}` : column.protocolVersion;
}
/** Seconds with millisecond precision and no exponent, as JUnit consumers expect. */
function formatSeconds(ms) {
    return Number((Math.max(0, ms) / 1_000).toFixed(3));
}
/**
 * Evidence values as text: anything but a string as indented JSON, and a string that holds a JSON object or array
 * (engines often keep raw messages as text) re-indented, so it reads like the rest.
 */
function formatJson(value) {
    if (typeof value === 'string') {
        if (!/^\s*[[{]/.test(value))
            return value;
        try {
            return JSON.stringify(JSON.parse(value), null, 2);
        }
        catch {
            return value;
        }
    }
    try {
        return JSON.stringify(value, null, 2) ?? String(value);
    }
    catch {
        return String(value);
    }
}

;// CONCATENATED MODULE: ./src/vitest.ts
/**
 * `mcp-ci/vitest`: matchers for vitest and jest (`expect.extend(matchers)` in either). Each runs a suite through the
 * library API and, when it fails, lists every broken rule with its spec sentence, link and evidence, as the PR
 * comment does. Everything in a message comes from the server, so it is neutralised like console output.
 */



/** Evidence past this length is cut: a failure message is read in a terminal. */
const MAX_EVIDENCE_CHARS = 1_200;
const matchers = {
    async toPassConformance(received, options = {}) {
        const { strict, ...apiOptions } = options;
        const settings = { ...apiOptions.settings, ...(strict !== undefined && { strict }) };
        const result = await (0,external_api_js_namespaceObject.runConformance)(asTarget(received), { ...apiOptions, settings });
        const broken = result.checks.filter((check) => check.status === 'fail' || (strict && check.status === 'warn'));
        const pass = result.outcome === 'passed';
        return {
            pass,
            message: () => pass
                ? `expected the server not to pass conformance, but it passed (${counts(result)})`
                : [
                    `expected the server to pass conformance: ${problem(result) ?? `${broken.length} rule(s) broken (${counts(result)})`}`,
                    ...broken.map(describeCheck),
                ].join('\n\n'),
        };
    },
    async toPassFlow(received, flows, options = {}) {
        const result = await (0,external_api_js_namespaceObject.runFlows)(asTarget(received), flows, options);
        const failed = result.flows.filter((flow) => flow.status === 'fail');
        const pass = result.outcome === 'passed';
        return {
            pass,
            message: () => pass
                ? `expected the flows not to pass, but ${result.flows.map((flow) => flow.name).join(', ')} passed`
                : [
                    `expected the flows to pass: ${problem(result) ?? `${failed.length} flow(s) failed`}`,
                    ...failed.map(describeFlow),
                ].join('\n\n'),
        };
    },
    async toHaveTool(received, name, options = {}) {
        const tools = await (0,external_api_js_namespaceObject.listTools)(asTarget(received), options);
        const names = tools.map((tool) => String(tool.name));
        const pass = names.includes(name);
        return {
            pass,
            message: () => safe(pass
                ? `expected the server not to list the tool "${name}", but it does`
                : `expected the server to list the tool "${name}"; it lists ${names.length > 0 ? names.map((n) => `"${n}"`).join(', ') : 'no tools'}`),
        };
    },
};
function asTarget(received) {
    if (typeof received === 'function')
        return { server: received };
    if (typeof received === 'object' && received !== null)
        return received;
    throw new TypeError('expect(target): pass a server factory (() => new McpServer(...)), { stdio: "command" }, { url: "http://..." } or a target from startTarget()');
}
/** Why the run ended without judging everything: the server did not boot, or mcp-ci failed. */
function problem(result) {
    if (result.outcome === 'boot-error') {
        const tail = result.boot.stderrTail ? `\nserver stderr:\n${result.boot.stderrTail}` : '';
        return safe(`the server did not boot: ${result.boot.error ?? 'unknown error'}${tail}`);
    }
    if (result.outcome === 'config-error' || result.outcome === 'internal-error')
        return safe(`${result.outcome}: ${result.error ?? ''}`);
    return undefined;
}
const counts = (result) => `${result.summary.pass} passed, ${result.summary.fail} failed, ${result.summary.warn} warned, ${result.summary.skip} skipped`;
/** One broken rule as the PR comment shows it: id, level and version, what happened, the rule, the link, evidence. */
function describeCheck(check) {
    const lines = [
        `${check.status === 'fail' ? '✖' : '⚠'} ${check.id} (${check.level}, ${check.protocolVersion}): ${check.message}`,
        ...(check.rule ? [`  rule: "${check.rule}"`] : []),
        `  spec: ${check.spec.url}`,
    ];
    const evidence = check.evidence;
    if (evidence?.note)
        lines.push(`  note: ${evidence.note}`);
    if (evidence?.sent !== undefined)
        lines.push(`  sent: ${excerpt(evidence.sent)}`);
    if (evidence?.received !== undefined)
        lines.push(`  received: ${excerpt(evidence.received)}`);
    return safe(lines.join('\n'));
}
function describeFlow(flow) {
    const lines = [`✖ ${flow.name} (${flow.file})`];
    if (flow.error)
        lines.push(...flow.error.split('\n').map((line) => `  ${line}`));
    for (const step of flow.steps.filter((s) => s.status === 'fail')) {
        // The step's message already shows what was expected against what came back.
        lines.push(`  ✖ ${step.id}${step.line ? ` (line ${step.line})` : ''}: ${step.message}`);
    }
    return safe(lines.join('\n'));
}
function excerpt(value) {
    const text = formatJson(value).replace(/\n/g, '\n    ');
    return text.length > MAX_EVIDENCE_CHARS ? `${text.slice(0, MAX_EVIDENCE_CHARS)}… (${text.length} chars)` : text;
}
/** Server text in a terminal: no escape sequences, no workflow commands. */
const safe = (text) => consoleSafe(text);

var __webpack_exports__matchers = __webpack_exports__.y;
export { __webpack_exports__matchers as matchers };
