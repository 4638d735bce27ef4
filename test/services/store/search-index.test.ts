import { describe, expect, it } from 'vitest';
import {
  MAX_INDEXED_BODY_CHARS,
  SearchIndex,
  type SearchableStory,
} from '../../../src/services/store/search-index.ts';

const NOW = Date.parse('2026-03-10T12:00:00Z');
const DAY = 86_400_000;

function story(id: string, headline: string, body = '', daysAgo = 1): SearchableStory {
  return {
    id,
    headline,
    bullets: [],
    quotes: [],
    body,
    createdAt: new Date(NOW - daysAgo * DAY).toISOString(),
  };
}

function ids(index: SearchIndex, query: string, days?: number): string[] {
  return index.search(query, { now: NOW, days, take: 10 }).matches.map((match) => match.id);
}

describe('SearchIndex', () => {
  it('ranks an exact word above a typo match and a prefix match', () => {
    const index = new SearchIndex();
    index.upsert(story('exact', 'Senate passes budget'));
    index.upsert(story('typo', 'Senete rejects plan'));
    index.upsert(story('prefix', 'Senates across Europe'));
    expect(ids(index, 'senate')).toEqual(['exact', 'prefix', 'typo']);
  });

  it('allows no typo in short words and two in long ones', () => {
    const index = new SearchIndex();
    index.upsert(story('short', 'Tax cut announced'));
    index.upsert(story('long', 'Parliament debates reform'));
    expect(ids(index, 'tux')).toEqual([]);
    expect(ids(index, 'parlaimint')).toEqual(['long']);
  });

  it('only treats short words as prefixes when they are the last word typed', () => {
    const index = new SearchIndex();
    index.upsert(story('a', 'Oil prices rise in Norway'));
    expect(ids(index, 'no oil')).toEqual(['a']); // "no" is not required as a prefix elsewhere…
    expect(ids(index, 'oil no')).toEqual(['a']); // …but completes "norway" when typed last
    expect(index.search('oil no', { now: NOW, take: 10 }).expansion.termWords.has('norway')).toBe(true);
    expect(index.search('no oil', { now: NOW, take: 10 }).expansion.termWords.has('norway')).toBe(false);
  });

  it('completes prefixes of words added after earlier searches', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 300; i++) index.upsert(story(`bulk${i}`, `Report number${i}`));
    expect(ids(index, 'numb').length).toBe(10);
    index.upsert(story('late', 'Zeppelin museum opens'));
    index.upsert(story('later', 'Alpaca farm expands'));
    expect(ids(index, 'zepp')).toEqual(['late']);
    expect(ids(index, 'alpa')).toEqual(['later']);
  });

  it('requires every word, falling back to the most words matched when no story has all', () => {
    const index = new SearchIndex();
    index.upsert(story('both', 'Floods hit Kenya'));
    index.upsert(story('one', 'Floods in Spain'));
    expect(ids(index, 'floods kenya')).toEqual(['both']);
    expect(ids(index, 'floods kenya spain').sort()).toEqual(['both', 'one']);
  });

  it('replaces a story on upsert and forgets it on remove', () => {
    const index = new SearchIndex();
    index.upsert(story('s', 'Old headline about whales'));
    index.upsert(story('s', 'New headline about dolphins'));
    expect(ids(index, 'whales')).toEqual([]);
    expect(ids(index, 'dolphins')).toEqual(['s']);
    index.remove('s');
    expect(ids(index, 'dolphins')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('still finds stories after they are replaced many times', () => {
    const index = new SearchIndex();
    const a = story('a', 'Drought in Kenya', 'Farmers wait for rain.');
    const b = story('b', 'Markets', 'Kenya exports fell.');
    const c = story('c', 'Volcano erupts');
    for (let round = 0; round < 20; round++) for (const s of [a, b, c]) index.upsert(s);
    expect(ids(index, 'kenya')).toEqual(['a', 'b']);
    expect(ids(index, 'kneya')).toEqual(['a', 'b']);
    expect(index.size).toBe(3);
  });

  it('counts every match but returns only the best `take`, newest first on equal text', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 30; i++) index.upsert(story(`s${i}`, 'Harbour reopens', '', i));
    const result = index.search('harbour', { now: NOW, take: 3 });
    expect(result.total).toBe(30);
    expect(result.matches.map((m) => m.id)).toEqual(['s0', 's1', 's2']);
    expect(index.search('harbour', { now: NOW, days: 5, take: 50 }).total).toBe(6); // 0–5 days ago, inclusive
  });

  it('indexes the start of a very long body, and always the headline, bullets and quotes', () => {
    const index = new SearchIndex();
    const filler = 'lorem ipsum dolor '.repeat(Math.ceil(MAX_INDEXED_BODY_CHARS / 18));
    index.upsert({
      ...story('long', 'Harbour reopens', `Opening about tugboats. ${filler} closing about lighthouses.`),
      bullets: ['Ferries resume'],
      quotes: [{ text: 'We are open', speaker: 'Mayor Okafor' }],
    });
    expect(ids(index, 'tugboats')).toEqual(['long']);
    expect(ids(index, 'ferries')).toEqual(['long']);
    expect(ids(index, 'okafor')).toEqual(['long']);
    expect(ids(index, 'lighthouses')).toEqual([]);
  });
});
