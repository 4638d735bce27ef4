import type { Summarizer } from '../../context.ts';
import type { Article, SummarizeOptions, Summary } from '../types.ts';
import { summarizedParagraphs } from '../text/paragraph-bounds.ts';
import { selectBullets } from './bullets/select.ts';
import type { AttributedQuote } from './attributed-quote.ts';
import { extractAttributedQuotes, topQuotes } from './quote-pipeline.ts';
import { REFERENCE_ARTICLE } from './shapes.ts';

export { selectBullets } from './bullets/select.ts';
export type { BulletOptions } from './bullets/select.ts';

/** Quotes shown in a normal summary; /summarize with all quotes shows every one. */
const TOP_QUOTES = 3;

/** What summarizing REFERENCE_ARTICLE built, kept alive for its shapes (see shapes.ts). */
let referenceShapes: unknown[] | null = null;

/**
 * Summarizes REFERENCE_ARTICLE and keeps what it built for the life of the process (see shapes.ts):
 * for a process that summarizes for hours and idles between articles (a summary worker). A command
 * that summarizes an article and exits would only pay for it (about 0.2 s of a 0.5 s run). True when
 * this call summarized it.
 */
export function keepSummaryShapes(): boolean {
  if (referenceShapes !== null) return false;
  const keep: unknown[] = [];
  keep.push(
    extractAttributedQuotes(REFERENCE_ARTICLE, { explain: true, keep }),
    selectBullets(REFERENCE_ARTICLE),
  );
  referenceShapes = keep;
  return true;
}

/** Headline, key bullets and the most newsworthy quotes (or all quotes, in article order). */
export function summarizeArticle(input: Article, options: SummarizeOptions = {}): Summary {
  // The part of the body a summary reads (see summarizedParagraphs): its cost is bounded whatever the page.
  const article = { ...input, paragraphs: summarizedParagraphs(input.paragraphs) };
  // Read once: ranking needs how each speaker was found, which the same pass already tells.
  const attributed = extractAttributedQuotes(article);
  const quotes = attributed.map((a) => a.quote);
  return {
    headline: article.headline,
    bullets: selectBullets(article),
    quotes: options.allQuotes ? quotes : topQuotes(quotes, attributed, TOP_QUOTES),
  };
}

/** Every quote with the candidate speakers the model weighed (for `newsbrief summarize --explain`). */
export function explainQuotes(article: Article): AttributedQuote[] {
  return extractAttributedQuotes(article, { explain: true });
}

export function createSummarizer(): Summarizer {
  return { summarize: summarizeArticle };
}
