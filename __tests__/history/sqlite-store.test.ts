import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { HISTORY_SCHEMA_VERSION, HistoryStoreError, SqliteHistoryStore } from '../../src/history/sqlite-store.js';
import { entry, runs } from './entries.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-history-'));
});

describe('SqliteHistoryStore', () => {
  it('keeps runs across opens, oldest first, per target and leg, and the newest `keep` of each', async () => {
    const path = join(dir, 'nested', 'history.db');
    const store = await SqliteHistoryStore.open(path);
    const sequence = runs({ checks: { a: 'pass' } }, { checks: { a: 'fail' } }, { checks: { a: 'pass' } });
    for (const run of sequence) store.append(run, 2);
    const other = entry({ checks: { a: 'pass' } });
    other.target = { transport: 'http', url: 'http://127.0.0.1:1/mcp' };
    store.append(other, 2);
    await store.save();
    store.close();

    const reopened = await SqliteHistoryStore.open(path);
    expect(reopened.previous(sequence[0]!, 10)).toEqual(sequence.slice(1));
    expect(reopened.previous(other, 10)).toEqual([other]);
    expect(reopened.runs().map((run) => run.entry.target.transport)).toEqual(['stdio', 'stdio', 'http']);
    expect(reopened.checkRuns('a', 10).map((run) => run.status)).toEqual(['fail', 'pass', 'pass']);
    reopened.close();
    // Written through a temporary file renamed into place: nothing else is left in the folder.
    expect(await readdir(join(dir, 'nested'))).toEqual(['history.db']);
  });

  it('records its schema version in the meta table', async () => {
    const path = join(dir, 'history.db');
    const store = await SqliteHistoryStore.open(path);
    await store.save();
    store.close();
    const SQL = await initSqlJs();
    const db = new SQL.Database(await readFile(path));
    const meta = Object.fromEntries(db.exec('SELECT key, value FROM meta')[0]!.values);
    db.close();
    expect(meta).toEqual({ format: 'mcp-ci-history', schema_version: String(HISTORY_SCHEMA_VERSION) });
  });

  it('refuses a file that is not a database, names it and leaves it untouched', async () => {
    const path = join(dir, 'history.db');
    await writeFile(path, 'these are my notes, not a database\n'.repeat(40));
    const error = await SqliteHistoryStore.open(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HistoryStoreError);
    expect((error as Error).message).toContain(`${path} is not an mcp-ci history database`);
    expect((error as Error).message).toMatch(/history: off/);
    expect(await readFile(path, 'utf8')).toBe('these are my notes, not a database\n'.repeat(40));
  });

  it('refuses a SQLite database of another program', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE notes (text TEXT)');
    const path = join(dir, 'other.db');
    await writeFile(path, db.export());
    db.close();
    await expect(SqliteHistoryStore.open(path)).rejects.toThrow(
      /other\.db is not an mcp-ci history database \(it has no meta table\)/,
    );
  });

  it('refuses a history written by a newer mcp-ci', async () => {
    const path = join(dir, 'history.db');
    const store = await SqliteHistoryStore.open(path);
    await store.save();
    store.close();
    const SQL = await initSqlJs();
    const db = new SQL.Database(await readFile(path));
    db.run(`UPDATE meta SET value = '99' WHERE key = 'schema_version'`);
    await writeFile(path, db.export());
    db.close();
    await expect(SqliteHistoryStore.open(path)).rejects.toThrow(/schema version 99, newer than this mcp-ci knows/);
  });
});
