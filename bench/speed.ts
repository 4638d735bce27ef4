/**
 * npm run bench:speed [-- --memory-pages 10000 --skip-readability --skip-processes]
 * Median and p95 milliseconds per page for our extract+summarize, beside Mozilla Readability on jsdom
 * over the same pages in the same run, as a ratio of pages per second; then whole processes as a
 * person runs them (start-up included, median of 5): `newsbrief extract` of one small file, and of
 * every page in one process (default threads, and one thread with --jobs 1) beside Readability on
 * jsdom doing the same; then the heap after GC while
 * our pipeline runs over --memory-pages pages, to show it stays flat.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { benchRoot, loadExtractionPages } from './lib/datasets.ts';
import { heapOverPages, ourPipeline, readabilityOnJsdom, timePages, type Timing } from './lib/speed.ts';
import { wholeProcessTimings } from './lib/whole-process.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    'memory-pages': { type: 'string', default: '10000' },
    'skip-readability': { type: 'boolean', default: false },
    'skip-processes': { type: 'boolean', default: false },
  },
});
const pages = loadExtractionPages(benchRoot()).map((page) => page.html);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
console.log(
  `bench:speed — ${pages.length} pages (${mb(pages.reduce((n, html) => n + Buffer.byteLength(html), 0))} MB)\n`,
);

const rows: [string, Timing][] = [['NewsBrief extract+summarize', await timePages(pages, ourPipeline)]];
if (!values['skip-readability'])
  rows.push(['Readability 0.6 on jsdom', await timePages(pages, readabilityOnJsdom)]);
console.log('| pipeline | timed passes | median ms | p95 ms | pages/s |\n|---|---:|---:|---:|---:|');
for (const [name, r] of rows) {
  console.log(
    `| ${name} | ${r.passes} | ${r.median.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.pagesPerSecond.toFixed(1)} |`,
  );
}
const [ours, baseline] = [rows[0]![1], rows[1]?.[1]];
if (baseline) {
  const ratio = ours.pagesPerSecond / baseline.pagesPerSecond;
  console.log(
    `\nspeed ratio (our pages/s ÷ Readability-on-jsdom pages/s): ${ratio.toFixed(1)}x (target >= 20x)`,
  );
}
console.log(`our p95: ${ours.p95.toFixed(2)} ms (target < 25 ms)`);

if (!values['skip-processes']) {
  // The CLI runs dist/, which `npm run bench:speed` builds first.
  const timings = wholeProcessTimings(pages);
  console.log('\n| whole process (interleaved rounds) | median of 5 (ms) | runs (ms) |\n|---|---:|---|');
  for (const t of timings)
    console.log(
      `| ${t.name} | ${t.medianMs.toFixed(0)} | ${t.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );
  const [, small, , allOurs, oneThread, allReadability] = timings;
  console.log(`\nnewsbrief extract of one small file: ${small!.medianMs.toFixed(0)} ms (target < 150 ms)`);
  const processRatio = allReadability!.medianMs / allOurs!.medianMs;
  console.log(
    `whole-process ratio (Readability-on-jsdom time ÷ newsbrief extract time, all pages): ${processRatio.toFixed(1)}x (target >= 20x)`,
  );
  // Readability's script reads on one thread; newsbrief may read many files on several threads (--jobs).
  console.log(
    `the same on one thread (--jobs 1): ${(allReadability!.medianMs / oneThread!.medianMs).toFixed(1)}x, with ${availableParallelism()} cores here`,
  );
}

const memoryPages = Number(values['memory-pages']);
if (memoryPages > 0) {
  const checkpoints = await heapOverPages(pages, memoryPages);
  if (!checkpoints)
    console.log('\n(run with node --expose-gc for the memory check: npm run bench:speed does)');
  else {
    console.log(`\n| pages processed | heap after GC (MB) | RSS (MB) |\n|---:|---:|---:|`);
    for (const c of checkpoints)
      console.log(`| ${c.pages} | ${c.heapMb.toFixed(1)} | ${c.rssMb.toFixed(1)} |`);
    const growth = (checkpoints.at(-1)?.heapMb ?? 0) - (checkpoints[0]?.heapMb ?? 0);
    console.log(`heap growth from first to last checkpoint: ${growth.toFixed(1)} MB`);
  }
}
