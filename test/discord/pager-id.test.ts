import { describe, expect, it } from 'vitest';
import { decodePagerId, encodePagerId } from '../../src/discord/pager-id.ts';

describe('pager custom ids', () => {
  it('round-trips page, owner and a free-text parameter containing colons', () => {
    const id = encodePagerId({
      command: 'search',
      page: 2,
      ownerUserId: '123456789012345678',
      params: ['7', 'a:b c'],
    });
    expect(id).toBe('search:2:123456789012345678:7:a:b c');
    expect(decodePagerId(id, 2)).toEqual({
      command: 'search',
      page: 2,
      ownerUserId: '123456789012345678',
      params: ['7', 'a:b c'],
    });
  });

  it('never exceeds 100 characters', () => {
    const id = encodePagerId({
      command: 'recent',
      page: 12,
      ownerUserId: '1234567890123456789',
      params: ['25', 'z'.repeat(500)],
    });
    expect(id.length).toBe(100);
    expect(decodePagerId(id, 2)?.params[0]).toBe('25');
  });

  it('rejects ids that are not pager ids', () => {
    expect(decodePagerId('recent', 2)).toBeNull();
    expect(decodePagerId('recent:x:1:2:3', 2)).toBeNull();
  });
});
