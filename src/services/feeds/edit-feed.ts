import { UserFacingError } from '../errors.ts';
import type { ChannelKind, PostStyle } from '../posting.ts';
import type { FeedStore } from './feed-store.ts';
import { MIN_INTERVAL_MINUTES } from './add-feed.ts';
import { compileFilters } from './filters.ts';
import type { FeedMode, FeedRecord } from './types.ts';

/** What /feed edit may change; a field left undefined stays as it is (null clears the ping). */
export interface FeedChanges {
  channelId?: string;
  channelKind?: ChannelKind;
  mode?: FeedMode;
  intervalMinutes?: number;
  include?: string[];
  exclude?: string[];
  style?: PostStyle;
  pingRoleId?: string | null;
}

/** The names of the settings `changes` sets, for the answer. */
export function changedSettings(changes: FeedChanges): string[] {
  return Object.entries(changes)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}

/**
 * Changes a feed in place: same id, so its seen items (dedup), its stories and its counters are
 * kept; a new interval takes effect from the next poll. Re-reads the feed before writing so a poll
 * running at the same moment loses nothing.
 */
export async function editFeed(
  feeds: FeedStore,
  feed: FeedRecord,
  changes: FeedChanges,
  now: Date,
): Promise<FeedRecord> {
  if (changedSettings(changes).length === 0)
    throw new UserFacingError(
      'bad_input',
      'Say what to change: channel, mode, interval, include, exclude, style or ping.',
    );
  const current = (await feeds.get(feed.id)) ?? feed;
  const updated: FeedRecord = {
    ...current,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  };
  compileFilters(updated);
  if (changes.intervalMinutes !== undefined) {
    updated.intervalMinutes = Math.max(MIN_INTERVAL_MINUTES, Math.round(changes.intervalMinutes));
    const next = Math.min(Date.parse(current.nextPollAt), now.getTime() + updated.intervalMinutes * 60_000);
    updated.nextPollAt = new Date(next).toISOString();
  }
  // Instant posting stopped after a lost channel or permission starts again when the admin turns it
  // back on or points the feed elsewhere: the old error no longer describes the feed.
  const restarted = changes.channelId !== undefined || changes.mode === 'instant';
  if (restarted && updated.lastError?.startsWith('instant posts stopped')) updated.lastError = null;
  await feeds.save(updated);
  return updated;
}
