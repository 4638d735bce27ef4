/** In Chromium: browsing the server's stories, and what an admin and a member may do with feeds and digests. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/services/types.ts';
import { startBrowserSandbox, type BrowserSandbox } from './harness.ts';

let s: BrowserSandbox;

/** A story stored as if a member had summarized it `minutesAgo` minutes ago. */
function story(i: number, minutesAgo: number): Story {
  const comet = i % 2 === 0;
  return {
    id: randomUUID(),
    guildId: s.sandbox.world.guildId,
    url: `https://${comet ? 'orbit-news.example' : 'coastal-courier.example'}/story/${i}`,
    headline: comet ? `Comet story ${i}: telescope spots a green tail` : `Ferry story ${i}: summer timetable`,
    bullets: [comet ? 'Astronomers spotted a comet with a green tail.' : 'Ferries sail hourly in summer.'],
    quotes: [],
    byline: null,
    siteName: comet ? 'Orbit News' : 'Coastal Courier',
    publishedAt: null,
    imageUrl: null,
    lang: 'en',
    body: comet
      ? 'Astronomers spotted a comet with a green tail near Jupiter.'
      : 'Ferries sail hourly in summer.',
    createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    channelId: s.sandbox.world.channels[0]!.id,
    source: { kind: 'member', userId: s.sandbox.world.members[1]!.id },
  };
}

beforeAll(async () => {
  s = await startBrowserSandbox({});
  for (let i = 0; i < 7; i += 1) await s.sandbox.bot.ctx.store.stories.save(story(i, 20 - i));
});
afterAll(async () => {
  await s?.close();
});

/** "HH:MM" of `instant` in `timeZone`. */
const localTime = (instant: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(
    instant,
  );

describe('sandbox page: the server’s stories, feeds and digests', () => {
  it('/recent lists the newest stories five at a time, and Next shows the rest', async () => {
    const p = await s.open();
    await p.send('/recent');
    const answer = await p.message('Page 1 of 2');
    const firstPage = await answer.locator('.embed-description').innerText();
    expect(firstPage.indexOf('Comet story 6')).toBeLessThan(firstPage.indexOf('Ferry story 5'));
    expect(firstPage).not.toContain('story 1:');
    expect(await answer.getByRole('button', { name: '◀ Previous' }).isDisabled()).toBe(true);
    await answer.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => answer.locator('.embed-footer').textContent()).toBe('Page 2 of 2 · 7 stories');
    const secondPage = await answer.locator('.embed-description').innerText();
    expect(secondPage).toContain('Ferry story 1: summer timetable');
    expect(secondPage).not.toContain('story 6:');
  });

  it('/search finds the stories that mention a word, each linked, with the passage quoted', async () => {
    const p = await s.open();
    await p.send('/search query:green comet');
    const answer = await p.message('Search: “green comet”');
    const description = answer.locator('.embed-description');
    const titles = await description.locator('a').allTextContents();
    expect(titles.filter((t) => t.startsWith('Comet story'))).toHaveLength(4);
    expect(await description.innerText()).not.toContain('Ferry story');
    expect(await description.locator('blockquote').first().innerText()).toMatch(/comet/i);
    expect(await answer.locator('.embed-footer').textContent()).toBe('Page 1 of 1 · 4 stories');
  });

  it('refuses /feed add to a member without Manage Server, privately', async () => {
    const p = await s.open();
    await p.typingAs('Sam');
    await p.send(`/feed add url:${new URL('/samples/feed.xml', s.sandbox.url).href}`);
    const refusal = await p.message('Only members with the Manage Server permission can manage feeds.');
    expect(await refusal.locator('.ephemeral-note').textContent()).toMatch(/Only you can see this/);
    await p.screenshot('refused-command.png');
    await p.typingAs('Ada');
    await expect.poll(() => p.messages.filter({ hasText: 'Manage Server permission' }).count()).toBe(0);
  });

  it('lets the admin follow the sample feed, set a digest for the next minute, and shows the digest live in #digest', async () => {
    const p = await s.open();
    await p.send(`/feed add url:${new URL('/samples/feed.xml', s.sandbox.url).href} channel:#news`);
    const followed = await p.message('Following NewsBrief sample news');
    expect(await followed.locator('.content').innerText()).toMatch(/\(4 items right now\) for #news/);

    // Bring the sandbox's clock to 4 s before a minute, and set the digest for that minute.
    const realNow = Date.now();
    let minute = Math.ceil(realNow / 60_000) * 60_000;
    if (minute - realNow < 10_000) minute += 60_000;
    s.clock.offsetMs = minute - 4_000 - realNow;
    const time = localTime(minute, 'Europe/Paris');
    // The time zone comes from the bot's own autocomplete.
    await p.type(`/digest set channel:#digest time:${time} timezone:europe/pa`);
    await p.page.getByRole('option', { name: 'Europe/Paris' }).waitFor();
    await p.page.keyboard.press('Enter');
    expect(await p.input.inputValue()).toMatch(/timezone:Europe\/Paris $/);
    await p.page.keyboard.press('Enter');
    await p.message(`Digest for #digest set: ${time} Europe/Paris`);

    await p.openChannel('digest');
    const digest = await p.message('News digest', 30_000);
    const text = await digest.innerText();
    expect(text).toContain('City library stays open through the night');
    expect(text).toMatch(/Comet story 6/);
    await p.screenshot('digest.png');
    expect(p.errors).toEqual([]);
  });
});
