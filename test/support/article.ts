import type { Article } from '../../src/services/types.ts';

/** An Article with only the given paragraphs and fields set; everything else empty, as for pasted text. */
export function makeArticle(paragraphs: string[], fields: Partial<Article> = {}): Article {
  return {
    url: null,
    canonicalUrl: null,
    headline: 'Test',
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: null,
    imageUrl: null,
    paragraphs,
    keyPoints: [],
    ...fields,
  };
}
