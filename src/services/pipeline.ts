import { extractArticle } from './extract/index.ts';
import { Utf8Page } from './extract/utf8-page.ts';
import { decodeBody, hasUtf8Bom } from './fetch/charset.ts';
import type { Fetcher } from './fetch/types.ts';
import { articleFromPasted, emptyInputError } from './pasted-article.ts';
import { isPaywalledPage } from './paywall.ts';
import type { Article } from './types.ts';
import { pageInput, type ArticleInput, type InputFormat } from './article-input.ts';

export { formatOfFile, pageInput, type ArticleInput, type InputFormat } from './article-input.ts';

/** Reads an article from raw content: HTML goes through the extractor, anything else is pasted text. */
export function articleFromContent(content: string, format: InputFormat, url: string | null = null): Article {
  if (format !== 'html') return articleFromPasted(content, format, url);
  if (content.trim() === '') throw emptyInputError();
  return extractArticle(content, { url });
}

/**
 * Reads an article from an HTML file's bytes. UTF-8 (nearly every page) is parsed from the bytes
 * (extract/utf8-page.ts), not decoded whole first; other charsets are decoded as fetched pages are.
 */
export function articleFromHtmlBytes(bytes: Buffer, url: string | null = null): Article {
  const page = Utf8Page.of(bytes);
  if (page === null)
    return articleFromContent(decodeBody(bytes, { mediaType: 'text/html' }).text, 'html', url);
  if (isBlank(bytes)) throw emptyInputError();
  return extractArticle(page, { url });
}

const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** Whether UTF-8 `bytes` hold only white space (as String.prototype.trim sees it). */
function isBlank(bytes: Buffer): boolean {
  let i = hasUtf8Bom(bytes) ? 3 : 0;
  while (i < bytes.length && ASCII_SPACE.has(bytes[i] as number)) i++;
  if (i === bytes.length) return true;
  // Other white space (no-break and wide spaces, a byte-order mark) is rare: decode to be sure.
  return (bytes[i] as number) >= 0x80 && bytes.toString('utf8').trim() === '';
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
