/**
 * npm run bench:quality [-- --memory-pages 10000 --data DIR]
 * One table: every quality and speed target of the pipeline, our figure, the anchors measured in the
 * same run (or published for these pages), and pass/fail. Each part also runs alone: bench:extract,
 * bench:metadata, bench:summaries, bench:quotes, bench:speed.
 */
import { parseArgs } from 'node:util';
import { benchRoot, loadExtractionPages } from './lib/datasets.ts';
import { measureExtraction } from './lib/extraction.ts';
import { measureMetadata } from './lib/metadata.ts';
import { measureQuoteSets } from './lib/quote-bench.ts';
import { scoreCorpus } from './lib/shingle-f1.ts';
import { heapOverPages, ourPipeline, readabilityOnJsdom, timePages } from './lib/speed.ts';
import { measureSummaries } from './lib/summaries.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, 'memory-pages': { type: 'string', default: '10000' } },
});
const root = benchRoot();
const rows: [target: string, ours: string, anchors: string, pass: boolean][] = [];
const f3 = (n: number) => n.toFixed(3);
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const progress = (what: string) => process.stderr.write(`measuring ${what}…\n`);

// 6. Speed and memory, measured first: what the other parts leave on the heap would slow
// whichever pipeline ran after them.
const speedRows: typeof rows = [];
{
  progress('speed (about a minute: Readability on jsdom is timed over two passes)');
  const htmls = loadExtractionPages(root).map((page) => page.html);
  const fast = await timePages(htmls, ourPipeline);
  const slow = await timePages(htmls, readabilityOnJsdom);
  const ratio = fast.pagesPerSecond / slow.pagesPerSecond;
  speedRows.push([
    '6. pages/s ≥ 20× Readability on jsdom',
    `${fast.pagesPerSecond.toFixed(1)}/s (${ratio.toFixed(1)}×)`,
    `Readability/jsdom ${slow.pagesPerSecond.toFixed(1)}/s`,
    ratio >= 20,
  ]);
  speedRows.push([
    '6. p95 < 25 ms per page',
    `${fast.p95.toFixed(1)} ms`,
    `Readability/jsdom ${slow.p95.toFixed(1)} ms`,
    fast.p95 < 25,
  ]);
  const memoryPages = Number(values['memory-pages']);
  if (memoryPages > 0) {
    progress(`memory over ${memoryPages} pages`);
    const checkpoints = await heapOverPages(htmls, memoryPages);
    if (checkpoints) {
      const heaps = checkpoints.map((c) => c.heapMb);
      const growth = (heaps.at(-1) ?? 0) - (heaps[0] ?? 0);
      speedRows.push([
        `6. memory flat over ${memoryPages} pages (heap growth < 5 MB)`,
        `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB`,
        `heap after GC ${Math.min(...heaps).toFixed(0)}–${Math.max(...heaps).toFixed(0)} MB`,
        growth < 5,
      ]);
    } else speedRows.push(['6. memory flat', 'not measured (run with node --expose-gc)', '', false]);
  }
}

// 1. Article body
progress('article bodies');
const extraction = measureExtraction({ root });
const [ourBody, readabilityBody, ...published] = extraction.rows;
rows.push([
  '1. body F1 ≥ 0.975 (extraction, 123 pages)',
  f3(ourBody!.corpus.f1),
  [
    `Readability/linkedom this run ${f3(readabilityBody!.corpus.f1)}`,
    ...published.map((r) => `${r.name.replace('published: ', '')} ${f3(r.corpus.f1)}`),
  ].join('; '),
  ourBody!.corpus.f1 >= 0.975,
]);

// 2. Metadata
progress('metadata');
const [ourMeta, readabilityMeta] = measureMetadata({ root });
const metaRow = (label: string, pick: (t: NonNullable<typeof ourMeta>) => [number, number], bar: number) => {
  const [n, d] = pick(ourMeta!);
  const [an, ad] = pick(readabilityMeta!);
  rows.push([
    `2. ${label} ≥ ${bar}%`,
    pct(n, d),
    `Readability/linkedom ${pct(an, ad)}`,
    (100 * n) / d >= bar,
  ]);
};
metaRow('headline exact', (t) => [t.headline, t.pages], 90);
metaRow('date (YYYY-MM-DD)', (t) => [t.date, t.pages], 90);
metaRow('byline exact', (t) => [t.byline, t.bylinePages], 90);
rows.push([
  '2. metadata-set body F1 ≥ 0.95',
  f3(ourMeta!.bodyScore.f1),
  `Readability/linkedom ${f3(readabilityMeta!.bodyScore.f1)}`,
  ourMeta!.bodyScore.f1 >= 0.95,
]);

// 3. Key bullets
progress('key bullets');
const summaries = measureSummaries();
for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
  const delta = summaries.ours[key] - summaries.lead3[key];
  rows.push([
    `3. ${key} ≥ Lead-3 + 1.0 (CNN/DM ${summaries.articles})`,
    `${summaries.ours[key].toFixed(2)} (${delta >= 0 ? '+' : ''}${delta.toFixed(2)})`,
    `Lead-3 ${summaries.lead3[key].toFixed(2)}`,
    delta >= 1,
  ]);
}

// 4. Quotes: the fixtures (many sites) and polnear-dev (measured on only), scored by the shared README's rules.
progress('quotes');
const [fixtures, dev] = measureQuoteSets({ sets: ['fixtures', 'polnear-dev'] });
for (const r of [fixtures!, dev!]) {
  const targets =
    r.name === 'fixtures'
      ? { speaker: 0.95, top: 0.98, precision: null, recall: null }
      : { speaker: 0.92, top: 0.97, precision: 0.9, recall: 0.9 };
  const anchor = `regex anchor ${pct(r.anchor.speakerRight, r.anchor.named)}`;
  if (targets.precision !== null)
    rows.push([
      `4. ${r.name}: quote precision ≥ ${100 * targets.precision}%`,
      pct(r.all.right, r.all.predicted),
      `regex anchor ${pct(r.anchor.right, r.anchor.predicted)}`,
      r.all.right / r.all.predicted >= targets.precision,
    ]);
  if (targets.recall !== null)
    rows.push([
      `4. ${r.name}: quote recall ≥ ${100 * targets.recall}%`,
      pct(r.all.recalled, r.all.gold),
      `regex anchor ${pct(r.anchor.recalled, r.anchor.gold)}`,
      r.all.recalled / r.all.gold >= targets.recall,
    ]);
  rows.push([
    `4. ${r.name}: speaker ≥ ${100 * targets.speaker}% (all quotes)`,
    pct(r.all.speakerRight, r.all.named),
    anchor,
    r.all.speakerRight / r.all.named >= targets.speaker,
  ]);
  rows.push([
    `4. ${r.name}: top-3 speaker ≥ ${100 * targets.top}%`,
    pct(r.top.speakerRight, r.top.named),
    `top-3 precision ${pct(r.top.right, r.top.predicted)}`,
    r.top.speakerRight / r.top.named >= targets.top,
  ]);
}

// 5. Other languages: body F1 on pages we read as non-English vs English ones, same pages as target 1.
const byLang = (keep: (lang: string | null) => boolean) =>
  scoreCorpus(ourBody!.scores.filter((_, i) => keep(extraction.langs[i] ?? null)));
const english = byLang((lang) => lang === 'en');
const otherIndexes = extraction.langs.flatMap((lang, i) => (lang && lang !== 'en' ? [i] : []));
const other = byLang((lang) => lang !== null && lang !== 'en');
const otherLangs = [...new Set(otherIndexes.map((i) => extraction.langs[i]))].join(', ');
rows.push([
  `5. body F1, non-English pages (${otherIndexes.length}: ${otherLangs}) ≥ English − 0.02`,
  f3(other.f1),
  `English pages ${f3(english.f1)}`,
  other.f1 >= english.f1 - 0.02,
]);

rows.push(...speedRows);

console.log('| target | NewsBrief | anchors (same run unless published) | pass |');
console.log('|---|---|---|---|');
for (const [target, ours, anchors, pass] of rows)
  console.log(`| ${target} | ${ours} | ${anchors} | ${pass ? 'pass' : 'FAIL'} |`);
console.log(`\n${rows.filter((r) => r[3]).length}/${rows.length} targets met`);
