/**
 * Measures the quote pipeline on the three annotated sets (quote-sets.ts), in both modes: every quote,
 * and the default summary's top 3. Shared by bench:quotes, bench:quality and the floors in npm test.
 */
import { extractAttributedQuotes, topQuotes } from '../../src/services/summarize/quote-pipeline.ts';
import type { SpeakerModel } from '../../src/services/summarize/speakers/model.ts';
import type { Article, Quote } from '../../src/services/types.ts';
import { sameSpeaker, tokens } from './polnear.ts';
import {
  emptyScore,
  fixtureSet,
  matchArticle,
  polnearSet,
  type PredictedQuote,
  type QuoteScore,
  type QuoteSet,
} from './quote-sets.ts';

export interface SetResult {
  name: string;
  articles: number;
  all: QuoteScore;
  top: QuoteScore;
  /** Articles with gold quotes whose top 3 are all matched with the right speaker. */
  topAllRight: number;
  articlesWithQuotes: number;
  /** The fixtures' own convention: the speaker's full name exactly [right, of]. */
  exactName?: [number, number];
  anchor: QuoteScore;
  medianMs: number;
  misses: string[];
}

/** The quote pipeline as a summary uses it: every quote, and the top 3 of the default summary. */
export function pipeline(
  article: Article,
  model?: SpeakerModel,
): { all: PredictedQuote[]; top: PredictedQuote[] } {
  const attributed = extractAttributedQuotes(article, model ? { model } : {});
  const quotes = attributed.map((a) => a.quote);
  const partsOf = new Map(attributed.map((a) => [a.quote, a.parts] as const));
  const predicted = (q: Quote): PredictedQuote => ({
    text: q.text,
    parts: partsOf.get(q) ?? [q.text],
    speaker: q.speaker,
  });
  return { all: quotes.map(predicted), top: topQuotes(quotes, attributed, 3).map(predicted) };
}

/** The anchor: 6+ word double-quoted text, speaker = the capitalised name nearest a "said". */
export function regexExtract(article: Article): PredictedQuote[] {
  const out: PredictedQuote[] = [];
  for (const p of article.paragraphs) {
    for (const m of p.matchAll(/["“]([^"”]+)["”]/gu)) {
      const text = (m[1] ?? '').trim();
      if (text.split(/\s+/).length < 6) continue;
      const said =
        /([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+said|said\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)/u.exec(p);
      out.push({ text, parts: [text], speaker: said ? (said[1] ?? said[2] ?? null) : null });
    }
  }
  return out;
}

/**
 * Parts of the top quotes the fixtures can judge. Their convention annotates no one-word quote, so the
 * one-word piece of a quote broken by its attribution (“Unfortunately,” says X, “there are …”) is
 * neither right nor wrong there unless it matched; every other part counts.
 */
function judgedUnits(top: PredictedQuote[], matchedUnits: Set<number>): number {
  let unit = 0;
  let judged = 0;
  for (const q of top)
    for (const part of q.parts) {
      if (matchedUnits.has(unit) || q.parts.length === 1 || tokens(part).length > 1) judged++;
      unit++;
    }
  return judged;
}

const norm = (name: string) => tokens(name.replace(/[’']s\b/gu, '')).join(' ');

/**
 * Scores the pipeline on one set. `modelFor` picks the speaker model per case (its index in the set):
 * cross-validation scores each article with a model trained without it; by default, the committed one.
 */
export function measureSet(
  set: QuoteSet,
  listMisses = false,
  modelFor?: (index: number) => SpeakerModel,
): SetResult {
  const all = emptyScore();
  const top = emptyScore();
  const anchor = emptyScore();
  const times: number[] = [];
  const misses: string[] = [];
  let topAllRight = 0;
  let articlesWithQuotes = 0;
  let exact = 0;
  let exactOf = 0;
  for (const [index, c] of set.cases.entries()) {
    const started = performance.now();
    const out = pipeline(c.article, modelFor?.(index));
    times.push(performance.now() - started);
    const { matches, unmatched, missed } = matchArticle(c, out.all, set.byParts, all);
    matchArticle(c, regexExtract(c.article), set.byParts, anchor);
    const topMatch = matchArticle(c, out.top, set.byParts, top, false);
    if (c.gold.length > 0) {
      articlesWithQuotes++;
      const units = set.byParts ? judgedUnits(out.top, topMatch.matchedUnits) : out.top.length;
      const good = topMatch.matches.filter(
        (m) => m.gold.speaker === null || sameSpeaker(out.top[m.entry]!.speaker, m.gold.speaker),
      );
      if (out.top.length > 0 && good.length === units) topAllRight++;
      if (listMisses) {
        for (const m of topMatch.matches)
          if (m.gold.speaker !== null && !sameSpeaker(out.top[m.entry]!.speaker, m.gold.speaker))
            misses.push(
              `${set.name} ${c.id} TOP-SPEAKER ${out.top[m.entry]!.speaker} != ${m.gold.speaker}: ${m.gold.parts.join(' … ').slice(0, 60)}`,
            );
        const matched = new Set(topMatch.matches.map((m) => m.entry));
        out.top.forEach((q, i) => {
          if (!matched.has(i))
            misses.push(`${set.name} ${c.id} TOP-EXTRA ${q.speaker}: ${q.text.slice(0, 70)}`);
        });
      }
    }
    for (const { entry, gold } of matches) {
      if (gold.speaker === null) continue;
      const speaker = out.all[entry]!.speaker;
      exactOf++;
      if (speaker !== null && norm(speaker) === norm(gold.speaker)) exact++;
      else if (listMisses && !sameSpeaker(speaker, gold.speaker))
        misses.push(
          `${set.name} ${c.id} SPEAKER ${speaker} != ${gold.speaker}: ${gold.parts.join(' … ').slice(0, 60)}`,
        );
    }
    if (listMisses) {
      for (const entry of unmatched)
        misses.push(`${set.name} ${c.id} EXTRA ${out.all[entry]!.text.slice(0, 70)}`);
      for (const g of missed) misses.push(`${set.name} ${c.id} MISSED ${g.parts.join(' … ').slice(0, 70)}`);
    }
  }
  times.sort((a, b) => a - b);
  return {
    name: set.name,
    articles: set.cases.length,
    all,
    top,
    topAllRight,
    articlesWithQuotes,
    ...(set.byParts ? { exactName: [exact, exactOf] as [number, number] } : {}),
    anchor,
    medianMs: times[Math.floor(times.length / 2)] ?? 0,
    misses,
  };
}

type SetName = QuoteSet['name'];

const SETS: Record<SetName, () => QuoteSet> = {
  fixtures: () => fixtureSet(),
  'polnear-dev': () => polnearSet('dev'),
  'polnear-train': () => polnearSet('train'),
};

export function measureQuoteSets(
  options: { misses?: string | undefined; sets?: SetName[] } = {},
): SetResult[] {
  const names = options.sets ?? (['fixtures', 'polnear-dev', 'polnear-train'] as SetName[]);
  return names.map((name) => measureSet(SETS[name](), options.misses === name));
}
