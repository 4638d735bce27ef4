import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { warmSearchIndexes } from '../../src/bot/warm-search.ts';
import type { StoryStore } from '../../src/services/store/types.ts';

/** A store whose warmSearch calls wait until the test lets each one finish (or fail). */
function gatedStore() {
  const events: string[] = [];
  const pending: { guildId: string; finish: () => void; fail: (error: Error) => void }[] = [];
  const stories = {
    warmSearch: (guildId: string) =>
      new Promise<void>((resolve, reject) => {
        events.push(`start ${guildId}`);
        pending.push({
          guildId,
          finish: () => {
            events.push(`end ${guildId}`);
            resolve();
          },
          fail: reject,
        });
      }),
  } as unknown as StoryStore;
  const next = async () => {
    // Let the warm-up loop reach its next call.
    for (let i = 0; i < 5 && pending.length === 0; i += 1) await Promise.resolve();
    const call = pending.shift();
    if (!call) throw new Error('no warmSearch call is waiting');
    return call;
  };
  return { stories, events, next, waiting: () => pending.length };
}

function recordingLogger() {
  const lines: { guildId?: string; msg?: string }[] = [];
  const logger = pino({ level: 'error' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('warmSearchIndexes', () => {
  it('builds each server’s search index at start, one server at a time', async () => {
    const store = gatedStore();
    const warmUp = warmSearchIndexes(store.stories, ['g1', 'g2'], recordingLogger().logger);
    (await store.next()).finish();
    (await store.next()).finish();
    await warmUp.done;
    expect(store.events).toEqual(['start g1', 'end g1', 'start g2', 'end g2']);
  });

  it('logs a server whose index cannot be built and goes on with the next', async () => {
    const store = gatedStore();
    const { logger, lines } = recordingLogger();
    const warmUp = warmSearchIndexes(store.stories, ['broken', 'g2'], logger);
    (await store.next()).fail(new Error('store unreachable'));
    (await store.next()).finish();
    await warmUp.done;
    expect(store.events).toContain('end g2');
    expect(lines).toEqual([expect.objectContaining({ guildId: 'broken' })]);
  });

  it('stop waits for the server being built and starts no other', async () => {
    const store = gatedStore();
    const warmUp = warmSearchIndexes(store.stories, ['g1', 'g2', 'g3'], recordingLogger().logger);
    const first = await store.next();
    let stopped = false;
    const stopping = warmUp.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    first.finish();
    await stopping;
    expect(store.events).toEqual(['start g1', 'end g1']);
    expect(store.waiting()).toBe(0);
  });
});
