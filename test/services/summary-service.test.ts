import { describe, expect, it } from 'vitest';
import { memoryCoordination } from '../../src/services/coordination/memory.ts';
import { createMetrics } from '../../src/services/metrics.ts';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import type { AppContext, Summarizer } from '../../src/context.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { createFeedStore } from '../../src/services/feeds/feed-store.ts';
import { UserFacingError } from '../../src/services/errors.ts';
import type { Fetcher, FetchResult } from '../../src/services/fetch/types.ts';
import { MemoryKeyValueStore } from '../../src/services/store/memory.ts';
import { inProcessSummaryJobs } from '../../src/services/summary-jobs/run-job.ts';
import type { StoryStore } from '../../src/services/store/types.ts';
import { summarizeContentForGuild, summarizeUrlForGuild } from '../../src/services/summary-service.ts';
import type { Story } from '../../src/services/types.ts';

/** A list-backed StoryStore: enough for the cache rules, independent of the real store's indexing. */
function listStoryStore(): StoryStore & { all: Story[] } {
  const all: Story[] = [];
  return {
    all,
    async save(story) {
      all.push(story);
    },
    async get(guildId, id) {
      return all.find((s) => s.guildId === guildId && s.id === id);
    },
    async findByUrl(guildId, url, since) {
      return all
        .filter((s) => s.guildId === guildId && s.url === url && new Date(s.createdAt) >= since)
        .at(-1);
    },
    async recent() {
      return { stories: [...all].reverse(), total: all.length };
    },
    async search() {
      return { hits: [], total: 0 };
    },
    async warmSearch() {},
  };
}

const summarizer: Summarizer = {
  summarize: (article) => ({
    headline: article.headline,
    bullets: article.paragraphs.slice(0, 3),
    quotes: [],
  }),
};

function setup(pages: Record<string, { url?: string; body: string }>) {
  const calls: string[] = [];
  const fetcher: Fetcher = {
    async fetch(url) {
      calls.push(url);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const page = pages[url];
      if (!page) throw new UserFacingError('http_status', 'That page answered 404 Not Found.');
      const result: FetchResult = {
        url: page.url ?? url,
        status: 200,
        notModified: false,
        contentType: 'text/plain',
        body: page.body,
        etag: null,
        lastModified: null,
      };
      return result;
    },
  };
  const loaded = loadConfig({ SUMMARY_CACHE_HOURS: '24' });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  const clock = fixedClock(new Date('2025-03-12T09:00:00Z'));
  const stories = listStoryStore();
  const kv = new MemoryKeyValueStore(() => clock.now().getTime());
  const ctx: AppContext = {
    config: loaded.config,
    store: { kv, stories, feeds: createFeedStore(kv), digests: createDigestStore(kv) },
    fetcher,
    summaries: inProcessSummaryJobs(summarizer),
    logger: pino({ level: 'silent' }),
    clock,
    coordination: memoryCoordination({ summaryLimit: 5 }),
    metrics: createMetrics(),
  };
  return { ctx, calls, stories, clock };
}

const ARTICLE =
  'Harbour reopens after repairs\n\nThe harbour reopened on Tuesday after months of work.\n\nFerries resume on Friday.';
const who = { guildId: 'g1', channelId: 'c1', userId: 'u1' };

describe('summarizeUrlForGuild', () => {
  it('stores the summary as a story of the member and answers the same URL again from the store', async () => {
    const { ctx, calls, stories } = setup({ 'https://news.example/a': { body: ARTICLE } });
    const first = await summarizeUrlForGuild(ctx, { ...who, url: 'https://news.example/a' });
    expect(first).toMatchObject({
      guildId: 'g1',
      channelId: 'c1',
      url: 'https://news.example/a',
      source: { kind: 'member', userId: 'u1' },
    });
    expect(first.body).toContain('Ferries resume on Friday.');
    const again = await summarizeUrlForGuild(ctx, {
      ...who,
      userId: 'u2',
      url: 'https://news.example/a#comments',
    });
    expect(again.id).toBe(first.id);
    expect(calls).toEqual(['https://news.example/a']);
    expect(stories.all).toHaveLength(1);
  });

  it('fetches again once the cache window has passed, and keeps servers apart', async () => {
    const { ctx, calls, clock } = setup({ 'https://news.example/a': { body: ARTICLE } });
    const first = await summarizeUrlForGuild(ctx, { ...who, url: 'https://news.example/a' });
    // Another server asking within the minute reads the same fetch, into a story of its own.
    clock.advance(30_000);
    const other = await summarizeUrlForGuild(ctx, { ...who, guildId: 'g2', url: 'https://news.example/a' });
    expect(calls).toHaveLength(1);
    expect(other.id).not.toBe(first.id);
    expect(other.guildId).toBe('g2');
    // A third server a few minutes later: the shared read is over, so the page is fetched again.
    clock.advance(5 * 60_000);
    await summarizeUrlForGuild(ctx, { ...who, guildId: 'g3', url: 'https://news.example/a' });
    expect(calls).toHaveLength(2);
    clock.advance(25 * 3_600_000);
    await summarizeUrlForGuild(ctx, { ...who, url: 'https://news.example/a' });
    expect(calls).toHaveLength(3);
  });

  it('answers a redirected link from the story of the URL it redirected to', async () => {
    const { ctx, calls } = setup({
      'https://news.example/a': { body: ARTICLE },
      'https://short.example/x': { url: 'https://news.example/a', body: ARTICLE },
    });
    const first = await summarizeUrlForGuild(ctx, { ...who, url: 'https://news.example/a' });
    const viaShortLink = await summarizeUrlForGuild(ctx, { ...who, url: 'https://short.example/x' });
    expect(viaShortLink.id).toBe(first.id);
    const againShort = await summarizeUrlForGuild(ctx, { ...who, url: 'https://short.example/x' });
    expect(againShort.id).toBe(first.id);
    expect(calls).toEqual(['https://news.example/a', 'https://short.example/x']);
  });

  it('shares one fetch between concurrent requests for the same URL', async () => {
    const { ctx, calls, stories } = setup({ 'https://news.example/a': { body: ARTICLE } });
    const results = await Promise.all(
      ['u1', 'u2', 'u3'].map((userId) =>
        summarizeUrlForGuild(ctx, { ...who, userId, url: 'https://news.example/a' }),
      ),
    );
    expect(new Set(results.map((s) => s.id)).size).toBe(1);
    expect(calls).toHaveLength(1);
    expect(stories.all).toHaveLength(1);
  });

  it('refuses links that are not http(s) and passes fetch refusals through', async () => {
    const { ctx } = setup({});
    await expect(summarizeUrlForGuild(ctx, { ...who, url: 'ftp://x.example/a' })).rejects.toMatchObject({
      code: 'bad_url',
    });
    await expect(summarizeUrlForGuild(ctx, { ...who, url: 'not a link' })).rejects.toMatchObject({
      code: 'bad_url',
    });
    await expect(
      summarizeUrlForGuild(ctx, { ...who, url: 'https://news.example/missing' }),
    ).rejects.toMatchObject({
      code: 'http_status',
    });
  });
});

describe('summarizeContentForGuild', () => {
  it('stores pasted text as a story without a URL', async () => {
    const { ctx, stories } = setup({});
    const story = await summarizeContentForGuild(ctx, { ...who, content: ARTICLE, format: 'text' });
    expect(story.url).toBeNull();
    expect(stories.all).toEqual([story]);
  });
});
