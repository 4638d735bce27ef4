import type { APIEmbed } from 'discord.js';
import type { DigestRecord } from '../services/digest/types.ts';
import { describeDays } from '../services/digest/schedule.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import { EMBED_LIMITS, escapeMarkdown, joinLinesWithin, oneLine, truncate } from './limits.ts';

const LIST_COLOR = 0x4a5568;
const when = (iso: string | null) => (iso ? `<t:${Math.floor(Date.parse(iso) / 1000)}:R>` : 'never');

export function feedStatus(feed: FeedRecord): string {
  if (feed.paused) return `⏸️ paused${feed.pausedReason ? ` (${feed.pausedReason})` : ''}`;
  if (feed.failingSince) return `⚠️ failing since ${when(feed.failingSince)}`;
  if (!feed.lastSuccessAt) return '🕓 waiting for its first check';
  return '✅ active';
}

/** /feed list: status, last success and last error of each feed, within one embed. */
export function buildFeedListEmbed(feeds: FeedRecord[]): APIEmbed {
  if (feeds.length === 0)
    return {
      title: 'Feeds',
      description: 'This server follows no feeds yet. Add one with /feed add.',
      color: LIST_COLOR,
    };
  const blocks = feeds.map((feed) => {
    const lines = [
      `**${escapeMarkdown(truncate(oneLine(feed.title), 120))}** · \`${feed.id}\``,
      `${truncate(feed.url, 300)}`,
      `<#${feed.channelId}> · ${feed.mode} · every ${feed.intervalMinutes} min · ${feedStatus(feed)}`,
      `Last success ${when(feed.lastSuccessAt)} · ${feed.itemsIngested} new items so far`,
    ];
    if (feed.lastError) lines.push(`Last error: ${escapeMarkdown(truncate(oneLine(feed.lastError), 200))}`);
    return lines.join('\n');
  });
  return {
    title: `Feeds (${feeds.length})`,
    description: joinLinesWithin(blocks, EMBED_LIMITS.description, '\n\n'),
    color: LIST_COLOR,
  };
}

/** /digest list: schedule, filters and state of each digest. */
export function buildDigestListEmbed(digests: DigestRecord[], feedTitles: Map<string, string>): APIEmbed {
  if (digests.length === 0)
    return { title: 'Digests', description: 'No digests yet. Set one with /digest set.', color: LIST_COLOR };
  const blocks = digests.map((digest) => {
    const lines = [
      `<#${digest.channelId}> · ${digest.time} ${digest.timezone}, ${describeDays(digest.days)} · up to ${digest.max} items`,
      digest.enabled
        ? `Next ${when(digest.nextDueAt)} · last sent ${when(digest.lastDeliveredAt)}`
        : `⛔ off: ${digest.disabledReason ?? 'disabled'}`,
    ];
    if (digest.feedIds.length > 0)
      lines.push(`Feeds: ${digest.feedIds.map((id) => escapeMarkdown(feedTitles.get(id) ?? id)).join(', ')}`);
    if (digest.include.length > 0) lines.push(`Only with: ${escapeMarkdown(digest.include.join(', '))}`);
    if (digest.exclude.length > 0) lines.push(`Without: ${escapeMarkdown(digest.exclude.join(', '))}`);
    return lines.join('\n');
  });
  return {
    title: `Digests (${digests.length})`,
    description: joinLinesWithin(blocks, EMBED_LIMITS.description, '\n\n'),
    color: LIST_COLOR,
  };
}
