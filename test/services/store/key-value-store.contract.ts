import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../src/services/store/types.ts';

/** Builds stores for one backend; `open` may be called several times (two processes on one store). */
export interface StoreFactory {
  open(): Promise<KeyValueStore>;
  /** Closes and wipes everything the factory opened. */
  cleanup(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The behaviour every KeyValueStore backend must share. */
export function keyValueStoreContract(factory: StoreFactory): void {
  let kv: KeyValueStore;
  beforeAll(async () => {
    kv = await factory.open();
  });
  afterAll(async () => {
    await factory.cleanup();
  });

  describe('values', () => {
    it('round-trips JSON values through set/get/getMany/delete', async () => {
      const value = {
        title: 'Ünïcode “quotes”',
        n: 3,
        list: [1, 'two', null],
        nested: { ok: true },
        colon: ':x',
      };
      await kv.set('a', value);
      await kv.set('b', 'plain string');
      expect(await kv.get('a')).toEqual(value);
      expect(await kv.getMany(['b', 'missing', 'a'])).toEqual(['plain string', undefined, value]);
      expect(await kv.getMany([])).toEqual([]);
      expect(await kv.delete('a')).toBe(true);
      expect(await kv.delete('a')).toBe(false);
      expect(await kv.get('a')).toBeUndefined();
    });

    it('handles keys longer than a SQL key column', async () => {
      const long = `feedseen:${'https://example.com/a/very/long/guid/'.repeat(12)}`;
      await kv.set(`${long}1`, 'one');
      expect(await kv.setIfAbsent(`${long}2`, 'two', 60_000)).toBe(true);
      expect(await kv.setIfAbsent(`${long}2`, 'again', 60_000)).toBe(false);
      expect(await kv.getMany([`${long}1`, `${long}2`, `${long}3`])).toEqual(['one', 'two', undefined]);
      expect(await kv.delete(`${long}1`)).toBe(true);
    });

    it('overwrites on set', async () => {
      await kv.set('over', 1);
      await kv.set('over', 2);
      expect(await kv.get('over')).toBe(2);
    });

    it('treats expired values as absent, also for setIfAbsent', async () => {
      await kv.set('short', 'soon gone', 150);
      await kv.set('long', 'stays', 60_000);
      expect(await kv.setIfAbsent('lock', 'first', 150)).toBe(true);
      expect(await kv.setIfAbsent('lock', 'second', 150)).toBe(false);
      expect(await kv.get('short')).toBe('soon gone');
      await sleep(400);
      expect(await kv.get('short')).toBeUndefined();
      expect(await kv.getMany(['short', 'long'])).toEqual([undefined, 'stays']);
      expect(await kv.setIfAbsent('lock', 'third', 5_000)).toBe(true);
      expect(await kv.get('lock')).toBe('third');
    });

    it('lets exactly one of 50 concurrent setIfAbsent callers win', async () => {
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) => kv.setIfAbsent('once', { winner: i }, 60_000)),
      );
      const winners = results.flatMap((won, i) => (won ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(await kv.get('once')).toEqual({ winner: winners[0] });
    });
  });

  describe('sorted indexes', () => {
    it('adds, moves, removes, ranges and counts', async () => {
      await kv.indexAdd('ix', 'a', 10);
      await kv.indexAdd('ix', 'b', 20);
      await kv.indexAdd('ix', 'c', 30);
      await kv.indexAdd('ix', 'd', 40);
      await kv.indexAdd('ix', 'a', 50); // move a to the top
      const members = async (options?: Parameters<KeyValueStore['indexRange']>[1]) =>
        (await kv.indexRange('ix', options)).map((entry) => entry.member);
      expect(await kv.indexRange('ix', { limit: 2 })).toEqual([
        { member: 'a', score: 50 },
        { member: 'd', score: 40 },
      ]);
      expect(await members()).toEqual(['a', 'd', 'c', 'b']);
      expect(await members({ order: 'asc' })).toEqual(['b', 'c', 'd', 'a']);
      expect(await members({ offset: 1, limit: 2 })).toEqual(['d', 'c']);
      expect(await members({ order: 'asc', offset: 3 })).toEqual(['a']);
      expect(await members({ minScore: 20, maxScore: 40 })).toEqual(['d', 'c', 'b']);
      expect(await members({ minScore: 25, order: 'asc', limit: 1 })).toEqual(['c']);
      expect(await members({ limit: 0 })).toEqual([]);
      expect(await kv.indexCount('ix')).toBe(4);
      expect(await kv.indexCount('ix', { minScore: 30 })).toBe(3);
      expect(await kv.indexCount('ix', { maxScore: 30 })).toBe(2);
      expect(await kv.indexRemove('ix', 'd')).toBe(true);
      expect(await kv.indexRemove('ix', 'd')).toBe(false);
      expect(await members()).toEqual(['a', 'c', 'b']);
      expect(await kv.indexCount('missing-index')).toBe(0);
      expect(await kv.indexRange('missing-index')).toEqual([]);
    });

    it('orders equal scores by member, descending order being ascending reversed', async () => {
      for (const member of ['m2', 'm1', 'm3']) await kv.indexAdd('ties', member, 5);
      expect((await kv.indexRange('ties', { order: 'asc' })).map((e) => e.member)).toEqual([
        'm1',
        'm2',
        'm3',
      ]);
      expect((await kv.indexRange('ties')).map((e) => e.member)).toEqual(['m3', 'm2', 'm1']);
    });

    it('keeps millisecond timestamps exact as scores', async () => {
      const score = Date.UTC(2026, 0, 2, 3, 4, 5, 678);
      await kv.indexAdd('times', 'x', score);
      expect(await kv.indexRange('times')).toEqual([{ member: 'x', score }]);
    });

    it('keeps values and indexes of the same name apart', async () => {
      await kv.set('shared-name', 'value');
      await kv.indexAdd('shared-name', 'member', 1);
      expect(await kv.get('shared-name')).toBe('value');
      expect(await kv.indexCount('shared-name')).toBe(1);
    });
  });

  it('loses no write when two store instances index 200 items at once', async () => {
    const second = await factory.open();
    const ids = Array.from({ length: 200 }, (_, i) => `item-${i}`);
    await Promise.all(
      ids.map(async (id, i) => {
        const store = i % 2 === 0 ? kv : second;
        await store.set(`item:${id}`, { id });
        await store.indexAdd('concurrent', id, i);
      }),
    );
    const listed = await kv.indexRange('concurrent', { order: 'asc' });
    expect(listed.map((entry) => entry.member)).toEqual(ids);
    expect((await second.getMany(ids.map((id) => `item:${id}`))).every(Boolean)).toBe(true);
  });
}
