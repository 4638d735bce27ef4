import type { StoryStore } from '../store/types.ts';
import type { Story } from '../types.ts';
import { assembleDigest, MAX_LOOKBACK_MS } from './assemble.ts';
import type { DigestItem, DigestRecord } from './types.ts';

/** Stories a digest may draw from per delivery; ranking picks the best `max` of them. */
const CANDIDATE_LIMIT = 500;

/** Where the digest's window starts: its previous run, or 7 days back when that is longer ago (or none). */
export function digestWindowStart(digest: Pick<DigestRecord, 'lastDeliveredAt'>, now: Date): number {
  const floor = now.getTime() - MAX_LOOKBACK_MS;
  return Math.max(floor, digest.lastDeliveredAt ? Date.parse(digest.lastDeliveredAt) : floor);
}

/** The server's stories created after the previous delivery (at most 7 days back) and up to `now`. */
export async function storiesForDigest(
  stories: StoryStore,
  digest: DigestRecord,
  now: Date,
): Promise<Story[]> {
  const since = digestWindowStart(digest, now);
  const { stories: recent } = await stories.recent(digest.guildId, {
    since: new Date(since),
    limit: CANDIDATE_LIMIT,
  });
  return recent.filter((story) => {
    const created = Date.parse(story.createdAt);
    return created > since && created <= now.getTime();
  });
}

/** What the digest would contain if it were sent at `now` (also what /digest preview shows). */
export async function composeDigest(
  stories: StoryStore,
  digest: DigestRecord,
  now: Date,
): Promise<DigestItem[]> {
  return assembleDigest(await storiesForDigest(stories, digest, now), digest, now);
}

export function digestTitle(digest: Pick<DigestRecord, 'timezone'>, slotAt: Date): string {
  const date = new Intl.DateTimeFormat('en-GB', {
    timeZone: digest.timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(slotAt);
  return `📰 News digest · ${date}`;
}
