import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postDueDigests } from '../../src/jobs/post-digests.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { openKeyValueStore } from '../../src/services/store/open.ts';
import type { KeyValueStore } from '../../src/services/store/types.ts';
import { RecordingPoster, testContext } from './test-context.ts';
import { addDigest, addStories } from './digest-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsbrief-digests-'));
const opened: KeyValueStore[] = [];
afterAll(async () => {
  await Promise.all(opened.map((kv) => kv.close()));
  rmSync(dir, { recursive: true, force: true });
});

/** Two handles on one store, as two bot processes would have: Redis when REDIS_URL is set, else one SQLite file. */
async function sharedStores(): Promise<[KeyValueStore, KeyValueStore]> {
  const url = process.env.REDIS_URL ?? `sqlite://${join(dir, 'shared.sqlite')}`;
  const namespace = `digest-test-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const a = await openKeyValueStore(url, { namespace });
  const b = await openKeyValueStore(url, { namespace });
  opened.push(a, b);
  return [a, b];
}

describe('two bot processes on one store', () => {
  it('post each digest exactly once', async () => {
    const clock = fixedClock(new Date('2026-05-01T11:00:00Z'));
    const [kvA, kvB] = await sharedStores();
    const a = testContext({ clock, kv: kvA });
    const b = testContext({ clock, kv: kvB });
    const channels = Array.from({ length: 12 }, (_, i) => `chan-${i}`);
    for (const [i, channelId] of channels.entries()) {
      await addStories(a, `guild-${i % 4}`, 2, clock.now());
      await addDigest(a, { guildId: `guild-${i % 4}`, channelId }, clock.now());
    }
    // No nonce de-duplication here: a second post would show up as a second message.
    const poster = new RecordingPoster(false);
    for (let minute = 0; minute < 3; minute++) {
      clock.set(new Date(Date.parse('2026-05-01T12:00:00Z') + minute * 60_000));
      await Promise.all([postDueDigests(a, poster, clock.now()), postDueDigests(b, poster, clock.now())]);
    }
    for (const channelId of channels) expect(poster.messages(channelId), channelId).toHaveLength(1);
  });
});
