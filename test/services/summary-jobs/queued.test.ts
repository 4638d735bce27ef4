import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { createSummarizer } from '../../../src/services/summarize/index.ts';
import { createQueuedSummaryJobs, serveSummaryQueue } from '../../../src/services/summary-jobs/queued.ts';
import { inProcessSummaryJobs } from '../../../src/services/summary-jobs/run-job.ts';
import { summaryJobsVia } from '../../../src/services/summary-jobs/via.ts';
import type { SummaryJobs } from '../../../src/services/summary-jobs/types.ts';
import { hasRedisServer, startPrivateRedis, type PrivateRedis } from '../../support/private-redis.ts';

const logger = pino({ level: 'silent' });
const PASTED = {
  content:
    'Ferries return to the harbour\n\n“We are back in business,” said Mayor Ana Ruiz on Tuesday. Ferries resume on Friday, officials said.',
  format: 'text' as const,
  pageUrl: null,
};

describe.skipIf(!hasRedisServer)('summary jobs through the Redis queue', () => {
  let redis: PrivateRedis;
  let queued: SummaryJobs;
  const servers: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    queued = createQueuedSummaryJobs({ redisUrl: redis.url, waitMs: 2_000, logger });
    await queued.ready();
  }, 30_000);

  afterAll(async () => {
    for (const server of servers) await server.close();
    await queued?.close();
    await redis?.stop();
  }, 30_000);

  it('answers "busy" when no process takes the job in time', async () => {
    await expect(queued.read(PASTED)).rejects.toMatchObject({ code: 'busy' });
  });

  it('gives the sender what the taking process read and summarized', async () => {
    const local = inProcessSummaryJobs(createSummarizer());
    servers.push(serveSummaryQueue(local, { redisUrl: redis.url, concurrency: 2, logger }));
    const viaQueue = await queued.readAndSummarize(PASTED, { allQuotes: true, owner: 'member:ada' });
    const here = await local.readAndSummarize(PASTED, { allQuotes: true });
    expect(viaQueue).toEqual(here);
    expect(viaQueue.article.headline).toContain('Ferries');
  }, 30_000);

  it('passes a failure meant for the member on with its code and message; other failures stay generic', async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
    const refusing = summaryJobsVia(async (job) => {
      if (job.kind === 'parseFeed') throw new UserFacingError('not_a_feed', 'That link is not a feed.');
      throw new Error('disk on fire');
    });
    servers.push(serveSummaryQueue(refusing, { redisUrl: redis.url, concurrency: 1, logger }));
    const refused = await queued.parseFeed('<html></html>', null).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused).toMatchObject({ code: 'not_a_feed', message: 'That link is not a feed.' });
    const broken = await queued.read(PASTED).catch((error: unknown) => error);
    expect(broken).not.toBeInstanceOf(UserFacingError);
    expect(String(broken)).toContain('disk on fire');
  }, 30_000);
});
