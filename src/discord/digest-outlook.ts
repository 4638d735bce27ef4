import type { DigestOutlook } from '../services/digest/outlook.ts';
import { outlookSources } from '../services/digest/outlook.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import type { FeedReading } from '../services/feeds/first-read.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import { escapeMarkdown, MESSAGE_CONTENT_LIMIT, oneLine, truncate } from './limits.ts';

/** The sentences that say what a digest would hold now, or truthfully why it holds nothing. */

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const stamp = (iso: string) => `<t:${Math.floor(Date.parse(iso) / 1000)}:f>`;
export const feedName = (feed: Pick<FeedRecord, 'title'>) =>
  `**${escapeMarkdown(truncate(oneLine(feed.title), 80))}**`;

/** "A", "A and B", "A, B and 2 more". */
export function nameList(names: string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/** "Still reading 2 of 3 stories from **Daily Courier**; try again in a moment." or null. */
export function readingNote(reading: FeedReading[]): string | null {
  if (reading.length === 0) return null;
  const known = reading.filter((r) => r.total !== null);
  const unknown = reading.filter((r) => r.total === null);
  const parts: string[] = [];
  if (known.length > 0) {
    const remaining = known.reduce((sum, r) => sum + (r.remaining ?? 0), 0);
    const total = known.reduce((sum, r) => sum + (r.total ?? 0), 0);
    parts.push(
      `Still reading ${remaining} of ${plural(total, 'story', 'stories')} from ${nameList(known.map((r) => feedName(r.feed)))}; try again in a moment.`,
    );
  }
  if (unknown.length > 0)
    parts.push(
      `${nameList(unknown.map((r) => feedName(r.feed)))} ${unknown.length === 1 ? 'has' : 'have'} not been read yet; ${unknown.length === 1 ? 'it' : 'they'} will be within a minute.`,
    );
  return parts.join(' ');
}

/** One line per kind of trouble among a digest's feeds, pointing at /feed list. */
export function feedTroubleNote(feeds: FeedRecord[]): string | null {
  const paused = feeds.filter((feed) => feed.paused);
  const failing = feeds.filter((feed) => !feed.paused && feed.failingSince !== null);
  const parts: string[] = [];
  if (paused.length > 0)
    parts.push(`${nameList(paused.map(feedName))} ${paused.length === 1 ? 'is' : 'are'} paused`);
  if (failing.length > 0)
    parts.push(
      `${nameList(failing.map(feedName))} ${failing.length === 1 ? 'fails' : 'fail'} to load (last error: ${escapeMarkdown(truncate(oneLine(failing[0]!.lastError ?? 'unknown'), 120))})`,
    );
  return parts.length > 0 ? `${parts.join('; ')}: see /feed list.` : null;
}

/** "include: rocket; exclude: sport; only from: **Daily Courier**". */
export function describeFilters(digest: DigestRecord, feeds: FeedRecord[]): string {
  const parts: string[] = [];
  if (digest.feedIds.length > 0) {
    const names = digest.feedIds.map((id) => {
      const feed = feeds.find((f) => f.id === id);
      return feed ? feedName(feed) : `a removed feed (\`${id}\`)`;
    });
    parts.push(`only from ${nameList(names)}`);
  }
  if (digest.include.length > 0) parts.push(`include: ${escapeMarkdown(digest.include.join(', '))}`);
  if (digest.exclude.length > 0) parts.push(`exclude: ${escapeMarkdown(digest.exclude.join(', '))}`);
  return truncate(parts.join('; '), 600);
}

/** "the last digest, posted <t>" or "this digest last ran, <t> (it posted nothing then)". */
function lastRun(digest: DigestRecord): string {
  const at = stamp(digest.lastDeliveredAt!);
  if (digest.lastPostedAt === digest.lastDeliveredAt) return `the last digest, posted ${at}`;
  if (digest.lastPostedAt === undefined) return `this digest last ran, ${at}`;
  return `this digest last ran, ${at} (it had nothing to post then)`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The one reason the digest holds nothing now, as it is (checked in this order). */
export function emptyDigestReason(outlook: DigestOutlook, digest: DigestRecord): string {
  const neverRan = digest.lastDeliveredAt === null;
  const opening = (text: string) =>
    neverRan ? `No digest has been posted here yet, and ${text}` : capitalise(text);
  const restricted = digest.feedIds.length > 0;
  if (restricted && outlook.digestFeeds.length === 0)
    return 'This digest draws only from feeds this server no longer follows, so it has nothing to post: run /digest set again with other feeds, or with none to use every story.';
  const scope = outlook.sinceLastRun ? `since ${lastRun(digest)}` : 'from the last 7 days';
  const feeds = outlook.digestFeeds;
  const itsFeeds = `this digest’s ${feeds.length === 1 ? 'feed' : 'feeds'} (${nameList(feeds.map(feedName))})`;
  const candidates = restricted
    ? outlook.windowStories.filter(
        (story) => story.source.kind === 'feed' && digest.feedIds.includes(story.source.feedId),
      )
    : outlook.windowStories;
  const count = candidates.length;
  if (count > 0) {
    const stories = count === 1 ? 'story' : 'stories';
    const whose = restricted
      ? `the ${count} ${stories} from ${itsFeeds}`
      : `this server’s ${count} ${stories}`;
    return opening(
      `none of ${whose} ${scope} ${count === 1 ? 'matches' : 'match'} its filters (${describeFilters(digest, outlook.serverFeeds)}).`,
    );
  }
  if (outlook.serverStories === 0) {
    if (outlook.serverFeeds.length === 0)
      return opening(
        'this server has no stories yet: follow a feed with /feed add, or summarize an article with /summarize.',
      );
    return opening(
      `this server’s ${outlook.serverFeeds.length === 1 ? 'feed has' : 'feeds have'} brought no stories yet, and nobody has used /summarize here.`,
    );
  }
  if (restricted)
    return outlook.sinceLastRun
      ? `Nothing new from ${itsFeeds} since ${lastRun(digest)}.`
      : opening(`${itsFeeds} ${feeds.length === 1 ? 'has' : 'have'} no stories from the last 7 days.`);
  if (outlook.sinceLastRun) return `Nothing new since ${lastRun(digest)}.`;
  return opening('this server has no stories from the last 7 days (a digest never reaches further back).');
}

/** The reason, then what is still being read and which feeds are in trouble. */
export function emptyDigestText(outlook: DigestOutlook, digest: DigestRecord, tail?: string): string {
  const reading = readingNote(outlook.reading);
  // Nothing in the window while a feed is being read: that read is the reason, nothing else.
  const reason = reading && outlook.windowStories.length === 0 ? null : emptyDigestReason(outlook, digest);
  const parts = [reason, reading, feedTroubleNote(outlook.digestFeeds), tail ?? null];
  return truncate(parts.filter(Boolean).join(' '), MESSAGE_CONTENT_LIMIT);
}

/** For /digest set: "Right now it would post 3 stories (from 1 feed); first: “…”." */
export function digestSummaryLine(outlook: DigestOutlook, digest: DigestRecord): string {
  if (outlook.items.length === 0)
    return `Right now it would post nothing. ${emptyDigestText(outlook, digest)}`;
  const sources = outlookSources(outlook);
  const from = [
    sources.feeds > 0 ? plural(sources.feeds, 'feed', 'feeds') : null,
    sources.memberStories > 0 ? plural(sources.memberStories, 'member summary', 'member summaries') : null,
  ].filter(Boolean);
  const first = escapeMarkdown(truncate(oneLine(outlook.items[0]!.headline), 150));
  const reading = readingNote(outlook.reading);
  return [
    `Right now it would post ${plural(outlook.items.length, 'story', 'stories')} (from ${from.join(' and ')}); first: “${first}”.`,
    reading,
    feedTroubleNote(outlook.digestFeeds),
  ]
    .filter(Boolean)
    .join(' ');
}
