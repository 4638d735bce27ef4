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
import { createNewsCorpus } from './lib/news-corpus.ts';

const STORY_COUNT = Number(process.env.STORIES ?? 10_000);
const QUERY_COUNT = 200;
const BASELINE_QUERIES = 5;
const GUILD = '900000000000000001';
const NOW = Date.UTC(2026, 5, 1, 12);

const corpus = createNewsCorpus({ seed: 20260601, guildId: GUILD, now: NOW });

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
    const stories = Array.from({ length: STORY_COUNT }, (_, i) => corpus.story(i));
    let started = performance.now();
    for (let i = 0; i < stories.length; i += 16)
      await Promise.all(stories.slice(i, i + 16).map((s) => writer.save(s)));
    const saveSeconds = (performance.now() - started) / 1000;

    const queries = corpus.queries(QUERY_COUNT);
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
