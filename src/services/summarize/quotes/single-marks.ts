/**
 * Single quotation marks as an article's primary quote marks ('…,' he said; ‘…’), the British
 * newspaper style. The same characters are apostrophes (don't, the Smiths' house, '90s, rock 'n'
 * roll), so they are read as quote marks only in an article that quotes with them, and only where
 * their neighbours make them one: an opening mark starts a word after a space, a closing mark ends
 * one before a space or punctuation.
 */

import { speechQuoteCount } from '../../text/mark-scan.ts';

/** Elisions that start with an apostrophe ('n', 'em, 'cause, '90s): never an opening mark. */
const ELISION = /^(?:n['’]|em\b|cause\b|cos\b|til\b|tis\b|twas\b|bout\b|\d0s\b|\d\ds\b)/u;

/** Whether the mark at `i` opens a single-mark quote: after a start, space or bracket, before a word. */
export function opensSingle(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== "'" && ch !== '\u2018') return false;
  if (i > 0 && !/[\s([:—–]/u.test(text[i - 1] ?? '')) return false;
  return /^[\p{L}\d]/u.test(text[i + 1] ?? '') && !ELISION.test(text.slice(i + 1, i + 6));
}

/**
 * Whether the mark at `i` closes a single-mark quote: after a word or punctuation, before the end,
 * punctuation or a space. Between an s, n or o and a space it may be an apostrophe ("the boys'
 * mother", "rock 'n' roll", "o' the") or close a quote ('play politics' and …): it closes if the next
 * mark that is decided (not one inside a word) opens a quote, and not if it closes one. With none
 * after it, it closes a fragment ('the best years' and …), not a quote of whole sentences (`sentences`,
 * opened by a capital), which is left open for the next paragraph to go on.
 */
function closesSingle(text: string, i: number, sentences: boolean): boolean {
  const decided = closing(text, i);
  if (decided !== undefined) return decided;
  LOOKAHEAD.lastIndex = i + 1;
  for (let found = LOOKAHEAD.exec(text); found; found = LOOKAHEAD.exec(text)) {
    const at = found.index;
    if (opensSingle(text, at)) return true;
    if (closing(text, at) === true) return false;
  }
  return !sentences;
}

/** Whether the mark at `i` closes a quote judging by its neighbours; undefined after an s, n or o before a space. */
function closing(text: string, i: number): boolean | undefined {
  const prev = text[i - 1] ?? ' ';
  if (/\s/u.test(prev)) return false;
  const next = text[i + 1];
  if (next === undefined || /[,.;:!?)\]—–…"”-]/u.test(next)) return true;
  if (!/\s/u.test(next)) return false;
  return /[sno]/u.test(prev) ? undefined : true;
}

/** Single marks after an undecided one; its own regex, as MARK is mid-scan when it is used. */
const LOOKAHEAD = /['‘’]/gu;

/** Every single or double quotation mark: where a single-mark quote may open or close, or a double one nests. */
const MARK = /['‘’"“]/gu;

/**
 * A single mark opening a capitalised phrase inside a single-mark quote after a word or colon (She
 * said 'I …): a nested quote. After a sentence end it is the mark that reopens a quote at each
 * paragraph ('… wrong. 'He apologised …), where a paragraph break was lost.
 */
function opensNested(text: string, i: number): boolean {
  return (
    opensSingle(text, i) &&
    /\p{Lu}/u.test(text[i + 1] ?? '') &&
    !/[.!?…]['’"”]?\s+$/u.test(text.slice(Math.max(0, i - 4), i))
  );
}

/**
 * Where the single-mark quote opened at `from - 1` closes, or -1. A double-quoted phrase inside it
 * (her dad told her "Will's dead") is skipped whole; a single mark opening a capitalised phrase inside
 * it ('She said 'I don't know.' She's devastated) opens a nested quote whose closing mark it needs too.
 */
export function singleCloser(text: string, from: number): number {
  let depth = 1;
  const sentences = /\p{Lu}/u.test(text[from] ?? '');
  MARK.lastIndex = from;
  for (let found = MARK.exec(text); found; found = MARK.exec(text)) {
    const i = found.index;
    const ch = found[0];
    if (ch === '"' || ch === '\u201C') {
      if (i > 0 && !/[\s([:—–]/u.test(text[i - 1] ?? '')) continue;
      const end = text.indexOf(ch === '"' ? '"' : '\u201D', i + 1);
      if (end !== -1) MARK.lastIndex = end + 1;
      continue;
    }
    if (ch !== '\u2018' && closesSingle(text, i, sentences)) {
      if (--depth === 0) return i;
    } else if (opensNested(text, i)) depth++;
  }
  return -1;
}

/**
 * Single-mark quotes that look like speech ('…,' she said; 'But … everything.'), or a quote opened
 * after a colon that runs to the paragraph's last sentence (she said: 'He was … garden.), the first
 * paragraph of a longer quote: counted by speechQuoteCount (mark-scan.ts) in one pass.
 */

/**
 * Whether an article quotes with single marks: at least two speech-like single-mark quotes outside
 * double-quoted text, and more of them than double-quoted spans. An article quoting with double marks
 * and nesting single ones inside keeps reading single marks as apostrophes. `doubleSpans` gives a
 * paragraph's double-quoted spans; it is asked only once single marks are frequent enough to matter.
 */
export function quotesWithSingleMarks(
  paragraphs: string[],
  doubleSpans: (text: string, paragraph: number) => Array<[number, number]>,
): boolean {
  const counts = paragraphs.map((text) => (/['‘]/u.test(text) ? speechQuoteCount(text) : 0));
  if (counts.reduce((a, b) => a + b, 0) < 2) return false;
  let single = 0;
  let double = 0;
  paragraphs.forEach((text, p) => {
    const spans = doubleSpans(text, p);
    double += spans.length;
    if (!counts[p] || spans.length === 0) {
      single += counts[p] ?? 0;
      return;
    }
    // The paragraph with its double-quoted spans blanked, built once (not re-copied per span).
    const parts: string[] = [];
    let from = 0;
    for (const [start, end] of spans) {
      parts.push(
        text.slice(from, Math.max(from, start)),
        ' '.repeat(Math.max(0, end - Math.max(from, start))),
      );
      from = Math.max(from, end);
    }
    parts.push(text.slice(from));
    single += speechQuoteCount(parts.join(''));
  });
  return single >= 2 && single > double;
}
