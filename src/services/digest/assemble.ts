import type { Story } from '../types.ts';
import { clusterStories, contentTokens } from './similarity.ts';
import type { DigestItem, DigestRecord } from './types.ts';

/** A digest never reaches further back than this, however long since the last one. */
export const MAX_LOOKBACK_MS = 7 * 24 * 3600_000;

function matchesAny(story: Story, words: string[]): boolean {
  const haystack =
    `${story.headline}\n${story.bullets.join('\n')}\n${story.body.slice(0, 5000)}`.toLowerCase();
  return words.some((word) =>
    new RegExp(
      `(^|[^\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`,
      'iu',
    ).test(haystack),
  );
}

/** The digest's filters: feeds, include and exclude keywords (whole words, case-insensitive). */
export function filterStories(
  stories: Story[],
  digest: Pick<DigestRecord, 'feedIds' | 'include' | 'exclude'>,
): Story[] {
  return stories.filter((story) => {
    if (
      digest.feedIds.length > 0 &&
      (story.source.kind !== 'feed' || !digest.feedIds.includes(story.source.feedId))
    )
      return false;
    if (digest.include.length > 0 && !matchesAny(story, digest.include)) return false;
    return !(digest.exclude.length > 0 && matchesAny(story, digest.exclude));
  });
}

function sourceName(story: Story): string {
  if (story.siteName) return story.siteName;
  try {
    return story.url ? new URL(story.url).hostname.replace(/^www\./, '') : 'pasted text';
  } catch {
    return 'unknown source';
  }
}

/** The 1–2 bullets that say most about the event: shared with other reports, concrete (numbers), early. */
function strongestBullets(lead: Story, others: Story[]): string[] {
  const otherTokens = new Set(
    others.flatMap((story) => contentTokens(`${story.headline} ${story.bullets.join(' ')}`)),
  );
  const headline = new Set(contentTokens(lead.headline));
  const scored = lead.bullets.map((bullet, index) => {
    const tokens = contentTokens(bullet);
    const shared = tokens.filter((token) => otherTokens.has(token) || headline.has(token)).length;
    return { bullet, index, score: shared + (/\d/.test(bullet) ? 1 : 0) - index * 0.75 };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 2)
    .sort((a, b) => a.index - b.index)
    .map((entry) => entry.bullet);
}

/**
 * Turns a server's recent stories into digest items: filtered, near-duplicates merged into one
 * item listing every source, ranked by importance (how many sources, quotes) and recency.
 */
export function assembleDigest(
  stories: Story[],
  digest: Pick<DigestRecord, 'feedIds' | 'include' | 'exclude' | 'max'>,
  now: Date,
): DigestItem[] {
  const kept = filterStories(stories, digest);
  const clusters = clusterStories(kept).map((indexes) => indexes.map((index) => kept[index]!));
  const items = clusters.map((group) => {
    // The fullest report leads: most bullets, then longest body.
    const lead = [...group].sort(
      (a, b) => b.bullets.length - a.bullets.length || b.body.length - a.body.length,
    )[0]!;
    const sources = new Map<string, { name: string; url: string | null }>();
    for (const story of group) {
      const name = sourceName(story);
      if (!sources.has(name)) sources.set(name, { name, url: story.url });
    }
    const latest = Math.max(...group.map((story) => Date.parse(story.createdAt) || 0));
    const ageHours = Math.max(0, (now.getTime() - latest) / 3600_000);
    const importance = sources.size + (group.some((story) => story.quotes.length > 0) ? 0.3 : 0);
    const item: DigestItem = {
      headline: lead.headline,
      url: lead.url,
      bullets: strongestBullets(
        lead,
        group.filter((story) => story !== lead),
      ),
      sources: [...sources.values()],
      storyIds: group.map((story) => story.id),
      latestAt: new Date(latest).toISOString(),
    };
    const published = Math.max(...group.map((story) => Date.parse(story.publishedAt ?? '') || 0));
    return { item, published, score: importance + Math.exp(-ageHours / 24) };
  });
  // Stories stored together (a new feed's first read) tie on score and time: the newest article leads.
  return items
    .sort(
      (a, b) =>
        b.score - a.score || b.item.latestAt.localeCompare(a.item.latestAt) || b.published - a.published,
    )
    .slice(0, Math.max(1, Math.min(25, digest.max)))
    .map((entry) => entry.item);
}
