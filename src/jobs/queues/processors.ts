import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { AppContext } from '../../context.ts';
import type { ChannelPoster } from '../../discord/channel-poster.ts';
import { latestSlotAtOrBefore } from '../../services/digest/schedule.ts';
import type { FeedRecord } from '../../services/feeds/types.ts';
import type { Story } from '../../services/types.ts';
import { postInstantItems } from '../instant-posts.ts';
import { pollDeps, pollOneFeed, type PollFeedsOptions } from '../poll-feeds.ts';
import { DIGEST_DEFAULTS, handleDigest } from '../post-digests.ts';
import {
  digestJobId,
  itemsJobId,
  pollJobId,
  type DigestJobData,
  type ItemsJobData,
  type PollJobData,
  type QueueName,
} from './job-ids.ts';

/**
 * What each queued job does. Every processor is a thin shell over the same plain job functions
 * the one-process scheduler calls (they take `now`), so both modes share one code path.
 */

export type Queues = Record<QueueName, Queue>;

function field(job: Job, name: string): string {
  const value = (job.data as Record<string, unknown> | undefined)?.[name];
  // A job without its data can never succeed: fail it now instead of retrying.
  if (typeof value !== 'string' || value === '')
    throw new UnrecoverableError(`job ${job.name} lacks ${name}`);
  return value;
}

/** The minute tick: one poll job per due feed. */
export async function enqueueDueFeeds(ctx: AppContext, queues: Queues, now: Date): Promise<number> {
  const ids = await ctx.store.feeds.dueIds(now);
  const feeds = (await ctx.store.feeds.getMany(ids)).filter((feed): feed is FeedRecord => feed !== undefined);
  await queues.feeds.addBulk(
    feeds.map((feed) => ({
      name: 'poll',
      data: { feedId: feed.id } satisfies PollJobData,
      opts: { jobId: pollJobId(feed.id, feed.nextPollAt) },
    })),
  );
  return feeds.length;
}

/** The minute tick: one delivery job per due digest, named by its slot. */
export async function enqueueDueDigests(ctx: AppContext, queues: Queues, now: Date): Promise<number> {
  const ids = await ctx.store.digests.dueIds(now);
  const digests = (await ctx.store.digests.getMany(ids)).filter((digest) => digest?.enabled);
  const jobs = digests.flatMap((digest) =>
    digest
      ? [
          {
            name: 'deliver',
            data: { digestId: digest.id } satisfies DigestJobData,
            opts: {
              jobId: digestJobId(digest.id, latestSlotAtOrBefore(digest, now)?.key ?? digest.nextDueAt),
            },
          },
        ]
      : [],
  );
  await queues.digests.addBulk(jobs);
  return jobs.length;
}

/** Queues an instant feed's new stories, oldest first, as one job. */
async function enqueueItems(queues: Queues, feed: FeedRecord, stories: Story[]): Promise<void> {
  if (stories.length === 0) return;
  const storyIds = stories.map((story) => story.id);
  const data: ItemsJobData = { feedId: feed.id, guildId: feed.guildId, storyIds };
  await queues.instant.add('items', data, { jobId: itemsJobId(feed.id, storyIds) });
}

export function feedsProcessor(
  ctx: AppContext,
  poster: ChannelPoster,
  queues: Queues,
  pollOptions: PollFeedsOptions = {},
) {
  const deps = pollDeps(ctx, pollOptions);
  return async (job: Job): Promise<unknown> => {
    const now = ctx.clock.now();
    if (job.name === 'tick') return { enqueued: await enqueueDueFeeds(ctx, queues, now) };
    const feed = await ctx.store.feeds.get(field(job, 'feedId'));
    if (!feed) return { outcome: 'removed' };
    const outcome = await pollOneFeed(ctx, deps, feed, now, poster, (due, stories) =>
      enqueueItems(queues, due, stories),
    );
    return { outcome: outcome.kind };
  };
}

export function instantProcessor(ctx: AppContext, poster: ChannelPoster) {
  return async (job: Job): Promise<unknown> => {
    const storyIds = (job.data as Partial<ItemsJobData>).storyIds;
    if (!Array.isArray(storyIds) || !storyIds.every((id) => typeof id === 'string'))
      throw new UnrecoverableError('job items lacks storyIds');
    const items = { feedId: field(job, 'feedId'), guildId: field(job, 'guildId'), storyIds };
    return postInstantItems(ctx, poster, items);
  };
}

/**
 * A queued slot's lease. BullMQ already gives a job to one worker at a time, so the lease only
 * guards against a second job for the same slot; it must run out while the job's retries still
 * come (5 attempts over about 75 s), or a worker killed mid-delivery leaves its slot unposted.
 * A re-post after it runs out carries the same message nonce, which Discord dedupes.
 */
const QUEUED_DIGEST_LEASE_MS = 45_000;

export function digestsProcessor(ctx: AppContext, poster: ChannelPoster, queues: Queues) {
  return async (job: Job): Promise<unknown> => {
    const now = ctx.clock.now();
    if (job.name === 'tick') return { enqueued: await enqueueDueDigests(ctx, queues, now) };
    const digest = await ctx.store.digests.get(field(job, 'digestId'));
    if (!digest || !digest.enabled) return { result: 'disabled' };
    const result = await handleDigest(ctx, poster, digest, now, {
      ...DIGEST_DEFAULTS,
      leaseMs: QUEUED_DIGEST_LEASE_MS,
      rethrowTransient: true,
    });
    // Another process holds this slot's lease: try again after it has finished (or its lease ran out).
    if (result === 'busy') throw new Error(`digest ${digest.id}: another process is delivering this slot`);
    return { result };
  };
}
