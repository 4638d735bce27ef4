import type { Story } from '../types.ts';

/** One entry of a sorted index: a member string ordered by a numeric score. */
export interface IndexEntry {
  member: string;
  score: number;
}

export interface IndexRangeOptions {
  /** 'desc' (default) gives the highest scores first, e.g. newest first when scores are times. */
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
  minScore?: number;
  maxScore?: number;
}

/**
 * The storage primitive every backend provides. Values are JSON-serialisable. Plain get/set/delete
 * go through keyv; the atomic operations (setIfAbsent, sorted indexes) use the backend's own
 * atomic commands (Redis SET NX / ZADD, PostgreSQL INSERT … ON CONFLICT, SQLite in one
 * transaction), so that two bot processes on one store never lose each other's writes.
 * Errors are never swallowed: every method rejects when the backend fails.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: string[]): Promise<(T | undefined)[]>;
  set<T>(key: string, value: T, ttlMs?: number): Promise<void>;
  /** Sets `key` only when it holds nothing (or has expired). True when this call set it. */
  setIfAbsent<T>(key: string, value: T, ttlMs?: number): Promise<boolean>;
  delete(key: string): Promise<boolean>;
  /** Adds `member` to the sorted index, or moves it to `score` when it is already there. */
  indexAdd(index: string, member: string, score: number): Promise<void>;
  indexRemove(index: string, member: string): Promise<boolean>;
  indexRange(index: string, options?: IndexRangeOptions): Promise<IndexEntry[]>;
  indexCount(index: string, options?: { minScore?: number; maxScore?: number }): Promise<number>;
  close(): Promise<void>;
}

export interface RecentStoriesQuery {
  offset?: number;
  limit?: number;
  /** Only stories whose site name or URL host matches (case-insensitive, "bbc" matches bbc.co.uk). */
  source?: string;
  /** Only stories created at or after this time. */
  since?: Date;
}

export interface StorySearchHit {
  story: Story;
  score: number;
  /** The bullet, quote or body sentence that best matches the query, for display under the hit. */
  snippet: string | null;
}

export interface StorySearchQuery {
  query: string;
  /** Only stories created within this many days of `now`. */
  days?: number;
  now: Date;
  offset?: number;
  limit?: number;
}

/** A server's stories. Implemented on a KeyValueStore; never scans other servers' keys. */
export interface StoryStore {
  /** Saves a story (new or updated) and indexes it for its server. */
  save(story: Story): Promise<void>;
  get(guildId: string, id: string): Promise<Story | undefined>;
  /** The newest story of this server for this URL created after `since`, if any. */
  findByUrl(guildId: string, url: string, since: Date): Promise<Story | undefined>;
  recent(guildId: string, query?: RecentStoriesQuery): Promise<{ stories: Story[]; total: number }>;
  search(guildId: string, query: StorySearchQuery): Promise<{ hits: StorySearchHit[]; total: number }>;
  /** Builds (or brings up to date) the server's search index ahead of its first search. */
  warmSearch(guildId: string): Promise<void>;
}
