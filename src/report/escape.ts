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
export function stripControl(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** Cuts `text` to at most `max` characters (never inside a surrogate pair) and says how much was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const marker = ` … [${text.length - max} more characters]`;
  let end = Math.max(0, max - marker.length);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return text.slice(0, end) + marker;
}

/** One line of plain text: controls removed, every run of whitespace (newlines included) folded to one space. */
export function oneLine(text: string, max = Number.POSITIVE_INFINITY): string {
  return truncate(stripControl(text).replace(/\s+/g, ' ').trim(), max);
}

const MARKDOWN_REFERENCES: Record<string, string> = {
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
export function mdText(text: string, max = 300): string {
  // One pass, so the references inserted here are never escaped again.
  const escaped = oneLine(text, max).replace(/[&<>"\\`*_~[\]|$!@#]|:\/\/|\bwww\.|\bGH-(?=\d)/gi, (match) => {
    if (match === '@' || match === '#') return `${match}${ZERO_WIDTH_SPACE}`;
    if (match.toUpperCase() === 'GH-') return `${match.slice(0, 2)}${ZERO_WIDTH_SPACE}-`;
    if (match === '://') return `:${ZERO_WIDTH_SPACE}//`;
    if (match.length === 4) return `${match.slice(0, 3)}${ZERO_WIDTH_SPACE}.`;
    return MARKDOWN_REFERENCES[match] ?? match;
  });
  return escapeLineStart(escaped);
}

/**
 * Text that may begin a line (a reason under a hard line break) must not open a list, a setext heading or a
 * thematic break, so a leading `-`, `+`, `=` or `1.` / `1)` is written as a character reference.
 */
function escapeLineStart(text: string): string {
  return text
    .replace(/^[-+=]/, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, (_, digits: string, mark: string) => `${digits}&#${mark.charCodeAt(0)};`);
}

/**
 * An identifier (check id, step id, operation name) as inline code when it is plain, so it reads as code;
 * anything else falls back to `mdText`, because a code span cannot escape its own backticks or a table pipe.
 */
export function mdCode(text: string, max = 120): string {
  const line = oneLine(text, max);
  return /^[\w.:/+-][\w .:/+-]*$/.test(line) ? `\`${line}\`` : mdText(line, max);
}

/**
 * A fenced code block holding untrusted multi-line text. The fence is longer than any backtick run inside,
 * so the content cannot close it; inside a code block nothing is markdown, HTML, a mention or a link.
 */
export function mdCodeBlock(text: string, language = '', max = 2_000): string {
  const body = truncate(stripControl(text.replace(/\r\n?/g, '\n')), max).replace(/\s+$/, '');
  const longestRun = Math.max(0, ...Array.from(body.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}

/** A markdown link, only for http(s) URLs; anything else is shown as escaped text so it cannot run script. */
export function mdLink(label: string, url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return mdText(label);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return mdText(label);
  const href = parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${mdText(label)}](${href})`;
}

/** Untrusted text for an XML attribute or text node: characters XML 1.0 cannot carry are removed. */
export function xmlText(text: string): string {
  return stripControl(text);
}

/**
 * Untrusted text for a CDATA section. `]]>` would end the section early; the XML builder only splits the first
 * occurrence, so every occurrence is broken here instead.
 */
export function xmlCdata(text: string): string {
  return xmlText(text).replaceAll(']]>', ']] >');
}

/**
 * Untrusted text for one console line: escape sequences and controls removed (a server must not be able to
 * restyle the terminal or, on a GitHub runner, start a line with a `::workflow-command::`), folded to one line.
 */
export function consoleText(text: string, max = 200): string {
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
export function consoleSafe(text: string, keepStyle = false): string {
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
