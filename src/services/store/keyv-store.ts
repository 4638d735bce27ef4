import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import type { IndexEntry, IndexRangeOptions, KeyValueStore } from './types.ts';

/** A KeyValueStore that can also wipe its own namespace (tests, resets). */
export interface NamespacedKeyValueStore extends KeyValueStore {
  readonly namespace: string;
  /** Deletes every value and index of this namespace, and nothing else. */
  clear(): Promise<void>;
}

/** A range query with every default filled in; bounds are inclusive. */
export interface IndexQuery {
  order: 'asc' | 'desc';
  offset: number;
  /** Infinity for "no limit". */
  limit: number;
  minScore: number;
  maxScore: number;
}

/**
 * The operations keyv cannot do atomically, implemented per backend with its own commands.
 * Keys and index names arrive already namespaced.
 */
export interface AtomicOps {
  /** Writes `serialized` (keyv's own format) under `key` unless a live value is there. */
  setIfAbsent(key: string, serialized: string, ttlMs: number | undefined, now: number): Promise<boolean>;
  indexAdd(index: string, member: string, score: number): Promise<void>;
  indexRemove(index: string, member: string): Promise<boolean>;
  indexRange(index: string, query: IndexQuery): Promise<IndexEntry[]>;
  indexCount(index: string, minScore: number, maxScore: number): Promise<number>;
  /**
   * Deletes values under `valuePrefix` whose keyv expiry is before `now`. SQL backends only keep
   * expired rows until read; Redis expires keys itself and needs no purge.
   */
  purgeExpired?(valuePrefix: string, now: number): Promise<void>;
  /** Deletes every value key starting with `valuePrefix` and every index starting with `indexPrefix`. */
  clearPrefix(valuePrefix: string, indexPrefix: string): Promise<void>;
  close(): Promise<void>;
}

/** Raised for any backend failure; the backend's own error is the cause. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
}

const GET_MANY_BATCH = 200;
/** Writes with a TTL between two purges of expired rows (SQL backends). */
const PURGE_EVERY_TTL_WRITES = 1_000;
/** keyv's SQL tables key on VARCHAR(255); longer keys keep a readable head plus a digest of the whole. */
const MAX_KEY_LENGTH = 200;
const NAMESPACE_PATTERN = /^[A-Za-z0-9_.-]{1,64}$/;

export function checkNamespace(namespace: string): string {
  if (!NAMESPACE_PATTERN.test(namespace)) {
    throw new StorageError(`Invalid store namespace "${namespace}": use letters, digits, "_", "." or "-".`);
  }
  return namespace;
}

export function normaliseRange(options: IndexRangeOptions = {}): IndexQuery {
  return {
    order: options.order ?? 'desc',
    offset: Math.max(0, Math.floor(options.offset ?? 0)),
    limit: options.limit === undefined ? Infinity : Math.max(0, Math.floor(options.limit)),
    minScore: options.minScore ?? -Infinity,
    maxScore: options.maxScore ?? Infinity,
  };
}

/**
 * Plain values go through keyv (its serialisation and expiry check); everything that must be
 * atomic goes through the backend's AtomicOps. Values live under "<ns>:kv:<key>", indexes under
 * "<ns>:ix:<index>", so two apps or test runs can share one database.
 */
export class KeyvBackedStore implements NamespacedKeyValueStore {
  private readonly valuePrefix: string;
  private readonly indexPrefix: string;
  private closed = false;
  private ttlWritesSincePurge = 0;

  constructor(
    private readonly keyv: Keyv,
    private readonly atomic: AtomicOps,
    readonly namespace: string,
    private readonly backend: string,
  ) {
    this.valuePrefix = `${namespace}:kv:`;
    this.indexPrefix = `${namespace}:ix:`;
  }

  private valueKey(key: string): string {
    const full = this.valuePrefix + key;
    if (full.length <= MAX_KEY_LENGTH) return full;
    return `${full.slice(0, MAX_KEY_LENGTH - 45)}#${createHash('sha256').update(key).digest('base64url')}`;
  }

  private async run<T>(operation: string, work: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StorageError(`The ${this.backend} store is closed (${operation}).`);
    try {
      return await work();
    } catch (error) {
      if (error instanceof StorageError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new StorageError(`${this.backend} store: ${operation} failed: ${detail}`, { cause: error });
    }
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.run('get', async () => (await this.keyv.get<T>(this.valueKey(key))) ?? undefined);
  }

  getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    if (keys.length === 0) return Promise.resolve([]);
    return this.run('getMany', async () => {
      // Bounded batches: some adapters match rows to keys in quadratic time.
      const values: (T | undefined)[] = [];
      for (let from = 0; from < keys.length; from += GET_MANY_BATCH) {
        const batch = keys.slice(from, from + GET_MANY_BATCH).map((key) => this.valueKey(key));
        for (const value of await this.keyv.getMany<T>(batch)) values.push(value ?? undefined);
      }
      return values;
    });
  }

  /** Purges expired rows now (also done on open and every PURGE_EVERY_TTL_WRITES writes with a TTL). */
  purgeExpired(): Promise<void> {
    this.ttlWritesSincePurge = 0;
    return this.run('purgeExpired', async () => this.atomic.purgeExpired?.(this.valuePrefix, Date.now()));
  }

  private async countTtlWrite(ttlMs: number | undefined): Promise<void> {
    if (!ttlMs || ttlMs <= 0 || !this.atomic.purgeExpired) return;
    if (++this.ttlWritesSincePurge >= PURGE_EVERY_TTL_WRITES) await this.purgeExpired();
  }

  set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    return this.run('set', async () => {
      await this.countTtlWrite(ttlMs);
      await this.keyv.set(this.valueKey(key), value, ttlMs && ttlMs > 0 ? ttlMs : undefined);
    });
  }

  setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    return this.run('setIfAbsent', async () => {
      await this.countTtlWrite(ttlMs);
      const now = Date.now();
      const ttl = ttlMs && ttlMs > 0 ? ttlMs : undefined;
      const serialized = await this.keyv.serializeData({
        value,
        expires: ttl === undefined ? undefined : now + ttl,
      });
      if (typeof serialized !== 'string') throw new StorageError('keyv returned a non-string serialisation');
      return this.atomic.setIfAbsent(this.valueKey(key), serialized, ttl, now);
    });
  }

  delete(key: string): Promise<boolean> {
    return this.run('delete', async () => {
      // Adapters report deletion differently; a prior read makes "was it there" backend-independent.
      const had = (await this.keyv.get(this.valueKey(key))) !== undefined;
      await this.keyv.delete(this.valueKey(key));
      return had;
    });
  }

  indexAdd(index: string, member: string, score: number): Promise<void> {
    if (!Number.isFinite(score))
      return Promise.reject(new StorageError(`Index score must be finite (got ${score}).`));
    return this.run('indexAdd', () => this.atomic.indexAdd(this.indexPrefix + index, member, score));
  }

  indexRemove(index: string, member: string): Promise<boolean> {
    return this.run('indexRemove', () => this.atomic.indexRemove(this.indexPrefix + index, member));
  }

  indexRange(index: string, options?: IndexRangeOptions): Promise<IndexEntry[]> {
    const query = normaliseRange(options);
    if (query.limit === 0 || query.minScore > query.maxScore) return this.run('indexRange', async () => []);
    return this.run('indexRange', () => this.atomic.indexRange(this.indexPrefix + index, query));
  }

  indexCount(index: string, options: { minScore?: number; maxScore?: number } = {}): Promise<number> {
    const { minScore = -Infinity, maxScore = Infinity } = options;
    return this.run('indexCount', () => this.atomic.indexCount(this.indexPrefix + index, minScore, maxScore));
  }

  clear(): Promise<void> {
    return this.run('clear', () => this.atomic.clearPrefix(this.valuePrefix, this.indexPrefix));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.atomic.close();
  }
}
