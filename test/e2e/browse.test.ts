import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredMessage } from '../../src/sandbox/discord/index.ts';
import type { Story } from '../../src/services/types.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
const OWNER = '200000000000000001';
const STRANGER = '200000000000000002';
let h: Harness;

/** Seven stories stored directly (one minute apart), as if members had summarized them earlier. */
function seedStory(i: number): Story {
  const space = i % 2 === 0;
  return {
    id: randomUUID(),
    guildId: h.guildId,
    url: `https://${space ? 'www.orbit-news.com' : 'coastal-courier.example'}/story/${i}`,
    headline: space
      ? `Space story ${i}: telescope spots distant comet`
      : `Harbour story ${i}: ferry timetable changes`,
    bullets: [
      space ? 'Astronomers spotted a comet with a bright green tail.' : 'Ferries will sail hourly in summer.',
    ],
    quotes: [],
    byline: null,
    siteName: space ? 'Orbit News' : 'Coastal Courier',
    publishedAt: null,
    imageUrl: null,
    lang: 'en',
    body: space
      ? 'Astronomers spotted a comet with a bright green tail near Jupiter.'
      : 'Ferries will sail hourly in summer.',
    createdAt: new Date(Date.now() - (10 - i) * 60_000).toISOString(),
    channelId: h.channelId,
    source: { kind: 'member', userId: OWNER },
  };
}

beforeAll(async () => {
  h = await startHarness();
  for (let i = 0; i < 7; i += 1) await h.bot.ctx.store.stories.save(seedStory(i));
});
afterAll(async () => {
  await h?.close();
});

const slash = (
  name: string,
  options: { name: string; value: string | number | boolean }[] = [],
  userId = OWNER,
) => h.discord.sendSlashCommand({ guildId: h.guildId, channelId: h.channelId, userId, name, options });

type ButtonJson = { custom_id: string; label: string; disabled?: boolean };
function buttons(message: StoredMessage): ButtonJson[] {
  return (message.components as { components: ButtonJson[] }[]).flatMap((row) => row.components);
}
const button = (message: StoredMessage, label: RegExp) => {
  const found = buttons(message).find((b) => label.test(b.label));
  if (!found) throw new Error(`no button ${label}`);
  return found;
};

describe('/recent', () => {
  it('lists the newest stories first, five per page, and pages with Next/Previous for the caller', async () => {
    const handle = slash('recent');
    const page1 = await handle.waitForResponse((m) => m.embeds.length > 0);
    const text1 = page1.embeds[0]?.description ?? '';
    expect(text1.indexOf('story 6')).toBeLessThan(text1.indexOf('story 5'));
    expect(text1).toContain(
      '[Space story 6: telescope spots distant comet](https://www.orbit-news.com/story/6)',
    );
    expect(text1).toMatch(/Orbit News · <t:\d+:R> · asked by <@200000000000000001>/);
    expect(text1).not.toContain('story 1:');
    expect(page1.embeds[0]?.footer?.text).toBe('Page 1 of 2 · 7 stories');
    expect(button(page1, /Previous/).disabled).toBe(true);
    expect(button(page1, /Next/).custom_id.length).toBeLessThanOrEqual(100);

    const next = h.discord.sendButton({
      message: page1,
      customId: button(page1, /Next/).custom_id,
      userId: OWNER,
    });
    await next.waitForAck();
    const page2 = await next.waitForResponse((m) => m.embeds[0]?.footer?.text?.startsWith('Page 2') ?? false);
    expect(page2.embeds[0]?.description).toContain('Space story 0');
    expect(page2.embeds[0]?.description).not.toContain('story 6');
    expect(button(page2, /Next/).disabled).toBe(true);

    const back = h.discord.sendButton({
      message: page2,
      customId: button(page2, /Previous/).custom_id,
      userId: OWNER,
    });
    await back.waitForResponse((m) => m.embeds[0]?.footer?.text?.startsWith('Page 1') ?? false);
  });

  it('refuses the buttons to anyone but the caller, privately, leaving the page as it was', async () => {
    const page1 = await slash('recent').waitForResponse((m) => m.embeds.length > 0);
    const press = h.discord.sendButton({
      message: page1,
      customId: button(page1, /Next/).custom_id,
      userId: STRANGER,
    });
    const refusal = await press.waitForResponse((m) => (m.flags & EPHEMERAL) !== 0);
    expect(refusal.content).toMatch(/These buttons are for <@200000000000000001>/);
    expect(h.discord.world.messages.get(page1.id)?.embeds[0]?.footer?.text).toMatch(/^Page 1/);
  });

  it('filters by source and limits to count', async () => {
    const bySource = await slash('recent', [{ name: 'source', value: 'orbit' }]).waitForResponse(
      (m) => m.embeds.length > 0,
    );
    expect(bySource.embeds[0]?.description).not.toContain('Harbour story');
    expect(bySource.embeds[0]?.footer?.text).toBe('Page 1 of 1 · 4 stories');
    const two = await slash('recent', [{ name: 'count', value: 2 }]).waitForResponse(
      (m) => m.embeds.length > 0,
    );
    expect(two.embeds[0]?.footer?.text).toBe('Page 1 of 1 · 2 stories');
    expect(two.components).toEqual([]);
  });
});

describe('/search and /help', () => {
  it('finds matching stories with the matching passage under each hit', async () => {
    const handle = slash('search', [{ name: 'query', value: 'green comet' }]);
    const message = await handle.waitForResponse((m) => m.embeds.length > 0);
    const text = message.embeds[0]?.description ?? '';
    expect(text).toContain('Space story');
    expect(text).not.toContain('Harbour story');
    expect(text).toMatch(/\n> .*comet/i);
    expect(message.embeds[0]?.footer?.text).toBe('Page 1 of 1 · 4 stories');
  });

  it('limits the search to the last N days when asked', async () => {
    const old = { ...seedStory(0), id: randomUUID(), headline: 'Archive: comet seen by monks in 1066' };
    old.createdAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
    await h.bot.ctx.store.stories.save(old);
    const all = await slash('search', [{ name: 'query', value: 'monks' }]).waitForResponse(
      (m) => m.embeds.length > 0,
    );
    expect(all.embeds[0]?.description).toContain('Archive: comet seen by monks');
    const recentOnly = await slash('search', [
      { name: 'query', value: 'monks' },
      { name: 'days', value: 7 },
    ]).waitForResponse((m) => m.embeds.length > 0);
    expect(recentOnly.embeds[0]?.title).toBe('Search: “monks” in the last 7 days');
    expect(recentOnly.embeds[0]?.description).not.toContain('Archive');
  });

  it('says so when nothing matches', async () => {
    const message = await slash('search', [{ name: 'query', value: 'volcano' }]).waitForResponse(
      (m) => m.embeds.length > 0,
    );
    // 7 seeded stories, and 8 once the test above has added its archive story.
    expect(message.embeds[0]?.description).toMatch(
      /^No story matches “volcano”\. The search covers the headlines, key points, quotes and text of this server’s [78] stories, from \/summarize and followed feeds, and forgives small typos\. Try a shorter query: the start of a word is enough \(“elect” finds “election”\)\.$/,
    );
  });

  it('/help explains the commands privately', async () => {
    const message = await slash('help').waitForResponse((m) => m.embeds.length > 0);
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    for (const name of ['/summarize', '/recent', '/search', 'Summarize article']) {
      expect(message.embeds[0]?.description).toContain(name);
    }
  });
});
