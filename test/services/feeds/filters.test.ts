import { describe, expect, it } from 'vitest';
import {
  compileFilters,
  evaluateFilters,
  itemFilterFields,
  MAX_FIELD_CHARS,
  MAX_REGEX_LENGTH,
  parseFilterTerms,
} from '../../../src/services/feeds/filters.ts';
import type { FeedItem } from '../../../src/services/feeds/types.ts';

const item = (title: string, summary = '', categories: string[] = []): FeedItem => ({
  guid: null,
  link: null,
  title,
  publishedAt: null,
  contentHtml: null,
  summaryHtml: summary,
  author: null,
  imageUrl: null,
  categories,
});
const verdict = (filters: { include?: string[]; exclude?: string[] }, feedItem: FeedItem) =>
  evaluateFilters(compileFilters(filters), itemFilterFields(feedItem));

describe('feed filter terms', () => {
  it('split on commas except inside a /regex/, and "none" clears them', () => {
    expect(parseFilterTerms('ferry, /a{1,3},b/i ,  harbour master ')).toEqual([
      'ferry',
      '/a{1,3},b/i',
      'harbour master',
    ]);
    expect(parseFilterTerms('none')).toEqual([]);
    expect(parseFilterTerms('')).toEqual([]);
    expect(() => parseFilterTerms(Array.from({ length: 21 }, (_, i) => `w${i}`).join(','))).toThrow(
      /at most 20/,
    );
  });

  it('match whole words in any case, in the title, the summary or the categories', () => {
    expect(verdict({ include: ['ferry'] }, item('Ferry back'))).toMatchObject({
      passes: true,
      field: 'title',
    });
    expect(verdict({ include: ['ferry'] }, item('Ferrymen strike'))).toMatchObject({
      passes: false,
      reason: 'no_include',
    });
    expect(
      verdict({ include: ['harbour master'] }, item('x', '<p>The harbour\n master spoke.</p>')),
    ).toMatchObject({
      passes: true,
      field: 'summary',
    });
    expect(verdict({ include: ['politics'] }, item('x', '', ['Politics']))).toMatchObject({
      field: 'categories',
    });
  });

  it('let an exclude term win over an include term', () => {
    expect(verdict({ include: ['ferry'], exclude: ['/strike/i'] }, item('Ferry strike'))).toEqual({
      passes: false,
      reason: 'excluded',
      term: '/strike/i',
      field: 'title',
    });
  });

  it('run a catastrophic-backtracking regex in linear time', () => {
    // With a backtracking engine this pattern on this text would run for longer than the universe
    // (the vitest timeout would end the test); no time budget here, so only linear matching finishes.
    const filters = compileFilters({ include: ['/(a+)+$/'] });
    const text = `${'a'.repeat(MAX_FIELD_CHARS - 1)}!`;
    const unlimited = { budgetMs: Number.POSITIVE_INFINITY };
    expect(evaluateFilters(filters, { title: text, summary: text, categories: '' }, unlimited)).toMatchObject(
      {
        passes: false,
        reason: 'no_include',
      },
    );
    expect(evaluateFilters(filters, { title: 'aaaa', summary: '', categories: '' })).toMatchObject({
      passes: true,
    });
  });

  it('refuse patterns that are too long, use backreferences or lookaround, or unknown flags, with a clear message', () => {
    expect(() => compileFilters({ include: [`/${'a'.repeat(MAX_REGEX_LENGTH + 1)}/`] })).toThrow(
      /at most 200/,
    );
    expect(() => compileFilters({ include: ['/(a)\\1/'] })).toThrow(
      /Backreferences and lookaround are not supported/,
    );
    expect(() => compileFilters({ exclude: ['/(?=a)b/'] })).toThrow(/cannot be used/);
    expect(() => compileFilters({ include: ['/a/g'] })).toThrow(/unknown flag "g"/);
  });

  it('cap the text they read and give up on an item past the time budget', () => {
    const fields = itemFilterFields(item('t', `<p>${'word '.repeat(5000)}needle</p>`));
    expect(fields.summary.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
    let now = 0;
    const slowClock = () => (now += 30);
    const filters = compileFilters({ include: ['needle', 'pin'] });
    expect(
      evaluateFilters(
        filters,
        { title: 'a', summary: 'b', categories: 'c' },
        { now: slowClock, budgetMs: 50 },
      ),
    ).toEqual({
      passes: false,
      reason: 'too_slow',
    });
  });
});
