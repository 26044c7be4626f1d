import { describe, expect, it } from 'vitest';
import {
  appendToWindow,
  HistoryFileError,
  parseHistoryFile,
  serializeHistoryFile,
} from '../../src/history/history-file.js';
import { runs } from './entries.js';

describe('history file', () => {
  it('round-trips entries', () => {
    const entries = runs({ checks: { a: 'pass' } }, { checks: { a: 'fail' }, steps: { pay: 'pass' } });
    expect(parseHistoryFile(serializeHistoryFile(entries), 'history.json')).toEqual(entries);
  });

  it('names the file and what is wrong in a foreign, damaged or newer file', () => {
    expect(() => parseHistoryFile('not json', 'mcp-ci-history-main.json')).toThrow(
      /mcp-ci-history-main\.json is not an mcp-ci history file/,
    );
    expect(() => parseHistoryFile('{"format":"other","entries":[]}', 'h.json')).toThrow(/h\.json .*format/);
    const damaged = JSON.parse(serializeHistoryFile(runs({ checks: { a: 'pass' } }))) as {
      entries: { checks: unknown }[];
    };
    damaged.entries[0]!.checks = 'x';
    expect(() => parseHistoryFile(JSON.stringify(damaged), 'h.json')).toThrow(/h\.json: entry 0 is damaged: checks/);
    expect(() =>
      parseHistoryFile(JSON.stringify({ format: 'mcp-ci-history', version: 99, entries: [] }), 'h.json'),
    ).toThrow(HistoryFileError);
  });

  it('keeps the last window entries, the new one last', () => {
    const entries = runs({}, {}, {}, {});
    const window = appendToWindow(entries.slice(0, 3), entries[3]!, 2);
    expect(window).toEqual([entries[2], entries[3]]);
  });
});
