/** Where the clause around a quote starts and ends: the sentence boundaries and the quotes next to it. */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { QuoteRun } from './spans.ts';

/**
 * A sentence end that is not an abbreviation or initial ("Dr.", "U.S.", "J."): `first` finds the
 * first one, `scan` (its own instance, as lastIndex is set per search) the ones after a point.
 */
function sentenceEnds(lex: Lexicon): { first: RegExp; scan: RegExp } {
  const source = String.raw`(?<!\b(?:[A-Z]|${alternation(lex.clauseAbbreviations)}))[.!?…]["”»’')]?(?:\s+(?!\p{Ll})|$)`;
  return { first: new RegExp(source, 'u'), scan: new RegExp(source, 'gu') };
}

/** Text of the clause before a quote: from the last sentence end (or previous quote) to the mark. */
export function clauseBefore(paragraph: string, from: number, to: number, lex: Lexicon): string {
  const text = paragraph.slice(from, to);
  return text.slice(lastSentenceEnd(text, lex.compile(sentenceEnds).scan)).trim();
}

/**
 * Where the last sentence end of `text` stops (0 when none). A sentence end starts with a
 * terminator and goes on only over closing marks and spaces, so ends never overlap and each is
 * found wherever a scan starts: scanning the tail, widened until one turns up, finds the same last
 * end as scanning from the start, without reading a long paragraph once per quote.
 */
function lastSentenceEnd(text: string, scan: RegExp): number {
  for (let window = 512; ; window *= 4) {
    let start = Math.max(0, text.length - window);
    if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start -= 1; // not inside a surrogate pair
    scan.lastIndex = start;
    let cut = -1;
    for (let m = scan.exec(text); m; m = scan.exec(text)) cut = m.index + m[0].length;
    if (cut !== -1) return cut;
    if (start === 0) return 0;
    // No sentence end this far back: the text is not prose sentences (a wall of words or quote
    // marks), and reading back to its start for every quote in it cost time quadratic in its length.
    if (window >= MAX_SENTENCE_CHARS) return afterSpace(text, start);
  }
}

/**
 * How far back a clause or sentence before a quote is looked for (a power of 4 times 512). News
 * sentences are a few hundred characters; past this the clause starts at a word this far back.
 */
export const MAX_SENTENCE_CHARS = 2048;

/** The first word start at or after `from` (or `from` when there is no space after it). */
function afterSpace(text: string, from: number): number {
  const space = text.slice(from, from + 200).search(/\s\S/u);
  return space === -1 ? from : from + space + 1;
}

/**
 * How far after a quote its clause is read. An attribution follows within a few words ("…,” said
 * X, the Y of Z, …); a paragraph with no sentence end, where every quote looks like a title, made
 * each quote's clause the rest of the paragraph, read again by every attribution pattern.
 */
export const MAX_CLAUSE_AFTER_CHARS = 400;

/** Text of the clause after a quote: up to the next sentence end or the next quote (at most MAX_CLAUSE_AFTER_CHARS). */
export function clauseAfter(paragraph: string, from: number, to: number, lex: Lexicon): string {
  let text = paragraph.slice(from, Math.min(to, from + MAX_CLAUSE_AFTER_CHARS));
  // Cut at the bound: the clause ends at the last whole word.
  if (to > from + MAX_CLAUSE_AFTER_CHARS) text = text.slice(0, Math.max(0, text.search(/\s\S*$/u)));
  const lead = /^[\s,;:!?\-—–.]*/u.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const end = lex.compile(sentenceEnds).first.exec(rest);
  return lead + (end ? rest.slice(0, end.index) : rest);
}

/**
 * A testimonial signed on the line after it ("“The show was great.”" then "– Ali***"): that line,
 * when the quote ends its paragraph.
 */
export function signatureLine(next: string | undefined, text: string, end: number): string {
  return next && next.length <= 60 && /^[—–-]\s*\S/u.test(next) && /^[\s”"’'»]*$/u.test(text.slice(end))
    ? next
    : '';
}

/** Pieces between whitespace that hold a letter or digit. */
export function wordCount(text: string): number {
  let count = 0;
  for (const w of text.split(/\s+/)) {
    const first = w.charCodeAt(0);
    // An ASCII letter or digit first answers without the pattern (most words).
    const ascii =
      (first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    if (ascii || /[\p{L}\p{N}]/u.test(w)) count += 1;
  }
  return count;
}

export interface Located {
  run: QuoteRun;
  paragraph: number;
  start: number;
  end: number;
  /** End of the previous quote in the same paragraph (or 0). */
  prevEnd: number;
  /** Start of the next quote in the same paragraph that ends the clause after it (or the paragraph length). */
  nextStart: number;
}

/** A quoted title of one to three words in the middle of a sentence, with more text after it. */
function isTitleInClause(q: Located | undefined, next: Located | undefined, paragraphs: string[]): boolean {
  if (!q || q.run.spans.length !== 1 || wordCount(q.run.text) > 3) return false;
  const text = paragraphs[q.paragraph] ?? '';
  const tail = text.slice(q.end, next && next.paragraph === q.paragraph ? next.start : text.length);
  return /^[”"’'»]*\s+\p{Ll}/u.test(tail);
}

/** Each quote run's place, and the quotes around it in its paragraph that bound its clauses. */
export function locate(runs: QuoteRun[], paragraphs: string[]): Located[] {
  const located: Located[] = runs.map((run) => {
    const first = run.spans[0];
    const last = run.spans[run.spans.length - 1];
    return {
      run,
      paragraph: first?.paragraph ?? 0,
      start: first?.start ?? 0,
      end: last?.end ?? 0,
      prevEnd: 0,
      nextStart: 0,
    };
  });
  // A short title in quotes inside the attribution ("…,” the “Pose” actor said") does not end it:
  // boundAfter[i] is the first quote after i that is not such a title. Filled from the end, so a long
  // run of short quotes is walked once, not once per quote before it.
  const boundAfter: number[] = new Array<number>(located.length + 1).fill(located.length);
  for (let i = located.length - 2; i >= 0; i--)
    boundAfter[i] = isTitleInClause(located[i + 1], located[i + 2], paragraphs)
      ? (boundAfter[i + 1] ?? located.length)
      : i + 1;
  for (let i = 0; i < located.length; i++) {
    const cur = located[i];
    if (!cur) continue;
    const prev = located[i - 1];
    const lastSpan = cur.run.spans[cur.run.spans.length - 1];
    const lastPara = lastSpan?.paragraph ?? cur.paragraph;
    cur.prevEnd =
      prev && prev.run.spans[prev.run.spans.length - 1]?.paragraph === cur.paragraph ? prev.end : 0;
    const bound = located[boundAfter[i] ?? located.length];
    cur.nextStart = bound && bound.paragraph === lastPara ? bound.start : (paragraphs[lastPara] ?? '').length;
  }
  return located;
}

/** The sentence just before position `end` of a paragraph (text before a quote that opens a sentence). */
export function leadSentence(paragraph: string, end: number, lex: Lexicon): string {
  const text = paragraph.slice(0, end).trim();
  return lastSentence(text, lex);
}

export function lastSentence(text: string, lex: Lexicon): string {
  const trimmed = withoutTrailing(text.trim(), '.!?:');
  return clauseBefore(trimmed, 0, trimmed.length, lex);
}

/** `text` without the run of `marks` it ends with (text.replace(/[.!?:]+$/u, '') for '.!?:'), read from the end. */
export function withoutTrailing(text: string, marks: string): string {
  let end = text.length;
  while (end > 0 && marks.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/** A song, book or show title: nearly every word capitalised and no sentence punctuation. */
export function looksLikeTitle(raw: string, lex: Lexicon): boolean {
  const text = withoutTrailing(raw.trim(), '.!,');
  if (/[?;]/.test(text)) return false;
  // At most 12 counted words, at least 80% of them capitalised: a 13th word or a third lower-case
  // one already rules a title out, and most quotes are sentences that do so within a few words.
  let words = 0;
  let lowerCase = 0;
  for (const w of text.split(/\s+/)) {
    if (!/\p{L}/u.test(w) || lex.titleSmallWords.has(w.toLowerCase())) continue;
    words += 1;
    if (!/^[^\p{L}]*\p{Lu}/u.test(w)) lowerCase += 1;
    if (words > 12 || lowerCase >= 3) return false;
  }
  if (words === 0) return false;
  return words >= 2 && (words - lowerCase) / words >= 0.8;
}
