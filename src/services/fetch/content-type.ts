import type { FetchKind } from './types.ts';

/** A Content-Type header split into its media type (lower case) and charset label, if any. */
export interface ParsedContentType {
  mediaType: string;
  charset: string | null;
}

export function parseContentType(header: string | undefined): ParsedContentType | null {
  if (!header) return null;
  const [typePart, ...params] = header.split(';');
  const mediaType = (typePart ?? '').trim().toLowerCase();
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(mediaType)) return null;
  let charset: string | null = null;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(param);
    if (match?.[1]) charset = match[1].toLowerCase();
  }
  return { mediaType, charset };
}

const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

// Feeds also accept HTML so the feed code can look for <link rel="alternate"> autodiscovery.
const FEED_TYPES = new Set([
  ...PAGE_TYPES,
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/feed+json',
  'application/json',
  // Older non-standard names that real feeds are still served with.
  'application/x-rss+xml',
  'application/x-atom+xml',
]);

export function isAcceptedMediaType(mediaType: string, kind: FetchKind): boolean {
  return (kind === 'feed' ? FEED_TYPES : PAGE_TYPES).has(mediaType);
}

/** Everything the fetcher would take for this kind, for the Accept request header. */
export function acceptHeaderFor(kind: FetchKind): string {
  if (kind === 'feed') {
    return 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.1';
  }
  return 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1';
}

/**
 * Guesses the media type of a body sent without Content-Type from its first bytes.
 * Returns null when it does not look like anything NewsBrief reads.
 */
export function sniffMediaType(head: Buffer, kind: FetchKind): string | null {
  const text = head
    .subarray(0, 1024)
    .toString('latin1')
    .replace(/^(\xef\xbb\xbf|\xfe\xff|\xff\xfe)/, '')
    .trimStart()
    .toLowerCase();
  const startsWithXmlDecl = text.startsWith('<?xml');
  if (startsWithXmlDecl) {
    if (/<html[\s>]/.test(text)) return 'application/xhtml+xml';
    return kind === 'feed' ? 'application/xml' : null;
  }
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]|<html[\s>]/.test(text)) return 'text/html';
  if (kind !== 'feed') return null;
  if (/^<(rss|feed|rdf:rdf)[\s>]/.test(text)) return 'application/xml';
  if (text.startsWith('{')) return 'application/json';
  return null;
}
