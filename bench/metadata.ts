/**
 * Metadata benchmark (../shared/bench/metadata): headline, date and byline exact-match rates and
 * body shingle F1, for our extractor and for Mozilla Readability on linkedom in the same run.
 * Usage: npx tsx bench/metadata.ts [--data DIR] [--misses headline|date|byline] [--no-readability]
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isUserFacingError } from '../src/services/errors.ts';
import { extractArticle } from '../src/services/extract/index.ts';
import type { MetadataPage } from './lib/datasets.ts';
import { benchRoot, loadMetadataPages } from './lib/datasets.ts';
import type { PageScore } from './lib/shingle-f1.ts';
import { scoreCorpus, scorePage } from './lib/shingle-f1.ts';

const argv = process.argv;
const missesFlag = argv.indexOf('--misses');
const showMisses = missesFlag >= 0 ? argv[missesFlag + 1] : undefined;
const withReadability = !argv.includes('--no-readability');

interface Guess {
  headline: string;
  date: string | null;
  byline: string | null;
  body: string;
}

/** NFKC + case fold + whitespace collapse: the comparison the dataset README asks for. */
function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Author lists compared as sets of names: "By" dropped, "and"/"&" read as commas. */
function normAuthors(text: string): string {
  const names = norm(text)
    .replace(/^by\s+/, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
  return names.join(', ');
}

function ours(page: MetadataPage): Guess {
  try {
    const a = extractArticle(page.html, { url: page.url });
    return { headline: a.headline, date: a.publishedAt, byline: a.byline, body: a.paragraphs.join('\n\n') };
  } catch (error) {
    if (isUserFacingError(error)) return { headline: '', date: null, byline: null, body: '' };
    throw error;
  }
}

function readability(page: MetadataPage): Guess {
  const { document } = parseHTML(page.html);
  const a = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  return {
    headline: a?.title ?? '',
    date: a?.publishedTime ?? null,
    byline: a?.byline ?? null,
    body: a?.textContent ?? '',
  };
}

interface Tally {
  name: string;
  headline: number;
  date: number;
  byline: number;
  bylinePages: number;
  body: PageScore[];
}

const pages = loadMetadataPages(benchRoot(argv));
const tallies: Tally[] = [];
const runs: [string, (p: MetadataPage) => Guess][] = [['ours (htmlparser2)', ours]];
if (withReadability) runs.push(['readability 0.6 on linkedom', readability]);

for (const [name, run] of runs) {
  const tally: Tally = { name, headline: 0, date: 0, byline: 0, bylinePages: 0, body: [] };
  for (const page of pages) {
    const guess = run(page);
    const headlineOk = norm(guess.headline) === norm(page.title);
    const dateOk = (guess.date ?? '').slice(0, 10) === page.date;
    if (headlineOk) tally.headline++;
    if (dateOk) tally.date++;
    let bylineOk = true;
    if (page.authors.trim()) {
      tally.bylinePages++;
      bylineOk = normAuthors(guess.byline ?? '') === normAuthors(page.authors);
      if (bylineOk) tally.byline++;
    }
    tally.body.push(scorePage(page.text, guess.body));
    if (name.startsWith('ours') && showMisses) {
      if (showMisses === 'headline' && !headlineOk)
        console.log(
          `[${page.id}] ${JSON.stringify(guess.headline)}\n      want ${JSON.stringify(page.title)}`,
        );
      if (showMisses === 'date' && !dateOk)
        console.log(`[${page.id}] ${guess.date} want ${page.date} ${page.url}`);
      if (showMisses === 'byline' && !bylineOk)
        console.log(`[${page.id}] ${JSON.stringify(guess.byline)} want ${JSON.stringify(page.authors)}`);
    }
  }
  tallies.push(tally);
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
console.log(`Metadata benchmark: ${pages.length} pages (${tallies[0]?.bylinePages ?? 0} with authors)`);
console.log(
  `${'extractor'.padEnd(30)} ${'headline'.padStart(9)} ${'date'.padStart(7)} ${'byline'.padStart(7)} ${'body P'.padStart(7)} ${'body R'.padStart(7)} ${'body F1'.padStart(8)}`,
);
for (const t of tallies) {
  const body = scoreCorpus(t.body);
  console.log(
    `${t.name.padEnd(30)} ${pct(t.headline, pages.length).padStart(9)} ${pct(t.date, pages.length).padStart(7)} ${pct(t.byline, t.bylinePages).padStart(7)} ` +
      `${body.precision.toFixed(3).padStart(7)} ${body.recall.toFixed(3).padStart(7)} ${body.f1.toFixed(3).padStart(8)}`,
  );
}
