/**
 * What an article is read from, as plain data: kept apart from pipeline.ts so the main thread can
 * describe an input without loading the extractor (which runs on the worker pool).
 */
import type { FetchResult } from './fetch/types.ts';

/** How a piece of input should be read. */
export type InputFormat = 'html' | 'markdown' | 'text';

/** Guesses the format of a file from its name, falling back to sniffing the start of its content. */
export function formatOfFile(name: string, content: string): InputFormat {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.(md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content.slice(0, 1000))
    ? 'html'
    : 'text';
}

/**
 * Raw input to read an article from: a fetched page (pageUrl set: where it was fetched from) or a
 * member's pasted text or file (pageUrl null). Plain data, so it can be sent to a worker thread.
 */
export interface ArticleInput {
  content: string;
  format: InputFormat;
  pageUrl: string | null;
}

/** How a fetched page is read: text/plain as pasted text, anything else as HTML. */
export function pageInput(page: Pick<FetchResult, 'body' | 'contentType' | 'url'>): ArticleInput {
  return {
    content: page.body,
    format: page.contentType === 'text/plain' ? 'text' : 'html',
    pageUrl: page.url,
  };
}
