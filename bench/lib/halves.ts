/**
 * Splits a benchmark by site into two fixed halves: "read" (whose errors rules may be written
 * from) and "unread" (only ever measured). A page's half is a hash of its site's registrable name,
 * so every page of a site lands in the same half and the split never depends on the pages' order.
 */
import { createHash } from 'node:crypto';

export type Half = 'read' | 'unread';
export const HALVES: readonly Half[] = ['read', 'unread'];

/** "edition.cnn.com" → "cnn.com", "news.bbc.co.uk" → "bbc.co.uk": one name per site. */
export function siteOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
  const labels = host.replace(/^www\./, '').split('.');
  const secondLevel = /^(co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2] ?? '');
  return labels.slice(-(secondLevel ? 3 : 2)).join('.');
}

/** The half a page belongs to: the parity of the first byte of SHA-256 of its site. */
export function halfOf(url: string): Half {
  const first = createHash('sha256').update(siteOf(url)).digest()[0] ?? 0;
  return first % 2 === 0 ? 'read' : 'unread';
}

/** "read 0.981 | unread 0.962": one figure per half, read half first. */
export function byHalf(format: (half: Half) => string): string {
  return HALVES.map((half) => `${half} ${format(half)}`).join(' | ');
}
