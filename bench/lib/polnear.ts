/**
 * PolNeAR (../shared/bench/quotes, README there): hand-annotated attributions in US political news,
 * read as articles with their gold direct quotes, and scored the way the shared README spells out.
 *
 * - A predicted quote matches a gold direct quote when token F1 >= 0.6 against the whole quote or one of
 *   its parts, one-to-one (greedy, best F1 first). A quoted phrase inside a paraphrase also counts as
 *   right, but not toward recall.
 * - The speaker is right when, titles aside, it shares the gold name's last name or has token F1 >= 0.5
 *   with it; accuracy is over matched pairs whose gold speaker is a name.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article, Quote } from '../../src/services/types.ts';

export type Span = [start: number, end: number];

export interface Attribution {
  content: Span[];
  source: Span[];
  cue: Span[];
  sourceText: string | null;
  sourceName: string | null;
  direct: boolean;
  quotedParts: string[];
}

export interface PolnearDoc {
  id: string;
  publisher: string;
  text: string;
  attributions: Attribution[];
}

/** A gold direct quote: its parts, who said it (null when the source is not a name). */
export interface GoldQuote {
  parts: string[];
  speaker: string | null;
  attribution: Attribution;
}

export interface PolnearCase {
  id: string;
  article: Article;
  /** Where each paragraph starts in the document's text (offsets are into `text`). */
  paragraphStarts: number[];
  gold: GoldQuote[];
  /** Quoted phrases of paraphrases: right when predicted, not counted toward recall. */
  paraphrased: string[];
  doc: PolnearDoc;
}

export function readPolnear(path: string): PolnearDoc[] {
  return gunzipSync(readFileSync(path))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as PolnearDoc);
}

const NOT_A_NAME = /^(?:I|He|She|They|It|We|You|The|A|An|His|Her|Their|Its|Our|My|This|That)$/u;

/**
 * The gold speaker's name. A name written in the source's own words wins ("Clinton’s top aide Jake
 * Sullivan" -> "Jake Sullivan"; "the Washington Post"): the head of the phrase, its last capitalised run
 * before any comma or parenthesis. A pronoun or an unnamed description ("he", "his eyes") takes the
 * source's coreference name, which CoreNLP found automatically. Null when neither names anyone.
 */
export function goldName(a: Attribution): string | null {
  const head = (a.sourceText ?? '').replace(/\([^()]*\)/gu, '').split(',')[0] ?? '';
  const runs = [...head.matchAll(/(?:\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?)?)+/gu)].map((m) =>
    m[0].trim().replace(/[’']s$/u, ''),
  );
  const run = runs.filter((r) => !NOT_A_NAME.test(r)).pop();
  return run ?? a.sourceName;
}

/** Splits a document into a headline (its first line) and paragraphs, keeping where each starts. */
export function toCase(doc: PolnearDoc): PolnearCase {
  const paragraphs: string[] = [];
  const starts: number[] = [];
  let headline = '';
  const re = /[^\n]+/gu;
  for (const m of doc.text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (!text) continue;
    if (!headline && paragraphs.length === 0 && m.index === 0) {
      headline = text;
      continue;
    }
    paragraphs.push(text);
    starts.push(m.index + lead);
  }
  const gold: GoldQuote[] = [];
  const paraphrased: string[] = [];
  for (const a of doc.attributions) {
    if (a.direct && a.quotedParts.length > 0)
      gold.push({ parts: a.quotedParts, speaker: goldName(a), attribution: a });
    else paraphrased.push(...a.quotedParts);
  }
  const article: Article = {
    url: null,
    canonicalUrl: null,
    headline,
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: 'en',
    imageUrl: null,
    paragraphs,
    keyPoints: [],
  };
  return { id: doc.id, article, paragraphStarts: starts, gold, paraphrased, doc };
}

export function tokens(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr sen senator rep representative gov governor president vice secretary state gen general ' +
    'judge justice rev prof professor sir lady lord mayor chairman chairwoman speaker minister attorney jr sr'
  ).split(' '),
);

function nameTokens(name: string): string[] {
  return tokens(name.replace(/[’']s\b/gu, '')).filter((t) => !TITLE_WORDS.has(t));
}

/** The shared README's speaker rule: titles aside, the same last name, or token F1 >= 0.5. */
export function sameSpeaker(predicted: string | null, gold: string): boolean {
  if (predicted === null) return false;
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  if (p[p.length - 1] === g[g.length - 1]) return true;
  return tokenF1(p, g) >= 0.5;
}

export interface QuoteScore {
  predicted: number;
  /** Predicted quotes matching a gold direct quote or a paraphrase's quoted phrase. */
  right: number;
  gold: number;
  recalled: number;
  /** Matched pairs whose gold speaker is a name. */
  named: number;
  speakerRight: number;
  /** Matched pairs with a name for gold and no speaker predicted. */
  noSpeaker: number;
  /** All matched pairs with no speaker predicted. */
  noSpeakerAll: number;
}

export function emptyScore(): QuoteScore {
  return {
    predicted: 0,
    right: 0,
    gold: 0,
    recalled: 0,
    named: 0,
    speakerRight: 0,
    noSpeaker: 0,
    noSpeakerAll: 0,
  };
}

export interface MatchedPair {
  quote: Quote;
  gold: GoldQuote;
}

/**
 * Matches one article's predicted quotes to its gold, one-to-one. `countRecall`: score recall over every
 * gold quote (false for a top-3 list, whose recall means nothing).
 */
export function scoreArticle(
  c: PolnearCase,
  predicted: Quote[],
  score: QuoteScore,
  countRecall = true,
): { pairs: MatchedPair[]; unmatched: Quote[]; missed: GoldQuote[] } {
  const predTokens = predicted.map((q) => tokens(q.text));
  const options: Array<{ p: number; g: number; f1: number }> = [];
  c.gold.forEach((g, gi) => {
    const whole = tokens(g.parts.join(' '));
    const parts = g.parts.map(tokens);
    predTokens.forEach((pt, pi) => {
      const f1 = Math.max(tokenF1(pt, whole), ...parts.map((t) => tokenF1(pt, t)));
      if (f1 >= 0.6) options.push({ p: pi, g: gi, f1 });
    });
  });
  options.sort((a, b) => b.f1 - a.f1 || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const o of options) {
    if (usedP.has(o.p) || usedG.has(o.g)) continue;
    usedP.add(o.p);
    usedG.add(o.g);
    pairs.push({ quote: predicted[o.p]!, gold: c.gold[o.g]! });
  }
  const paraphrase = c.paraphrased.map(tokens);
  const unmatched: Quote[] = [];
  predicted.forEach((q, i) => {
    if (usedP.has(i)) return;
    const pt = predTokens[i]!;
    if (paraphrase.some((t) => tokenF1(pt, t) >= 0.6)) score.right++;
    else unmatched.push(q);
  });
  score.predicted += predicted.length;
  score.right += pairs.length;
  if (countRecall) {
    score.gold += c.gold.length;
    score.recalled += pairs.length;
  }
  for (const { quote, gold } of pairs) {
    if (quote.speaker === null) score.noSpeakerAll++;
    if (gold.speaker === null) continue;
    score.named++;
    if (quote.speaker === null) score.noSpeaker++;
    if (sameSpeaker(quote.speaker, gold.speaker)) score.speakerRight++;
  }
  const missed = c.gold.filter((_, gi) => !usedG.has(gi));
  return { pairs, unmatched, missed };
}
