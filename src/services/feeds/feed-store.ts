import type { KeyValueStore } from '../store/types.ts';
import type { ItemIdentity } from './identity.ts';
import type { FeedRecord, FirstReadProgress } from './types.ts';

/** Seen-item markers outlive any item a feed still lists, without growing forever. */
const SEEN_TTL_MS = 180 * 24 * 3600_000;

const feedKey = (id: string) => `feed:${id}`;
const guildIndex = (guildId: string) => `feeds:guild:${guildId}`;
const DUE_INDEX = 'feeds:due';
const seenKey = (feedId: string, key: string) => `feedseen:${feedId}:${key}`;
const firstReadKey = (feedId: string) => `feedfirstread:${feedId}`;
/** A first read left behind by a process that died is forgotten after this; the poll job redoes it. */
const FIRST_READ_TTL_MS = 10 * 60_000;

/** The servers' followed feeds and which of their items were already seen, on a KeyValueStore. */
export interface FeedStore {
  get(id: string): Promise<FeedRecord | undefined>;
  /** Saves the feed and keeps the server and due indexes in step (paused feeds are never due). */
  save(feed: FeedRecord): Promise<void>;
  remove(feed: FeedRecord): Promise<void>;
  listForGuild(guildId: string): Promise<FeedRecord[]>;
  countForGuild(guildId: string): Promise<number>;
  /** Ids of the feeds whose next poll is at or before `now`, earliest first. */
  dueIds(now: Date, limit?: number): Promise<string[]>;
  getMany(ids: string[]): Promise<(FeedRecord | undefined)[]>;
  /** True when the item (by its key or its link) was seen before. */
  wasSeen(feedId: string, identity: ItemIdentity): Promise<boolean>;
  /**
   * Marks the item seen. Returns true only for the one caller that saw it first, so two bot
   * processes polling the same store never both ingest (or post) one item.
   */
  claimItem(feedId: string, identity: ItemIdentity): Promise<boolean>;
  /** A one-off claim (a poll of one feed at one due time, a warning) shared by all processes. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  /** How far the first read of each feed has got (undefined: none recorded), shared by all processes. */
  firstReads(feedIds: string[]): Promise<(FirstReadProgress | undefined)[]>;
  /** Records (or, with null, clears) the progress of a feed's first read. */
  setFirstRead(feedId: string, progress: FirstReadProgress | null): Promise<void>;
}

export function createFeedStore(kv: KeyValueStore): FeedStore {
  return {
    get: (id) => kv.get<FeedRecord>(feedKey(id)),
    getMany: (ids) => kv.getMany<FeedRecord>(ids.map(feedKey)),
    async save(feed) {
      await kv.set(feedKey(feed.id), feed);
      await kv.indexAdd(guildIndex(feed.guildId), feed.id, Date.parse(feed.createdAt));
      if (feed.paused) await kv.indexRemove(DUE_INDEX, feed.id);
      else await kv.indexAdd(DUE_INDEX, feed.id, Date.parse(feed.nextPollAt));
    },
    async remove(feed) {
      await kv.indexRemove(DUE_INDEX, feed.id);
      await kv.indexRemove(guildIndex(feed.guildId), feed.id);
      await kv.delete(feedKey(feed.id));
    },
    async listForGuild(guildId) {
      const entries = await kv.indexRange(guildIndex(guildId), { order: 'asc' });
      const feeds = await kv.getMany<FeedRecord>(entries.map((entry) => feedKey(entry.member)));
      return feeds.filter((feed): feed is FeedRecord => feed !== undefined);
    },
    countForGuild: (guildId) => kv.indexCount(guildIndex(guildId)),
    async dueIds(now, limit) {
      const entries = await kv.indexRange(DUE_INDEX, { order: 'asc', maxScore: now.getTime(), limit });
      return entries.map((entry) => entry.member);
    },
    async wasSeen(feedId, identity) {
      const keys = [identity.key, identity.linkKey].filter((key): key is string => key !== null);
      const found = await kv.getMany(keys.map((key) => seenKey(feedId, key)));
      return found.some((value) => value !== undefined);
    },
    async claimItem(feedId, identity) {
      const won = await kv.setIfAbsent(seenKey(feedId, identity.key), 1, SEEN_TTL_MS);
      if (identity.linkKey && identity.linkKey !== identity.key)
        await kv.set(seenKey(feedId, identity.linkKey), 1, SEEN_TTL_MS);
      return won;
    },
    claimOnce: (key, ttlMs) => kv.setIfAbsent(`claim:${key}`, 1, ttlMs),
    firstReads: (feedIds) => kv.getMany<FirstReadProgress>(feedIds.map(firstReadKey)),
    async setFirstRead(feedId, progress) {
      if (progress) await kv.set(firstReadKey(feedId), progress, FIRST_READ_TTL_MS);
      else await kv.delete(firstReadKey(feedId));
    },
  };
}
