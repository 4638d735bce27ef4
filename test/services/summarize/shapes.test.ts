/**
 * The reference article kept alive for its shapes (src/services/summarize/shapes.ts) must go through
 * every stage a real article does, or it keeps nothing: quotes found, named, resolved and ranked.
 */
import { describe, expect, it } from 'vitest';
import { extractAttributedQuotes } from '../../../src/services/summarize/quote-pipeline.ts';
import { REFERENCE_ARTICLE } from '../../../src/services/summarize/shapes.ts';
import { keepSummaryShapes, summarizeArticle } from '../../../src/services/summarize/index.ts';

describe('the reference article', () => {
  it('has its quotes attributed the way a reader would: names, a pronoun, an organisation and nobody named', () => {
    const speakers = extractAttributedQuotes(REFERENCE_ARTICLE).map((a) => a.quote.speaker);
    // The broken quote is one entry; "She added" is Doe; "one council member" names nobody.
    expect(speakers).toEqual(['Jane Doe', 'Tom Hill', 'Jane Doe', 'Transit Workers Union', null]);
  });

  it('gives a summary with bullets, as any article does', () => {
    const summary = summarizeArticle(REFERENCE_ARTICLE);
    expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
    expect(summary.quotes.length).toBeGreaterThan(0);
  });

  it('is summarized only when a long-lived process asks, once, and never by a summary itself', () => {
    // A command that summarizes one article and exits does not pay for the reference article too.
    summarizeArticle(REFERENCE_ARTICLE);
    expect(keepSummaryShapes()).toBe(true);
    expect(keepSummaryShapes()).toBe(false);
  });
});
