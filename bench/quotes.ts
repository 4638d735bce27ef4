/**
 * Quote extraction benchmark over the hand-annotated fixtures in test/fixtures/quotes.
 * Run: npx tsx bench/quotes.ts
 *
 * Match rule: a found quote matches an annotated one when their word overlap is >= 0.8 of the
 * shorter quote's words. Speaker accuracy is measured on matched quotes (normalised full-name compare).
 * The anchor in the same run is a plain regex extractor (quoted text of 6+ words, speaker = the
 * capitalised name nearest a "said").
 */
import { measureQuotes } from './lib/quotes.ts';

const verbose = process.argv.includes('--verbose');
const { articles, ours, anchor } = measureQuotes(verbose);

const pct = (n: number, d: number) => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`);
console.log(`quotes benchmark: ${articles} articles, ${ours.expected} annotated quotes`);
console.log('| extractor            | found | precision | recall | speaker | top-3 ok |');
console.log('|----------------------|-------|-----------|--------|---------|----------|');
for (const [name, s] of [
  ['extractQuotes', ours],
  ['regex anchor', anchor],
] as const) {
  console.log(
    `| ${name.padEnd(20)} | ${String(s.found).padStart(5)} | ${pct(s.truePositive, s.found).padStart(9)} | ${pct(s.recalled, s.expected).padStart(6)} | ${pct(s.speakerRight, s.recalled).padStart(7)} | ${pct(s.top3Ok, s.articlesWithQuotes).padStart(8)} |`,
  );
}
console.log('targets: precision >= 95%, recall >= 90%, speaker >= 95%');
if (verbose) for (const m of ours.misses) console.log(m);
