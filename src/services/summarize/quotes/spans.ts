/**
 * Finding quotation-mark spans in paragraphs. This layer only knows about punctuation:
 * which marks open and close a quotation, and how a quote that is left open at the end of a
 * paragraph continues into the next one. Deciding whether a span is a real quote (and who
 * said it) happens in quote-pipeline.ts and speakers/.
 */
import { collapseWhitespace } from '../../text/whitespace.ts';
import { type DialogueContext, type DialogueReading, dialogueWords } from './dialogue.ts';
import { opensSingle, quotesWithSingleMarks, singleCloser } from './single-marks.ts';

/** Closing marks accepted for each opening mark. “ also closes „ (German „…“). */
const CLOSERS: Record<string, string[]> = {
  '"': ['"'],
  '\u201C': ['\u201D'], // “ … ”
  '\u201E': ['\u201C', '\u201D'], // „ … “
  '\u00AB': ['\u00BB'], // « … »
  '\u00BB': ['\u00AB'], // » … « (German books and some papers); see opensReversedGuillemet
  '\u300C': ['\u300D'], // 「 … 」
};

/** A stretch of quoted text inside one paragraph. */
export interface QuoteSpan {
  paragraph: number;
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark (or the paragraph length when left open). */
  end: number;
  /** The words between the marks, untrimmed. */
  inner: string;
  /** True when no closing mark was found before the paragraph ended. */
  open: boolean;
}

/** A quotation as written: one span, or several spans across consecutive paragraphs. */
export interface QuoteRun {
  spans: QuoteSpan[];
  /** The quoted words, whitespace-normalised; paragraphs of a multi-paragraph quote joined by a space. */
  text: string;
}

export function normalizeSpace(text: string): string {
  return collapseWhitespace(text).trim();
}

/** A straight " that sits between two letters/digits (e.g. 5"10) is a measurement, not a quote. */
function isInchMark(text: string, i: number): boolean {
  const prev = text[i - 1] ?? ' ';
  return /[0-9]/.test(prev) && !/\s/.test(text[i + 1] ?? ' ') && /[\s,.;)]/.test(text[i + 1] ?? ' ');
}

/**
 * » opens a quote (German »…«) only before a word: anywhere else it is the closing mark of « … »
 * that had no opening one in this paragraph.
 */
function opensReversedGuillemet(text: string, i: number): boolean {
  return /[\p{L}\p{N}„“"‚‘'¿¡…]/u.test(text[i + 1] ?? '') && text.indexOf('\u00AB', i + 1) !== -1;
}

/**
 * All quotation spans of one paragraph, in order. Inner quotes of another kind stay part of the outer
 * one. With `single` (an article that quotes with single marks, see single-marks.ts), ' and ‘ open
 * quotes too. With `dialogue` (an article in a language that writes dialogue with dashes, see
 * dialogue.ts; `previous` is the paragraph before), a line of dialogue is a span too, and quotation
 * marks inside its words stay part of it.
 */
export function findSpans(
  text: string,
  paragraph: number,
  single = false,
  dialogue?: DialogueContext,
): QuoteSpan[] {
  const marked = markedSpans(text, paragraph, single);
  const lines: QuoteSpan[] = dialogue
    ? dialogueWords(text, dialogue).map((w) => ({ paragraph, ...w, open: false }))
    : [];
  if (lines.length === 0) return marked;
  const outside = marked.filter((s) => !lines.some((l) => s.start >= l.start && s.start < l.end));
  return [...lines, ...outside].sort((a, b) => a.start - b.start);
}

/** The spans between quotation marks (see findSpans). */
function markedSpans(text: string, paragraph: number, single: boolean): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const opener = single ? ANY_OPENER : OPENER;
  opener.lastIndex = 0;
  for (let found = opener.exec(text); found; found = opener.exec(text)) {
    const i = found.index;
    const ch = found[0];
    if (ch === '"' && isInchMark(text, i)) continue;
    if (ch === '\u00BB' && !opensReversedGuillemet(text, i)) continue;
    const singleMark = ch === "'" || ch === '\u2018';
    if (singleMark && !opensSingle(text, i)) continue;
    const close = singleMark ? singleCloser(text, i + 1) : closerOf(text, ch, i + 1);
    if (close === -1) {
      spans.push({ paragraph, start: i, end: text.length, inner: text.slice(i + 1), open: true });
      break;
    }
    spans.push({ paragraph, start: i, end: close + 1, inner: text.slice(i + 1, close), open: false });
    opener.lastIndex = close + 1;
  }
  return spans;
}

/** Any opening mark of CLOSERS; found with a regex and indexOf rather than a loop over every character. */
const OPENER = new RegExp(`[${Object.keys(CLOSERS).join('')}]`, 'g');
/** The same, with the single marks that open quotes in an article that quotes with them. */
const ANY_OPENER = new RegExp(`[${Object.keys(CLOSERS).join('')}'\u2018]`, 'g');

/** Index of the first of `closers` at or after `from`, or -1. */
function firstCloser(text: string, closers: string[], from: number): number {
  let first = -1;
  for (const closer of closers) {
    const at = text.indexOf(closer, from);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  return first;
}

/**
 * Where the quote opened by `opener` at `from - 1` closes. Pages that mix straight and curly marks
 * in one paragraph (“…," Rieger said. "…”) close a curly quote with a straight mark; without this the
 * quote runs on over its attribution into the next one. A straight mark after sentence punctuation
 * and before a space closes it, unless a straight mark opened inside the quote first (“… "madness" …”).
 * A straight opener with no straight closer is closed by ”.
 */
function closerOf(text: string, opener: string, from: number): number {
  const close = firstCloser(text, CLOSERS[opener] ?? [], from);
  if (opener === '"') return close === -1 ? text.indexOf('\u201D', from) : close;
  if (opener !== '\u201C') return close;
  let limit = close === -1 ? text.length : close;
  // “…“ : a second “ glued to the end of a word and followed by a space is a closing mark typed the
  // wrong way round (“criminals … rapists“ while calling), when the quote has no closer before it.
  const reversed = reversedCloser(text, from, limit);
  if (reversed !== -1) limit = reversed;
  let nested = false;
  for (let at = text.indexOf('"', from); at !== -1 && at < limit; at = text.indexOf('"', at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? ' ';
    if (nested) nested = false;
    else if (/\s/u.test(before) && !/\s/u.test(after)) nested = true;
    else if (/[\p{L}\p{N},.!?…]/u.test(before) && /\s/u.test(after)) return at;
  }
  return reversed !== -1 ? reversed : close;
}

/** The first “ in [from, limit) that closes: after a letter or sentence mark, before a space or the end. */
function reversedCloser(text: string, from: number, limit: number): number {
  for (let at = text.indexOf('\u201C', from); at !== -1 && at < limit; at = text.indexOf('\u201C', at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? ' ';
    if (/[\p{L}\p{N},.!?…]/u.test(before) && /[\s,.;:]/u.test(after)) return at;
  }
  return -1;
}

/** The first non-space character of a paragraph, if it is an opening quotation mark. */
function opensWithQuote(text: string, single: boolean): boolean {
  const trimmed = text.trimStart();
  return (trimmed[0] ?? '') in CLOSERS || (single && opensSingle(trimmed, 0));
}

/** Whether the article quotes with single marks (single-marks.ts) rather than double ones. */
export function quoteMarkMode(paragraphs: string[]): boolean {
  return quotesWithSingleMarks(paragraphs, (text, p) =>
    findSpans(text, p).map((s): [number, number] => [s.start, s.end]),
  );
}

/**
 * Quote runs across the whole article. A paragraph that leaves a quote open and is followed by a
 * paragraph starting with an opening mark is the newspaper convention for a quote that goes on;
 * the two are joined into one run.
 */
export function findQuoteRuns(
  paragraphs: string[],
  single = quoteMarkMode(paragraphs),
  /** How the article's language writes dialogue with dashes (dialogue.ts), or null when it writes none. */
  dialogue: DialogueReading | null = null,
): QuoteRun[] {
  const runs: QuoteRun[] = [];
  let pending: QuoteSpan[] | null = null;
  for (let idx = 0; idx < paragraphs.length; idx++) {
    const text = paragraphs[idx] ?? '';
    const continues = opensWithQuote(paragraphs[idx + 1] ?? '', single);
    const context = dialogue ? { ...dialogue, previous: paragraphs[idx - 1] } : undefined;
    const spans = findSpans(text, idx, single, context);
    const leading = text.length - text.trimStart().length;
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k];
      if (!span) continue;
      const parts: QuoteSpan[] = pending && k === 0 && span.start === leading ? [...pending, span] : [span];
      if (pending && parts.length === 1) runs.push(toRun(pending));
      pending = null;
      if (span.open && continues) {
        pending = parts;
        continue;
      }
      runs.push(toRun(parts));
    }
    if (pending && spans.length === 0) {
      runs.push(toRun(pending));
      pending = null;
    }
  }
  if (pending) runs.push(toRun(pending));
  return runs;
}

function toRun(spans: QuoteSpan[]): QuoteRun {
  const text = spans.map((s) => normalizeSpace(s.inner)).join(' ');
  return { spans, text: normalizeSpace(text) };
}
