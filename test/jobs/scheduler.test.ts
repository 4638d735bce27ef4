import { describe, expect, it } from 'vitest';
import { startScheduler } from '../../src/jobs/scheduler.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { RecordingPoster, testContext } from './test-context.ts';

describe('startScheduler', () => {
  it('never starts a cycle while the previous one is still running, and stop() waits for it', async () => {
    const ctx = testContext({ clock: fixedClock(new Date('2026-05-01T12:00:00Z')) });
    let digestCycles = 0;
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    ctx.store.digests.dueIds = async () => {
      digestCycles++;
      await slow; // the first cycle hangs until released
      return [];
    };
    let feedCycles = 0;
    ctx.store.feeds.dueIds = async () => {
      feedCycles++;
      return [];
    };
    const scheduler = startScheduler(ctx, new RecordingPoster(), { expression: '* * * * * *' });
    await expect.poll(() => feedCycles, { timeout: 5000, interval: 50 }).toBeGreaterThanOrEqual(2);
    expect(digestCycles).toBe(1); // a later tick came; the hanging cycle was not started again
    release();
    await expect.poll(() => digestCycles, { timeout: 5000, interval: 50 }).toBeGreaterThanOrEqual(2);
    await scheduler.stop();
    const after = feedCycles;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(feedCycles).toBe(after);
  });
});
