/** What a fetch may accept: article pages (HTML/XHTML, text/plain) or feeds (RSS/Atom/JSON Feed + HTML for discovery). */
export type FetchKind = 'page' | 'feed';

export interface FetchRequest {
  kind?: FetchKind;
  /** Conditional request validators from an earlier fetch (feeds). */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchResult {
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** True on 304 Not Modified: `body` is empty and nothing needs parsing. */
  notModified: boolean;
  /** Media type without parameters, lower-cased ("text/html"). */
  contentType: string;
  /** The decoded text of the body. */
  body: string;
  etag: string | null;
  lastModified: string | null;
}

/**
 * Fetches public web resources safely: http(s) only, private addresses refused at connect time,
 * redirects re-checked, size and time capped. Every refusal is a UserFacingError.
 */
export interface Fetcher {
  fetch(url: string, request?: FetchRequest): Promise<FetchResult>;
}
