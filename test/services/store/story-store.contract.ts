import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/services/types.ts';
import type { KeyValueStore, StoryStore } from '../../../src/services/store/types.ts';
import { createStoryStore } from '../../../src/services/store/story-store.ts';
import type { StoreFactory } from './key-value-store.contract.ts';

const NOW = new Date('2026-03-10T12:00:00Z');
const DAY = 86_400_000;
const GUILD = '100000000000000001';
const OTHER_GUILD = '100000000000000002';

let sequence = 0;
export function makeStory(overrides: Partial<Story> = {}): Story {
  sequence += 1;
  return {
    id: `s${sequence}`,
    guildId: GUILD,
    url: `https://news.example.com/article-${sequence}`,
    headline: `Ordinary headline number ${sequence}`,
    bullets: ['Council approves the annual budget.', 'Roads will be repaired this summer.'],
    quotes: [],
    byline: null,
    siteName: 'Example News',
    publishedAt: null,
    imageUrl: null,
    lang: 'en',
    body: 'The council met on Tuesday. Members discussed roads and parks.',
    createdAt: new Date(NOW.getTime() - DAY).toISOString(),
    channelId: null,
    source: { kind: 'member', userId: '42' },
    ...overrides,
  };
}

const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();

/** StoryStore behaviour on top of any KeyValueStore backend. */
export function storyStoreContract(factory: StoreFactory): void {
  let kv: KeyValueStore;
  let stories: StoryStore;
  beforeAll(async () => {
    kv = await factory.open();
    stories = createStoryStore(kv);
  });
  afterAll(async () => {
    await factory.cleanup();
  });

  describe('stories', () => {
    it('saves and gets a story', async () => {
      const story = makeStory({ guildId: 'g-get', quotes: [{ text: 'We did it', speaker: 'Ana Lopez' }] });
      await stories.save(story);
      expect(await stories.get('g-get', story.id)).toEqual(story);
      expect(await stories.get('g-get', 'nope')).toBeUndefined();
      expect(await stories.get('g-other', story.id)).toBeUndefined();
    });

    it('finds the newest story for a URL, respecting since', async () => {
      const url = 'https://paper.example.org/a-long-path/?utm=1&x=' + 'y'.repeat(300);
      const old = makeStory({ guildId: 'g-url', url, createdAt: ago(3) });
      const newer = makeStory({ guildId: 'g-url', url, createdAt: ago(1) });
      await stories.save(newer);
      await stories.save(old);
      expect((await stories.findByUrl('g-url', url, new Date(NOW.getTime() - 7 * DAY)))?.id).toBe(newer.id);
      expect(await stories.findByUrl('g-url', url, new Date(NOW.getTime() - DAY / 2))).toBeUndefined();
      expect(
        await stories.findByUrl('g-url', 'https://paper.example.org/other', new Date(0)),
      ).toBeUndefined();
      expect(await stories.findByUrl('g-url-elsewhere', url, new Date(0))).toBeUndefined();
    });

    it('pages recent stories newest first with a total, filtered by source and since', async () => {
      const guildId = 'g-recent';
      const saved = [];
      for (let i = 0; i < 7; i++) {
        const bbc = i % 3 === 0;
        const story = makeStory({
          guildId,
          createdAt: ago(i),
          url: bbc ? `https://www.bbc.co.uk/news/${i}` : `https://local.example.net/${i}`,
          siteName: bbc ? null : i === 5 ? 'The Guardian' : 'Local Paper',
        });
        saved.push(story);
      }
      await Promise.all(saved.map((story) => stories.save(story)));
      const page1 = await stories.recent(guildId, { limit: 3 });
      expect(page1.total).toBe(7);
      expect(page1.stories.map((s) => s.id)).toEqual(saved.slice(0, 3).map((s) => s.id));
      const page3 = await stories.recent(guildId, { limit: 3, offset: 6 });
      expect(page3.stories.map((s) => s.id)).toEqual([saved[6]!.id]);
      const bbc = await stories.recent(guildId, { source: 'BBC', limit: 2 });
      expect(bbc.total).toBe(3);
      expect(bbc.stories.map((s) => s.id)).toEqual([saved[0]!.id, saved[3]!.id]);
      const guardian = await stories.recent(guildId, { source: 'guardian' });
      expect(guardian.stories.map((s) => s.id)).toEqual([saved[5]!.id]);
      const lastTwoDays = await stories.recent(guildId, { since: new Date(NOW.getTime() - 1.5 * DAY) });
      expect(lastTwoDays.total).toBe(2);
      expect((await stories.recent('g-recent-empty')).total).toBe(0);
    });

    it('updates a story in place when saved again', async () => {
      const story = makeStory({ guildId: 'g-update', url: 'https://a.example/1' });
      await stories.save(story);
      await stories.save({ ...story, headline: 'Corrected headline', url: 'https://a.example/2' });
      const { stories: listed, total } = await stories.recent('g-update');
      expect(total).toBe(1);
      expect(listed[0]?.headline).toBe('Corrected headline');
      expect(await stories.findByUrl('g-update', 'https://a.example/1', new Date(0))).toBeUndefined();
      expect((await stories.findByUrl('g-update', 'https://a.example/2', new Date(0)))?.id).toBe(story.id);
    });

    it('keeps every story when two store instances save 200 stories at once', async () => {
      const second = createStoryStore(await factory.open());
      const batch = Array.from({ length: 200 }, (_, i) =>
        makeStory({ guildId: 'g-race', createdAt: new Date(NOW.getTime() - i * 1000).toISOString() }),
      );
      await Promise.all(batch.map((story, i) => (i % 2 === 0 ? stories : second).save(story)));
      const listed = await second.recent('g-race', { limit: 500 });
      expect(listed.total).toBe(200);
      expect(new Set(listed.stories.map((s) => s.id))).toEqual(new Set(batch.map((s) => s.id)));
    });
  });

  describe('search', () => {
    const guildId = OTHER_GUILD;
    const inHeadline = makeStory({
      guildId,
      headline: 'Ukraine and Pakistan sign grain agreement',
      bullets: ['Shipments resume next week.', 'Prices for wheat fell after the news.'],
      quotes: [{ text: 'This agreement feeds millions', speaker: 'Maria Kovalenko' }],
      body: 'Officials met in Istanbul. The deal covers wheat and maize.',
      createdAt: ago(2),
    });
    const inBody = makeStory({
      guildId,
      headline: 'Markets steady ahead of holiday',
      bullets: ['Stocks closed flat.', 'Traders expect a quiet week.'],
      body: 'Analysts said grain prices were steady. Exports from Ukraine were mentioned briefly. Oil was flat.',
      createdAt: ago(1),
    });
    const oldStory = makeStory({
      guildId,
      headline: 'Volcano eruption in Iceland',
      bullets: ['Lava reached the town of Grindavík.'],
      body: 'Residents were evacuated.',
      createdAt: ago(40),
    });

    beforeAll(async () => {
      for (const story of [inHeadline, inBody, oldStory]) await stories.save(story);
      await stories.save(makeStory({ guildId: GUILD, headline: 'Ukraine story in another server' }));
    });

    const search = (query: string, extra: Partial<Parameters<StoryStore['search']>[1]> = {}) =>
      stories.search(guildId, { query, now: NOW, ...extra });

    it('ranks a headline match above a body match, and stays within the server', async () => {
      const { hits, total } = await search('ukraine');
      expect(total).toBe(2);
      expect(hits.map((hit) => hit.story.id)).toEqual([inHeadline.id, inBody.id]);
      expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
      expect(hits[1]!.snippet).toBe('Exports from Ukraine were mentioned briefly.');
    });

    it('tolerates typos and completes prefixes', async () => {
      expect((await search('ukriane')).hits[0]?.story.id).toBe(inHeadline.id);
      expect((await search('pakis')).hits.map((hit) => hit.story.id)).toEqual([inHeadline.id]);
      expect((await search('grindavik')).hits.map((hit) => hit.story.id)).toEqual([oldStory.id]);
      expect((await search('zzzz qqqq')).total).toBe(0);
    });

    it('returns the matching bullet or quote as the snippet', async () => {
      const wheat = await search('wheat prices');
      expect(wheat.hits[0]?.story.id).toBe(inHeadline.id);
      expect(wheat.hits[0]?.snippet).toBe('Prices for wheat fell after the news.');
      const quote = await search('feeds millions');
      expect(quote.hits[0]?.snippet).toContain('This agreement feeds millions');
      expect(quote.hits[0]?.snippet).toContain('Maria Kovalenko');
    });

    it('limits results to the last `days` days and pages them', async () => {
      expect((await search('volcano')).total).toBe(1);
      expect((await search('volcano', { days: 30 })).total).toBe(0);
      const paged = await search('ukraine', { offset: 1, limit: 1 });
      expect(paged.total).toBe(2);
      expect(paged.hits.map((hit) => hit.story.id)).toEqual([inBody.id]);
    });

    it('sees stories saved after the first search, by this or another store instance', async () => {
      await search('ukraine');
      const mine = makeStory({ guildId, headline: 'Glacier melt accelerates', createdAt: ago(0) });
      await stories.save(mine);
      expect((await search('glacier')).hits.map((hit) => hit.story.id)).toEqual([mine.id]);
      const elsewhere = createStoryStore(await factory.open());
      const theirs = makeStory({ guildId, headline: 'Glacier tours cancelled', createdAt: ago(0) });
      await elsewhere.save(theirs);
      expect((await search('glacier')).total).toBe(2);
    });

    it('sees a story updated by another store instance after the first search', async () => {
      const story = makeStory({ guildId, headline: 'Ferry strike enters second week', createdAt: ago(0) });
      await stories.save(story);
      expect((await search('ferry')).hits.map((hit) => hit.story.id)).toEqual([story.id]);
      const elsewhere = createStoryStore(await factory.open());
      await elsewhere.save({ ...story, headline: 'Tram strike enters second week' });
      expect((await search('tram')).hits.map((hit) => hit.story.id)).toEqual([story.id]);
      expect((await search('ferry')).total).toBe(0);
    });

    it('folds accents and width, and indexes CJK text by bigrams', async () => {
      const story = makeStory({
        guildId,
        headline: 'Café owners in São Paulo',
        body: '東京都の天気は晴れです。',
        createdAt: ago(0),
      });
      await stories.save(story);
      expect((await search('SAO PAULO')).hits[0]?.story.id).toBe(story.id);
      expect((await search('ｃａｆｅ')).hits[0]?.story.id).toBe(story.id);
      const cjk = await search('天気');
      expect(cjk.hits[0]?.story.id).toBe(story.id);
      expect(cjk.hits[0]?.snippet).toBe('東京都の天気は晴れです。');
    });
  });
}
