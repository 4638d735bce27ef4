import { extractQuotes } from '../../src/services/summarize/quote-pipeline.ts';
import { makeArticle } from './article.ts';

/** Who gets each quote, in order, for an article of these paragraphs. */
export const speakers = (...paragraphs: string[]) =>
  extractQuotes(makeArticle(paragraphs)).map((q) => q.speaker);
