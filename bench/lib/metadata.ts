/** Headline, date and byline exact-match rates and body F1 on ../shared/bench/metadata. */
import { benchRoot, loadMetadataPages, type MetadataPage } from './datasets.ts';
import { ourArticle } from './extraction.ts';
import { readabilityOnLinkedom } from './readability.ts';
import { scoreCorpus, scorePage, type PageScore } from './shingle-f1.ts';

export interface MetadataGuess {
  headline: string;
  date: string | null;
  byline: string | null;
  body: string;
}

export interface MetadataTally {
  name: string;
  pages: number;
  headline: number;
  date: number;
  byline: number;
  bylinePages: number;
  body: PageScore[];
  misses: { headline: string[]; date: string[]; byline: string[] };
}

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
    ? { headline: a.headline, date: a.publishedAt, byline: a.byline, body: a.paragraphs.join('\n\n') }
    : { headline: '', date: null, byline: null, body: '' };
}

function readability(page: MetadataPage): MetadataGuess {
  const a = readabilityOnLinkedom(page.html);
  return {
    headline: a?.title ?? '',
    date: a?.publishedTime ?? null,
    byline: a?.byline ?? null,
    body: a?.textContent ?? '',
  };
}

function tally(
  name: string,
  pages: readonly MetadataPage[],
  guess: (page: MetadataPage) => MetadataGuess,
): MetadataTally {
  const t: MetadataTally = {
    name,
    pages: pages.length,
    headline: 0,
    date: 0,
    byline: 0,
    bylinePages: 0,
    body: [],
    misses: { headline: [], date: [], byline: [] },
  };
  for (const page of pages) {
    const g = guess(page);
    if (normalizeText(g.headline) === normalizeText(page.title)) t.headline++;
    else
      t.misses.headline.push(
        `[${page.id}] ${JSON.stringify(g.headline)}\n      want ${JSON.stringify(page.title)}`,
      );
    if ((g.date ?? '').slice(0, 10) === page.date) t.date++;
    else t.misses.date.push(`[${page.id}] ${g.date} want ${page.date} ${page.url}`);
    if (page.authors.trim()) {
      t.bylinePages++;
      if (normalizeAuthors(g.byline ?? '') === normalizeAuthors(page.authors)) t.byline++;
      else
        t.misses.byline.push(`[${page.id}] ${JSON.stringify(g.byline)} want ${JSON.stringify(page.authors)}`);
    }
    t.body.push(scorePage(page.text, g.body));
  }
  return t;
}

export function measureMetadata(options: { root?: string; readability?: boolean } = {}) {
  const pages = loadMetadataPages(options.root ?? benchRoot());
  const tallies = [tally('ours (htmlparser2)', pages, ours)];
  if (options.readability !== false) tallies.push(tally('readability 0.6 on linkedom', pages, readability));
  return tallies.map((t) => ({ ...t, bodyScore: scoreCorpus(t.body) }));
}
