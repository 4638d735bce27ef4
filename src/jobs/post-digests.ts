import type { AppContext } from '../context.ts';
import type { ChannelPoster } from '../discord/channel-poster.ts';
import { latestSlotAtOrBefore, nextSlotAfter } from '../services/digest/schedule.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import { runBounded } from './bounded.ts';
import { deliverSlot, skipSlot, type DeliveryResult } from './digest-delivery.ts';

export interface PostDigestsOptions {
  /** Digests delivered at the same time (each posts its parts in order). */
  concurrency?: number;
  leaseMs?: number;
  /** A slot missed by up to this much (downtime) is still sent, marked late; older ones are skipped. */
  lateWindowMs?: number;
  /** Delivered this long after its time, a digest says it is late. */
  lateAfterMs?: number;
}

export type DigestCycleReport = Record<DeliveryResult, number>;

export const DIGEST_DEFAULTS = {
  concurrency: 64,
  leaseMs: 5 * 60_000,
  lateWindowMs: 6 * 3600_000,
  lateAfterMs: 10 * 60_000,
  rethrowTransient: false,
};

async function reschedule(ctx: AppContext, digest: DigestRecord, now: Date): Promise<void> {
  await ctx.store.digests.save({ ...digest, nextDueAt: nextSlotAfter(digest, now).at.toISOString() });
}

/** Handles one due digest: send its latest slot (late if it was missed), skip an old one, or reschedule. */
export async function handleDigest(
  ctx: AppContext,
  poster: ChannelPoster,
  digest: DigestRecord,
  now: Date,
  options: typeof DIGEST_DEFAULTS,
): Promise<DeliveryResult> {
  const slot = latestSlotAtOrBefore(digest, now);
  const handled =
    slot === null ||
    slot.key <= (digest.lastSlotKey ?? '') ||
    slot.at.getTime() < Date.parse(digest.createdAt);
  if (handled) {
    await reschedule(ctx, digest, now);
    return 'done';
  }
  const lag = now.getTime() - slot.at.getTime();
  if (lag > options.lateWindowMs) {
    const skipped = await skipSlot(ctx, digest, slot, now);
    if (skipped !== 'failed') return skipped;
    // Half-sent before the outage: finish it (late) rather than lose it.
  }
  const result = await deliverSlot(ctx, poster, digest, slot, now, lag > options.lateAfterMs, options);
  if (result === 'delivered') ctx.metrics.digestsPosted.inc();
  return result;
}

/**
 * Sends every digest that is due at `now`, each exactly once (see deliverSlot). Called every
 * minute by the scheduler; safe to run in several processes on one store at once.
 */
export async function postDueDigests(
  ctx: AppContext,
  poster: ChannelPoster,
  now: Date,
  options: PostDigestsOptions = {},
): Promise<DigestCycleReport> {
  const settings = { ...DIGEST_DEFAULTS, ...options };
  const report: DigestCycleReport = {
    delivered: 0,
    empty: 0,
    skipped: 0,
    busy: 0,
    disabled: 0,
    failed: 0,
    done: 0,
  };
  const ids = await ctx.store.digests.dueIds(now);
  const digests = await ctx.store.digests.getMany(ids);
  const due = digests.filter((digest): digest is DigestRecord => digest !== undefined && digest.enabled);
  await runBounded(due, settings.concurrency, async (digest) => {
    try {
      report[await handleDigest(ctx, poster, digest, now, settings)]++;
    } catch (error) {
      // A storage failure for one digest must not stop the others; it is retried next minute.
      report.failed++;
      ctx.logger.error({ err: error, digestId: digest.id }, 'digest cycle failed for one digest');
    }
  });
  return report;
}
