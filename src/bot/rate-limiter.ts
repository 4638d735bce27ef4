export { SlidingWindowRateLimiter } from '../services/coordination/sliding-window.ts';
export type { RateLimitDecision } from '../services/coordination/types.ts';

/** "slow down — try again in N s", the one wording members see when over the limit. */
export function rateLimitMessage(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're summarizing quickly — please slow down and try again in ${seconds} s.`;
}
