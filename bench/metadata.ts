/**
 * Metadata benchmark (../shared/bench/metadata): headline, date and byline exact-match rates and
 * body shingle F1, for our extractor and for Mozilla Readability on linkedom in the same run.
 * Usage: npm run bench:metadata [-- --data DIR] [--misses headline|date|byline] [--no-readability]
 */
import { measureMetadata } from './lib/metadata.ts';

const argv = process.argv;
const missesFlag = argv.indexOf('--misses');
const showMisses = missesFlag >= 0 ? argv[missesFlag + 1] : undefined;
const tallies = measureMetadata({ readability: !argv.includes('--no-readability') });

const ours = tallies[0]!;
if (showMisses === 'headline' || showMisses === 'date' || showMisses === 'byline') {
  for (const miss of ours.misses[showMisses]) console.log(miss);
}
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log(`Metadata benchmark: ${ours.pages} pages (${ours.bylinePages} with authors)`);
console.log(
  `${'extractor'.padEnd(30)} ${'headline'.padStart(9)} ${'date'.padStart(7)} ${'byline'.padStart(7)} ${'body P'.padStart(7)} ${'body R'.padStart(7)} ${'body F1'.padStart(8)}`,
);
for (const t of tallies) {
  const body = t.bodyScore;
  console.log(
    `${t.name.padEnd(30)} ${pct(t.headline, t.pages).padStart(9)} ${pct(t.date, t.pages).padStart(7)} ${pct(t.byline, t.bylinePages).padStart(7)} ` +
      `${body.precision.toFixed(3).padStart(7)} ${body.recall.toFixed(3).padStart(7)} ${body.f1.toFixed(3).padStart(8)}`,
  );
}
