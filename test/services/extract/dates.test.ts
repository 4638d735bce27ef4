import { describe, expect, it } from 'vitest';
import { dateInText, dateInUrl, normaliseDate } from '../../../src/services/extract/dates.ts';

describe('normaliseDate', () => {
  it.each([
    ['2023-05-17T09:30:00-04:00', '2023-05-17T09:30:00-04:00'],
    ['2023-05-17 09:30', '2023-05-17T09:30:00'],
    ['2023-05-17T09:30:00.000+0200', '2023-05-17T09:30:00+02:00'],
    ['2023-05-17', '2023-05-17'],
    ['May 17, 2023', '2023-05-17'],
    ['17 May 2023 10:00 BST', '2023-05-17'],
    ['Wednesday, Sept. 6th, 2023', '2023-09-06'],
    ['1684315800', '2023-05-17T09:30:00.000Z'],
  ])('%s -> %s', (raw, expected) => {
    expect(normaliseDate(raw)).toBe(expected);
  });

  it('rejects text that is not a date', () => {
    expect(normaliseDate('yesterday')).toBeNull();
    expect(normaliseDate('2023-13-45')).toBeNull();
    expect(dateInText('Page 12 of 2023 results')).toBeNull();
  });
});

describe('dateInUrl', () => {
  it('reads /yyyy/mm/dd/ and /yyyy-mm-dd/ paths', () => {
    expect(dateInUrl('https://example.com/2023/05/17/story-title/')).toBe('2023-05-17');
    expect(dateInUrl('https://example.com/news/2023-05-17/story')).toBe('2023-05-17');
  });

  it('ignores ids that only look like years', () => {
    expect(dateInUrl('https://example.com/story/2023/12345')).toBeNull();
    expect(dateInUrl(null)).toBeNull();
  });
});
