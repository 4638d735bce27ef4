import type { FeedStore } from './feed-store.ts';
import type { FeedRecord } from './types.ts';

/**
 * A new feed's first read (its newest items summarized into stories) runs in the background
 * right after /feed add answers. These helpers let a preview wait a little for it, and let every
 * answer say truthfully that it is still going.
 */

/** Not read yet and nothing stops it: no pause, no failed attempt (those are reported as problems). */
export const isFirstReadPending = (feed: FeedRecord) =>
  !feed.primed && !feed.paused && feed.lastError === null;

export interface FeedReading {
  feed: FeedRecord;
  /** Stories still to come from this first read, and how many it makes; null when not known yet. */
  remaining: number | null;
  total: number | null;
}

/** The first reads still running among `feeds`, with their progress. */
export async function pendingFirstReads(store: FeedStore, feeds: FeedRecord[]): Promise<FeedReading[]> {
  const pending = feeds.filter(isFirstReadPending);
  if (pending.length === 0) return [];
  const progress = await store.firstReads(pending.map((feed) => feed.id));
  return pending.map((feed, index) => {
    const entry = progress[index];
    return entry
      ? { feed, remaining: Math.max(0, entry.total - entry.done), total: entry.total }
      : { feed, remaining: null, total: null };
  });
}

export interface WaitOptions {
  /** Longest wait (a few seconds: someone is looking at "thinking…"). */
  budgetMs?: number;
  intervalMs?: number;
  /** Injected in tests; real time by default. */
  sleep?: (ms: number) => Promise<void>;
  monotonicNow?: () => number;
}

export const FIRST_READ_WAIT_MS = 4000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Waits until none of the feeds `load()` returns has a first read pending, or the budget runs
 * out. Reads the store each time, so a first read running in another process counts too.
 * Returns the feeds as last loaded.
 */
export async function waitForFirstReads(
  load: () => Promise<FeedRecord[]>,
  options: WaitOptions = {},
): Promise<FeedRecord[]> {
  const sleep = options.sleep ?? realSleep;
  const now = options.monotonicNow ?? (() => performance.now());
  const deadline = now() + (options.budgetMs ?? FIRST_READ_WAIT_MS);
  for (;;) {
    const feeds = await load();
    if (!feeds.some(isFirstReadPending) || now() >= deadline) return feeds;
    await sleep(Math.min(options.intervalMs ?? 100, Math.max(0, deadline - now())));
  }
}

/** The feeds a digest draws from: the ones it names, or all the server's when it names none. */
export function feedsOfDigest(feeds: FeedRecord[], feedIds: string[]): FeedRecord[] {
  return feedIds.length === 0 ? feeds : feeds.filter((feed) => feedIds.includes(feed.id));
}
