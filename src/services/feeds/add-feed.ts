import { UserFacingError } from '../errors.ts';
import type { Fetcher } from '../fetch/types.ts';
import type { PostSettings } from '../posting.ts';
import { discoverFeedLinks } from './discover.ts';
import { compileFilters, itemFilter } from './filters.ts';
import type { FeedStore } from './feed-store.ts';
import { shortHash } from './identity.ts';
import { parseFeedHere, type FeedParser } from './feed-parser.ts';
import { looksLikeFeed } from './parse.ts';
import { firstReadTotal } from './poll.ts';
import type { FeedMode, FeedRecord, ParsedFeed } from './types.ts';

export const MAX_FEEDS_PER_GUILD = 50;
export const MIN_INTERVAL_MINUTES = 5;

/**
 * Fetches a URL that is a feed, or a website whose page links one (<link rel="alternate">),
 * and parses it. Throws not_a_feed when neither works.
 */
export async function resolveFeed(
  fetcher: Fetcher,
  url: string,
  parse: FeedParser = parseFeedHere,
): Promise<{ url: string; feed: ParsedFeed }> {
  const first = await fetcher.fetch(url, { kind: 'feed' });
  if (looksLikeFeed(first.body)) return { url: first.url, feed: await parse(first.body, first.url) };
  const candidates = discoverFeedLinks(first.body, first.url).slice(0, 3);
  let lastError: unknown = null;
  for (const candidate of candidates) {
    try {
      const result = await fetcher.fetch(candidate, { kind: 'feed' });
      return { url: result.url, feed: await parse(result.body, result.url) };
    } catch (error) {
      lastError = error;
    }
  }
  throw new UserFacingError(
    'not_a_feed',
    candidates.length > 0
      ? `That page links a feed, but it could not be read (${lastError instanceof Error ? lastError.message : 'unknown error'}).`
      : 'That address is not an RSS, Atom or JSON feed, and the page links no feed.',
    { cause: lastError ?? undefined },
  );
}

export interface AddFeedInput extends PostSettings {
  guildId: string;
  channelId: string;
  url: string;
  mode: FeedMode;
  intervalMinutes: number;
  addedBy: string;
  /** Filter terms (words or /regex/flags), checked before anything is fetched. */
  include?: string[];
  exclude?: string[];
}

export const feedIdFor = (guildId: string, feedUrl: string) => shortHash(`${guildId}|${feedUrl}`, 12);

/**
 * Follows a feed for a server after checking it parses. Its first read (readNewFeed right after,
 * or the poll job, whichever claims it) keeps the newest few items as stories and marks the rest
 * seen, so adding a feed never floods the channel. `readCount` is how many stories that makes.
 */
export async function addFeed(
  deps: { fetcher: Fetcher; feeds: FeedStore; parseFeed?: FeedParser },
  input: AddFeedInput,
  now: Date,
) {
  if ((await deps.feeds.countForGuild(input.guildId)) >= MAX_FEEDS_PER_GUILD) {
    throw new UserFacingError(
      'bad_input',
      `This server already follows ${MAX_FEEDS_PER_GUILD} feeds; remove one first.`,
    );
  }
  compileFilters(input); // a pattern that cannot be used is refused before anything is fetched
  const resolved = await resolveFeed(deps.fetcher, input.url, deps.parseFeed);
  const id = feedIdFor(input.guildId, resolved.url);
  if (await deps.feeds.get(id))
    throw new UserFacingError('bad_input', 'This server already follows that feed.');
  const record: FeedRecord = {
    id,
    guildId: input.guildId,
    url: resolved.url,
    title: (resolved.feed.title ?? new URL(resolved.url).hostname).slice(0, 200),
    siteUrl: resolved.feed.siteUrl,
    channelId: input.channelId,
    mode: input.mode,
    intervalMinutes: Math.max(MIN_INTERVAL_MINUTES, Math.round(input.intervalMinutes)),
    addedBy: input.addedBy,
    createdAt: now.toISOString(),
    primed: false,
    paused: false,
    pausedReason: null,
    etag: null,
    lastModified: null,
    nextPollAt: now.toISOString(),
    lastPolledAt: null,
    lastSuccessAt: null,
    lastError: null,
    failingSince: null,
    consecutiveFailures: 0,
    itemsIngested: 0,
    channelKind: input.channelKind ?? 'text',
    style: input.style ?? 'full',
    pingRoleId: input.pingRoleId ?? null,
    include: input.include ?? [],
    exclude: input.exclude ?? [],
  };
  await deps.feeds.save(record);
  const itemCount = resolved.feed.items.length;
  const readCount = firstReadTotal(resolved.feed.items.filter(itemFilter(record)).length);
  // Recorded before anyone starts: a preview right after this answer knows the feed is being read.
  if (readCount > 0) await deps.feeds.setFirstRead(id, { total: readCount, done: 0, items: itemCount });
  return { feed: record, itemCount, readCount };
}

/** Finds a server's feed by id, URL or title (what /feed remove|pause|resume accept). */
export async function findGuildFeed(feeds: FeedStore, guildId: string, query: string): Promise<FeedRecord> {
  const all = await feeds.listForGuild(guildId);
  const needle = query.trim().toLowerCase();
  const found =
    all.find((feed) => feed.id === query.trim()) ??
    all.find((feed) => feed.url.toLowerCase() === needle) ??
    all.find((feed) => feed.title.toLowerCase() === needle) ??
    all.find((feed) => feed.url.toLowerCase().includes(needle) || feed.title.toLowerCase().includes(needle));
  if (!found)
    throw new UserFacingError('not_found', 'This server follows no feed like that. See /feed list.');
  return found;
}

/** Resumes a paused feed: polled again at once, with its failure history cleared. */
export function resumedFeed(feed: FeedRecord, now: Date): FeedRecord {
  return {
    ...feed,
    paused: false,
    pausedReason: null,
    failingSince: null,
    consecutiveFailures: 0,
    nextPollAt: now.toISOString(),
  };
}
