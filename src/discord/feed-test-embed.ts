import type { APIEmbed } from 'discord.js';
import { explainVerdict } from '../services/feeds/filters.ts';
import type { FeedTestResult } from '../services/feeds/feed-test.ts';
import { EMBED_LIMITS, escapeMarkdown, joinLinesWithin, oneLine, truncate } from './limits.ts';

const TEST_COLOR = 0x4a5568;

/** /feed test: each current item with ✅ or ❌ and the term (and field) that decided, within one embed. */
export function buildFeedTestEmbed(
  feedTitle: string,
  result: FeedTestResult,
  filters: { include: string[]; exclude: string[] },
): APIEmbed {
  const lines = result.items.map((item) => {
    const title = escapeMarkdown(truncate(oneLine(item.title), 120));
    return `${item.verdict.passes ? '✅' : '❌'} **${title}**\n-# ${escapeMarkdown(explainVerdict(item.verdict))}`;
  });
  const shown = result.total > result.items.length ? ` (the newest ${result.items.length} shown)` : '';
  const filterText = [
    filters.include.length > 0 ? `include: ${filters.include.join(', ')}` : null,
    filters.exclude.length > 0 ? `exclude: ${filters.exclude.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    title: truncate(`Feed test · ${oneLine(feedTitle)}`, EMBED_LIMITS.title),
    description:
      joinLinesWithin(lines, EMBED_LIMITS.description - 100) || 'The feed lists no items right now.',
    footer: {
      text: truncate(
        `${result.passing} of ${result.total} items pass${shown} · ${filterText || 'no filters'}`,
        EMBED_LIMITS.footer,
      ),
    },
    color: TEST_COLOR,
  };
}
