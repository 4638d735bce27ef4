import { UserFacingError } from './errors.ts';
import { extractArticle } from './extract/index.ts';
import type { Fetcher } from './fetch/types.ts';
import { markdownToText } from './text/markdown.ts';
import { articleFromText } from './text/plain-text.ts';
import { isPaywalledPage } from './paywall.ts';
import type { Article } from './types.ts';

/** How a piece of input should be read. */
export type InputFormat = 'html' | 'markdown' | 'text';

/** Reads an article from raw content: HTML goes through the extractor, anything else is pasted text. */
export function articleFromContent(content: string, format: InputFormat, url: string | null = null): Article {
  if (content.trim() === '')
    throw new UserFacingError('no_article', 'That input is empty: there is no article to read.');
  if (format === 'html') return extractArticle(content, { url });
  const text = format === 'markdown' ? markdownToText(content) : content;
  return { ...articleFromText(text), url, canonicalUrl: url };
}

/** Guesses the format of a file from its name, falling back to sniffing the start of its content. */
export function formatOfFile(name: string, content: string): InputFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content.slice(0, 1000))
    ? 'html'
    : 'text';
}

/** Fetches a URL through the safe fetcher and reads the article on it. */
export async function articleFromUrl(fetcher: Fetcher, url: string): Promise<Article> {
  const page = await fetcher.fetch(url, { kind: 'page' });
  const format: InputFormat = page.contentType === 'text/plain' ? 'text' : 'html';
  const article = articleFromContent(page.body, format, page.url);
  return {
    ...article,
    url: page.url,
    canonicalUrl: article.canonicalUrl ?? page.url,
    // Only what the page shows was read: the summary says it is a preview.
    ...(format === 'html' && isPaywalledPage(page.body) ? { paywalled: true } : {}),
  };
}
