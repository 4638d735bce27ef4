import type { FeedRecord } from '../services/feeds/types.ts';
import { plural } from './digest-outlook.ts';
import { escapeMarkdown, MESSAGE_CONTENT_LIMIT, oneLine, truncate } from './limits.ts';

/** /feed add's answer: what is followed, where its items go, and what is being read right now. */
export function feedAddedText(feed: FeedRecord, itemCount: number, readCount: number): string {
  const modeText =
    feed.mode === 'instant'
      ? 'each new item will be posted there as it arrives'
      : 'its new items go into this server’s digests';
  const reading =
    readCount === 0
      ? 'It lists no items right now; new ones are read as they appear.'
      : `Reading its newest ${readCount === itemCount ? (readCount === 1 ? 'item' : `${readCount} items`) : `${readCount} of ${itemCount} items`} now: they will be in /digest preview, /recent and /search within seconds. ` +
        'Items already in the feed are not posted in the channel.';
  return truncate(
    `Following **${escapeMarkdown(truncate(oneLine(feed.title), 200))}** (${plural(itemCount, 'item', 'items')} right now) for <#${feed.channelId}>, checked every ${feed.intervalMinutes} minutes; ${modeText}. ${reading}`,
    MESSAGE_CONTENT_LIMIT,
  );
}
