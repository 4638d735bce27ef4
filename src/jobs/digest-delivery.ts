import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import {
  isPermanentPostError,
  MissingPermissionError,
  type ChannelPoster,
} from '../discord/channel-poster.ts';
import { renderDigestMessages } from '../discord/digest-embeds.ts';
import { composeDigest, digestTitle, forumPostTitle } from '../services/digest/compose.ts';
import { wordTerms } from '../services/feeds/filters.ts';
import { nextSlotAfter, type DigestSlot } from '../services/digest/schedule.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import { tellAdminsOnce } from './admin-notice.ts';
import { postSlotParts, type SlotRecord } from './digest-posting.ts';

export type { SlotRecord } from './digest-posting.ts';

export type DeliveryResult = 'delivered' | 'empty' | 'skipped' | 'busy' | 'disabled' | 'failed' | 'done';

export interface DeliveryOptions {
  /** How long a process owns a slot; a crashed owner's slot is resumed by another after this. */
  leaseMs: number;
  /** Queued jobs: a transient failure rejects with its error, so the queue retries with backoff. */
  rethrowTransient?: boolean;
}

const SLOT_RECORD_TTL_MS = 30 * 24 * 3600_000;
export const slotKey = (digestId: string, slot: string) => `digestslot:${digestId}:${slot}`;
const leaseKey = (digestId: string, slot: string) => `digestlease:${digestId}:${slot}`;

const isScheduledSlot = (key: string) => /^\d{4}-\d{2}-\d{2}$/.test(key);

/** The note a digest set to post when empty posts: it speaks of a last digest only when there was one. */
export function emptyDigestNote(digest: Pick<DigestRecord, 'lastDeliveredAt' | 'lastPostedAt'>): string {
  if (digest.lastPostedAt) return 'No new stories since the last digest.';
  if (digest.lastDeliveredAt) return 'No new stories since this digest last ran.';
  return 'No stories for this digest from the last 7 days.';
}

/** Forum tags a digest post gets: the digest's include words and the names of the feeds it draws from. */
async function digestTagNames(ctx: AppContext, digest: DigestRecord): Promise<string[]> {
  if (digest.channelKind !== 'forum') return [];
  const feeds = await ctx.store.feeds.listForGuild(digest.guildId);
  const named = digest.feedIds.length > 0 ? feeds.filter((feed) => digest.feedIds.includes(feed.id)) : feeds;
  return [...wordTerms(digest.include), ...named.map((feed) => feed.title)];
}

/** Marks the slot handled and moves the digest to its next slot (re-read: a concurrent edit wins). */
async function finishSlot(
  ctx: AppContext,
  digest: DigestRecord,
  slot: DigestSlot,
  builtAt: string | null,
  now: Date,
  posted = false,
) {
  const current = await ctx.store.digests.get(digest.id);
  if (!current) return;
  const next = nextSlotAfter(current, new Date(Math.max(now.getTime(), slot.at.getTime())));
  await ctx.store.digests.save({
    ...current,
    // Only scheduled slots (local dates) move the schedule on; a /digest send-now does not.
    lastSlotKey:
      isScheduledSlot(slot.key) && slot.key > (current.lastSlotKey ?? '') ? slot.key : current.lastSlotKey,
    lastDeliveredAt: builtAt ?? current.lastDeliveredAt,
    lastPostedAt: posted && builtAt ? builtAt : (current.lastPostedAt ?? null),
    nextDueAt: next.at.toISOString(),
  });
}

/** A slot missed by more than the late window: recorded as skipped, never sent. */
export async function skipSlot(
  ctx: AppContext,
  digest: DigestRecord,
  slot: DigestSlot,
  now: Date,
): Promise<DeliveryResult> {
  const record: SlotRecord = {
    status: 'skipped',
    late: true,
    builtAt: now.toISOString(),
    messages: [],
    posted: [],
  };
  await ctx.store.kv.setIfAbsent(slotKey(digest.id, slot.key), record, SLOT_RECORD_TTL_MS);
  const existing = await ctx.store.kv.get<SlotRecord>(slotKey(digest.id, slot.key));
  // A digest half-sent before an outage is finished rather than skipped: none lost.
  if (existing?.status === 'delivering') return 'failed';
  await finishSlot(ctx, digest, slot, null, now);
  ctx.logger.info({ digestId: digest.id, slot: slot.key }, 'digest slot skipped after downtime');
  return 'skipped';
}

async function disableDigest(ctx: AppContext, poster: ChannelPoster, digest: DigestRecord, error: Error) {
  const reason =
    error instanceof MissingPermissionError
      ? `the bot may not post in its channel (needs: ${error.needed})`
      : 'its channel was deleted or hidden from the bot';
  const current = (await ctx.store.digests.get(digest.id)) ?? digest;
  await ctx.store.digests.save({ ...current, enabled: false, disabledReason: reason });
  await tellAdminsOnce(
    ctx,
    poster,
    digest.guildId,
    `digestwarn:${digest.id}:${digest.channelId}`,
    `⚠️ The news digest for <#${digest.channelId}> (id \`${digest.id}\`) was turned off because ${reason}. Run /digest set again for a channel the bot can post in.`,
    current.createdBy,
  );
}

/**
 * Delivers one slot exactly once across processes and restarts: a lease decides who works on it,
 * the rendered parts are recorded before the first post (so a resumed delivery sends the same
 * thing), each posted part is recorded, and each post carries a nonce fixed per slot and part so a
 * retry after a crash between posting and recording returns the same message.
 */
export async function deliverSlot(
  ctx: AppContext,
  poster: ChannelPoster,
  digest: DigestRecord,
  slot: DigestSlot,
  now: Date,
  late: boolean,
  options: DeliveryOptions,
): Promise<DeliveryResult> {
  const lease = leaseKey(digest.id, slot.key);
  const token = randomUUID();
  if (!(await ctx.store.kv.setIfAbsent(lease, token, options.leaseMs))) return 'busy';
  const recordKey = slotKey(digest.id, slot.key);
  try {
    let record = await ctx.store.kv.get<SlotRecord>(recordKey);
    if (record && record.status !== 'delivering') {
      const delivered = record.status === 'delivered';
      await finishSlot(
        ctx,
        digest,
        slot,
        delivered ? record.builtAt : null,
        now,
        delivered && record.messages.length > 0,
      );
      return 'done';
    }
    if (!record) {
      const items = await composeDigest(ctx.store.stories, digest, now);
      const lateNote = late
        ? `Sent late: this digest was due at ${digest.time} (${digest.timezone}) while the bot was offline.`
        : null;
      const messages =
        items.length > 0 || digest.postWhenEmpty
          ? renderDigestMessages({
              title: digestTitle(digest, slot.at),
              items,
              lateNote,
              emptyNote: emptyDigestNote(digest),
              style: digest.style,
              pingRoleId: digest.pingRoleId,
            })
          : [];
      record = {
        status: 'delivering',
        late,
        builtAt: now.toISOString(),
        messages,
        posted: messages.map(() => null),
        // Only a forum post or a discussion thread needs a title (and tags: only a forum post).
        ...(digest.channelKind === 'forum' || digest.thread
          ? {
              postTitle: forumPostTitle(digest, slot.at, items[0]?.headline ?? null),
              tagNames: await digestTagNames(ctx, digest),
            }
          : {}),
      };
      await ctx.store.kv.set(recordKey, record, SLOT_RECORD_TTL_MS);
    }
    const saving = record;
    await postSlotParts(ctx, poster, digest, slot, record, () =>
      ctx.store.kv.set(recordKey, saving, SLOT_RECORD_TTL_MS),
    );
    record.status = 'delivered';
    await ctx.store.kv.set(recordKey, record, SLOT_RECORD_TTL_MS);
    await finishSlot(ctx, digest, slot, record.builtAt, now, record.messages.length > 0);
    return record.messages.length > 0 ? 'delivered' : 'empty';
  } catch (error) {
    if (isPermanentPostError(error)) {
      const record = await ctx.store.kv.get<SlotRecord>(recordKey);
      if (record) await ctx.store.kv.set(recordKey, { ...record, status: 'abandoned' }, SLOT_RECORD_TTL_MS);
      await disableDigest(ctx, poster, digest, error);
      return 'disabled';
    }
    // Transient (outage, 5xx after retries): the slot stays due and the next cycle resumes it.
    if (options.rethrowTransient) throw error;
    ctx.logger.warn(
      { err: error, digestId: digest.id, slot: slot.key },
      'digest delivery failed; will retry',
    );
    return 'failed';
  } finally {
    // Only our own lease: if it ran out and another process took over, theirs stays.
    if ((await ctx.store.kv.get<string>(lease)) === token) await ctx.store.kv.delete(lease);
  }
}
