/** Headline, date and byline exact-match rates and body F1 on ../shared/bench/metadata, per half. */
import { benchRoot, loadMetadataPages, type MetadataPage } from './datasets.ts';
import { ourArticle } from './extraction.ts';
import { halfOf, HALVES, type Half } from './halves.ts';
import { readabilityOnLinkedom } from './readability.ts';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './shingle-f1.ts';

export interface MetadataGuess {
  headline: string;
  date: string | null;
  byline: string | null;
  body: string;
  /** True when the extractor returned no article at all. */
  refused: boolean;
  /** Where the extractor says its date and byline came from (ours only). */
  dateSource?: string | null;
  bylineSource?: string | null;
}

export interface MetadataTally {
  name: string;
  pages: number;
  headline: number;
  date: number;
  byline: number;
  bylinePages: number;
  refused: number;
  body: PageScore[];
  bodyScore: CorpusScore;
  misses: { headline: string[]; date: string[]; byline: string[] };
  /** Page ids in the order of `body`. */
  ids: string[];
  /** Per reported source ("-" when none): [right, pages]. */
  sources: { date: Record<string, [number, number]>; byline: Record<string, [number, number]> };
}

/** One extractor's tallies over all pages and over each half of the sites. */
export type MetadataResult = MetadataTally & { halves: Record<Half, MetadataTally> };

/** NFKC + case fold + whitespace collapse: the comparison the dataset README asks for. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Author lists: a leading "By" dropped, "and"/"&" read as commas. */
export function normalizeAuthors(text: string): string {
  return normalizeText(text)
    .replace(/^by\s+/, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((name) => name.trim())
    .filter(Boolean)
    .join(', ');
}

function ours(page: MetadataPage): MetadataGuess {
  const a = ourArticle(page.html, page.url);
  return a
    ? {
        headline: a.headline,
        date: a.publishedAt,
        byline: a.byline,
        body: a.paragraphs.join('\n\n'),
        refused: false,
        dateSource: a.publishedAtSource ?? null,
        bylineSource: a.bylineSource ?? null,
      }
    : { headline: '', date: null, byline: null, body: '', refused: true };
}

function readability(page: MetadataPage): MetadataGuess {
  const a = readabilityOnLinkedom(page.html);
  return {
    headline: a?.title ?? '',
    date: a?.publishedTime ?? null,
    byline: a?.byline ?? null,
    body: a?.textContent ?? '',
    refused: !a,
  };
}

function emptyTally(name: string): MetadataTally {
  return {
    name,
    pages: 0,
    headline: 0,
    date: 0,
    byline: 0,
    bylinePages: 0,
    refused: 0,
    body: [],
    bodyScore: scoreCorpus([]),
    misses: { headline: [], date: [], byline: [] },
    ids: [],
    sources: { date: {}, byline: {} },
  };
}

function countSource(
  counts: Record<string, [number, number]>,
  source: string | null | undefined,
  right: boolean,
) {
  const entry = (counts[source ?? '-'] ??= [0, 0]);
  if (right) entry[0]++;
  entry[1]++;
}

function count(t: MetadataTally, page: MetadataPage, g: MetadataGuess): void {
  t.pages++;
  if (g.refused) t.refused++;
  if (normalizeText(g.headline) === normalizeText(page.title)) t.headline++;
  else
    t.misses.headline.push(
      `[${page.id}] ${JSON.stringify(g.headline)}\n      want ${JSON.stringify(page.title)}`,
    );
  const dateRight = (g.date ?? '').slice(0, 10) === page.date;
  countSource(t.sources.date, g.dateSource, dateRight);
  if (dateRight) t.date++;
  else t.misses.date.push(`[${page.id}] ${g.date} (${g.dateSource ?? '-'}) want ${page.date} ${page.url}`);
  if (page.authors.trim()) {
    t.bylinePages++;
    const bylineRight = normalizeAuthors(g.byline ?? '') === normalizeAuthors(page.authors);
    countSource(t.sources.byline, g.bylineSource, bylineRight);
    if (bylineRight) t.byline++;
    else
      t.misses.byline.push(
        `[${page.id}] ${JSON.stringify(g.byline)} (${g.bylineSource ?? '-'}) want ${JSON.stringify(page.authors)}`,
      );
  }
  t.body.push(scorePage(page.text, g.body));
  t.ids.push(page.id);
}

function tally(
  name: string,
  pages: readonly MetadataPage[],
  guess: (page: MetadataPage) => MetadataGuess,
): MetadataResult {
  const all = emptyTally(name);
  const halves = { read: emptyTally(name), unread: emptyTally(name) };
  for (const page of pages) {
    const g = guess(page);
    count(all, page, g);
    count(halves[halfOf(page.url)], page, g);
  }
  for (const t of [all, ...HALVES.map((h) => halves[h])]) t.bodyScore = scoreCorpus(t.body);
  return { ...all, halves };
}

export function measureMetadata(options: { root?: string; readability?: boolean } = {}): MetadataResult[] {
  const pages = loadMetadataPages(options.root ?? benchRoot());
  const tallies = [tally('ours (htmlparser2)', pages, ours)];
  if (options.readability !== false) tallies.push(tally('readability 0.6 on linkedom', pages, readability));
  return tallies;
}
