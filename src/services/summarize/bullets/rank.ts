import { splitSentences } from '../../text/sentences.ts';
import { isWhitespaceCode } from '../../text/whitespace.ts';
import { quotedCharCount } from '../../text/mark-scan.ts';
import type { Article } from '../../types.ts';
import { cosineWithDense, denseWeights, highestCosines, TermIds, termVectorsOf } from './similarity.ts';

/** A body sentence with its standalone score (before redundancy is considered). */
export interface Candidate {
  text: string;
  index: number;
  words: number;
  score: number;
  /** Page furniture ("Click here", "Sign up") rather than part of the story. */
  boilerplate: boolean;
  /** The sentence's content words (see TermIds), kept so redundancy checks need not cut it again. */
  termIds: number[];
}

/**
 * How much each signal counts, tuned on CNN/DM dev articles with bench/summaries.ts (a handful of
 * general signals, not per-site rules). Frozen: ranking must be the same everywhere.
 */
export const RANK_WEIGHTS = Object.freeze({
  lead: 1,
  hook: 0.8,
  leadDecay: 1.5,
  centrality: 0.3,
  headline: 0.15,
  facts: 0.1,
  echo: 0.3,
  figures: 0.1,
  person: 0.1,
  short: 0.1,
  quoted: 0.2,
  perWordOver30: 0.02,
  dangling: 0.1,
  /** A candidate this similar to a chosen bullet says the same thing again. */
  redundantAbove: 0.4,
  /** MMR trade-off between a sentence's own score and its overlap with bullets already chosen. */
  mmrLambda: 0.7,
});

const BOILERPLATE =
  /\b(click here|sign up|subscribe|newsletter|scroll down|read more|follow us|all rights reserved|copyright|contributed to this report|e-?mail to a friend|published:|updated:|last updated|for more news|watch the video|pictured above|download the app)\b/i;
/** "ISLAMABAD:", "WASHINGTON (Reuters) -", "(CNN) --", "-lrb- cnn -rrb- --": a place or agency, not content. */
const DATELINE =
  /^(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([\w .]+\))?\s*[:—–-]+\s+|\(\s*[\w .]+\s*\)\s*(?:--|—|–|-)?\s*|-lrb-\s*[\w .]+\s*-rrb-\s*(?:--|-)?\s*)/;

const DANGLING_START =
  /^\W*(?:and|but|or|so|yet|nor|also|at least that|that's|that is why|this means|that means)\b/i;

/** "Jane Doe, 34," / "jane doe , 34 ,": a person the story is about, introduced with an age. */
// One letter before the comma is enough for a yes/no test (\p{L}+ only made it backtrack).
const PERSON_WITH_AGE = /\p{L} ?, \d{1,3} ?,/u;

/** News puts what matters first; past this many sentences nothing is ranked (and work stays bounded). */
const MAX_CANDIDATES = 150;
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What the ranking needs to know of a sentence's tokens (its split at /\s+/). */
interface TokenCounts {
  tokens: number;
  /** Tokens holding a letter or digit. */
  words: number;
  /** Tokens after the first that are capitalised or hold a digit. */
  facts: number;
}

/**
 * Counts over text.split(/\s+/) (empty first and last tokens included, as split makes them),
 * read by character code instead of making a string per token; a token is sliced only for the
 * Unicode tests that ASCII does not answer.
 */
function countTokens(text: string): TokenCounts {
  const counts: TokenCounts = { tokens: 0, words: 0, facts: 0 };
  const length = text.length;
  for (let i = 0; ; ) {
    const start = i;
    while (i < length && !isWhitespaceCode(text.charCodeAt(i))) i++;
    countToken(text, start, i, counts);
    if (i >= length) break;
    while (i < length && isWhitespaceCode(text.charCodeAt(i))) i++;
    if (i >= length) {
      countToken(text, i, i, counts);
      break;
    }
  }
  return counts;
}

function countToken(text: string, start: number, end: number, counts: TokenCounts): void {
  const first = start < end ? text.charCodeAt(start) : NaN;
  const alphanumeric =
    (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (alphanumeric || (start < end && /[\p{L}\p{N}]/u.test(text.slice(start, end)))) counts.words += 1;
  if (counts.tokens > 0) {
    // ASCII answers /^\p{Lu}/u by itself (only A-Z); the pattern is asked about other scripts only.
    const capitalised =
      (first >= 65 && first <= 90) || (first >= 128 && /^\p{Lu}/u.test(text.slice(start, end)));
    if (capitalised || hasDigit(text, start, end)) counts.facts += 1;
  }
  counts.tokens += 1;
}

/** Words in a sentence; for Japanese and Chinese, about one word per two characters. */
function wordCount(text: string, counts: TokenCounts): number {
  if (UNSPACED_SCRIPT.test(text)) return Math.ceil(text.replace(/[\s\p{P}]/gu, '').length / 2);
  return counts.words;
}

/** The body's first `limit` sentences; paragraphs past them are never split (long pages have hundreds). */
function leadingSentences(article: Article, limit: number): string[] {
  const texts: string[] = [];
  for (const paragraph of article.paragraphs) {
    if (texts.length >= limit) break;
    texts.push(...splitSentences(paragraph, article.lang));
  }
  return texts.slice(0, limit);
}

/**
 * Every sentence of the body with its standalone score; datelines already stripped. Terms are
 * numbered in `termIds`, which the caller can go on using for the same article.
 */
export function scoreSentences(
  article: Article,
  weights = RANK_WEIGHTS,
  termIds = new TermIds(),
): Candidate[] {
  const texts = leadingSentences(article, MAX_CANDIDATES);
  const cleaned = texts.map((text) => text.replace(DATELINE, '').trim());
  const idLists = cleaned.map((text) => termIds.of(text));
  idLists.push(termIds.of(article.headline));
  const termCount = termIds.size;
  const vectors = termVectorsOf(idLists, termCount);
  const headlineVector = vectors.pop()!;
  const headlineWeights = denseWeights(headlineVector, termCount);
  const documentWeights = new Float64Array(termCount);
  for (const vector of vectors)
    vector.ids.forEach((id, k) => (documentWeights[id] = documentWeights[id]! + vector.weights[k]!));
  // Squares summed in the order the body first uses each term, the order the document's map had.
  let documentNorm = 0;
  const counted = new Uint8Array(termCount);
  for (const vector of vectors)
    for (const id of vector.ids) {
      if (counted[id]) continue;
      counted[id] = 1;
      documentNorm += documentWeights[id]! * documentWeights[id]!;
    }
  const total = cleaned.length;
  const echoes = highestCosines(vectors, termCount);

  return cleaned.map((text, index) => {
    const tokens = countTokens(text);
    const words = wordCount(text, tokens);
    const vector = vectors[index]!;
    // Inverted pyramid: the top carries the news, though the very first line is often a scene-setting hook.
    const lead =
      1 / (1 + index / weights.leadDecay) - (index === 0 ? weights.hook * hookiness(text, tokens) : 0);
    const centrality = cosineWithDense(vector, documentWeights, documentNorm);
    const headline = article.headline ? cosineWithDense(vector, headlineWeights, headlineVector.norm) : 0;
    const facts = factDensity(tokens);
    // A fact the article states twice (caption and body, lead and recap) is one it cares about.
    const echo = echoes[index] ?? 0;
    const figures = /\d/.test(text) ? 1 : 0;
    const person = PERSON_WITH_AGE.test(text) ? 1 : 0;
    const score =
      weights.lead * lead +
      weights.centrality * centrality +
      weights.headline * headline +
      weights.facts * facts +
      weights.echo * Math.min(1, echo / 0.6) +
      weights.figures * figures +
      weights.person * person -
      penalty(text, words, index, total, weights);
    return { text, index, words, score, boilerplate: BOILERPLATE.test(text), termIds: idLists[index]! };
  });
}

/**
 * How much a first sentence reads like a scene-setting hook ("They say every cloud has a silver
 * lining.") rather than the news: a lede full of names and figures is news.
 */
function hookiness(text: string, tokens: TokenCounts): number {
  if (UNSPACED_SCRIPT.test(text)) return 0; // names are not capitalised there: trust the lede
  return 1 - factDensity(tokens);
}

/** Names and figures per word (the sentence split at whitespace), capped: who and how many tell the story. */
function factDensity(tokens: TokenCounts): number {
  const counted = tokens.tokens - 1; // the first word is capitalised anyway
  if (counted <= 0) return 0;
  return Math.min(1, (tokens.facts / counted) * 3);
}

/** /\d/.test(text.slice(start, end)), by character code (asked of every word of every sentence). */
function hasDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function penalty(
  text: string,
  words: number,
  index: number,
  total: number,
  weights: typeof RANK_WEIGHTS,
): number {
  let value = 0;
  if (words < 6)
    value += 0.5; // fragments, captions, "He said."
  else if (words < 15) value += weights.short * ((15 - words) / 9);
  // Long sentences cost reading time (and are often merged captions): shorter ones win close calls.
  if (words > 30) value += (words - 30) * weights.perWordOver30;
  // The pattern is tried at every position: most sentences hold no '?' and need no try at all.
  if (text.includes('?') && /\?\s*["'”’»)]*$/.test(text)) value += 0.3;
  if (isMostlyQuote(text)) value += weights.quoted;
  // "And …", "But …", "At least that's …" lean on the sentence before, which may not be shown.
  if (DANGLING_START.test(text)) value += weights.dangling;
  if (index === total - 1 && total > 5) value += 0.05; // closing lines are rarely the news
  return value;
}

const QUOTE_MARK = /["“«„'‘]/;

/** A sentence that is mostly someone's words belongs with the quotes, not the bullets. */
function isMostlyQuote(text: string): boolean {
  // Both patterns need an opening mark: without one (most sentences), no match is looked for.
  if (!QUOTE_MARK.test(text)) return false;
  return quotedCharCount(text) > text.length * 0.6 || /^\s*(?:["“«„]|'{1,2}\s|‘)/.test(text);
}
