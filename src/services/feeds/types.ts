/** One entry of a feed, whatever its format (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed). */
export interface FeedItem {
  guid: string | null;
  /** Absolute URL of the article page, or null when the item has none. */
  link: string | null;
  title: string | null;
  /** ISO 8601; null when the item has no (readable) date. */
  publishedAt: string | null;
  /** Full content as HTML (content:encoded, Atom content, JSON content_html). */
  contentHtml: string | null;
  /** Short description as HTML or text (description, Atom summary, JSON summary). */
  summaryHtml: string | null;
  author: string | null;
  imageUrl: string | null;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The website the feed belongs to, when it says. */
  siteUrl: string | null;
  items: FeedItem[];
}

export type FeedMode = 'digest' | 'instant';

/** A feed followed by one Discord server, as stored. */
export interface FeedRecord {
  id: string;
  guildId: string;
  /** The feed document's URL (after discovery from a site page). */
  url: string;
  title: string;
  siteUrl: string | null;
  channelId: string;
  mode: FeedMode;
  intervalMinutes: number;
  addedBy: string;
  createdAt: string;
  /** False until the first poll marked the existing items as seen. */
  primed: boolean;
  paused: boolean;
  pausedReason: string | null;
  etag: string | null;
  lastModified: string | null;
  /** ISO time of the next poll (mirrors the score in the due index). */
  nextPollAt: string;
  lastPolledAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  /** Start of the current run of failures; null when the last poll succeeded. */
  failingSince: string | null;
  consecutiveFailures: number;
  itemsIngested: number;
}

/** A new feed's first read, while it runs: its newest items are being summarized into stories. */
export interface FirstReadProgress {
  /** Items the first read turns into stories (the newest few; the others are only marked seen). */
  total: number;
  /** How many of those are stored so far. */
  done: number;
  /** Items the feed listed. */
  items: number;
}
