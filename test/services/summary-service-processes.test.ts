import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { redisCoordination } from '../../src/services/coordination/redis.ts';
import { UserFacingError } from '../../src/services/errors.ts';
import type { Fetcher } from '../../src/services/fetch/types.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import { summarizeUrlForGuild } from '../../src/services/summary-service.ts';
import { testContext } from '../jobs/test-context.ts';

const REDIS_URL = process.env.REDIS_URL;

/** Two contexts as two bot processes have them: each its own store connection and coordination, one Redis. */
describe.skipIf(!REDIS_URL)('summaries across processes sharing one Redis', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  const fetched: string[] = [];
  const fetcher: Fetcher = {
    async fetch(url) {
      fetched.push(url);
      await new Promise((resolve) => setTimeout(resolve, 150));
      if (url.endsWith('/gone'))
        throw new UserFacingError('http_status', 'That page answered 404 Not Found.');
      return {
        url,
        status: 200,
        notModified: false,
        contentType: 'text/plain',
        body: 'Harbour reopens after repairs\n\nThe harbour reopened on Tuesday after months of work.\n\nFerries resume on Friday.',
        etag: null,
        lastModified: null,
      };
    },
  };

  async function processContext(namespace: string, prefix: string): Promise<AppContext> {
    const kv = await openKeyValueStore(REDIS_URL, { namespace });
    const coordination = await redisCoordination(REDIS_URL ?? '', { summaryLimit: 5, prefix });
    closers.push(
      () => kv.close(),
      () => coordination.close(),
    );
    const ctx = testContext({ clock: fixedClock(new Date()), kv, fetcher });
    return { ...ctx, clock: { now: () => new Date() }, coordination };
  }

  it('two members on two processes asking for one URL at once cause one fetch and get one story', async () => {
    const id = randomUUID();
    const [a, b] = [
      await processContext(`sf${id.slice(0, 8)}`, `t:${id}:`),
      await processContext(`sf${id.slice(0, 8)}`, `t:${id}:`),
    ];
    const url = `https://news.example/${id}`;
    const [one, two] = await Promise.all([
      summarizeUrlForGuild(a, { guildId: 'g1', channelId: 'c1', userId: 'u1', url }),
      summarizeUrlForGuild(b, { guildId: 'g1', channelId: 'c2', userId: 'u2', url }),
    ]);
    expect(fetched.filter((u) => u === url)).toHaveLength(1);
    expect(two.id).toBe(one.id);
    expect(one.headline).toBe('Harbour reopens after repairs');
  });

  it('members of two servers asking for one URL at once cause one fetch, and each server gets its own story', async () => {
    const id = randomUUID();
    const namespace = `sh${id.slice(0, 8)}`;
    const [a, b] = [await processContext(namespace, `t:${id}:`), await processContext(namespace, `t:${id}:`)];
    const url = `https://news.example/${id}/shared`;
    const [one, two] = await Promise.all([
      summarizeUrlForGuild(a, { guildId: 'g1', channelId: 'c1', userId: 'u1', url }),
      summarizeUrlForGuild(b, { guildId: 'g2', channelId: 'c2', userId: 'u2', url }),
    ]);
    expect(fetched.filter((u) => u === url)).toHaveLength(1);
    expect([one.guildId, two.guildId]).toEqual(['g1', 'g2']);
    expect(two.id).not.toBe(one.id);
    expect(two.headline).toBe(one.headline);
  });

  it('a page that fails gives both members the same polite error, after one fetch', async () => {
    const id = randomUUID();
    const [a, b] = [
      await processContext(`sg${id.slice(0, 8)}`, `t:${id}:`),
      await processContext(`sg${id.slice(0, 8)}`, `t:${id}:`),
    ];
    const url = `https://news.example/${id}/gone`;
    const outcomes = await Promise.allSettled([
      summarizeUrlForGuild(a, { guildId: 'g1', channelId: 'c1', userId: 'u1', url }),
      summarizeUrlForGuild(b, { guildId: 'g1', channelId: 'c2', userId: 'u2', url }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    for (const o of outcomes) expect(o).toMatchObject({ reason: { code: 'http_status' } });
    expect(fetched.filter((u) => u === url)).toHaveLength(1);
  });
});
