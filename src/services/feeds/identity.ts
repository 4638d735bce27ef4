import { createHash } from 'node:crypto';
import type { FeedItem } from './types.ts';

export function shortHash(value: string, length = 22): string {
  return createHash('sha256').update(value).digest('base64url').slice(0, length);
}

/** Drops what changes without changing the article: fragment, tracking parameters, host case. */
export function canonicalLink(link: string): string {
  try {
    const url = new URL(link);
    url.hash = '';
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|cmpid$)/i.test(key)) url.searchParams.delete(key);
    }
    url.hostname = url.hostname.toLowerCase();
    return url.href;
  } catch {
    return link.trim();
  }
}

export interface ItemIdentity {
  /** Stable key of the item: its guid, else its canonical link, else a hash of title + link. */
  key: string;
  /** Key of its canonical link, remembered too so that an item whose guid changes is not new. */
  linkKey: string | null;
}

/** How we recognise an item we have already seen, even after its date, title or guid is edited. */
export function itemIdentity(item: FeedItem): ItemIdentity {
  const link = item.link ? canonicalLink(item.link) : null;
  const linkKey = link ? shortHash(`link:${link}`) : null;
  if (item.guid) return { key: shortHash(`guid:${item.guid}`), linkKey };
  if (linkKey) return { key: linkKey, linkKey };
  return { key: shortHash(`title:${item.title ?? ''}|${item.summaryHtml ?? ''}`), linkKey: null };
}
