/**
 * Pasted text and Markdown to an Article: no HTML parser is involved, so a command reading only
 * text need not load one (the CLI loads the page pipeline, pipeline.ts, on its first page or URL).
 */
import { UserFacingError } from './errors.ts';
import { markdownToText } from './text/markdown.ts';
import { articleFromText } from './text/plain-text.ts';
import type { Article } from './types.ts';

export function emptyInputError(): UserFacingError {
  return new UserFacingError('no_article', 'That input is empty: there is no article to read.');
}

export function articleFromPasted(
  content: string,
  format: 'markdown' | 'text',
  url: string | null = null,
): Article {
  if (content.trim() === '') throw emptyInputError();
  const text = format === 'markdown' ? markdownToText(content) : content;
  return { ...articleFromText(text), url, canonicalUrl: url };
}
