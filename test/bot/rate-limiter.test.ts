import { describe, expect, it } from 'vitest';
import { rateLimitMessage, SlidingWindowRateLimiter } from '../../src/bot/rate-limiter.ts';

describe('SlidingWindowRateLimiter', () => {
  it('allows the limit within a minute, refuses the next with the wait until a slot frees', () => {
    const limiter = new SlidingWindowRateLimiter(3, 60_000);
    expect(limiter.take('u1', 0).allowed).toBe(true);
    expect(limiter.take('u1', 10_000).allowed).toBe(true);
    expect(limiter.take('u1', 20_000).allowed).toBe(true);
    const refused = limiter.take('u1', 30_000);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(rateLimitMessage(30_000)).toMatch(/slow down.*try again in 30 s/);
  });

  it('slides: the oldest hit leaving the window frees one slot', () => {
    const limiter = new SlidingWindowRateLimiter(2, 60_000);
    limiter.take('u1', 0);
    limiter.take('u1', 50_000);
    expect(limiter.take('u1', 59_999).allowed).toBe(false);
    expect(limiter.take('u1', 60_001).allowed).toBe(true);
    expect(limiter.take('u1', 60_002).allowed).toBe(false);
  });

  it('counts each member separately and does not count refused attempts', () => {
    const limiter = new SlidingWindowRateLimiter(1, 60_000);
    expect(limiter.take('u1', 0).allowed).toBe(true);
    expect(limiter.take('u2', 0).allowed).toBe(true);
    for (let i = 1; i <= 5; i += 1) expect(limiter.take('u1', i * 1000).allowed).toBe(false);
    expect(limiter.take('u1', 60_001).allowed).toBe(true);
  });
});
