import { describe, expect, it } from 'vitest';
import { renderDigestMessages } from '../../src/discord/digest-embeds.ts';
import { embedsLength } from '../../src/discord/limits.ts';
import { messageBody } from '../../src/discord/outgoing.ts';
import { storyPost } from '../../src/discord/story-post.ts';
import type { DigestItem } from '../../src/services/digest/types.ts';
import type { Story } from '../../src/services/types.ts';

const huge = (word: string, times: number) => Array.from({ length: times }, () => word).join(' ');
const story: Story = {
  id: 's',
  guildId: 'g',
  url: 'https://news.example/a_(b)',
  headline: `@everyone <@&123456789012345678> ${huge('Headline', 400)}`,
  bullets: Array.from({ length: 5 }, () => huge('bullet', 300)),
  quotes: [{ text: huge('quote', 300), speaker: 'Ana Ruiz' }],
  byline: huge('Jane', 100),
  siteName: huge('Site', 100),
  publishedAt: null,
  imageUrl: null,
  lang: 'en',
  body: 'x',
  createdAt: '2026-06-01T00:00:00Z',
  channelId: null,
  source: { kind: 'member', userId: 'u' },
};
const ROLE = '987654321098765432';

describe('a story in each style', () => {
  it('fits Discord’s limits, pings only its role, and never lets article text mention anyone', () => {
    for (const style of ['full', 'compact', 'headline'] as const) {
      for (const pingRoleId of [null, ROLE]) {
        const message = storyPost(story, { style, pingRoleId });
        expect((message.content ?? '').length).toBeLessThanOrEqual(2000);
        expect(embedsLength(message.embeds)).toBeLessThanOrEqual(6000);
        for (const embed of message.embeds) expect(embed.description!.length).toBeLessThanOrEqual(4096);
        const body = messageBody(message);
        expect(body.allowed_mentions).toEqual(pingRoleId ? { parse: [], roles: [ROLE] } : { parse: [] });
        expect(body).not.toHaveProperty('pingRoleId');
        const mentions = [...(message.content ?? '').matchAll(/<@&?\d+>|@everyone|@here/g)].map((m) => m[0]);
        expect(mentions).toEqual(pingRoleId ? [`<@&${ROLE}>`] : []);
      }
    }
  });

  it('compact has the bullets and no quotes; headline is one line with the link and no preview', () => {
    const compact = storyPost(story, { style: 'compact' });
    expect(compact.embeds[0]!.description).toContain('• bullet');
    expect(compact.embeds[0]!.description).not.toContain('quote');
    const headline = storyPost({ ...story, headline: 'Ferries are back' }, { style: 'headline' });
    expect(headline.content).toMatch(
      /^📰 \*\*\[Ferries are back\]\(https:\/\/news\.example\/a_\(b%29\)\*\* · Site Site/,
    );
    expect(headline.content).not.toContain('\n');
    expect(headline.flags).toBe(4);
  });
});

describe('a digest in each style', () => {
  const item = (n: number): DigestItem => ({
    headline: `Story ${n} ${huge('word', 30)}`,
    url: `https://news.example/${n}`,
    bullets: [huge('first', 60), huge('second', 60)],
    sources: [{ name: 'Coast Post', url: `https://news.example/${n}` }],
    storyIds: [`s${n}`],
    latestAt: '2026-06-01T00:00:00Z',
  });
  it('packs within the limits in every style, pinging the role only on the first message', () => {
    for (const style of ['full', 'compact', 'headline'] as const) {
      const messages = renderDigestMessages({
        title: 'Digest',
        items: Array.from({ length: 25 }, (_, i) => item(i)),
        style,
        pingRoleId: ROLE,
      });
      expect(messages[0]!.content).toBe(`<@&${ROLE}>`);
      expect(messageBody(messages[0]!).allowed_mentions).toEqual({ parse: [], roles: [ROLE] });
      for (const message of messages.slice(1))
        expect(messageBody(message).allowed_mentions).toEqual({ parse: [] });
      for (const message of messages) {
        expect(message.embeds.length).toBeLessThanOrEqual(10);
        expect(embedsLength(message.embeds)).toBeLessThanOrEqual(6000);
      }
      const text = messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
      expect(text.includes('second')).toBe(style === 'full');
      expect(text.includes('first')).toBe(style !== 'headline');
    }
  });
});
