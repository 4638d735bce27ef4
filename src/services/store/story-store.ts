import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Story } from '../types.ts';
import type {
  KeyValueStore,
  RecentStoriesQuery,
  StorySearchHit,
  StorySearchQuery,
  StoryStore,
} from './types.ts';
import { SearchIndex } from './search-index.ts';
import { pickSnippet } from './search-snippet.ts';

export interface StoryStoreOptions {
  /** Servers whose search index is kept in memory at once (least recently searched dropped first). */
  maxCachedGuilds?: number;
}

/** maxCachedGuilds unless set: warming more servers' indexes at start would only push out the first. */
export const DEFAULT_CACHED_GUILDS = 50;

const DEFAULT_PAGE = 10;
/** Stories read per round trip while building a server's search index. */
const LOAD_BATCH = 200;
/**
 * Longest synchronous indexing stretch before giving the event loop a turn: building a big server's
 * index takes seconds, and other members' interactions must be acknowledged within 3 s meanwhile.
 */
const INDEX_SLICE_MS = 12;
const SOURCE_SCAN_BATCH = 250;

/** Keys, all scoped by server so no operation ever touches another server's data. */
const storyKey = (guildId: string, id: string) => `story:${guildId}:${id}`;
const guildIndex = (guildId: string) => `stories:${guildId}`;
/** URLs can be long; the index name carries a digest of the URL instead. */
/** Every save stamps its story here, so other processes can tell which stories changed. */
const revisionIndex = (guildId: string) => `story-rev:${guildId}`;
/** Revisions this much older than the newest one seen are re-read too, for clocks that disagree. */
const REVISION_SKEW_MS = 60_000;
const urlIndex = (guildId: string, url: string) =>
  `story-url:${guildId}:${createHash('sha256').update(url).digest('base64url').slice(0, 32)}`;

function createdAtMs(story: Story): number {
  const ms = Date.parse(story.createdAt);
  if (Number.isNaN(ms)) throw new Error(`Story ${story.id} has an invalid createdAt: ${story.createdAt}`);
  return ms;
}

/** "bbc" matches a story from bbc.co.uk or one whose site name is "BBC News". */
function matchesSource(story: Story, needle: string): boolean {
  if (story.siteName?.toLowerCase().includes(needle)) return true;
  if (!story.url) return false;
  try {
    return new URL(story.url).hostname.toLowerCase().includes(needle);
  } catch {
    return false;
  }
}

interface GuildSearchCache {
  index: SearchIndex;
  /** Ids seen in the server's store index (also ones whose value is gone), to compare counts with. */
  knownIds: Set<string>;
  /** The newest save stamp this cache has caught up with. */
  seenRevision: number;
}

/** Stories on a KeyValueStore: one value per story, a per-server time index and per-URL indexes. */
class KeyValueStoryStore implements StoryStore {
  private readonly caches = new Map<string, Promise<GuildSearchCache>>();
  /** Per server, the freshness check (and build or refresh) running now: concurrent searches share it. */
  private readonly inFlight = new Map<string, Promise<GuildSearchCache>>();
  private readonly maxCachedGuilds: number;

  constructor(
    private readonly kv: KeyValueStore,
    options: StoryStoreOptions,
  ) {
    this.maxCachedGuilds = Math.max(1, options.maxCachedGuilds ?? DEFAULT_CACHED_GUILDS);
  }

  async save(story: Story): Promise<void> {
    const score = createdAtMs(story);
    const previous = await this.kv.get<Story>(storyKey(story.guildId, story.id));
    await this.kv.set(storyKey(story.guildId, story.id), story);
    // Index entries are single atomic adds, so concurrent savers never drop each other's stories.
    await this.kv.indexAdd(guildIndex(story.guildId), story.id, score);
    if (story.url) await this.kv.indexAdd(urlIndex(story.guildId, story.url), story.id, score);
    await this.kv.indexAdd(revisionIndex(story.guildId), story.id, Date.now());
    if (previous?.url && previous.url !== story.url) {
      await this.kv.indexRemove(urlIndex(story.guildId, previous.url), story.id);
    }
    // Not awaited: a save must not wait for a first search's index build; a failed build is
    // dropped from the cache and reported to that search.
    this.caches.get(story.guildId)?.then(
      (cache) => {
        cache.index.upsert(story);
        cache.knownIds.add(story.id);
      },
      () => {},
    );
  }

  get(guildId: string, id: string): Promise<Story | undefined> {
    return this.kv.get<Story>(storyKey(guildId, id));
  }

  async findByUrl(guildId: string, url: string, since: Date): Promise<Story | undefined> {
    const entries = await this.kv.indexRange(urlIndex(guildId, url), { minScore: since.getTime(), limit: 5 });
    const stories = await this.kv.getMany<Story>(entries.map((entry) => storyKey(guildId, entry.member)));
    return stories.find((story) => story !== undefined && story.url === url);
  }

  async recent(
    guildId: string,
    query: RecentStoriesQuery = {},
  ): Promise<{ stories: Story[]; total: number }> {
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_PAGE);
    const minScore = query.since?.getTime();
    const needle = query.source?.trim().toLowerCase();
    if (!needle) {
      const [total, entries] = await Promise.all([
        this.kv.indexCount(guildIndex(guildId), { minScore }),
        this.kv.indexRange(guildIndex(guildId), { minScore, offset, limit }),
      ]);
      return {
        stories: await this.load(
          guildId,
          entries.map((entry) => entry.member),
        ),
        total,
      };
    }
    // A source filter needs the stories themselves: walk the server's index newest first.
    const stories: Story[] = [];
    let total = 0;
    for (let from = 0; ; from += SOURCE_SCAN_BATCH) {
      const entries = await this.kv.indexRange(guildIndex(guildId), {
        minScore,
        offset: from,
        limit: SOURCE_SCAN_BATCH,
      });
      for (const story of await this.load(
        guildId,
        entries.map((entry) => entry.member),
      )) {
        if (!matchesSource(story, needle)) continue;
        if (total >= offset && stories.length < limit) stories.push(story);
        total += 1;
      }
      if (entries.length < SOURCE_SCAN_BATCH) break;
    }
    return { stories, total };
  }

  async search(guildId: string, query: StorySearchQuery): Promise<{ hits: StorySearchHit[]; total: number }> {
    const offset = Math.max(0, query.offset ?? 0);
    const limit = Math.max(0, query.limit ?? DEFAULT_PAGE);
    const cache = await this.searchCache(guildId);
    const { matches, total, expansion } = cache.index.search(query.query, {
      now: query.now.getTime(),
      days: query.days,
      take: offset + limit,
    });
    const page = matches.slice(offset, offset + limit);
    const stories = await this.kv.getMany<Story>(page.map((match) => storyKey(guildId, match.id)));
    const hits: StorySearchHit[] = [];
    page.forEach((match, i) => {
      const story = stories[i];
      if (story) hits.push({ story, score: match.score, snippet: pickSnippet(story, expansion) });
    });
    return { hits, total };
  }

  /** Cooperative (yields to the event loop while indexing) and shares a build already running. */
  async warmSearch(guildId: string): Promise<void> {
    await this.searchCache(guildId);
  }

  private async load(guildId: string, ids: string[]): Promise<Story[]> {
    const stories = await this.kv.getMany<Story>(ids.map((id) => storyKey(guildId, id)));
    return stories.filter((story): story is Story => story !== undefined);
  }

  /**
   * The server's in-memory search index: built on first use, then brought up to date when the
   * server's story count in the store differs from what this process has seen, or a newer save
   * stamp appears (another process added or updated stories).
   */
  private searchCache(guildId: string): Promise<GuildSearchCache> {
    const running = this.inFlight.get(guildId);
    if (running) return running;
    const check = this.freshCache(guildId).finally(() => {
      if (this.inFlight.get(guildId) === check) this.inFlight.delete(guildId);
    });
    this.inFlight.set(guildId, check);
    return check;
  }

  private async freshCache(guildId: string): Promise<GuildSearchCache> {
    let pending = this.caches.get(guildId);
    if (!pending) {
      const empty = { index: new SearchIndex(), knownIds: new Set<string>(), seenRevision: -Infinity };
      pending = this.refresh(guildId, empty, { firstBuild: true, countChanged: true });
    } else {
      const cache = await pending;
      const [count, newest] = await Promise.all([
        this.kv.indexCount(guildIndex(guildId)),
        this.kv.indexRange(revisionIndex(guildId), { limit: 1 }),
      ]);
      const countChanged = count !== cache.knownIds.size;
      if (!countChanged && (newest[0]?.score ?? -Infinity) <= cache.seenRevision) {
        this.remember(guildId, pending);
        return cache;
      }
      pending = this.refresh(guildId, cache, { firstBuild: false, countChanged });
    }
    this.remember(guildId, pending);
    pending.catch(() => this.caches.delete(guildId));
    return pending;
  }

  private async refresh(
    guildId: string,
    cache: GuildSearchCache,
    { firstBuild, countChanged }: { firstBuild: boolean; countChanged: boolean },
  ): Promise<GuildSearchCache> {
    // Stamps are read first: whatever is saved after this read is caught by a later search.
    const readStart = Date.now();
    const revised = await this.kv.indexRange(
      revisionIndex(guildId),
      firstBuild ? { limit: 1 } : { minScore: cache.seenRevision - REVISION_SKEW_MS },
    );
    const toLoad = new Set(firstBuild ? [] : revised.map((entry) => entry.member));
    if (countChanged) {
      const entries = await this.kv.indexRange(guildIndex(guildId), { order: 'asc' });
      const current = new Set(entries.map((entry) => entry.member));
      for (const id of cache.knownIds) {
        if (!current.has(id)) {
          cache.index.remove(id);
          cache.knownIds.delete(id);
        }
      }
      for (const id of current) if (!cache.knownIds.has(id)) toLoad.add(id);
    }
    const ids = [...toLoad];
    let sliceStart = performance.now();
    for (let from = 0; from < ids.length; from += LOAD_BATCH) {
      const batch = ids.slice(from, from + LOAD_BATCH);
      const stories = await this.kv.getMany<Story>(batch.map((id) => storyKey(guildId, id)));
      for (let i = 0; i < batch.length; i++) {
        const story = stories[i];
        if (story) cache.index.upsert(story);
        cache.knownIds.add(batch[i]!);
        // A store that answers from memory never gives the event loop a turn by itself.
        if (performance.now() - sliceStart > INDEX_SLICE_MS) {
          await yieldToEventLoop();
          sliceStart = performance.now();
        }
      }
      cache.index.prepareForSearch();
    }
    const newest = revised.reduce((max, entry) => Math.max(max, entry.score), cache.seenRevision);
    // A save stamped in the very millisecond of this read may not have been visible to it.
    cache.seenRevision = Math.min(newest, readStart - 1);
    return cache;
  }

  /** Marks a server as recently searched and drops the least recently searched beyond the limit. */
  private remember(guildId: string, cache: Promise<GuildSearchCache>): void {
    this.caches.delete(guildId);
    this.caches.set(guildId, cache);
    while (this.caches.size > this.maxCachedGuilds) {
      const oldest = this.caches.keys().next().value;
      if (oldest === undefined) break;
      this.caches.delete(oldest);
    }
  }
}

export function createStoryStore(kv: KeyValueStore, options: StoryStoreOptions = {}): StoryStore {
  return new KeyValueStoryStore(kv, options);
}
