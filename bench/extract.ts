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
  /** Milliseconds per page, in page order; null for published outputs. */
  times: number[] | null;
}
const rows: Row[] = [];

/** Runs an extractor over every page (after a short warm-up), timing each page. */
function measure(name: string, extract: (html: string, url: string) => string): PageScore[] {
  for (const page of pages.slice(0, 5)) extract(page.html, page.url);
  const times: number[] = [];
  const scores = pages.map((page) => {
    const started = performance.now();
    const body = extract(page.html, page.url);
    times.push(performance.now() - started);
    return scorePage(page.truth, body);
  });
  rows.push({ name, scores, times });
  return scores;
}

const ours = measure('ours (htmlparser2)', ourBody);
if (withReadability) measure('readability 0.6 on linkedom (this run)', readabilityBody);
for (const [tool, outputs] of loadPublishedOutputs(root)) {
  const scores = pages.map((p) => scorePage(p.truth, outputs.get(p.id) ?? ''));
  rows.push({ name: `published: ${tool}`, scores, times: null });
}

function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
}

function timing(times: readonly number[] | null): string {
  if (!times) return '';
  const sorted = [...times].sort((x, y) => x - y);
  const total = sorted.reduce((sum, t) => sum + t, 0);
  const rate = ((pages.length * 1000) / total).toFixed(1);
  return `${rate.padStart(8)} ${percentile(sorted, 0.5).toFixed(1).padStart(7)} ${percentile(sorted, 0.95).toFixed(1).padStart(7)}`;
}

console.log(`Extraction benchmark: ${pages.length} pages from ${root}/extraction`);
const header = ['precision'.padStart(9), 'recall'.padStart(7), 'F1'.padStart(6), 'pages/s'.padStart(8)];
console.log(`${'extractor'.padEnd(40)} ${header.join(' ')} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}`);
for (const row of rows) {
  const s = scoreCorpus(row.scores);
  const cells = [
    s.precision.toFixed(3).padStart(9),
    s.recall.toFixed(3).padStart(7),
    s.f1.toFixed(3).padStart(6),
  ];
  console.log(`${row.name.padEnd(40)} ${cells.join(' ')} ${timing(row.times)}`);
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
