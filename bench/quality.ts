/**
 * npm run bench:quality [-- --memory-pages 10000 --data DIR]
 * One table: every quality and speed target of the pipeline, our figure, the anchors measured in the
 * same run (or published for these pages), and pass/fail. Extraction and metadata figures are given
 * over all pages and for each half of the sites (read | unread, bench/lib/halves.ts); targets on
 * generalization are judged on the half whose errors were never read. Each part also runs alone: bench:extract,
 * bench:metadata, bench:summaries, bench:quotes, bench:speed.
 */
import { parseArgs } from 'node:util';
import { benchRoot, loadExtractionPages } from './lib/datasets.ts';
import { measureExtraction } from './lib/extraction.ts';
import { byHalf, HALVES } from './lib/halves.ts';
import { measureMetadata, type MetadataResult, type MetadataTally } from './lib/metadata.ts';
import { measureQuoteSets } from './lib/quote-bench.ts';
import { scoreCorpus } from './lib/shingle-f1.ts';
import { heapOverPages, ourPipeline, readabilityOnJsdom, timePages } from './lib/speed.ts';
import { measureSummaries } from './lib/summaries.ts';

const { values } = parseArgs({
  options: { data: { type: 'string' }, 'memory-pages': { type: 'string', default: '10000' } },
});
const root = benchRoot();
// pass null: judged in the note, not by a figure here (date misses are classed by hand).
const rows: [target: string, ours: string, anchors: string, pass: boolean | null][] = [];
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

// 1. Article body, over all pages and over each half of the sites (bench/lib/halves.ts): rules
// are written from the read half's errors only, so the unread half shows whether they generalize.
progress('article bodies');
const extraction = measureExtraction({ root });
const [ourBody, readabilityBody, ...published] = extraction.rows;
const halvesF1 = (row: NonNullable<typeof ourBody>) => byHalf((half) => f3(row.halves[half].f1));
rows.push([
  `1. body F1 ≥ 0.975 on both halves (extraction, ${extraction.pages.length} pages)`,
  `${f3(ourBody!.corpus.f1)} (${halvesF1(ourBody!)})`,
  [
    `Readability/linkedom this run ${f3(readabilityBody!.corpus.f1)} (${halvesF1(readabilityBody!)})`,
    ...published.map((r) => `${r.name.replace('published: ', '')} ${f3(r.corpus.f1)} (${halvesF1(r)})`),
  ].join('; '),
  HALVES.every((half) => ourBody!.halves[half].f1 >= 0.975),
]);

// 2. Metadata: headline and byline are judged on the half whose errors were never read.
progress('metadata');
const [ourMeta, readabilityMeta] = measureMetadata({ root });
type Tally = MetadataTally;
const metaRow = (label: string, pick: (t: Tally) => [number, number], bar: number) => {
  const share = (t: Tally) => {
    const [n, d] = pick(t);
    return (100 * n) / Math.max(1, d);
  };
  const both = (t: MetadataResult) => byHalf((half) => pct(...pick(t.halves[half])));
  rows.push([
    `2. ${label} ≥ ${bar}% on the unread half`,
    `${pct(...pick(ourMeta!))} (${both(ourMeta!)})`,
    `Readability/linkedom ${pct(...pick(readabilityMeta!))} (${both(readabilityMeta!)})`,
    share(ourMeta!.halves.unread) >= bar,
  ]);
};
metaRow('headline exact', (t) => [t.headline, t.pages], 93);
metaRow('byline exact', (t) => [t.byline, t.bylinePages], 93);
// Some date labels are wrong (a changed year, a date the page never shows): the bar is on our
// own errors, which bench:metadata --misses date lists for classing; the rate is shown here.
{
  const both = (t: MetadataResult) => byHalf((half) => pct(t.halves[half].date, t.halves[half].pages));
  rows.push([
    '2. date (YYYY-MM-DD), both halves (misses classed in the note)',
    `${pct(ourMeta!.date, ourMeta!.pages)} (${both(ourMeta!)})`,
    `Readability/linkedom ${pct(readabilityMeta!.date, readabilityMeta!.pages)} (${both(readabilityMeta!)})`,
    null,
  ]);
}
rows.push([
  '2. metadata-set body F1 ≥ 0.95 on both halves',
  `${f3(ourMeta!.bodyScore.f1)} (${byHalf((half) => f3(ourMeta!.halves[half].bodyScore.f1))})`,
  `Readability/linkedom ${f3(readabilityMeta!.bodyScore.f1)} (${byHalf((half) => f3(readabilityMeta!.halves[half].bodyScore.f1))})`,
  HALVES.every((half) => ourMeta!.halves[half].bodyScore.f1 >= 0.95),
]);
{
  const pages = extraction.pages.length + ourMeta!.pages;
  const refused = extraction.refused + ourMeta!.refused;
  rows.push([
    `2. zero refusals on all bench pages (${pages})`,
    `${refused} (extraction ${extraction.refused}, metadata ${ourMeta!.refused})`,
    `Readability/linkedom refused ${readabilityMeta!.refused} metadata pages`,
    refused === 0,
  ]);
}

// 3. Key bullets, from the article as given and pasted as one paragraph with no title line.
progress('key bullets');
const summaries = measureSummaries();
for (const [system, label] of [
  ['ours', ''],
  ['pasted', ', pasted as one paragraph'],
] as const) {
  for (const key of ['rouge1', 'rouge2', 'rougeLsum'] as const) {
    const ours = summaries[system];
    const delta = ours[key] - summaries.lead3[key];
    rows.push([
      `3. ${key} ≥ Lead-3 + 1.0 (CNN/DM ${summaries.articles}${label})`,
      `${ours[key].toFixed(2)} (${delta >= 0 ? '+' : ''}${delta.toFixed(2)})`,
      `Lead-3 ${summaries.lead3[key].toFixed(2)}${ours.empty ? `; ${ours.empty} got no summary` : ''}`,
      delta >= 1,
    ]);
  }
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
  console.log(
    `| ${target} | ${ours} | ${anchors} | ${pass === null ? 'see note' : pass ? 'pass' : 'FAIL'} |`,
  );
const judged = rows.filter((r) => r[3] !== null);
console.log(`\n${judged.filter((r) => r[3]).length}/${judged.length} targets met`);
