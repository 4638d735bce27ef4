/**
 * PolNeAR (../shared/bench/quotes, README there): hand-annotated attributions in US political news,
 * read as articles with their gold direct quotes; the token and speaker rules the shared README
 * scores by (the matching itself is in quote-sets.ts).
 *
 * - A predicted quote matches a gold direct quote when token F1 >= 0.6 against the whole quote or one of
 *   its parts, one-to-one (greedy, best F1 first). A quoted phrase inside a paraphrase also counts as
 *   right, but not toward recall.
 * - The speaker is right when, titles aside, it shares the gold name's last name or has token F1 >= 0.5
 *   with it; accuracy is over matched pairs whose gold speaker is a name.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../../src/services/types.ts';

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

const PRONOUN = /^(?:i|me|we|us|you|he|him|she|her|they|them|it|one|who|this|that)$/iu;
/** Words that open a noun phrase without being part of a name ("One strategist", "Another commenter"). */
const DETERMINER =
  /^(?:the|a|an|one|another|some|many|several|two|three|his|her|their|its|our|my|according|and|both)$/iu;
const CAPITALISED = /^(?:\p{Lu}|\d)/u;
const NAME_JOINER = /^(?:of|de|da|del|der|van|von|bin|al|la|le|di|du|and|&)$/u;

/**
 * The gold speaker's name, read from the source's own words first:
 * - a name at the head of the phrase ("Republican pollster Daron Shaw", "Clinton’s aide Jake Sullivan",
 *   "the Washington Post", "Jeffrey Lewis of the James Martin Center") is the name;
 * - a pronoun, or a definite description that refers back ("he", "the former president"), takes the
 *   source's coreference name, which CoreNLP found automatically;
 * - an indefinite description ("a White House official", "One strategist", "An Egyptian textbook")
 *   names nobody: null, and the pair is left out of speaker accuracy.
 */
export function goldName(a: Attribution): string | null {
  const head = (a.sourceText ?? '')
    .replace(/\([^()]*\)/gu, ' ')
    .split(
      /,|\s(?:who|which|that|whose|of the|from|at|in|for|with|on|during|after|before)\s|\sof\s(?=\p{Ll})/u,
    )[0]!
    .trim();
  const words = head.split(/\s+/u).filter(Boolean);
  if (words.length === 0) return a.sourceName;
  // "Hundreds of demonstrators", "Leaders of the organization": a plural noun heading a group.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(words[0]!) && /^\S+\s+of\s/u.test(a.sourceText ?? ''))
    return null;
  if (words.length === 1 && PRONOUN.test(words[0]!)) return a.sourceName;
  const last = words[words.length - 1]!;
  if (!CAPITALISED.test(last)) {
    // A description: one that refers back ("the former president", "her campaign") names whoever
    // the coreference chain names; one that introduces somebody unnamed names nobody.
    return /^(?:the|his|her|their|its)$/iu.test(words[0]!) ? a.sourceName : null;
  }
  let start = words.length - 1;
  while (start > 0 && (CAPITALISED.test(words[start - 1]!) || NAME_JOINER.test(words[start - 1]!))) start--;
  while (start < words.length - 1 && (DETERMINER.test(words[start]!) || NAME_JOINER.test(words[start]!)))
    start++;
  const name = words
    .slice(start)
    .join(' ')
    .replace(/[’']s$/u, '');
  if (DETERMINER.test(name) || PRONOUN.test(name)) return null;
  return name;
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
