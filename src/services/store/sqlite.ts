import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Keyv from 'keyv';
import KeyvSqlite from '@keyv/sqlite';
import sqlite3 from 'sqlite3';
import type { IndexEntry } from './types.ts';
import { KeyvBackedStore, StorageError, type AtomicOps, type IndexQuery } from './keyv-store.ts';

const BUSY_TIMEOUT_MS = 10_000;
/** Same table keyv's SQLite adapter creates, so setIfAbsent writes where keyv reads. */
const KEYV_TABLE = 'CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )';
const INDEX_TABLE = `CREATE TABLE IF NOT EXISTS newsbrief_index(
  name TEXT NOT NULL, member TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (name, member)) WITHOUT ROWID`;
const INDEX_BY_SCORE =
  'CREATE INDEX IF NOT EXISTS newsbrief_index_score ON newsbrief_index(name, score, member)';

function openDatabase(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, (error) => (error ? reject(error) : resolve(db)));
  });
}

function run(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    db.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
      if (error) reject(error);
      else resolve(this.changes);
    });
  });
}

function all<T>(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<T[]> {
  return new Promise((resolve, reject) => {
    db.all(sql, params, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)));
  });
}

/** Escapes LIKE wildcards so a namespace prefix matches literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Atomic operations as single SQL statements on a second connection to the same WAL-mode file. */
class SqliteAtomicOps implements AtomicOps {
  constructor(
    private readonly db: sqlite3.Database,
    private readonly adapter: KeyvSqlite,
  ) {}

  async setIfAbsent(
    key: string,
    serialized: string,
    _ttlMs: number | undefined,
    now: number,
  ): Promise<boolean> {
    // One statement: insert, or overwrite only a value whose keyv expiry has passed.
    const changes = await run(
      this.db,
      `INSERT INTO keyv(key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value
       WHERE json_valid(keyv.value) AND json_extract(keyv.value, '$.expires') IS NOT NULL
         AND json_extract(keyv.value, '$.expires') < ?`,
      [key, serialized, now],
    );
    return changes > 0;
  }

  async indexAdd(index: string, member: string, score: number): Promise<void> {
    await run(
      this.db,
      `INSERT INTO newsbrief_index(name, member, score) VALUES (?, ?, ?)
       ON CONFLICT(name, member) DO UPDATE SET score = excluded.score`,
      [index, member, score],
    );
  }

  async indexRemove(index: string, member: string): Promise<boolean> {
    return (
      (await run(this.db, 'DELETE FROM newsbrief_index WHERE name = ? AND member = ?', [index, member])) > 0
    );
  }

  async indexRange(index: string, query: IndexQuery): Promise<IndexEntry[]> {
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    const limit = Number.isFinite(query.limit) ? query.limit : -1;
    return all<IndexEntry>(
      this.db,
      `SELECT member, score FROM newsbrief_index WHERE name = ? AND score >= ? AND score <= ?
       ORDER BY score ${direction}, member ${direction} LIMIT ? OFFSET ?`,
      [index, query.minScore, query.maxScore, limit, query.offset],
    );
  }

  async indexCount(index: string, minScore: number, maxScore: number): Promise<number> {
    const rows = await all<{ n: number }>(
      this.db,
      'SELECT COUNT(*) AS n FROM newsbrief_index WHERE name = ? AND score >= ? AND score <= ?',
      [index, minScore, maxScore],
    );
    return rows[0]?.n ?? 0;
  }

  async purgeExpired(valuePrefix: string, now: number): Promise<void> {
    await run(
      this.db,
      `DELETE FROM keyv WHERE key LIKE ? ESCAPE '\\' AND json_valid(value)
         AND json_extract(value, '$.expires') IS NOT NULL AND json_extract(value, '$.expires') < ?`,
      [likePrefix(valuePrefix), now],
    );
  }

  async clearPrefix(valuePrefix: string, indexPrefix: string): Promise<void> {
    await run(this.db, "DELETE FROM keyv WHERE key LIKE ? ESCAPE '\\'", [likePrefix(valuePrefix)]);
    await run(this.db, "DELETE FROM newsbrief_index WHERE name LIKE ? ESCAPE '\\'", [
      likePrefix(indexPrefix),
    ]);
  }

  async close(): Promise<void> {
    const results = await Promise.allSettled([
      this.adapter.disconnect(),
      new Promise<void>((resolve, reject) => this.db.close((error) => (error ? reject(error) : resolve()))),
    ]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Opens (creating if needed) the SQLite file; relative paths resolve against the working directory. */
export async function openSqliteStore(file: string, namespace: string): Promise<KeyvBackedStore> {
  let db: sqlite3.Database | undefined;
  try {
    if (file !== ':memory:') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
    db = await openDatabase(file);
    await run(db, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL lets readers and the two connections (keyv's and ours) work side by side.
    await all(db, 'PRAGMA journal_mode = WAL');
    await run(db, KEYV_TABLE);
    await run(db, INDEX_TABLE);
    await run(db, INDEX_BY_SCORE);
  } catch (error) {
    db?.close();
    throw new StorageError(`Could not open SQLite store at ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const adapter = new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: BUSY_TIMEOUT_MS });
  // In WAL mode NORMAL is still crash-safe and spares an fsync per write; it is per connection.
  await Promise.all([
    adapter.query('PRAGMA synchronous = NORMAL'),
    run(db, 'PRAGMA synchronous = NORMAL'),
  ]).catch(async (error: unknown) => {
    await adapter.disconnect().catch(() => {});
    db?.close();
    throw new StorageError(`Could not open SQLite store at ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  });
  const keyv = new Keyv({ store: adapter, namespace: undefined, useKeyPrefix: false, throwOnErrors: true });
  // Errors still reach callers as rejections; the listener only stops an unhandled 'error' event.
  keyv.on('error', () => {});
  const store = new KeyvBackedStore(keyv, new SqliteAtomicOps(db, adapter), namespace, 'sqlite');
  await store.purgeExpired().catch(async (error: unknown) => {
    await store.close().catch(() => {});
    throw error;
  });
  return store;
}
