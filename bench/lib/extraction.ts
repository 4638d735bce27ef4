/** Article-body extraction scored with the benchmark's shingle F1 (see ../shared/bench/extraction/README.md). */
import { isUserFacingError } from '../../src/services/errors.ts';
import { extractArticle } from '../../src/services/extract/index.ts';
import type { Article } from '../../src/services/types.ts';
import { benchRoot, loadExtractionPages, loadPublishedOutputs, type ExtractionPage } from './datasets.ts';
import { halfOf, type Half } from './halves.ts';
import { readabilityOnLinkedom } from './readability.ts';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from './shingle-f1.ts';

export interface ExtractionRow {
  name: string;
  scores: PageScore[];
  corpus: CorpusScore;
  /** Milliseconds per page, in page order; null for published outputs. */
  times: number[] | null;
  /** Corpus scores over each half of the sites (see halves.ts). */
  halves: Record<Half, CorpusScore>;
}

function scoreHalves(
  pages: readonly ExtractionPage[],
  scores: readonly PageScore[],
): Record<Half, CorpusScore> {
  const of = (half: Half) => scoreCorpus(scores.filter((_, i) => halfOf(pages[i]!.url) === half));
  return { read: of('read'), unread: of('unread') };
}

export function ourArticle(html: string, url: string): Article | null {
  try {
    return extractArticle(html, { url });
  } catch (error) {
    if (isUserFacingError(error)) return null;
    throw error;
  }
}

function timed(pages: readonly ExtractionPage[], extract: (page: ExtractionPage) => string) {
  for (const page of pages.slice(0, 5)) extract(page); // warm-up
  const times: number[] = [];
  const scores = pages.map((page) => {
    const started = performance.now();
    const body = extract(page);
    times.push(performance.now() - started);
    return scorePage(page.truth, body);
  });
  return { scores, times, corpus: scoreCorpus(scores), halves: scoreHalves(pages, scores) };
}

/** Ours, Readability on linkedom (same run) and the published outputs, over the same pages. */
export function measureExtraction(options: { root?: string; readability?: boolean } = {}) {
  const root = options.root ?? benchRoot();
  const pages = loadExtractionPages(root);
  const langs: (string | null)[] = [];
  // By id: the warm-up runs the first pages twice.
  const refused = new Set<string>();
  const rows: ExtractionRow[] = [
    {
      name: 'ours (htmlparser2)',
      ...timed(pages, (page) => {
        const article = ourArticle(page.html, page.url);
        langs.push(article?.lang ?? null);
        if (!article) refused.add(page.id);
        return article ? article.paragraphs.join('\n\n') : '';
      }),
    },
  ];
  langs.splice(0, Math.min(5, pages.length)); // drop the warm-up pages' entries
  if (options.readability !== false) {
    rows.push({
      name: 'readability 0.6 on linkedom (this run)',
      ...timed(pages, (page) => readabilityOnLinkedom(page.html)?.textContent ?? ''),
    });
  }
  for (const [tool, outputs] of loadPublishedOutputs(root)) {
    const scores = pages.map((page) => scorePage(page.truth, outputs.get(page.id) ?? ''));
    rows.push({
      name: `published: ${tool}`,
      scores,
      corpus: scoreCorpus(scores),
      times: null,
      halves: scoreHalves(pages, scores),
    });
  }
  return { root, pages, rows, langs, refused: refused.size };
}
