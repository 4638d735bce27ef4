/**
 * Search benchmark: 10,000 generated news-like stories in one server, then 200 queries (plain words,
 * two-word queries, typos, prefixes, day-limited). Prints save throughput, the cold first query
 * (index built from the store) with the longest event-loop stall during it, and p50/p95/max of warm queries, next to a baseline measured in the
 * same run: a linear scan that loads the server's stories and substring-matches each query.
 *
 *   npx tsx bench/search.ts            # SQLite temp file
 *   STORE_URL=redis://127.0.0.1:6379 npx tsx bench/search.ts
 *   STORIES=2000 npx tsx bench/search.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { openKeyValueStore } from '../src/services/store/open.ts';
import { createStoryStore } from '../src/services/store/story-store.ts';
import type { Story } from '../src/services/types.ts';

const STORY_COUNT = Number(process.env.STORIES ?? 10_000);
const QUERY_COUNT = 200;
const BASELINE_QUERIES = 5;
const GUILD = '900000000000000001';
const NOW = Date.UTC(2026, 5, 1, 12);
const DAY = 86_400_000;

/** mulberry32: a small deterministic PRNG so every run indexes the same corpus. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260601);

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

function makeQueries(): { query: string; days?: number }[] {
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

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (n: number) => n.toFixed(2).padStart(9);

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsbrief-bench-'));
  const url = process.env.STORE_URL ?? `sqlite://${path.join(dir, 'bench.sqlite')}`;
  const namespace = `bench-${process.pid}`;
  const kv = await openKeyValueStore(url, { namespace });
  try {
    const writer = createStoryStore(kv);
    const stories = Array.from({ length: STORY_COUNT }, (_, i) => makeStory(i));
    let started = performance.now();
    for (let i = 0; i < stories.length; i += 16)
      await Promise.all(stories.slice(i, i + 16).map((s) => writer.save(s)));
    const saveSeconds = (performance.now() - started) / 1000;

    const queries = makeQueries();
    const reader = createStoryStore(kv); // a fresh process's view: the first query builds the index
    // The longest stretch the event loop could not run anything else (other members' interactions).
    const stalls = monitorEventLoopDelay({ resolution: 1 });
    stalls.enable();
    started = performance.now();
    const cpuBefore = process.cpuUsage(); // CPU time is steadier than wall time on a busy machine
    const first = await reader.search(GUILD, { ...queries[0]!, now: new Date(NOW) });
    const coldMs = performance.now() - started;
    const coldCpu = process.cpuUsage(cpuBefore);
    stalls.disable();
    const longestStallMs = stalls.max / 1e6;

    const times: number[] = [];
    let hits = 0;
    for (const query of queries) {
      const t0 = performance.now();
      const result = await reader.search(GUILD, { ...query, now: new Date(NOW), limit: 5 });
      times.push(performance.now() - t0);
      hits += result.total > 0 ? 1 : 0;
    }
    times.sort((a, b) => a - b);

    // Baseline: no index; load every story of the server and substring-match the query words.
    const baseline: number[] = [];
    for (const query of queries.slice(0, BASELINE_QUERIES)) {
      const t0 = performance.now();
      const { stories: all } = await reader.recent(GUILD, { limit: STORY_COUNT });
      const words = query.query.toLowerCase().split(/\s+/);
      all.filter((s) =>
        words.every((w) => `${s.headline} ${s.bullets.join(' ')} ${s.body}`.toLowerCase().includes(w)),
      );
      baseline.push(performance.now() - t0);
    }
    baseline.sort((a, b) => a - b);

    console.log(`search benchmark — ${STORY_COUNT} stories in one server, store ${url.split('://')[0]}://`);
    console.log(
      `save(): ${(STORY_COUNT / saveSeconds).toFixed(0)} stories/s (${saveSeconds.toFixed(1)} s, 16 concurrent)`,
    );
    console.log(
      `first query (cold index build): ${coldMs.toFixed(0)} ms (CPU ${((coldCpu.user + coldCpu.system) / 1000).toFixed(0)} ms), ${first.total} hits`,
    );
    console.log(`longest event-loop stall during the cold build: ${longestStallMs.toFixed(1)} ms`);
    console.log(`queries with hits: ${hits}/${queries.length}`);
    console.log('');
    console.log('| method                         | queries |   p50 ms |   p95 ms |   max ms |');
    console.log('|--------------------------------|---------|----------|----------|----------|');
    console.log(
      `| indexed search (warm)          | ${String(times.length).padStart(7)} |${ms(percentile(times, 50))} |${ms(percentile(times, 95))} |${ms(times.at(-1)!)} |`,
    );
    console.log(
      `| baseline: load all + substring | ${String(baseline.length).padStart(7)} |${ms(percentile(baseline, 50))} |${ms(percentile(baseline, 95))} |${ms(baseline.at(-1)!)} |`,
    );
  } finally {
    await kv.clear();
    await kv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
