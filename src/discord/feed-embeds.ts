import type { APIEmbed } from 'discord.js';
import type { DigestRecord } from '../services/digest/types.ts';
import { describeDays } from '../services/digest/schedule.ts';
import type { FeedReading } from '../services/feeds/first-read.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import type { ChannelAccessCheck } from './channel-access.ts';
import { EMBED_LIMITS, escapeMarkdown, oneLine, truncate } from './limits.ts';
import { digestStatusLines, feedStatusLines } from './problems.ts';

const LIST_COLOR = 0x4a5568;
const when = (iso: string | null) => (iso ? `<t:${Math.floor(Date.parse(iso) / 1000)}:R>` : 'never');
const unknownAccess: ChannelAccessCheck = () => ({ kind: 'unknown' });

/**
 * Blocks joined within the description limit; blocks that do not fit are counted in a last line
 * rather than silently dropped.
 */
function listDescription(blocks: string[], what: string): string {
  const budget = EMBED_LIMITS.description - 80;
  let out = '';
  let shown = 0;
  for (const block of blocks) {
    const next = out === '' ? block : `${out}\n\n${block}`;
    if (next.length > budget) break;
    out = next;
    shown++;
  }
  if (shown === 0) out = truncate(blocks[0] ?? '', budget);
  const hidden = blocks.length - Math.max(shown, 1);
  return hidden > 0 ? `${out}\n\n…and ${hidden} more ${what} not shown.` : out;
}

export const NO_FEEDS_TEXT =
  'This server follows no feeds yet, so its digests only draw from what members /summarize. Add one with /feed add url: (a feed’s address, or a news site’s own address when it links its feed).';

/** /feed list: status, problems (each with its fix) and last error of each feed, within one embed. */
export function buildFeedListEmbed(
  feeds: FeedRecord[],
  access: ChannelAccessCheck = unknownAccess,
  reading: FeedReading[] = [],
): APIEmbed {
  if (feeds.length === 0) return { title: 'Feeds', description: NO_FEEDS_TEXT, color: LIST_COLOR };
  const blocks = feeds.map((feed) => {
    const lines = [
      `**${escapeMarkdown(truncate(oneLine(feed.title), 120))}** · \`${feed.id}\``,
      `${truncate(feed.url, 300)}`,
      `<#${feed.channelId}> · ${feed.mode} · every ${feed.intervalMinutes} min · ${feed.itemsIngested} new items so far`,
      ...feedStatusLines(
        feed,
        access(feed.channelId),
        reading.find((r) => r.feed.id === feed.id),
      ),
    ];
    return lines.join('\n');
  });
  return {
    title: `Feeds (${feeds.length})`,
    description: listDescription(blocks, 'feeds'),
    color: LIST_COLOR,
  };
}

/** /digest list: schedule, filters, state and problems (each with its fix) of each digest. */
export function buildDigestListEmbed(
  digests: DigestRecord[],
  feeds: FeedRecord[],
  access: ChannelAccessCheck = unknownAccess,
): APIEmbed {
  if (digests.length === 0)
    return { title: 'Digests', description: 'No digests yet. Set one with /digest set.', color: LIST_COLOR };
  const titles = new Map(feeds.map((feed) => [feed.id, feed.title]));
  const blocks = digests.map((digest) => {
    const lines = [
      `<#${digest.channelId}> · \`${digest.id}\` · ${digest.time} ${digest.timezone}, ${describeDays(digest.days)} · up to ${digest.max} items`,
      ...digestStatusLines(digest, access(digest.channelId), feeds, when),
    ];
    if (digest.feedIds.length > 0)
      lines.push(
        `Feeds: ${digest.feedIds.map((id) => escapeMarkdown(truncate(oneLine(titles.get(id) ?? id), 80))).join(', ')}`,
      );
    if (digest.include.length > 0) lines.push(`Only with: ${escapeMarkdown(digest.include.join(', '))}`);
    if (digest.exclude.length > 0) lines.push(`Without: ${escapeMarkdown(digest.exclude.join(', '))}`);
    return lines.join('\n');
  });
  return {
    title: `Digests (${digests.length})`,
    description: listDescription(blocks, 'digests'),
    color: LIST_COLOR,
  };
}
