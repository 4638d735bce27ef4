/**
 * Article-body extraction benchmark (../shared/bench/extraction): shingle precision/recall/F1 for
 * our extractor, Mozilla Readability on linkedom in this same run, and the published outputs.
 * Usage: npx tsx bench/extract.ts [--data DIR] [--worst N] [--no-readability]
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isUserFacingError } from '../src/services/errors.ts';
import { extractArticle } from '../src/services/extract/index.ts';
import { benchRoot, loadExtractionPages, loadPublishedOutputs } from './lib/datasets.ts';
import type { PageScore } from './lib/shingle-f1.ts';
import { scoreCorpus, scorePage } from './lib/shingle-f1.ts';

const argv = process.argv;
const worstFlag = argv.indexOf('--worst');
const worst = worstFlag >= 0 ? Number(argv[worstFlag + 1] ?? 10) : 0;
const withReadability = !argv.includes('--no-readability');

const root = benchRoot(argv);
const pages = loadExtractionPages(root);

function ourBody(html: string, url: string): string {
  try {
    return extractArticle(html, { url }).paragraphs.join('\n\n');
  } catch (error) {
    if (isUserFacingError(error)) return '';
    throw error;
  }
}

function readabilityBody(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(
    document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  return article?.textContent ?? '';
}

interface Row {
  name: string;
  scores: PageScore[];
  ms: number | null;
}
const rows: Row[] = [];

let started = performance.now();
const ours = pages.map((page) => scorePage(page.truth, ourBody(page.html, page.url)));
rows.push({ name: 'ours (htmlparser2)', scores: ours, ms: performance.now() - started });

if (withReadability) {
  started = performance.now();
  const scores = pages.map((page) => scorePage(page.truth, readabilityBody(page.html)));
  rows.push({ name: 'readability 0.6 on linkedom (this run)', scores, ms: performance.now() - started });
}
for (const [tool, outputs] of loadPublishedOutputs(root)) {
  rows.push({
    name: `published: ${tool}`,
    scores: pages.map((p) => scorePage(p.truth, outputs.get(p.id) ?? '')),
    ms: null,
  });
}

console.log(`Extraction benchmark: ${pages.length} pages from ${root}/extraction`);
console.log(
  `${'extractor'.padEnd(40)} ${'precision'.padStart(9)} ${'recall'.padStart(7)} ${'F1'.padStart(6)} ${'pages/s'.padStart(8)}`,
);
for (const row of rows) {
  const s = scoreCorpus(row.scores);
  const rate = row.ms === null ? '' : ((pages.length * 1000) / row.ms).toFixed(1);
  console.log(
    `${row.name.padEnd(40)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${rate.padStart(8)}`,
  );
}

if (worst > 0) {
  const ranked = pages
    .map((page, i) => ({ page, score: ours[i] as PageScore }))
    .map(({ page, score }) => {
      const p = score.precision ?? 0;
      const r = score.recall ?? 0;
      return { page, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
    })
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, worst);
  console.log(`\nWorst ${worst} pages (ours):`);
  for (const { page, p, r, f1 } of ranked) {
    console.log(`${f1.toFixed(3)} P=${p.toFixed(2)} R=${r.toFixed(2)} ${page.id.slice(0, 12)} ${page.url}`);
  }
}
