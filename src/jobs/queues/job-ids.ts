/**
 * Deterministic job ids: the same work always gets the same id, so when two processes (or a tick
 * and its retry) enqueue it at once, BullMQ keeps one job. Ids may not contain ':' (BullMQ's own
 * separator), so parts are joined with '_' and a slot's "08:00" becomes "08.00".
 */
const part = (value: string | number) => String(value).replace(/[:\s]/g, '.');

export const QUEUE_NAMES = ['feeds', 'instant', 'digests'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** One poll of one feed at one due time. */
export const pollJobId = (feedId: string, nextPollAt: string) =>
  `poll_${part(feedId)}_${part(Date.parse(nextPollAt))}`;

/**
 * The new items of one instant feed from one poll, posted in order by one job (named by the feed
 * and its first and last item; each item is also recorded as posted, so none is posted twice).
 */
export const itemsJobId = (feedId: string, storyIds: readonly string[]) =>
  `items_${part(feedId)}_${part(storyIds[0] ?? '')}_${part(storyIds.at(-1) ?? '')}_${storyIds.length}`;

/** One slot of one digest. */
export const digestJobId = (digestId: string, slotKey: string) => `digest_${part(digestId)}_${part(slotKey)}`;

export interface PollJobData {
  feedId: string;
}
export interface ItemsJobData {
  feedId: string;
  guildId: string;
  storyIds: string[];
}
export interface DigestJobData {
  digestId: string;
}
