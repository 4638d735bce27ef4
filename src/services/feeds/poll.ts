import type { Logger } from 'pino';
import type { Fetcher } from '../fetch/types.ts';
import type { StoryStore } from '../store/types.ts';
import type { Story } from '../types.ts';
import type { FeedStore } from './feed-store.ts';
import { itemFilter } from './filters.ts';
import { itemIdentity } from './identity.ts';
import { storyFromItem, type ArticleLoader, type SummaryWriter } from './item-story.ts';
import type { FeedParser } from './feed-parser.ts';
import type { FeedItem, FeedRecord } from './types.ts';

/** Stories kept from a new feed's existing items: enough to show it works, not a flood. */
export const FIRST_POLL_KEEP = 3;
/** New items summarized per poll; the rest of a burst is marked seen (a feed rewrote itself). */
const MAX_NEW_PER_POLL = 30;
const FAILURE_PAUSE_MS = 24 * 3600_000;
const MAX_BACKOFF_MS = 6 * 3600_000;
const POLL_CLAIM_MS = 10 * 60_000;

export interface PollDeps {
  fetcher: Fetcher;
  feeds: FeedStore;
  stories: StoryStore;
  /** Parses a fetched feed (on the worker pool in the bot). */
  parseFeed: FeedParser;
  loadArticle: ArticleLoader;
  /** The server's own summarizer choice (offline or the model). */
  writeSummary: SummaryWriter;
  logger?: Logger;
}

export type PollOutcome =
  | { kind: 'skipped' }
  | { kind: 'not_modified'; feed: FeedRecord }
  /** primed: this was the first read, which stored `firstReadStories` stories (and posts none). */
  | { kind: 'ok'; feed: FeedRecord; newStories: Story[]; primed: boolean; firstReadStories: number }
  | { kind: 'failed'; feed: FeedRecord; error: string }
  | { kind: 'paused'; feed: FeedRecord; error: string };

const newestFirst = (items: FeedItem[]) =>
  items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (Date.parse(b.item.publishedAt ?? '') || 0) - (Date.parse(a.item.publishedAt ?? '') || 0) ||
        a.index - b.index,
    )
    .map((entry) => entry.item);

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}

export function backoffMs(intervalMinutes: number, failures: number): number {
  return Math.min(intervalMinutes * 60_000 * 2 ** Math.max(0, failures - 1), MAX_BACKOFF_MS);
}

/** How many stories the first read of a feed with `passingCount` items that pass its filters makes. */
export const firstReadTotal = (passingCount: number) => Math.min(passingCount, FIRST_POLL_KEEP);

/**
 * First poll: everything already in the feed is old news; keep the newest few as stories (newest
 * first, recording progress for /digest preview to wait on) and mark the rest seen.
 */
async function prime(deps: PollDeps, feed: FeedRecord, items: FeedItem[], now: Date): Promise<number> {
  const passes = itemFilter(feed);
  const newest = newestFirst(items);
  // The newest few that pass the feed's filters; everything else is only marked seen.
  const keep = newest.filter(passes).slice(0, FIRST_POLL_KEEP);
  const progress = { total: keep.length, done: 0, items: items.length };
  await deps.feeds.setFirstRead(feed.id, progress);
  let stored = 0;
  for (const item of keep) {
    const identity = itemIdentity(item);
    if (await deps.feeds.claimItem(feed.id, identity)) {
      await deps.stories.save(await storyFromItem(item, identity.key, feed, deps, now));
      stored++;
    }
    progress.done++;
    await deps.feeds.setFirstRead(feed.id, progress);
  }
  for (const item of newest)
    if (!keep.includes(item)) await deps.feeds.claimItem(feed.id, itemIdentity(item));
  return stored;
}

/**
 * Items never seen before, oldest first so they reach the channel in publishing order. Items the
 * feed's filters leave out are marked seen and never become stories.
 */
async function ingestNew(deps: PollDeps, feed: FeedRecord, items: FeedItem[], now: Date): Promise<Story[]> {
  const passes = itemFilter(feed);
  const stories: Story[] = [];
  for (const item of [...items].reverse()) {
    const identity = itemIdentity(item);
    if (await deps.feeds.wasSeen(feed.id, identity)) {
      await deps.feeds.claimItem(feed.id, identity); // remember its new guid/link too
      continue;
    }
    if (!(await deps.feeds.claimItem(feed.id, identity))) continue; // another process has it
    if (stories.length >= MAX_NEW_PER_POLL || !passes(item)) continue;
    const story = await storyFromItem(item, identity.key, feed, deps, now);
    await deps.stories.save(story);
    stories.push(story);
  }
  return stories;
}

/**
 * Polls one feed: conditional fetch, parse, ingest new items as stories, then schedule the next
 * poll (exponential backoff on failure; paused after 24 h of failures).
 */
export async function pollFeed(deps: PollDeps, feed: FeedRecord, now: Date): Promise<PollOutcome> {
  if (feed.paused) return { kind: 'skipped' };
  if (!(await deps.feeds.claimOnce(`feedpoll:${feed.id}:${feed.nextPollAt}`, POLL_CLAIM_MS)))
    return { kind: 'skipped' };
  const nowIso = now.toISOString();
  try {
    const result = await deps.fetcher.fetch(feed.url, {
      kind: 'feed',
      etag: feed.primed ? feed.etag : null,
      lastModified: feed.primed ? feed.lastModified : null,
    });
    let newStories: Story[] = [];
    let firstReadStories = 0;
    const wasPrimed = feed.primed;
    if (!result.notModified) {
      const parsed = await deps.parseFeed(result.body, result.url);
      if (wasPrimed) newStories = await ingestNew(deps, feed, parsed.items, now);
      else firstReadStories = await prime(deps, feed, parsed.items, now);
    }
    const updated = await applyUpdate(deps, feed, (current) => ({
      ...current,
      primed: true,
      etag: result.notModified ? current.etag : result.etag,
      lastModified: result.notModified ? current.lastModified : result.lastModified,
      lastPolledAt: nowIso,
      lastSuccessAt: nowIso,
      lastError: null,
      failingSince: null,
      consecutiveFailures: 0,
      itemsIngested: current.itemsIngested + newStories.length,
      nextPollAt: new Date(now.getTime() + current.intervalMinutes * 60_000).toISOString(),
    }));
    if (result.notModified) return { kind: 'not_modified', feed: updated };
    return { kind: 'ok', feed: updated, newStories, primed: !wasPrimed, firstReadStories };
  } catch (error) {
    const message = errorText(error);
    deps.logger?.warn({ feedId: feed.id, url: feed.url, err: error }, 'feed poll failed');
    const updated = await applyUpdate(deps, feed, (current) => {
      const failingSince = current.failingSince ?? nowIso;
      const failures = current.consecutiveFailures + 1;
      const pause = now.getTime() - Date.parse(failingSince) >= FAILURE_PAUSE_MS;
      return {
        ...current,
        lastPolledAt: nowIso,
        lastError: message,
        failingSince,
        consecutiveFailures: failures,
        paused: current.paused || pause,
        pausedReason: pause ? `failing for 24 hours: ${message}` : current.pausedReason,
        nextPollAt: new Date(now.getTime() + backoffMs(current.intervalMinutes, failures)).toISOString(),
      };
    });
    return updated.paused
      ? { kind: 'paused', feed: updated, error: message }
      : { kind: 'failed', feed: updated, error: message };
  } finally {
    // The feed is primed (or has its error) by now: nobody should wait on its first read any more.
    if (!feed.primed) await deps.feeds.setFirstRead(feed.id, null);
  }
}

/** Re-reads the feed before writing, so a /feed pause or edit made during the poll is kept. */
async function applyUpdate(
  deps: PollDeps,
  feed: FeedRecord,
  change: (current: FeedRecord) => FeedRecord,
): Promise<FeedRecord> {
  const current = await deps.feeds.get(feed.id);
  if (!current) return change(feed); // removed during the poll: leave it removed
  const updated = change(current);
  await deps.feeds.save(updated);
  return updated;
}
