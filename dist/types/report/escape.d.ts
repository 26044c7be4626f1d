/**
 * The one place where untrusted text (anything the server under test, a flow file or a baseline supplied) is made
 * safe for a report. Every renderer goes through these helpers; none concatenates a raw server string.
 *
 * Markdown output is read by GitHub, which renders it and then post-processes the HTML: @mentions and #123
 * references are linked in text nodes after rendering, so backslash escapes cannot stop them. The markdown helpers
 * therefore use character references (valid both in markdown and inside HTML blocks such as <summary>) and a
 * zero-width space to break mentions, issue references and bare URLs.
 */
/** Removes characters no report may contain: controls, bidi overrides, non-characters and lone surrogates. */
export declare function stripControl(text: string): string;
/** Cuts `text` to at most `max` characters (never inside a surrogate pair) and says how much was cut. */
export declare function truncate(text: string, max: number): string;
/** One line of plain text: controls removed, every run of whitespace (newlines included) folded to one space. */
export declare function oneLine(text: string, max?: number): string;
/**
 * Untrusted text as one line of inline markdown that renders literally: safe in a paragraph, a table cell
 * (a `|` cannot split the cell) and inside an HTML block. Character references are never parsed as markdown
 * structure, so emphasis, links, code spans, math and tables cannot open; `@`, `#` and URL schemes get a
 * zero-width space so GitHub neither pings, nor links an issue (`#1`, `GH-1`), nor autolinks.
 */
export declare function mdText(text: string, max?: number): string;
/**
 * An identifier (check id, step id, operation name) as inline code when it is plain, so it reads as code;
 * anything else falls back to `mdText`, because a code span cannot escape its own backticks or a table pipe.
 */
export declare function mdCode(text: string, max?: number): string;
/**
 * A fenced code block holding untrusted multi-line text. The fence is longer than any backtick run inside,
 * so the content cannot close it; inside a code block nothing is markdown, HTML, a mention or a link.
 */
export declare function mdCodeBlock(text: string, language?: string, max?: number): string;
/** A markdown link, only for http(s) URLs; anything else is shown as escaped text so it cannot run script. */
export declare function mdLink(label: string, url: string): string;
/** Untrusted text for an XML attribute or text node: characters XML 1.0 cannot carry are removed. */
export declare function xmlText(text: string): string;
/**
 * Untrusted text for a CDATA section. `]]>` would end the section early; the XML builder only splits the first
 * occurrence, so every occurrence is broken here instead.
 */
export declare function xmlCdata(text: string): string;
/**
 * Untrusted text for one console line: escape sequences and controls removed (a server must not be able to
 * restyle the terminal or, on a GitHub runner, start a line with a `::workflow-command::`), folded to one line.
 */
export declare function consoleText(text: string, max?: number): string;
/**
 * Text bound for the console, line by line, whatever produced it: escape sequences (all of them, or all but
 * mcp-ci's own colour codes with `keepStyle`) and controls are removed, and a line the runner would read as a
 * workflow command is changed just enough that it no longer is (`::` becomes `: :`, `##[` becomes `## [`).
 */
export declare function consoleSafe(text: string, keepStyle?: boolean): string;
