import { describe, expect, it } from 'vitest';
import { renderDigestMessages } from '../../src/discord/digest-embeds.ts';
import { embedsLength } from '../../src/discord/limits.ts';
import type { DigestItem } from '../../src/services/digest/types.ts';

function item(n: number, size: number, sources = 1): DigestItem {
  return {
    headline: `Headline ${n} ${'word '.repeat(size / 5)}`,
    url: `https://news.example/${n}?q=(x)`,
    bullets: [
      `Bullet one for ${n}: ${'a'.repeat(size)}`,
      `Bullet two for ${n}: ${'b'.repeat(size)}`,
      'Third bullet never shown',
    ],
    sources: Array.from({ length: sources }, (_, i) => ({
      name: `Outlet ${i}`,
      url: `https://outlet${i}.example/${n}`,
    })),
    storyIds: [`s${n}`],
    latestAt: '2026-05-01T00:00:00.000Z',
  };
}

describe('renderDigestMessages', () => {
  it('keeps every message within Discord limits and every item exactly once, in order', () => {
    for (const [count, size, sources] of [
      [1, 50, 1],
      [25, 400, 3],
      [25, 2000, 40],
      [12, 900, 1],
    ] as const) {
      const items = Array.from({ length: count }, (_, i) => item(i + 1, size, sources));
      const messages = renderDigestMessages({ title: 'T'.repeat(300), items, lateNote: 'Sent late' });
      const seen: number[] = [];
      for (const message of messages) {
        expect(message.embeds.length).toBeGreaterThan(0);
        expect(message.embeds.length).toBeLessThanOrEqual(10);
        expect(embedsLength(message.embeds)).toBeLessThanOrEqual(6000);
        for (const embed of message.embeds) {
          expect(embed.description!.length).toBeLessThanOrEqual(4096);
          expect((embed.title ?? '').length).toBeLessThanOrEqual(256);
          for (const match of embed.description!.matchAll(/Headline (\d+)/g)) seen.push(Number(match[1]));
        }
      }
      expect(seen).toEqual(items.map((_, i) => i + 1));
    }
  });

  it('shows the headline as a link, at most two bullets, every source, and the late note', () => {
    const [message] = renderDigestMessages({
      title: 'Digest',
      items: [item(7, 20, 2)],
      lateNote: 'Sent late: due at 08:00',
    });
    const embed = message!.embeds[0]!;
    expect(embed.description).toContain('**[Headline 7');
    expect(embed.description).toContain('](https://news.example/7?q=(x%29)**');
    expect(embed.description).toContain('Bullet two for 7');
    expect(embed.description).not.toContain('Third bullet');
    expect(embed.description).toMatch(
      /Sources \(2\): \[Outlet 0\]\(https:\/\/outlet0\.example\/7\) · \[Outlet 1\]/,
    );
    expect(message!.embeds.at(-1)?.footer?.text).toBe('Sent late: due at 08:00');
  });
});
