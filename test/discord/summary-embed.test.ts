import { describe, expect, it } from 'vitest';
import { EMBED_LIMITS, embedLength, truncate } from '../../src/discord/limits.ts';
import { buildSummaryEmbed, readingMinutes } from '../../src/discord/summary-embed.ts';
import type { Story } from '../../src/services/types.ts';

function story(overrides: Partial<Story> = {}): Story {
  return {
    id: 's1',
    guildId: 'g1',
    url: 'https://www.example-news.com/world/2025/03/12/harbour-reopens',
    headline: 'Harbour reopens after storm repairs',
    bullets: ['The harbour reopened on Tuesday.', 'Repairs cost $4m.', 'Ferries resume Friday.'],
    quotes: [{ text: 'We are back in business', speaker: 'Mayor Ana Ruiz' }],
    byline: 'Jane Doe',
    siteName: 'Example News',
    publishedAt: '2025-03-12T08:00:00Z',
    imageUrl: 'https://cdn.example-news.com/harbour.jpg',
    lang: 'en',
    body: Array.from({ length: 460 }, () => 'word').join(' '),
    createdAt: '2025-03-12T09:00:00Z',
    channelId: 'c1',
    source: { kind: 'member', userId: 'u1' },
    ...overrides,
  };
}

function expectWithinLimits(embed: ReturnType<typeof buildSummaryEmbed>): void {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.author);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const field of embed.fields ?? [])
    expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
  expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

describe('buildSummaryEmbed', () => {
  it('shows headline linked to the article, site · byline, bullets, attributed quotes and a footer', () => {
    const embed = buildSummaryEmbed(story());
    expect(embed.title).toBe('Harbour reopens after storm repairs');
    expect(embed.url).toBe('https://www.example-news.com/world/2025/03/12/harbour-reopens');
    expect(embed.author?.name).toBe('Example News · Jane Doe');
    expect(embed.description).toBe(
      '• The harbour reopened on Tuesday.\n• Repairs cost $4m.\n• Ferries resume Friday.\n\n“We are back in business” — Mayor Ana Ruiz',
    );
    expect(embed.footer?.text).toBe('example-news.com · 12 Mar 2025 · 2 min read');
    expect(embed.thumbnail?.url).toBe('https://cdn.example-news.com/harbour.jpg');
    expect(typeof embed.color).toBe('number');
  });

  it('keeps a huge article within every Discord limit', () => {
    const long = 'x'.repeat(40) + ' ';
    const embed = buildSummaryEmbed(
      story({
        headline: 'Breaking '.repeat(1200).slice(0, 10_000),
        bullets: Array.from({ length: 50 }, (_, i) => `${i} ${long.repeat(49)}`.slice(0, 2000)),
        quotes: Array.from({ length: 20 }, () => ({
          text: '**bold** @everyone '.repeat(200),
          speaker: 'A '.repeat(300),
        })),
        byline: 'B'.repeat(3000),
        siteName: 'S'.repeat(3000),
      }),
    );
    expectWithinLimits(embed);
    expect(embed.title?.endsWith('…')).toBe(true);
    expect(embed.description?.startsWith('• 0 xxxx')).toBe(true);
  });

  it('escapes markdown from the article and leaves @everyone as plain text', () => {
    const embed = buildSummaryEmbed(
      story({
        headline: 'Why **everyone** is _talking_ about [this](https://evil.example)',
        bullets: ['# Not a heading', 'Use `rm -rf` carefully'],
        quotes: [{ text: 'Hello @everyone, ~~strike~~', speaker: 'Some||one' }],
      }),
    );
    expect(embed.title).toBe(
      'Why \\*\\*everyone\\*\\* is \\_talking\\_ about \\[this\\](https://evil.example)',
    );
    expect(embed.description).toContain('• \\# Not a heading');
    expect(embed.description).toContain('Use \\`rm -rf\\` carefully');
    expect(embed.description).toContain('“Hello @everyone, \\~\\~strike\\~\\~” — Some\\|\\|one');
  });

  it('drops non-http image and article URLs and labels pasted text', () => {
    const embed = buildSummaryEmbed(
      story({ url: null, imageUrl: 'javascript:alert(1)', publishedAt: null, byline: null }),
    );
    expect(embed.url).toBeUndefined();
    expect(embed.thumbnail).toBeUndefined();
    expect(embed.author?.name).toBe('Example News');
    expect(embed.footer?.text).toBe('pasted text · 2 min read');
  });

  it('answers something readable when the summarizer found no bullets', () => {
    const embed = buildSummaryEmbed(story({ bullets: [], quotes: [] }));
    expect(embed.description).toMatch(/no key points/i);
  });
});

describe('reading time and truncation', () => {
  it('reads ~230 words a minute, at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes(Array.from({ length: 2300 }, () => 'w').join(' '))).toBe(10);
  });

  it('cuts at a word boundary with an ellipsis and never exceeds the limit', () => {
    expect(truncate('The quick brown fox jumps', 15)).toBe('The quick…');
    expect(truncate('short', 15)).toBe('short');
    const emoji = truncate('😀'.repeat(10), 5);
    expect(emoji.length).toBeLessThanOrEqual(5);
    expect(emoji).toBe('😀😀…');
    expect(truncate('😀'.repeat(10), 4)).toBe('😀…');
  });
});
