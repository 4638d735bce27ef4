import type { AppContext } from '../context.ts';
import { UserFacingError } from '../services/errors.ts';
import { rateLimitMessage, SlidingWindowRateLimiter } from './rate-limiter.ts';

/** One limiter per context (not a process global), so bots started side by side in tests stay independent. */
const limiters = new WeakMap<AppContext, SlidingWindowRateLimiter>();

/**
 * Counts one summary for this member, or throws a rate_limited UserFacingError when they already
 * asked for SUMMARY_RATE_LIMIT summaries within the last minute. Synchronous on purpose: it runs
 * before the interaction is acknowledged, so the refusal can be private.
 */
export function takeSummarySlot(ctx: AppContext, userId: string): void {
  let limiter = limiters.get(ctx);
  if (!limiter)
    limiters.set(ctx, (limiter = new SlidingWindowRateLimiter(ctx.config.SUMMARY_RATE_LIMIT, 60_000)));
  const decision = limiter.take(userId, ctx.clock.now().getTime());
  if (!decision.allowed) throw new UserFacingError('rate_limited', rateLimitMessage(decision.retryAfterMs));
}
