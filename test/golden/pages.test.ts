/**
 * Full pipeline on saved news pages: extractArticle(html) then extractQuotes.
 * Each test/fixtures/golden-pages/<case>/ holds the page as fetched (page.html) and what a reader
 * sees on it (expected.json: headline, byline, date, and every direct quote with its speaker,
 * annotated by hand).
 *
 * Quotes allow a small tolerance because the page body can differ slightly from the hand-checked
 * text: at least 90% of annotated quotes must be found with the right speaker, and at most one
 * found quote per page may be something no annotator marked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/services/types.ts';
import { extractArticle } from '../../src/services/extract/index.ts';
import { extractQuotes } from '../../src/services/summarize/quote-pipeline.ts';
// Share of the shorter quote's words found in the other, as the quote benchmark scores it.

const root = join(import.meta.dirname, '..', 'fixtures', 'golden-pages');

interface Expected {
  url: string;
  headline: string;
  byline: string | null;
  date: string;
  quotes: Quote[];
}

const norm = (s: string | null | undefined) =>
  (s ?? '').normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const sameSpeaker = (a: string | null, b: string | null) =>
  norm(a).replace(/[.’']/g, '') === norm(b).replace(/[.’']/g, '');

/** Word overlap over the shorter text's words: the fixtures' own match rule (>= 0.8). */
function overlap(a: string, b: string): number {
  const words = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const ta = words(a);
  const counts = new Map<string, number>();
  for (const t of words(b)) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n === 0) continue;
    common++;
    counts.set(t, n - 1);
  }
  const shorter = Math.min(ta.length, words(b).length);
  return shorter === 0 ? 0 : common / shorter;
}

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('golden pages: extractArticle + extractQuotes', () => {
  it('has at least 10 annotated pages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`page ${name}: headline, byline, date and quotes`, () => {
      const dir = join(root, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
      const article = extractArticle(readFileSync(join(dir, 'page.html'), 'utf8'), { url: expected.url });
      expect(norm(article.headline)).toBe(norm(expected.headline));
      expect(norm(article.byline)).toBe(norm(expected.byline));
      expect((article.publishedAt ?? '').slice(0, 10)).toBe(expected.date);

      const found = extractQuotes(article);
      const right = expected.quotes.filter((e) =>
        found.some((q) => overlap(q.text, e.text) >= 0.8 && sameSpeaker(q.speaker, e.speaker)),
      );
      const invented = found.filter((q) => !expected.quotes.some((e) => overlap(q.text, e.text) >= 0.8));
      expect(right.length, `quotes right: ${right.length}/${expected.quotes.length}`).toBeGreaterThanOrEqual(
        Math.ceil(0.9 * expected.quotes.length),
      );
      expect(invented.map((q) => q.text)).toHaveLength(Math.min(invented.length, 1));
    });
  }
});
