import type { IndexEntry, IndexRangeOptions, KeyValueStore } from './types.ts';

interface Entry {
  json: string;
  expiresAt: number | null;
}

/** An in-process KeyValueStore for unit tests; values round-trip through JSON like real backends. */
export class MemoryKeyValueStore implements KeyValueStore {
  private readonly values = new Map<string, Entry>();
  private readonly indexes = new Map<string, Map<string, number>>();

  constructor(private readonly now: () => number = Date.now) {}

  private live(key: string): Entry | undefined {
    const entry = this.values.get(key);
    // Same boundary as keyv: a value is live up to and including its expiry millisecond.
    if (entry && entry.expiresAt !== null && entry.expiresAt < this.now()) {
      this.values.delete(key);
      return undefined;
    }
    return entry;
  }

  async get<T>(key: string): Promise<T | undefined> {
    const entry = this.live(key);
    return entry ? (JSON.parse(entry.json) as T) : undefined;
  }

  async getMany<T>(keys: string[]): Promise<(T | undefined)[]> {
    return Promise.all(keys.map((key) => this.get<T>(key)));
  }

  async set<T>(key: string, value: T, ttlMs?: number): Promise<void> {
    this.values.set(key, {
      json: JSON.stringify(value),
      expiresAt: ttlMs && ttlMs > 0 ? this.now() + ttlMs : null,
    });
  }

  async setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean> {
    if (this.live(key)) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<boolean> {
    const had = this.live(key) !== undefined;
    this.values.delete(key);
    return had;
  }

  async indexAdd(index: string, member: string, score: number): Promise<void> {
    let entries = this.indexes.get(index);
    if (!entries) this.indexes.set(index, (entries = new Map()));
    entries.set(member, score);
  }

  async indexRemove(index: string, member: string): Promise<boolean> {
    return this.indexes.get(index)?.delete(member) ?? false;
  }

  async indexRange(index: string, options: IndexRangeOptions = {}): Promise<IndexEntry[]> {
    const {
      order = 'desc',
      offset = 0,
      limit = Infinity,
      minScore = -Infinity,
      maxScore = Infinity,
    } = options;
    const entries = [...(this.indexes.get(index) ?? new Map<string, number>())]
      .filter(([, score]) => score >= minScore && score <= maxScore)
      .map(([member, score]) => ({ member, score }))
      // Ties order by member, and 'desc' is exactly 'asc' reversed, as in Redis and the SQL backends.
      .sort((a, b) => a.score - b.score || (a.member < b.member ? -1 : a.member > b.member ? 1 : 0));
    if (order === 'desc') entries.reverse();
    return entries.slice(offset, offset + limit);
  }

  async indexCount(index: string, options: { minScore?: number; maxScore?: number } = {}): Promise<number> {
    const { minScore = -Infinity, maxScore = Infinity } = options;
    let count = 0;
    for (const score of this.indexes.get(index)?.values() ?? [])
      if (score >= minScore && score <= maxScore) count++;
    return count;
  }

  /** Forgets every value and index. */
  protected reset(): void {
    this.values.clear();
    this.indexes.clear();
  }

  async close(): Promise<void> {}
}
