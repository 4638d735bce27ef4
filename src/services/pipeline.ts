import { UserFacingError } from './errors.ts';
import { extractArticle } from './extract/index.ts';
import type { Fetcher } from './fetch/types.ts';
import { markdownToText } from './text/markdown.ts';
import { articleFromText } from './text/plain-text.ts';
import { isPaywalledPage } from './paywall.ts';
import type { Article } from './types.ts';
import { pageInput, type ArticleInput, type InputFormat } from './article-input.ts';

export { formatOfFile, pageInput, type ArticleInput, type InputFormat } from './article-input.ts';

/** Reads an article from raw content: HTML goes through the extractor, anything else is pasted text. */
export function articleFromContent(content: string, format: InputFormat, url: string | null = null): Article {
  if (content.trim() === '')
    throw new UserFacingError('no_article', 'That input is empty: there is no article to read.');
  if (format === 'html') return extractArticle(content, { url });
  const text = format === 'markdown' ? markdownToText(content) : content;
  return { ...articleFromText(text), url, canonicalUrl: url };
}

/** Reads the article in an input: the CPU-bound part of summarizing (no I/O). */
export function articleFromInput(input: ArticleInput): Article {
  const { content, format, pageUrl } = input;
  const article = articleFromContent(content, format, pageUrl);
  if (pageUrl === null) return article;
  return {
    ...article,
    url: pageUrl,
    canonicalUrl: article.canonicalUrl ?? pageUrl,
    // Only what the page shows was read: the summary says it is a preview.
    ...(format === 'html' && isPaywalledPage(content) ? { paywalled: true } : {}),
  };
}

/** Fetches a URL through the safe fetcher and reads the article on it (in this thread: the CLI). */
export async function articleFromUrl(fetcher: Fetcher, url: string): Promise<Article> {
  return articleFromInput(pageInput(await fetcher.fetch(url, { kind: 'page' })));
}
