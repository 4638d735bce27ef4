/**
 * Per-page time of our extract+summarize (compiled, as it ships) vs Mozilla Readability on jsdom,
 * same pages, same run.
 */
import { setImmediate as nextTick } from 'node:timers/promises';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type ExtractModule = typeof import('../../src/services/extract/index.ts');
type SummarizeModule = typeof import('../../src/services/summarize/index.ts');

/**
 * Our pipeline as it ships: the code tsc compiles to dist/ (npm run build), which the bot runs. Run
 * from src/ through tsx, every function made at run time is also given its name by a helper call
 * (esbuild's keepNames), which makes summaries about a tenth slower than the code users get.
 */
const compiled = (path: string): URL => {
  const url = new URL(`../../dist/services/${path}`, import.meta.url);
  if (!existsSync(fileURLToPath(url)))
    throw new Error(`${fileURLToPath(url)} is missing: build first (npm run build).`);
  return url;
};
const { extractArticle } = (await import(compiled('extract/index.js').href)) as ExtractModule;
const { createSummarizer } = (await import(compiled('summarize/index.js').href)) as SummarizeModule;

export interface Timing {
  median: number;
  p95: number;
  pagesPerSecond: number;
  /** Whole passes over the pages that were timed. */
  passes: number;
}

const summarizer = createSummarizer();

export function ourPipeline(html: string): void {
  try {
    summarizer.summarize(extractArticle(html, { url: 'https://example.com/article' }));
  } catch {
    // A page without an article still counts: the time to find that out is part of the work.
  }
}

const virtualConsole = new VirtualConsole();
export function readabilityOnJsdom(html: string): void {
  const dom = new JSDOM(html, { url: 'https://example.com/article', virtualConsole });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

// One pass over the pages takes half a second for our pipeline and ~12 s for Readability; a GC
// pause or a busy neighbour on the host moves a single pass by a quarter, so whole passes are
// repeated until this much time is measured (about 40 of ours, 2 of Readability's).
const MIN_TIMED_MS = 20_000;

/**
 * Times `run` on every page, yielding to the event loop between pages (untimed) as a bot does
 * between requests: jsdom frees a closed window's memory on a later tick, and without the yield a
 * pass piles up gigabytes of garbage that slow every later page of both pipelines.
 */
export async function timePages(pages: readonly string[], run: (html: string) => void): Promise<Timing> {
  // One untimed pass first, for both pipelines alike: a bot runs for days, so steady state is what counts.
  for (const html of pages) {
    run(html);
    await nextTick();
  }
  const times: number[] = [];
  let elapsed = 0;
  let passes = 0;
  while (elapsed < MIN_TIMED_MS) {
    for (const html of pages) {
      const t0 = performance.now();
      run(html);
      const took = performance.now() - t0;
      times.push(took);
      elapsed += took;
      await nextTick();
    }
    passes++;
  }
  times.sort((a, b) => a - b);
  return {
    median: percentile(times, 50),
    p95: percentile(times, 95),
    pagesPerSecond: (passes * pages.length) / (elapsed / 1000),
    passes,
  };
}

/** Heap after a forced GC at ten checkpoints while our pipeline runs over `count` pages (needs --expose-gc). */
export async function heapOverPages(pages: readonly string[], count: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  const checkpoints: { pages: number; heapMb: number; rssMb: number }[] = [];
  const every = Math.max(1, Math.floor(count / 10));
  for (let i = 1; i <= count; i++) {
    ourPipeline(pages[i % pages.length]!);
    if (i % every === 0) {
      await nextTick(); // lets memory freed on a later tick (jsdom's, from an earlier run) go first
      gc();
      const usage = process.memoryUsage();
      checkpoints.push({ pages: i, heapMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 });
    }
  }
  return checkpoints;
}
