/** An article as the pipeline sees it, whatever it came from (a fetched page, a file, pasted text). */
export interface Article {
  /** Where the article was read from (the final URL after redirects), or null for pasted text/files. */
  url: string | null;
  /** `<link rel=canonical>` / og:url / JSON-LD url, absolute; null when unknown. */
  canonicalUrl: string | null;
  headline: string;
  /** Author names only, comma-separated ("Jane Doe, John Roe"); null when the page names none. */
  byline: string | null;
  /** ISO 8601 (date or date-time); null when unknown. */
  publishedAt: string | null;
  siteName: string | null;
  /** BCP 47 primary tag ("en", "fr", "ja"); null when unknown. */
  lang: string | null;
  imageUrl: string | null;
  /** The article body, one string per paragraph, in order. */
  paragraphs: string[];
  /** Key points the article itself states near the top (e.g. "•" lines); may be empty. */
  keyPoints: string[];
  /** Where the headline was read from; "derived" when made from the text because none was given. */
  headlineSource?: HeadlineSource;
  /** Where `byline` was read from; null when there is no byline. */
  bylineSource?: BylineSource | null;
  /** Where `publishedAt` was read from; null when there is no date. */
  publishedAtSource?: DateSource | null;
}

/** Headline sources: JSON-LD `headline`, og:/twitter:title, the page's <h1>, <title>, a pasted first line, or derived from the text. */
export type HeadlineSource = 'json-ld' | 'meta' | 'h1' | 'title' | 'first-line' | 'derived';

/** Byline sources, most trusted first: JSON-LD `author`, author meta tags, a byline element, a "By …" line near the headline. */
export type BylineSource = 'json-ld' | 'meta' | 'byline-element' | 'by-line-text';

/**
 * Date sources, most trusted first: JSON-LD `datePublished`, publication meta tags, a <time> or
 * datePublished microdata in the article's header, the URL path, a dateline printed by the headline;
 * last, and only when none of those gives one, the page's modification date.
 */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'dateline' | 'modified';

export interface Quote {
  /** The quoted words without the surrounding quotation marks. */
  text: string;
  /** Full name of the person or organisation quoted, or null when it cannot be resolved. */
  speaker: string | null;
}

export interface Summary {
  headline: string;
  /** 3–5 key bullets (fewer only when the article has fewer sentences), in article order. */
  bullets: string[];
  /** Up to 3 quotes, most newsworthy first (all of them with the allQuotes option). */
  quotes: Quote[];
}

export interface SummarizeOptions {
  /** Return every direct quote found, in article order, instead of the top 3. */
  allQuotes?: boolean;
}

/** Where a story came from: a member's /summarize or a followed feed. */
export type StorySource = { kind: 'member'; userId: string } | { kind: 'feed'; feedId: string };

/** A summarized article stored for one Discord server. */
export interface Story {
  id: string;
  guildId: string;
  /** Canonical URL when known, else the fetched URL; null for pasted text. */
  url: string | null;
  headline: string;
  bullets: string[];
  quotes: Quote[];
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  imageUrl: string | null;
  lang: string | null;
  /** Article body, paragraphs separated by a blank line. */
  body: string;
  /** ISO 8601: when it was summarized (or ingested from its feed). */
  createdAt: string;
  channelId: string | null;
  source: StorySource;
}
