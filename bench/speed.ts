/**
 * npm run bench:speed [-- --dir ../shared/bench/extraction/html --memory-pages 10000]
 * Median and p95 milliseconds per page for our extract+summarize, beside Mozilla Readability on jsdom
 * over the same pages in the same run, as a ratio of pages per second; then the heap after GC while
 * our pipeline runs over --memory-pages pages, to show it stays flat.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../src/services/extract/index.ts';
import { createSummarizer } from '../src/services/summarize/index.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(import.meta.dirname, '../../shared/bench/extraction/html') },
    'memory-pages': { type: 'string', default: '10000' },
    'skip-readability': { type: 'boolean', default: false },
  },
});

const pages = readdirSync(values.dir)
  .filter((name) => name.endsWith('.html.gz') || name.endsWith('.html'))
  .sort()
  .map((name) => {
    const bytes = readFileSync(join(values.dir, name));
    return { name, html: (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8') };
  });
if (pages.length === 0) throw new Error(`no pages in ${values.dir}`);

const summarizer = createSummarizer();
function ours(html: string): void {
  try {
    summarizer.summarize(extractArticle(html, { url: 'https://example.com/article' }));
  } catch {
    // A page without an article still counts: the time to find that out is part of the work.
  }
}
const virtualConsole = new VirtualConsole();
function readabilityOnJsdom(html: string): void {
  const dom = new JSDOM(html, { url: 'https://example.com/article', virtualConsole });
  new Readability(dom.window.document).parse();
  dom.window.close();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function measure(run: (html: string) => void) {
  for (const page of pages.slice(0, 5)) run(page.html); // warm-up: JIT, lazy module init
  const times: number[] = [];
  const started = performance.now();
  for (const page of pages) {
    const t0 = performance.now();
    run(page.html);
    times.push(performance.now() - t0);
  }
  const total = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), pagesPerSecond: pages.length / total };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const totalBytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.html), 0);
console.log(`bench:speed — ${pages.length} pages (${mb(totalBytes)} MB) from ${values.dir}\n`);

const rows: [string, ReturnType<typeof measure> | null][] = [['NewsBrief extract+summarize', measure(ours)]];
if (!values['skip-readability']) rows.push(['Readability 0.6 on jsdom', measure(readabilityOnJsdom)]);
console.log('| pipeline | median ms | p95 ms | pages/s |');
console.log('|---|---:|---:|---:|');
for (const [name, r] of rows) {
  if (r) console.log(`| ${name} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.pagesPerSecond.toFixed(1)} |`);
}
const ourRow = rows[0]?.[1];
const baseline = rows[1]?.[1];
if (ourRow && baseline) {
  const ratio = ourRow.pagesPerSecond / baseline.pagesPerSecond;
  console.log(`\nspeed ratio (ours / Readability-on-jsdom pages per second): ${ratio.toFixed(1)}x (target >= 20x)`);
}
if (ourRow) console.log(`our p95: ${ourRow.p95.toFixed(2)} ms (target < 25 ms)`);

// Memory: heap after a forced GC at checkpoints while the pipeline runs over many pages.
const gc = (globalThis as { gc?: () => void }).gc;
const memoryPages = Number(values['memory-pages']);
if (memoryPages > 0) {
  if (!gc) console.log('\n(run with node --expose-gc for the memory check)');
  else {
    const checkpoints: { pages: number; heapMb: number; rssMb: number }[] = [];
    const every = Math.max(1, Math.floor(memoryPages / 10));
    for (let i = 1; i <= memoryPages; i++) {
      ours(pages[i % pages.length]!.html);
      if (i % every === 0) {
        gc();
        const usage = process.memoryUsage();
        checkpoints.push({ pages: i, heapMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 });
      }
    }
    console.log(`\n| pages processed | heap after GC (MB) | RSS (MB) |\n|---:|---:|---:|`);
    for (const c of checkpoints) console.log(`| ${c.pages} | ${c.heapMb.toFixed(1)} | ${c.rssMb.toFixed(1)} |`);
    const firstHeap = checkpoints[0]?.heapMb ?? 0;
    const lastHeap = checkpoints.at(-1)?.heapMb ?? 0;
    console.log(`heap growth from first to last checkpoint: ${(lastHeap - firstHeap).toFixed(1)} MB`);
  }
}
