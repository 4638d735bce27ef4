/**
 * Metadata benchmark (../shared/bench/metadata): headline, date and byline exact-match rates and
 * body shingle F1, for our extractor and for Mozilla Readability on linkedom in the same run, over
 * all pages and over each half of the sites (bench/lib/halves.ts). Rules are written from the read
 * half's misses only: --misses lists that half unless --half unread asks for the other.
 * Usage: npm run bench:metadata [-- --data DIR] [--misses headline|date|byline] [--worst N]
 *        [--half read|unread] [--sources] [--no-readability]
 */
import { HALVES, type Half } from './lib/halves.ts';
import { measureMetadata, type MetadataTally } from './lib/metadata.ts';

const argv = process.argv;
const option = (name: string): string | undefined =>
  argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined;
const showMisses = option('--misses');
const missesHalf: Half = option('--half') === 'unread' ? 'unread' : 'read';
const tallies = measureMetadata({ readability: !argv.includes('--no-readability') });

const ours = tallies[0]!;
if (showMisses === 'headline' || showMisses === 'date' || showMisses === 'byline') {
  console.log(`Misses of the ${missesHalf} half:`);
  for (const miss of ours.halves[missesHalf].misses[showMisses]) console.log(miss);
}
const worst = Number(option('--worst') ?? 0);
if (worst > 0) {
  const t = ours.halves[missesHalf];
  const f1 = (i: number) => {
    const { precision: p, recall: r } = t.body[i]!;
    return p !== null && r !== null && p + r > 0 ? (2 * p * r) / (p + r) : 0;
  };
  console.log(`Worst ${worst} bodies of the ${missesHalf} half:`);
  for (const i of t.body
    .map((_, i) => i)
    .sort((a, b) => f1(a) - f1(b))
    .slice(0, worst)) {
    const { precision, recall } = t.body[i]!;
    console.log(
      `${f1(i).toFixed(3)} P=${(precision ?? 0).toFixed(2)} R=${(recall ?? 0).toFixed(2)} [${t.ids[i]}]`,
    );
  }
}
const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log(`Metadata benchmark: ${ours.pages} pages (${ours.bylinePages} with authors)`);
console.log(
  `${'extractor'.padEnd(30)} ${'half'.padEnd(6)} ${'pages'.padStart(5)} ${'headline'.padStart(9)} ${'date'.padStart(7)} ${'byline'.padStart(7)} ${'body P'.padStart(7)} ${'body R'.padStart(7)} ${'body F1'.padStart(8)} ${'refused'.padStart(8)}`,
);
const line = (name: string, half: string, t: MetadataTally): string => {
  const body = t.bodyScore;
  return (
    `${name.padEnd(30)} ${half.padEnd(6)} ${String(t.pages).padStart(5)} ${pct(t.headline, t.pages).padStart(9)} ${pct(t.date, t.pages).padStart(7)} ${pct(t.byline, t.bylinePages).padStart(7)} ` +
    `${body.precision.toFixed(3).padStart(7)} ${body.recall.toFixed(3).padStart(7)} ${body.f1.toFixed(3).padStart(8)} ${String(t.refused).padStart(8)}`
  );
};
for (const t of tallies) {
  console.log(line(t.name, 'all', t));
  for (const half of HALVES) console.log(line('', half, t.halves[half]));
}

if (argv.includes('--sources')) {
  console.log('\nOur chosen sources (right/pages), by half:');
  for (const field of ['date', 'byline'] as const) {
    for (const half of HALVES) {
      const counts = Object.entries(ours.halves[half].sources[field])
        .sort((a, b) => b[1][1] - a[1][1])
        .map(([source, [right, pages]]) => `${source} ${right}/${pages}`);
      console.log(`${field.padEnd(7)} ${half.padEnd(7)} ${counts.join(', ')}`);
    }
  }
}
