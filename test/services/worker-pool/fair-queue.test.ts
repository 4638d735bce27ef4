import { describe, expect, it } from 'vitest';
import { FairQueue } from '../../../src/services/worker-pool/fair-queue.ts';

describe('jobs waiting for a worker', () => {
  it('are served in turns by owner, each owner in the order of its jobs', () => {
    const queue = new FairQueue<string>();
    for (const job of ['a1', 'a2', 'a3', 'a4', 'a5']) queue.push(job, 'member:a');
    queue.push('b1', 'member:b');
    queue.push('c1', 'member:c');
    queue.push('b2', 'member:b');
    expect(queue.length).toBe(8);
    expect(queue.drain()).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4', 'a5']);
    expect(queue.length).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('refuses an owner past its own limit, while others may still queue', () => {
    const queue = new FairQueue<string>({ total: 10, perOwner: 2 });
    expect(queue.push('a1', 'member:a')).toBe(true);
    expect(queue.push('a2', 'member:a')).toBe(true);
    expect(queue.push('a3', 'member:a')).toBe(false);
    expect(queue.push('b1', 'member:b')).toBe(true);
    // A job taken from the queue (to a worker) frees its place.
    expect(queue.shift()).toBe('a1');
    expect(queue.push('a3', 'member:a')).toBe(true);
    expect(queue.drain()).toEqual(['b1', 'a2', 'a3']);
  });

  it('refuses every owner once the whole queue is full', () => {
    const queue = new FairQueue<string>({ total: 3, perOwner: 2 });
    expect(['a', 'b', 'c', 'd'].map((owner) => queue.push(owner, `member:${owner}`))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    queue.shift();
    expect(queue.push('d', 'member:d')).toBe(true);
  });

  it('never refuses background work, which takes its turns as one more owner', () => {
    const queue = new FairQueue<string>({ total: 1, perOwner: 1 });
    for (let i = 1; i <= 4; i++) expect(queue.push(`poll${i}`)).toBe(true);
    expect(queue.push('a1', 'member:a')).toBe(true);
    expect(queue.push('b1', 'member:b')).toBe(false);
    expect(queue.drain()).toEqual(['poll1', 'a1', 'poll2', 'poll3', 'poll4']);
  });
});
