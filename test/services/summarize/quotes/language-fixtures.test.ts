/**
 * Hand-annotated articles in French, German, Spanish and Portuguese (test/fixtures/quotes-languages),
 * each written with its language's quotation conventions: « … » with French spaces, „ … “ and » … «,
 * dialogue dashes (—…—dijo X—. …), “ … ”, inverted attributions (a-t-il ajouté, so Wendler, sagte sie),
 * roles, surnames and scare quotes or titles that are no quote. Scored by the shared README's rules
 * (bench/lib/quote-sets.ts): a quote is found when token F1 >= 0.6, its speaker is right by the same
 * last name or token F1 >= 0.5, and a quote the annotation does not list is one invented.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../../../bench/lib/polnear.ts';
import { article, matchArticle, type QuoteCase } from '../../../../bench/lib/quote-sets.ts';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import type { Quote } from '../../../../src/services/types.ts';

const DIR = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'quotes-languages');

interface Input {
  id: string;
  title: string;
  paragraphs: string[];
  lang: string;
}

/** A quote in parts is annotated as one entry with its parts joined by " … " (quotes/parts.ts). */
const partsOf = (text: string) => text.split(' … ');

function load(lang: string): { c: QuoteCase; input: Input } {
  const input = JSON.parse(readFileSync(join(DIR, lang, 'input.json'), 'utf8')) as Input;
  const expected = JSON.parse(readFileSync(join(DIR, lang, 'expected.json'), 'utf8')) as { quotes: Quote[] };
  return {
    input,
    c: {
      id: input.id,
      article: article(input.title, input.paragraphs, input.lang),
      gold: expected.quotes.map((q) => ({ parts: partsOf(q.text), speaker: q.speaker })),
      paraphrased: [],
    },
  };
}

describe('quotes and speakers in hand-annotated articles of other languages', () => {
  const langs = readdirSync(DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

  it('has a fixture for each language, of 6–12 paragraphs and 6–10 quotes', () => {
    expect(langs).toEqual(['de', 'es', 'fr', 'pt']);
    for (const lang of langs) {
      const { c, input } = load(lang);
      expect(input.lang).toBe(lang);
      expect(input.paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(input.paragraphs.length).toBeLessThanOrEqual(12);
      expect(c.gold.length).toBeGreaterThanOrEqual(6);
      expect(c.gold.length).toBeLessThanOrEqual(10);
    }
  });

  for (const lang of ['fr', 'de', 'es', 'pt']) {
    it(`${lang}: every quote found with its speaker, nothing invented`, () => {
      const { c } = load(lang);
      const found = extractQuotes(c.article);
      const predicted = found.map((q) => ({ text: q.text, parts: partsOf(q.text), speaker: q.speaker }));
      const { matches, unmatched, missed } = matchArticle(c, predicted, false);
      const wrongSpeakers = matches
        .filter(({ entry, gold }) => {
          const speaker = predicted[entry]!.speaker;
          return gold.speaker === null ? speaker !== null : !sameSpeaker(speaker, gold.speaker);
        })
        .map(({ entry, gold }) => ({
          quote: predicted[entry]!.text,
          speaker: predicted[entry]!.speaker,
          expected: gold.speaker,
        }));
      expect({
        missed: missed.map((g) => g.parts.join(' … ')),
        invented: unmatched.map((entry) => predicted[entry]!.text),
        wrongSpeakers,
      }).toEqual({ missed: [], invented: [], wrongSpeakers: [] });
    });
  }
});
