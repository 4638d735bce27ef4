import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Job } from 'bullmq';
import { digestJobId, itemsJobId, pollJobId, type QueueName } from '../../../src/jobs/queues/job-ids.ts';
import { startQueueJobs, type RunningQueues } from '../../../src/jobs/queues/job-queues.ts';
import { enqueueDueDigests } from '../../../src/jobs/queues/processors.ts';
import { fixedClock } from '../../../src/services/clock.ts';
import { addFeed } from '../../../src/services/feeds/add-feed.ts';
import { rssFeed, startFeedServer, type FeedServer, type RssItemInput } from '../../support/feed-server.ts';
import { addDigest, addStories } from '../digest-helpers.ts';
import { RecordingPoster, testContext } from '../test-context.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../../support/private-redis.ts';

const REDIS_URL = process.env.REDIS_URL;
const noPage = { loadArticle: async () => Promise.reject(new Error('page unavailable in tests')) };

describe('job ids', () => {
  it('are the same for the same work and hold no colon', () => {
    expect(digestJobId('d1', '2026-05-01T08:00')).toBe(digestJobId('d1', '2026-05-01T08:00'));
    expect(digestJobId('d1', '2026-05-01T08:00')).not.toContain(':');
    expect(digestJobId('d1', '2026-05-01T08:00')).not.toBe(digestJobId('d1', '2026-05-02T08:00'));
    expect(itemsJobId('f1', ['s1', 's2'])).toBe(itemsJobId('f1', ['s1', 's2']));
    expect(itemsJobId('f1', ['s1'])).not.toBe(itemsJobId('f1', ['s2']));
    expect(pollJobId('f1', '2026-05-01T10:00:00.000Z')).toBe(`poll_f1_${Date.parse('2026-05-01T10:00:00Z')}`);
  });
});

describe.skipIf(!REDIS_URL)('feed, instant and digest jobs on BullMQ', () => {
  let server: FeedServer;
  const running: RunningQueues[] = [];
  beforeAll(async () => {
    server = await startFeedServer();
  });
  afterEach(async () => {
    for (const queues of running.splice(0)) {
      await Promise.all(Object.values(queues.queues).map((queue) => queue.obliterate({ force: true })));
      await queues.stop();
    }
  });
  afterAll(() => server.close());

  type Failure = { queue: QueueName; job: Job | undefined; error: Error; final: boolean };

  /** Two "processes" on one queue prefix: each its own connection and workers, one shared store. */
  async function twoProcesses(
    ctx: ReturnType<typeof testContext>,
    poster: RecordingPoster,
    failures: Failure[] = [],
  ) {
    const prefix = `newsbrief-test-${randomUUID()}`;
    const start = () =>
      startQueueJobs(ctx, poster, {
        redisUrl: REDIS_URL ?? '',
        workers: 3,
        prefix,
        tickEveryMs: 200,
        attempts: 3,
        backoffMs: 20,
        pollOptions: noPage,
        onFailed: (queue, job, error, final) => failures.push({ queue, job, error, final }),
      });
    const pair = [await start(), await start()];
    running.push(...pair);
    return pair;
  }

  it('posts each due digest once, with two processes taking jobs', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    const channels = Array.from({ length: 6 }, (_, i) => `chan-${i}`);
    for (const [i, channelId] of channels.entries()) {
      await addStories(ctx, `guild-${i % 3}`, 2, clock.now());
      await addDigest(ctx, { guildId: `guild-${i % 3}`, channelId }, clock.now());
    }
    clock.set(new Date('2026-05-01T12:00:30Z'));
    const poster = new RecordingPoster(false); // no nonce de-duplication: a repeat would show
    await twoProcesses(ctx, poster);
    await vi.waitFor(
      () => {
        for (const channelId of channels) expect(poster.messages(channelId), channelId).toHaveLength(1);
      },
      { timeout: 10_000, interval: 50 },
    );
    // More ticks pass: still once.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const channelId of channels) expect(poster.messages(channelId)).toHaveLength(1);
  });

  it('keeps one job per digest slot however often the tick enqueues it', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addDigest(ctx, { guildId: 'g1', channelId: 'c1' }, clock.now());
    clock.set(new Date('2026-05-01T12:00:10Z'));
    const prefix = `newsbrief-test-${randomUUID()}`;
    const producer = await startQueueJobs(ctx, new RecordingPoster(), {
      redisUrl: REDIS_URL ?? '',
      workers: 0,
      prefix,
      tickEveryMs: 3_600_000,
    });
    running.push(producer);
    await Promise.all([1, 2, 3].map(() => enqueueDueDigests(ctx, producer.queues, clock.now())));
    const deliveries = (await producer.queues.digests.getJobs(['waiting', 'delayed', 'prioritized'])).filter(
      (job) => job.name === 'deliver',
    );
    expect(deliveries).toHaveLength(1);
  });

  it('with the default one-minute tick, the next tick falls on a whole minute, when digests fall due', async () => {
    const ctx = testContext({ clock: fixedClock(new Date('2026-05-01T11:00:00Z')) });
    const producer = await startQueueJobs(ctx, new RecordingPoster(), {
      redisUrl: REDIS_URL ?? '',
      workers: 0,
      prefix: `newsbrief-test-${randomUUID()}`,
    });
    running.push(producer);
    for (const queue of [producer.queues.digests, producer.queues.feeds]) {
      const ticks = (await queue.getJobs(['delayed', 'waiting'])).filter((job) => job.name === 'tick');
      expect(ticks.length).toBeGreaterThan(0);
      for (const job of ticks) expect((job.timestamp + (job.opts.delay ?? 0)) % 60_000).toBe(0);
    }
  });

  it('a digest Discord keeps refusing is retried with backoff, then stays in the failed set with its error', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    await addStories(ctx, 'g1', 2, clock.now());
    await addDigest(ctx, { guildId: 'g1', channelId: 'c1' }, clock.now());
    clock.set(new Date('2026-05-01T12:00:30Z'));
    const poster = new RecordingPoster();
    poster.transientFailures = 1_000;
    const failures: Failure[] = [];
    const [a] = await twoProcesses(ctx, poster, failures);
    await vi.waitFor(() => expect(failures.some((f) => f.final)).toBe(true), {
      timeout: 10_000,
      interval: 50,
    });
    const tries = failures.filter((f) => f.job?.name === 'deliver');
    expect(tries.map((f) => f.job?.attemptsMade)).toEqual([1, 2, 3]);
    expect(tries.at(-1)?.error.message).toMatch(/503/);
    const failed = await a!.queues.digests.getFailed();
    expect(failed).toHaveLength(1);
    expect(failed[0]?.failedReason).toMatch(/503/);
    // Ticks keep coming; the poisoned slot is not tried again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(failures.filter((f) => f.job?.name === 'deliver')).toHaveLength(3);
    expect(poster.messages('c1')).toHaveLength(0);
  });

  it("polls a due feed once and posts an instant feed's new items once each, oldest first", async () => {
    const items = (count: number): RssItemInput[] =>
      Array.from({ length: count }, (_, i) => ({
        title: `Story ${count - i}`,
        link: `https://news.example/story-${count - i}`,
        guid: `story-${count - i}`,
        pubDate: new Date(Date.UTC(2026, 4, 1, 9, 0) - i * 3600_000).toUTCString(),
        description: `<p>Paragraph about story ${count - i}. It has details.</p>`,
      }));
    const path = `/feed-${randomUUID()}`;
    server.set(path, { body: rssFeed('Example News', items(2)), etag: '"v1"' });
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const ctx = testContext({ clock });
    const { feed } = await addFeed(
      { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
      {
        guildId: 'g1',
        channelId: 'news',
        url: server.url(path),
        mode: 'instant',
        intervalMinutes: 15,
        addedBy: 'u1',
      },
      clock.now(),
    );
    const poster = new RecordingPoster(false);
    await twoProcesses(ctx, poster);
    // The first poll only primes the feed (nothing posted); then three new items arrive.
    await vi.waitFor(async () => expect((await ctx.store.feeds.get(feed.id))?.primed).toBe(true), {
      timeout: 10_000,
      interval: 50,
    });
    const hitsPrimed = server.hits(path).total;
    server.set(path, { body: rssFeed('Example News', items(5)), etag: '"v2"' });
    clock.advance(16 * 60_000);
    await vi.waitFor(() => expect(poster.messages('news')).toHaveLength(3), {
      timeout: 10_000,
      interval: 50,
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(poster.messages('news')).toHaveLength(3);
    expect(poster.messages('news').map((m) => m.embeds[0]?.title ?? m.content)).toEqual([
      'Story 3',
      'Story 4',
      'Story 5',
    ]);
    // One poll for the due time, although two processes' ticks saw the feed due.
    expect(server.hits(path).total).toBe(hitsPrimed + 1);
  });
});

describe.skipIf(!hasRedisServer)('the job queues across a Redis restart', () => {
  it('keep working when Redis comes back empty: the ticks are restored and a due digest is posted', async () => {
    const redis = await startPrivateRedis();
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const ctx = testContext({ clock });
    const poster = new RecordingPoster();
    const queues = await startQueueJobs(ctx, poster, {
      redisUrl: redis.url,
      workers: 2,
      tickEveryMs: 200,
      pollOptions: noPage,
    });
    let restarted: PrivateRedis | null = null;
    try {
      await redis.stop();
      await new Promise((resolve) => setTimeout(resolve, 500));
      restarted = await startPrivateRedis(redis.port);
      await vi.waitFor(() => queues.ping(), { timeout: 10_000, interval: 100 });
      // Only now is a digest due: nothing but the restored tick can have queued it.
      await addStories(ctx, 'g1', 2, clock.now());
      await addDigest(ctx, { guildId: 'g1', channelId: 'after-restart' }, clock.now());
      clock.set(new Date('2026-05-01T12:00:30Z'));
      await vi.waitFor(() => expect(poster.messages('after-restart')).toHaveLength(1), {
        timeout: 15_000,
        interval: 100,
      });
    } finally {
      await queues.stop();
      await restarted?.stop();
    }
  }, 40_000);
});
