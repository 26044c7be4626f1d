/**
 * The local history store: a SQLite file (`.mcp-ci/history.db` by default), read and written with sql.js, SQLite
 * compiled to WebAssembly. Its single-file build embeds the WebAssembly in JavaScript, so the store is bundled into
 * dist/ with no native module, no build step and no download at install time, and works on every Node version
 * mcp-ci supports.
 *
 * sql.js works on a database in memory: the file is read whole when opened and written whole on save, to a
 * temporary file renamed over the old one, so a crash never leaves half a database. A file that is not a SQLite
 * database, or a SQLite database that is not an mcp-ci history, is reported and left as it is.
 *
 * The schema is versioned (`meta.schema_version`) and changed only by appending to MIGRATIONS; docs/history.md
 * documents it.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import initSqlJs from 'sql.js/dist/sql-wasm-inline.js';
import type { Database, SqlValue } from 'sql.js';
import type { Status } from '../model.js';
import { targetKey, type HistoryEntry } from './entry.js';
import { historyEntrySchema } from './history-file.js';

export const HISTORY_DB_FORMAT = 'mcp-ci-history';

/** Each migration moves the schema from version (index) to version (index + 1). Append only; never edit one. */
const MIGRATIONS: readonly string[] = [
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
   CREATE INDEX check_results_by_check ON check_results (check_id);`,
];

export const HISTORY_SCHEMA_VERSION = MIGRATIONS.length;

/** The history is unusable as it is; the message names the file and what to do. */
export class HistoryStoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryStoreError';
  }
}

export interface StoredRun {
  id: number;
  entry: HistoryEntry;
}

export interface CheckRun {
  runId: number;
  date: string;
  commit?: string;
  protocolVersion: string;
  status: Status;
}

let sqlModule: ReturnType<typeof initSqlJs> | undefined;
const loadSql = () => (sqlModule ??= initSqlJs());

export class SqliteHistoryStore {
  private constructor(
    readonly path: string,
    private readonly db: Database,
  ) {}

  /** Opens the file, or starts an empty history when there is none; migrates an older schema in memory. */
  static async open(path: string): Promise<SqliteHistoryStore> {
    const SQL = await loadSql();
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new HistoryStoreError(`cannot read the history file ${path}: ${(error as Error).message}`);
    }
    const db = new SQL.Database(bytes);
    const store = new SqliteHistoryStore(path, db);
    try {
      store.migrate(bytes === undefined || bytes.length === 0);
    } catch (error) {
      db.close();
      throw error;
    }
    return store;
  }

  private migrate(empty: boolean): void {
    const foreign = (why: string) =>
      new HistoryStoreError(
        `${this.path} is not an mcp-ci history database (${why}); it was left untouched. ` +
          'Move or delete it, or point history at another file (history: <path> in mcp-ci.yml, --history <path>), ' +
          'or turn history off (history: off)',
      );
    let tables: string[];
    try {
      tables = this.column<string>(`SELECT name FROM sqlite_master WHERE type = 'table'`);
    } catch (error) {
      throw foreign((error as Error).message);
    }
    let version = 0;
    if (tables.length === 0 && empty) {
      this.db.run(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      this.setMeta('format', HISTORY_DB_FORMAT);
    } else {
      if (!tables.includes('meta')) throw foreign('it has no meta table');
      if (this.meta('format') !== HISTORY_DB_FORMAT) throw foreign('its meta table names another format');
      version = Number(this.meta('schema_version') ?? 0);
      if (version > HISTORY_SCHEMA_VERSION)
        throw new HistoryStoreError(
          `${this.path} has history schema version ${version}, newer than this mcp-ci knows (${HISTORY_SCHEMA_VERSION}); update mcp-ci, or point history at another file`,
        );
    }
    for (; version < HISTORY_SCHEMA_VERSION; version++) {
      this.db.exec(MIGRATIONS[version]!);
      this.setMeta('schema_version', String(version + 1));
    }
  }

  private meta(key: string): string | undefined {
    return this.column<string>(`SELECT value FROM meta WHERE key = ?`, [key])[0];
  }

  private setMeta(key: string, value: string): void {
    this.db.run(`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
      key,
      value,
    ]);
  }

  private column<T extends SqlValue>(sql: string, params: SqlValue[] = []): T[] {
    return (this.db.exec(sql, params)[0]?.values ?? []).map((row) => row[0] as T);
  }

  /** The last `limit` runs, oldest first; of one target and leg when given. */
  runs(filter: { target?: string; leg?: string; limit?: number } = {}): StoredRun[] {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.target !== undefined) {
      where.push('target = ?');
      params.push(filter.target);
    }
    if (filter.leg !== undefined) {
      where.push('leg = ?');
      params.push(filter.leg);
    }
    // A negative LIMIT is no limit in SQLite.
    params.push(filter.limit ?? -1);
    const sql = `SELECT id, entry FROM runs ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.exec(sql, params)[0]?.values ?? [];
    return rows.reverse().map(([id, text]) => ({ id: Number(id), entry: this.parseEntry(String(text), Number(id)) }));
  }

  /** Earlier runs of this entry's target and leg, oldest first. */
  previous(entry: Pick<HistoryEntry, 'target' | 'provenance'>, limit: number): HistoryEntry[] {
    return this.runs({ target: targetKey(entry.target), leg: entry.provenance.leg ?? '', limit }).map(
      (run) => run.entry,
    );
  }

  /** One check across runs, oldest first. */
  checkRuns(checkId: string, limit: number): CheckRun[] {
    const rows =
      this.db.exec(
        `SELECT r.id, r.started_at, r.commit_sha, c.protocol_version, c.status
           FROM check_results c JOIN runs r ON r.id = c.run_id
          WHERE c.check_id = ? ORDER BY r.id DESC, c.protocol_version DESC LIMIT ?`,
        [checkId, limit],
      )[0]?.values ?? [];
    return rows.reverse().map(([runId, date, commit, protocolVersion, status]) => ({
      runId: Number(runId),
      date: String(date),
      ...(commit !== null && { commit: String(commit) }),
      protocolVersion: String(protocolVersion),
      status: String(status) as Status,
    }));
  }

  /** Adds a run and keeps the newest `keep` runs of its target and leg. Call save() to write the file. */
  append(entry: HistoryEntry, keep: number): void {
    const target = targetKey(entry.target);
    const leg = entry.provenance.leg ?? '';
    this.db.exec('BEGIN');
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
          JSON.stringify(entry),
        ],
      );
      const runId = Number(this.column<number>('SELECT last_insert_rowid()')[0]);
      const insert = this.db.prepare(
        `INSERT OR REPLACE INTO check_results (run_id, check_id, protocol_version, status) VALUES (?, ?, ?, ?)`,
      );
      for (const check of entry.checks) insert.run([runId, check.id, check.protocolVersion, check.status]);
      insert.free();
      const stale = `SELECT id FROM runs WHERE target = ? AND leg = ? ORDER BY id DESC LIMIT -1 OFFSET ?`;
      const params = [target, leg, Math.max(1, keep)];
      this.db.run(`DELETE FROM check_results WHERE run_id IN (${stale})`, params);
      this.db.run(`DELETE FROM runs WHERE id IN (${stale})`, params);
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** Writes the database to a temporary file beside it, then renames it into place. */
  async save(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, this.db.export());
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new HistoryStoreError(`cannot write the history file ${this.path}: ${(error as Error).message}`);
    }
  }

  close(): void {
    this.db.close();
  }

  private parseEntry(text: string, id: number): HistoryEntry {
    const damaged = (why: string) =>
      new HistoryStoreError(
        `${this.path}: run ${id} is damaged (${why}); delete the file or point history at another one`,
      );
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw damaged((error as Error).message);
    }
    const parsed = historyEntrySchema.safeParse(json);
    if (!parsed.success) throw damaged(parsed.error.issues[0]?.message ?? 'invalid');
    return parsed.data as HistoryEntry;
  }
}
