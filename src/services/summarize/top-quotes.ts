/**
 * Ordering quotes for a summary: the top three must be real quotes with the right speaker, so a
 * quote whose speaker the model is sure of outranks one it is less sure of.
 */
import type { Quote } from '../types.ts';
import { lettersAndDigits } from '../text/letters-and-digits.ts';
import type { AttributedQuote } from './attributed-quote.ts';
import { wordCount } from './quotes/clauses.ts';
import { isGivenNameAndSurname } from './lexicon/given-names.ts';

const SUBSTANCE =
  /\b(?:\d[\d,.]*%?|percent|million|billion|law|war|price|prices|vote|plan|court|deal|killed|police)\b/iu;

/** Weight of the speaker model's probability (0–1) in a quote's newsworthiness. */
const CONFIDENCE_WEIGHT = 4;
/**
 * Tiers of sureness, highest first: the default summary shows only quotes whose speaker reaches the
 * highest tier some quote reaches, so a quote the model is less sure of never sits beside one it is
 * surer of. Chosen on held-out speaker probabilities (5-fold by article on PolNeAR train, each fold's
 * model trained without it): top-3 speaker accuracy 96.2% → 96.9% and articles all right 81.4% → 83.4%
 * against one tier at 0.9; the fixtures held out unchanged (99.5%, 96.0%).
 */
export const SURE_TIERS: readonly number[] = [0.95, 0.85];
/**
 * Below this probability a named speaker is about as likely wrong as right (on PolNeAR's training
 * articles, top-3 picks under 0.7 were right 62% of the time), so the summary leaves such a quote out
 * rather than put the words in someone's mouth. Chosen on the training articles (top-3 speaker
 * accuracy 96.3% → 96.9%; fixtures 99.2% → 99.7%; npm run bench:quotes).
 */
export const SHOWN = 0.6;
/** Words a quote needs to be shown in a summary's top quotes when longer ones exist. */
const FULL_QUOTE_WORDS = 5;
/** Penalty for a quoted fragment whose speaker is not a person's full name. */
const FRAGMENT_PENALTY = 3;
/** Weight of a speaker named by given name and surname, which is seldom a misreading. */
const PERSON_WEIGHT = 3;

/** w.replace(/[^\p{L}]/gu, '').length: counted by code for ASCII words, by the pattern otherwise. */
function letterCount(w: string): number {
  let count = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 128) return w.replace(/[^\p{L}]/gu, '').length;
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) count += 1;
  }
  return count;
}

/** Higher is more newsworthy (`confidence`: the speaker's probability): a surely named speaker, a readable length, figures and substance over chatter. */
function newsworthiness(quote: Quote, confidence: number): number {
  const len = quote.text.length;
  let score = CONFIDENCE_WEIGHT * confidence;
  const person = quote.speaker !== null && isGivenNameAndSurname(quote.speaker);
  if (person) score += PERSON_WEIGHT;
  // A fragment ("… want Congress to investigate if he “committed impeachable offenses”") given to an
  // organisation or a one-word name: on the annotated articles such a speaker is right about 6 times
  // in 10, against 8 in 10 for a whole sentence and 99 in 100 for a person's full name written beside it.
  else if (/^\p{Ll}/u.test(quote.text)) score -= FRAGMENT_PENALTY;
  if (len >= 60 && len <= 280) score += 2;
  else if (len >= 35 && len <= 400) score += 1;
  if (SUBSTANCE.test(quote.text)) score += 1;
  const longWords = quote.text.split(/\s+/).filter((w) => letterCount(w) >= 7).length;
  score += Math.min(2, longWords / 4);
  if (/\?$/.test(quote.text)) score -= 1;
  if (/^(?:yeah|yes|no|oh|well|thank you|thanks|lol|haha|wow|ok|okay)\b/i.test(quote.text)) score -= 2;
  return score;
}

/** How sure the speaker of a quote is, looked up among `attributed`; 1 for a quote with a speaker not among them. */
function confidenceOf(attributed: AttributedQuote[]): (q: Quote) => number {
  const confidence = new Map<string, number>();
  for (const a of attributed) confidence.set(`${a.quote.text}\u0000${a.quote.speaker}`, a.confidence);
  return (q) => confidence.get(`${q.text}\u0000${q.speaker}`) ?? (q.speaker ? 1 : 0);
}

/**
 * Quotes ordered most newsworthy first, those with a doubtful speaker last; ties keep article order.
 * `attributed` tells how sure each speaker is; a quote not among them counts as sure when it has a speaker.
 */
export function rankByAttribution(quotes: Quote[], attributed: AttributedQuote[]): Quote[] {
  const of = confidenceOf(attributed);
  return quotes
    .map((quote, index) => {
      const confidence = of(quote);
      // A doubtful name (under SHOWN) ranks after every quote the summary would show.
      const doubtful = quote.speaker !== null && confidence < SHOWN;
      return { quote, index, doubtful, score: newsworthiness(quote, confidence) };
    })
    .sort((a, b) => Number(a.doubtful) - Number(b.doubtful) || b.score - a.score || a.index - b.index)
    .map((x) => x.quote);
}

/**
 * Each quote's first (best-ranked) copy: a page that prints a paragraph twice (a pull quote, a
 * section repeated by its template) would otherwise fill two of the summary's three places with it.
 */
function once(ranked: Quote[]): Quote[] {
  const seen = new Set<string>();
  return ranked.filter((q) => {
    const key = lettersAndDigits(q.text, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The quotes a summary shows: the most newsworthy `count`, only from the highest of SURE_TIERS some
 * quote reaches, else from those with a speaker; never one whose named speaker is less likely than
 * SHOWN. On the annotated articles a quote nobody is named for is a scare quote, a title or a misread
 * attribution about 45% of the time, against about 12% for one with a speaker.
 */
export function topQuotes(quotes: Quote[], attributed: AttributedQuote[], count: number): Quote[] {
  const all = once(rankByAttribution(quotes, attributed));
  // A phrase of a few words ("called it “a disaster”") is a quote, but a summary shows what was said:
  // whole sentences first; then short words said on their own (“It works,” said one), which open with a
  // capital, before a phrase set inside the writer's sentence ("noting it is “so easy to use”").
  const full = all.filter((q) => wordCount(q.text) >= FULL_QUOTE_WORDS);
  const ownWords = all.filter((q) => !/^\p{Ll}/u.test(q.text));
  const ranked = full.length > 0 ? full : ownWords.length > 0 ? ownWords : all;
  const of = confidenceOf(attributed);
  const shown = ranked.filter((q) => q.speaker === null || of(q) >= SHOWN);
  const named = shown.filter((q) => q.speaker !== null);
  for (const sure of SURE_TIERS) {
    const sureNamed = named.filter((q) => of(q) >= sure);
    if (sureNamed.length > 0) return sureNamed.slice(0, count);
  }
  if (named.length > 0) return named.slice(0, count);
  // With nobody named, words a speech verb introduces ("she said, “…”") are the likelier quotes: on
  // the annotated articles 64% of them are real quotes of nobody named, against 46% of those set
  // off by a colon or comma alone (a card's wording, a verse, the writer's own musing).
  const spoken = new Set(attributed.filter((a) => a.spoken).map((a) => a.quote.text));
  const introduced = shown.filter((q) => spoken.has(q.text));
  return (introduced.length > 0 ? introduced : shown).slice(0, count);
}
