/**
 * A deterministic news-like corpus for the search and bot benchmarks: stories with place names,
 * generated proper names and skewed word frequencies (so typo and prefix lookups are realistic),
 * and a query mix of plain words, two-word queries, typos, prefixes and day limits.
 */
import type { Story } from '../../src/services/types.ts';

const DAY = 86_400_000;

/** mulberry32: a small deterministic PRNG so every run indexes the same corpus. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'government minister election vote parliament president council budget tax economy inflation market stocks ' +
  'shares bank interest rates growth recession trade tariff export import energy oil gas prices electricity ' +
  'climate emissions carbon renewable solar wind flood drought wildfire storm hurricane earthquake volcano ' +
  'hospital health vaccine virus outbreak doctors nurses patients school teachers students university research ' +
  'scientists study discovery space rocket satellite launch mission technology software startup company ' +
  'investors profit losses workers union strike wages jobs unemployment housing rent mortgage police court ' +
  'judge trial verdict prison crime investigation fraud corruption protest demonstrators army soldiers troops ' +
  'ceasefire talks negotiations agreement treaty sanctions embassy refugees migrants border aid humanitarian ' +
  'football championship tournament coach players season stadium olympics athletes record festival film music ' +
  'museum exhibition artist novel author award railway airport airline flights passengers traffic bridge ' +
  'construction infrastructure water farmers harvest grain wheat food supply shortage factory manufacturing ' +
  'automaker electric vehicles battery chips semiconductor cyberattack hackers privacy data regulators ' +
  'spokesperson officials statement announcement report survey poll analysts forecast quarter annual weekly'
).split(' ');
const PLACES = (
  'Ukraine Pakistan Brazil Germany France Japan Nigeria Kenya Canada Mexico Indonesia Australia India China ' +
  'Argentina Egypt Turkey Poland Sweden Norway Chile Peru Vietnam Thailand Philippines Iceland Ireland Spain ' +
  'Italy Greece Morocco Ethiopia Ghana Colombia Bangladesh Malaysia Singapore Zürich São Paulo Kraków'
).split(' ');
const PEOPLE =
  'Maria Chen|Ahmed Khan|Olena Petrenko|James Walker|Aiko Tanaka|Carlos Ruiz|Fatima Bello|Lars Nilsson'.split(
    '|',
  );
const SITES = ['Daily Ledger', 'Global Wire', 'Metro Times', 'The Observer Post', 'Northern Herald'];

export interface NewsCorpus {
  random: () => number;
  /** A common news word, skewed so that some recur far more than others. */
  word: () => string;
  story: (i: number) => Story;
  queries: (count: number) => { query: string; days?: number }[];
}

export function createNewsCorpus(options: { seed: number; guildId: string; now: number }): NewsCorpus {
  const random = prng(options.seed);
  const GUILD = options.guildId;
  const NOW = options.now;
  /** Generated proper names ("Velmaro") grow the vocabulary like real news does, so typo lookups are realistic. */
  const SYLLABLES =
    'ka ro mi ten vel ma dor an si lu bra gon tri pe os zan ur fel ko ri na shu ven ta lo mer dil ha jo'.split(
      ' ',
    );
  function name(): string {
    const parts = 2 + Math.floor(random() * 2);
    return capitalise(
      Array.from({ length: parts }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]!).join(''),
    );
  }

  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * random() * items.length)]!; // skewed: common words recur
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  function sentence(words: number): string {
    const parts = Array.from({ length: words }, () => {
      const roll = random();
      return roll < 0.1 ? pick(PLACES) : roll < 0.16 ? name() : pick(WORDS);
    });
    return `${capitalise(parts.join(' '))}.`;
  }

  function makeStory(i: number): Story {
    return {
      id: `bench-${i}`,
      guildId: GUILD,
      url: `https://${SITES[i % SITES.length]!.toLowerCase().replace(/ /g, '')}.example/story/${i}`,
      headline: capitalise(`${pick(PLACES)} ${sentence(6 + Math.floor(random() * 5)).toLowerCase()}`),
      bullets: Array.from({ length: 3 + Math.floor(random() * 3) }, () =>
        sentence(10 + Math.floor(random() * 8)),
      ),
      quotes: random() < 0.6 ? [{ text: sentence(12).slice(0, -1), speaker: pick(PEOPLE) }] : [],
      byline: pick(PEOPLE),
      siteName: SITES[i % SITES.length]!,
      publishedAt: null,
      imageUrl: null,
      lang: 'en',
      body: Array.from({ length: 8 + Math.floor(random() * 10) }, () =>
        sentence(12 + Math.floor(random() * 14)),
      ).join(' '),
      createdAt: new Date(NOW - Math.floor(random() * 120 * DAY)).toISOString(),
      channelId: null,
      source: { kind: 'feed', feedId: 'bench' },
    };
  }

  function typo(word: string): string {
    const at = 1 + Math.floor(random() * (word.length - 2));
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2); // swap two letters
  }

  function makeQueries(QUERY_COUNT: number): { query: string; days?: number }[] {
    const vocabulary = [...WORDS, ...PLACES.map((p) => p.toLowerCase())];
    return Array.from({ length: QUERY_COUNT }, (_, i) => {
      const word = random() < 0.2 ? name().toLowerCase() : pick(vocabulary);
      switch (i % 5) {
        case 0:
          return { query: word };
        case 1:
          return { query: `${pick(PLACES)} ${pick(WORDS)}` };
        case 2:
          return { query: word.length >= 5 ? typo(word) : word };
        case 3:
          return { query: word.slice(0, Math.max(3, Math.ceil(word.length / 2))) };
        default:
          return { query: `${pick(WORDS)} ${pick(WORDS)}`, days: 30 };
      }
    });
  }

  return { random, word: () => pick(WORDS), story: makeStory, queries: makeQueries };
}
