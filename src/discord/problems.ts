import type { DigestRecord } from '../services/digest/types.ts';
import type { FeedReading } from '../services/feeds/first-read.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import type { ChannelAccess } from './channel-access.ts';
import { escapeMarkdown, oneLine, truncate } from './limits.ts';

/**
 * What is wrong with a feed or a digest, each problem on one line with its fix in one sentence,
 * for /feed list and /digest list.
 */

const relative = (iso: string) => `<t:${Math.floor(Date.parse(iso) / 1000)}:R>`;
const errorText = (text: string) => escapeMarkdown(truncate(oneLine(text), 200));
const FAILURE_PAUSE_PREFIX = 'failing for 24 hours';

const permissionFix = (channelId: string, missing: string[]) =>
  `The bot may not post in <#${channelId}> (missing: ${missing.join(', ')}). Fix: allow ${missing.length === 1 ? 'it' : 'them'} for NewsBrief in that channel’s permissions`;

/** The state of a feed and each of its problems with the fix. */
export function feedStatusLines(
  feed: FeedRecord,
  access: ChannelAccess,
  reading: FeedReading | undefined,
): string[] {
  const lines: string[] = [];
  const resume = `/feed resume feed:${feed.id}`;
  if (feed.paused && feed.pausedReason?.startsWith(FAILURE_PAUSE_PREFIX)) {
    lines.push(
      `⏸️ Paused after failing for 24 hours (last error: ${errorText(feed.pausedReason.slice(FAILURE_PAUSE_PREFIX.length + 2) || feed.lastError || 'unknown')}). Fix: check that ${truncate(feed.url, 200)} still opens, then run ${resume}.`,
    );
  } else if (feed.paused) {
    lines.push(
      `⏸️ Paused${feed.pausedReason ? ` (${feed.pausedReason})` : ''}; run ${resume} to check it again.`,
    );
  } else if (feed.failingSince) {
    lines.push(
      `⚠️ Failing since ${relative(feed.failingSince)} (${feed.consecutiveFailures} ${feed.consecutiveFailures === 1 ? 'try' : 'tries'}; last error: ${errorText(feed.lastError ?? 'unknown')}); it is retried less often and paused after 24 hours. Fix: if the feed moved, /feed remove it and /feed add its new address.`,
    );
  } else if (reading) {
    lines.push(
      reading.total === null
        ? '🕓 Waiting for its first check (within a minute)'
        : `🕓 Reading its first stories: ${reading.remaining} of ${reading.total} still to come`,
    );
  } else if (!feed.primed) {
    lines.push('🕓 Waiting for its first check');
  } else {
    lines.push(
      `✅ Active · last checked ${relative(feed.lastSuccessAt ?? feed.lastPolledAt ?? feed.createdAt)}`,
    );
  }
  if (access.kind === 'missing') {
    lines.push(
      feed.mode === 'instant'
        ? '⚠️ Its channel no longer exists, so its new items cannot be posted. Fix: /feed remove it and /feed add it again with a channel that exists.'
        : 'ℹ️ Its channel no longer exists; that only matters for instant posts and notices, and its items still reach digests.',
    );
  } else if (access.kind === 'no_permission' && feed.mode === 'instant') {
    lines.push(`⚠️ ${permissionFix(feed.channelId, access.missing)}.`);
  }
  if (feed.lastError && !feed.failingSince && !feed.paused) {
    const instantStopped = feed.lastError.startsWith('instant posts stopped');
    lines.push(
      `Last error: ${errorText(feed.lastError)}${instantStopped ? '. Fix: once the bot can post in its channel, /feed remove it and /feed add it again with mode: instant.' : ''}`,
    );
  }
  return lines;
}

/** The state of a digest and each of its problems with the fix. */
export function digestStatusLines(
  digest: DigestRecord,
  access: ChannelAccess,
  feeds: FeedRecord[],
  when: (iso: string | null) => string,
): string[] {
  const lines: string[] = [];
  const turnOn = `run /digest set for <#${digest.channelId}> again to turn it back on`;
  if (access.kind === 'missing') {
    lines.push(
      `⚠️ Its channel no longer exists${digest.enabled ? '' : ', so it was turned off'}. Fix: /digest remove digest:${digest.id}, then /digest set one up in another channel.`,
    );
  } else if (access.kind === 'no_permission') {
    lines.push(
      `⚠️ ${permissionFix(digest.channelId, access.missing)}${digest.enabled ? ` before ${when(digest.nextDueAt)}` : `, then ${turnOn}`}.`,
    );
  } else if (!digest.enabled) {
    lines.push(`⛔ Off: ${digest.disabledReason ?? 'turned off'}. Fix: ${turnOn}.`);
  }
  if (digest.enabled)
    lines.splice(
      0,
      0,
      // Digests saved before lastPostedAt existed: their last run is the best known.
      `Next ${when(digest.nextDueAt)} · last sent ${when(digest.lastPostedAt === undefined ? digest.lastDeliveredAt : digest.lastPostedAt)}`,
    );
  const named = digest.feedIds.map((id) => feeds.find((feed) => feed.id === id));
  const gone = named.filter((feed) => feed === undefined).length;
  if (gone > 0)
    lines.push(
      `⚠️ ${gone === named.length ? 'Every feed it draws from is' : gone === 1 ? 'One of the feeds it draws from is' : `${gone} of the feeds it draws from are`} no longer followed. Fix: /digest set it again with other feeds, or with none to use every story.`,
    );
  const own = digest.feedIds.length > 0 ? named.filter((feed) => feed !== undefined) : feeds;
  const troubled = own.filter((feed) => feed.paused || feed.failingSince !== null);
  if (troubled.length > 0)
    lines.push(
      `⚠️ ${troubled.length === 1 ? 'A feed it draws from is' : `${troubled.length} feeds it draws from are`} paused or failing (${troubled
        .slice(0, 3)
        .map((feed) => `**${escapeMarkdown(truncate(oneLine(feed.title), 60))}**`)
        .join(', ')}${troubled.length > 3 ? ', …' : ''}). Fix: see /feed list.`,
    );
  return lines;
}
