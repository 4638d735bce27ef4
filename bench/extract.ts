/**
 * Article-body extraction benchmark (../shared/bench/extraction): shingle precision/recall/F1 for
 * our extractor, Mozilla Readability on linkedom in this same run, and the published outputs.
 * Scores are also given for each half of the sites (bench/lib/halves.ts); --worst lists the read
 * half's pages only, unless --half unread asks for the other.
 * Usage: npm run bench:extract [-- --data DIR] [--worst N] [--half read|unread] [--no-readability]
 */
import { measureExtraction } from './lib/extraction.ts';
import { byHalf, halfOf } from './lib/halves.ts';

const argv = process.argv;
const worstFlag = argv.indexOf('--worst');
const worst = worstFlag >= 0 ? Number(argv[worstFlag + 1] ?? 10) : 0;
const { root, pages, rows, refused } = measureExtraction({ readability: !argv.includes('--no-readability') });

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
console.log(
  `${'extractor'.padEnd(40)} ${header.join(' ')} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)}  F1 by half of the sites`,
);
for (const row of rows) {
  const s = row.corpus;
  const cells = [
    s.precision.toFixed(3).padStart(9),
    s.recall.toFixed(3).padStart(7),
    s.f1.toFixed(3).padStart(6),
  ];
  const halves = byHalf((half) => `${row.halves[half].f1.toFixed(3)} (${row.halves[half].pages})`);
  console.log(`${row.name.padEnd(40)} ${cells.join(' ')} ${timing(row.times).padEnd(24)}  ${halves}`);
}
console.log(`\nPages our extractor refused: ${refused} of ${pages.length}`);

if (worst > 0) {
  const ours = rows[0]!.scores;
  const half = argv[argv.indexOf('--half') + 1] === 'unread' && argv.includes('--half') ? 'unread' : 'read';
  const ranked = pages
    .map((page, i) => ({ page, i }))
    .filter(({ page }) => halfOf(page.url) === half)
    .map(({ page, i }) => {
      const p = ours[i]?.precision ?? 0;
      const r = ours[i]?.recall ?? 0;
      return { page, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
    })
    .sort((a, b) => a.f1 - b.f1)
    .slice(0, worst);
  console.log(`\nWorst ${worst} pages (ours, ${half} half):`);
  for (const { page, p, r, f1 } of ranked) {
    console.log(`${f1.toFixed(3)} P=${p.toFixed(2)} R=${r.toFixed(2)} ${page.id.slice(0, 12)} ${page.url}`);
  }
}
