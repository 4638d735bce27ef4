/**
 * npm run bench:quotes [-- --data DIR] [--misses SET]
 * Quotes and speakers on three annotated sets side by side (bench/lib/quote-sets.ts): the fixtures
 * (204 articles from many sites), polnear-dev (measured on only: no rule is written from it) and
 * polnear-train (what the speaker model is trained on: its fit). For each: precision, recall and
 * speaker accuracy of every quote (`--all-quotes`) and of the default summary's top 3, scored by the
 * shared README's rules. The anchor, measured in the same run, is a plain regex extractor (quoted text
 * of 6+ words, speaker = the capitalised name nearest a "said").
 * `--misses SET` lists that set's wrong speakers, extra and missed quotes (never use it on polnear-dev).
 */
import { measureQuoteSets, type SetResult } from './lib/quote-bench.ts';

const misses = process.argv.includes('--misses')
  ? process.argv[process.argv.indexOf('--misses') + 1]
  : undefined;
if (misses === 'polnear-dev') {
  console.error('polnear-dev is for measuring only: read the errors of polnear-train or the fixtures.');
  process.exit(2);
}
const results = measureQuoteSets({ misses });
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const row = (label: string, cell: (r: SetResult) => string) =>
  console.log(`| ${label.padEnd(34)} | ${results.map((r) => cell(r).padStart(17)).join(' | ')} |`);

console.log(`| ${'quotes benchmark'.padEnd(34)} | ${results.map((r) => r.name.padStart(17)).join(' | ')} |`);
console.log(`|${'-'.repeat(36)}|${results.map(() => '-'.repeat(19)).join('|')}|`);
row('articles', (r) => `${r.articles}`);
row('gold quotes', (r) => `${r.all.gold}`);
row(
  'all quotes: precision',
  (r) => `${pct(r.all.right, r.all.predicted)} (${r.all.right}/${r.all.predicted})`,
);
row('all quotes: recall', (r) => `${pct(r.all.recalled, r.all.gold)} (${r.all.recalled}/${r.all.gold})`);
row(
  'all quotes: speaker',
  (r) => `${pct(r.all.speakerRight, r.all.named)} (${r.all.speakerRight}/${r.all.named})`,
);
row('all quotes: no speaker', (r) => `${pct(r.all.noSpeaker, r.all.named)} (${r.all.noSpeaker})`);
row('top 3: precision', (r) => `${pct(r.top.right, r.top.predicted)} (${r.top.right}/${r.top.predicted})`);
row(
  'top 3: speaker',
  (r) => `${pct(r.top.speakerRight, r.top.named)} (${r.top.speakerRight}/${r.top.named})`,
);
row(
  'top 3: articles all right',
  (r) => `${pct(r.topAllRight, r.articlesWithQuotes)} (${r.topAllRight}/${r.articlesWithQuotes})`,
);
row('fixtures convention: exact full name', (r) =>
  r.exactName ? `${pct(r.exactName[0], r.exactName[1])}` : '',
);
row('regex anchor: precision', (r) => pct(r.anchor.right, r.anchor.predicted));
row('regex anchor: recall', (r) => pct(r.anchor.recalled, r.anchor.gold));
row('regex anchor: speaker', (r) => pct(r.anchor.speakerRight, r.anchor.named));
row('ms per article (median)', (r) => r.medianMs.toFixed(2));
console.log(
  'targets (polnear-dev): all quotes speaker >= 92%, precision >= 90%, recall >= 90%, no speaker < 3%; top 3 speaker >= 97%, precision >= 97%.',
);
console.log('targets (fixtures): all quotes speaker >= 95%; top 3 articles all right >= 98%.');
for (const r of results) for (const line of r.misses) console.log(line);
