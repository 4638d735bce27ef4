/**
 * The reference page kept alive for its shapes (src/services/extract/shapes.ts): read only when a
 * long-lived process asks (a summary worker), and read through the whole extractor.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, keepExtractionShapes } from '../../../src/services/extract/index.ts';
import { REFERENCE_PAGE } from '../../../src/services/extract/shapes.ts';

describe('the reference page', () => {
  it('reads as an article, with its headline, byline and paragraphs', () => {
    const article = extractArticle(REFERENCE_PAGE);
    expect(article.headline).not.toBe('');
    expect(article.byline).not.toBeNull();
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(3);
  });

  it('is read only when a long-lived process asks, once, and never by reading a page', () => {
    // A command that reads one page and exits does not pay for the reference page too.
    extractArticle(REFERENCE_PAGE);
    expect(keepExtractionShapes()).toBe(true);
    expect(keepExtractionShapes()).toBe(false);
  });
});
