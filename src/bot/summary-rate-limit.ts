import type { AppContext } from '../context.ts';
import { UserFacingError } from '../services/errors.ts';
import { rateLimitMessage } from './rate-limiter.ts';

/**
 * Counts one summary for this member, or throws a rate_limited UserFacingError when they already
 * asked for SUMMARY_RATE_LIMIT summaries within the last minute, on any process sharing the
 * coordination. It runs before the interaction is acknowledged, so the refusal can be private
 * (one Redis round trip at most, far inside Discord's 3 s).
 */
export async function takeSummarySlot(ctx: AppContext, userId: string): Promise<void> {
  const decision = await ctx.coordination.summaryLimiter.take(userId, ctx.clock.now().getTime());
  if (!decision.allowed) throw new UserFacingError('rate_limited', rateLimitMessage(decision.retryAfterMs));
}
