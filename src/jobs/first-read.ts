import type { AppContext } from '../context.ts';
import { pollFeed, type PollOutcome } from '../services/feeds/poll.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import { createLimiter, type Limiter } from './bounded.ts';
import { pollDeps, type PollFeedsOptions } from './poll-feeds.ts';

/**
 * First reads running in this process, per context: at most FEED_POLL_CONCURRENCY at once, like
 * the feeds of one poll cycle, however many feeds admins add at the same moment.
 */
const limiters = new WeakMap<AppContext, Limiter>();

function limiterFor(ctx: AppContext): Limiter {
  let limiter = limiters.get(ctx);
  if (!limiter) {
    limiter = createLimiter(ctx.config.FEED_POLL_CONCURRENCY);
    limiters.set(ctx, limiter);
  }
  return limiter;
}

/**
 * Reads a feed just added, at once instead of at the next poll tick: exactly the poll job's first
 * poll (the newest few items become stories, the rest are marked seen, nothing is posted), under
 * the same claim, so whichever of the two starts first does it and the other skips it.
 */
export async function readNewFeed(
  ctx: AppContext,
  feed: FeedRecord,
  now: Date,
  options: PollFeedsOptions = {},
): Promise<PollOutcome> {
  return limiterFor(ctx)(async () => {
    // Re-read: the feed may have been paused or removed while this waited its turn.
    const current = await ctx.store.feeds.get(feed.id);
    if (!current || current.primed) return { kind: 'skipped' };
    return pollFeed(pollDeps(ctx, options), current, now);
  });
}
