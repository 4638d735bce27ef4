import { createRequire } from 'node:module';
import Keyv from 'keyv';
import KeyvPostgres from '@keyv/postgres';
import type { IndexEntry } from './types.ts';
import { KeyvBackedStore, StorageError, type AtomicOps, type IndexQuery } from './keyv-store.ts';

/** The slice of node-postgres used here (pg ships no type declarations of its own). */
interface PgResult {
  rows: Record<string, unknown>[];
  rowCount: number | null;
}
interface PgClient {
  query(sql: string, values?: unknown[]): Promise<PgResult>;
  release(): void;
}
interface PgPool {
  query(sql: string, values?: unknown[]): Promise<PgResult>;
  connect(): Promise<PgClient>;
  end(): Promise<void>;
  on(event: 'error', listener: (error: Error) => void): void;
}
const pg = createRequire(import.meta.url)('pg') as {
  Pool: new (options: { connectionString: string; max?: number; connectionTimeoutMillis?: number }) => PgPool;
};

/** Serialises schema creation across processes (CREATE ... IF NOT EXISTS can still race). */
const SCHEMA_LOCK_ID = 74_211_893;
const SCHEMA = [
  'CREATE TABLE IF NOT EXISTS public.keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )',
  `CREATE TABLE IF NOT EXISTS newsbrief_index(
     name TEXT COLLATE "C" NOT NULL, member TEXT COLLATE "C" NOT NULL, score DOUBLE PRECISION NOT NULL,
     PRIMARY KEY (name, member))`,
  'CREATE INDEX IF NOT EXISTS newsbrief_index_score ON newsbrief_index(name, score, member)',
];

function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** PostgreSQL has real infinities for double precision; pass them as text. */
function bound(score: number): string {
  return score === Infinity ? 'Infinity' : score === -Infinity ? '-Infinity' : String(score);
}

/** INSERT … ON CONFLICT statements on our own pool; keyv's JSON carries the expiry. */
class PostgresAtomicOps implements AtomicOps {
  constructor(private readonly pool: PgPool) {}

  async setIfAbsent(
    key: string,
    serialized: string,
    _ttlMs: number | undefined,
    now: number,
  ): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO public.keyv(key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
       WHERE (keyv.value::jsonb ->> 'expires') IS NOT NULL AND (keyv.value::jsonb ->> 'expires')::float8 < $3`,
      [key, serialized, now],
    );
    return (result.rowCount ?? 0) > 0;
  }

  async indexAdd(index: string, member: string, score: number): Promise<void> {
    await this.pool.query(
      `INSERT INTO newsbrief_index(name, member, score) VALUES ($1, $2, $3)
       ON CONFLICT (name, member) DO UPDATE SET score = EXCLUDED.score`,
      [index, member, score],
    );
  }

  async indexRemove(index: string, member: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM newsbrief_index WHERE name = $1 AND member = $2', [
      index,
      member,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async indexRange(index: string, query: IndexQuery): Promise<IndexEntry[]> {
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    const result = await this.pool.query(
      `SELECT member, score FROM newsbrief_index
       WHERE name = $1 AND score >= $2::float8 AND score <= $3::float8
       ORDER BY score ${direction}, member ${direction} LIMIT $4 OFFSET $5`,
      [
        index,
        bound(query.minScore),
        bound(query.maxScore),
        Number.isFinite(query.limit) ? query.limit : null,
        query.offset,
      ],
    );
    return result.rows.map((row) => ({ member: String(row.member), score: Number(row.score) }));
  }

  async indexCount(index: string, minScore: number, maxScore: number): Promise<number> {
    const result = await this.pool.query(
      'SELECT COUNT(*) AS n FROM newsbrief_index WHERE name = $1 AND score >= $2::float8 AND score <= $3::float8',
      [index, bound(minScore), bound(maxScore)],
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async purgeExpired(valuePrefix: string, now: number): Promise<void> {
    await this.pool.query(
      // CASE keeps the JSON cast away from rows of other apps sharing the table.
      `DELETE FROM public.keyv WHERE key LIKE $1 ESCAPE '\\' AND (CASE
         WHEN key LIKE $1 ESCAPE '\\' AND value LIKE '{%"expires":%' THEN (value::jsonb ->> 'expires')::float8
       END) < $2`,
      [likePrefix(valuePrefix), now],
    );
  }

  async clearPrefix(valuePrefix: string, indexPrefix: string): Promise<void> {
    await this.pool.query("DELETE FROM public.keyv WHERE key LIKE $1 ESCAPE '\\'", [likePrefix(valuePrefix)]);
    await this.pool.query("DELETE FROM newsbrief_index WHERE name LIKE $1 ESCAPE '\\'", [
      likePrefix(indexPrefix),
    ]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function createSchema(pool: PgPool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK_ID]);
    for (const statement of SCHEMA) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * @keyv/postgres keeps one module-wide pool per URL and ends it on any disconnect, which would
 * break a second store in the same process; so keyv's adapter is handed this store's own pool.
 */
function adapterOnPool(pool: PgPool): KeyvPostgres {
  class PoolBoundKeyvPostgres extends KeyvPostgres {
    override async connect() {
      return async (sql: string, values?: unknown[]) => (await pool.query(sql, values)).rows;
    }
    override async disconnect(): Promise<void> {}
  }
  return new PoolBoundKeyvPostgres({ dialect: 'postgres' });
}

export async function openPostgresStore(
  url: string,
  namespace: string,
  label: string,
): Promise<KeyvBackedStore> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  pool.on('error', () => {}); // idle-client errors; queries still reject on their own
  try {
    await createSchema(pool);
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StorageError(`Could not connect to PostgreSQL at ${label}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const keyv = new Keyv({
    store: adapterOnPool(pool),
    namespace: undefined,
    useKeyPrefix: false,
    throwOnErrors: true,
  });
  keyv.on('error', () => {});
  const store = new KeyvBackedStore(keyv, new PostgresAtomicOps(pool), namespace, 'postgres');
  await store.purgeExpired().catch(async (error: unknown) => {
    await store.close().catch(() => {});
    throw error;
  });
  return store;
}
