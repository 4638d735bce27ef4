/**
 * Quoted stretches found in one pass over the text. The RegExps these replace (an opening mark, a
 * run of anything but a closing mark, a closing mark) are tried at every opening mark, and each try
 * reads on to the next closing mark: a text with many opening marks and no closing one (pasted text
 * with unbalanced quote marks) cost time quadratic in its length. Here each position is read once:
 * the next closing mark is found by a pointer that only moves forward.
 */

/** Finds, for positions asked in non-decreasing order, the next index holding one of `marks`. */
class NextMark {
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly marks: string,
  ) {}

  /** Index of the first of the marks at or after `from` (asked in non-decreasing order), or -1. */
  from(from: number): number {
    if (this.found === Infinity) return -1;
    if (this.found >= from) return this.found;
    for (let i = from; i < this.text.length; i++) {
      if (this.marks.includes(this.text.charAt(i))) return (this.found = i);
    }
    this.found = Infinity;
    return -1;
  }
}

/** Code points from `from` to `to`, counted exactly only while fewer than `enough` could be there. */
function codePointsBetween(text: string, from: number, to: number, enough: number): number {
  const units = to - from;
  // Every code point is one or two code units: twice `enough` units hold `enough` code points.
  if (units >= 2 * enough) return units;
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xdc00 || code > 0xdfff || i === from || !isHigh(text.charCodeAt(i - 1))) count += 1;
  }
  return count;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A quoted stretch: `start` at the opening mark, `end` just past the closing one. */
export interface Stretch {
  start: number;
  end: number;
}

/**
 * What `text.matchAll(/[openers][^stops]{min,}[stops]/gu)` matches, in one pass: after an opening
 * mark, at least `min` characters (code points, as with the u flag) and then the next of `stops`,
 * which closes it.
 */
export function stretchesBetweenMarks(text: string, openers: string, stops: string, min: number): Stretch[] {
  const out: Stretch[] = [];
  const next = new NextMark(text, stops);
  for (let i = 0; i < text.length; i++) {
    if (!openers.includes(text.charAt(i))) continue;
    const close = next.from(i + 1);
    if (close === -1) break; // no closing mark anywhere after: no later opening mark closes either
    if (codePointsBetween(text, i + 1, close, min) < min) continue;
    out.push({ start: i, end: close + 1 });
    i = close;
  }
  return out;
}

/** Opening and closing double marks, and guillemets, as quotes are read for speaker clues and bullets. */
export const DOUBLE_OPENERS = '"“«„';
export const DOUBLE_CLOSERS = '"”»“';

/**
 * The words inside double marks or guillemets, with at least `min` characters: what
 * /["“«„]([^"”»“]{min,})["”»“]/gu captures.
 */
export function doubleQuotedWords(text: string, min: number): string[] {
  return stretchesBetweenMarks(text, DOUBLE_OPENERS, DOUBLE_CLOSERS, min).map((s) =>
    text.slice(s.start + 1, s.end - 1),
  );
}

/**
 * Characters of `text` inside quotes of at least 12 characters, marks included: double marks and
 * guillemets, and single marks that open after a start or space and close before a space, punctuation
 * or the end. The same as summing the matches of
 * /["“«„][^"”»“]{12,}["”»“]|(?:^|\s)['‘][^'’]{12,}['’](?=\s|[,.;:!?]|$)/g, where the double-mark
 * alternative wins at a position where both could match.
 */
export function quotedCharCount(text: string): number {
  const nextDouble = new NextMark(text, DOUBLE_CLOSERS);
  const nextSingle = new NextMark(text, "'’");
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (DOUBLE_OPENERS.includes(ch)) {
      const close = nextDouble.from(i + 1);
      if (close !== -1 && close - i - 1 >= 12) {
        total += close + 1 - i;
        i = close;
        continue;
      }
    }
    // The single-mark alternative starts at the start of the text or at a space before the mark.
    const lead = i === 0 && (ch === "'" || ch === '‘') ? 0 : /\s/u.test(ch) ? 1 : -1;
    if (lead === -1) continue;
    const open = i + lead;
    const mark = text.charAt(open);
    if (mark !== "'" && mark !== '‘') continue;
    // Positions asked of nextSingle stay non-decreasing: `open + 1` grows with i.
    const close = nextSingle.from(open + 1);
    if (close === -1 || close - open - 1 < 12) continue;
    const after = text.charAt(close + 1);
    if (after !== '' && !/\s/u.test(after) && !',.;:!?'.includes(after)) continue;
    total += close + 1 - i;
    i = close;
  }
  return total;
}

/** What each alternative of speechQuoteCount's pattern needs: its closing "., ’", or ": ‘". */
const MAY_HOLD_SPEECH_QUOTE = /[.,!?…]["”]?['’]|:\s+['‘]/u;

const LINE_TERMINATORS = '\n\r\u2028\u2029';
const isSpace = (ch: string) => ch !== '' && /\s/u.test(ch);

/** The code point at `i` as a string ('' past the end). */
function codePointAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * How many single-mark quotes that look like speech `text` holds: the number of matches of
 * /(?:^|[\s:(])['‘]\p{L}.*?[.,!?…]["”]?['’](?=\s|$)|:\s+['‘]\p{Lu}.*[.!?…]$/gu, counted in one
 * pass. The RegExp's lazy `.*?` read on to the end of the line from every opening mark that found
 * no closing one, quadratic in a line full of apostrophes.
 */
export function speechQuoteCount(text: string): number {
  // Most texts with a single mark hold only apostrophes ("it's"): without a closing mark after a
  // sentence mark, or a single mark opened after a colon, neither alternative can match.
  if (!MAY_HOLD_SPEECH_QUOTE.test(text)) return 0;
  const n = text.length;
  // tailAt[k]: the end of a closing "., ’" (a sentence mark, maybe ” or ", a closing single mark
  // before a space or the end) starting at k, else -1; nextTail[k], nextBreak[k]: the first
  // closing, and the first line break, at or after k.
  const nextTail = new Int32Array(n + 1).fill(-1);
  const nextBreak = new Int32Array(n + 1).fill(n);
  const tailEnd = new Int32Array(n + 1).fill(-1);
  const endsQuote = (i: number) => i >= n || isSpace(text.charAt(i));
  const isDoubleCloser = (i: number) => text.charAt(i) === '"' || text.charAt(i) === '”';
  const isSingleCloser = (i: number) => text.charAt(i) === "'" || text.charAt(i) === '’';
  for (let k = n - 1; k >= 0; k--) {
    const ch = text.charAt(k);
    nextBreak[k] = LINE_TERMINATORS.includes(ch) ? k : nextBreak[k + 1]!;
    let end = -1;
    if ('.,!?…'.includes(ch)) {
      if (isDoubleCloser(k + 1) && isSingleCloser(k + 2) && endsQuote(k + 3)) end = k + 3;
      else if (isSingleCloser(k + 1) && endsQuote(k + 2)) end = k + 2;
    }
    tailEnd[k] = end;
    nextTail[k] = end !== -1 ? k : nextTail[k + 1]!;
  }
  let lastBreak = -1;
  for (let i = 0; i < n; i++) if (LINE_TERMINATORS.includes(text.charAt(i))) lastBreak = i;
  const endsSentence = n > 0 && '.!?…'.includes(text.charAt(n - 1));

  /** End of the first alternative's match with its opening mark at `open`, or -1. */
  const spoken = (open: number): number => {
    if (open >= n || (text.charAt(open) !== "'" && text.charAt(open) !== '‘')) return -1;
    const letter = codePointAt(text, open + 1);
    if (!/^\p{L}$/u.test(letter)) return -1;
    const from = open + 1 + letter.length;
    const k = nextTail[from] ?? -1;
    if (k === -1 || nextBreak[from]! < k) return -1;
    return tailEnd[k]!;
  };
  /** End of the second alternative's match at a colon at `p` (the text's end), or -1. */
  const afterColon = (p: number): number => {
    if (text.charAt(p) !== ':' || !endsSentence) return -1;
    let j = p + 1;
    while (j < n && isSpace(text.charAt(j))) j++;
    if (j === p + 1 || (text.charAt(j) !== "'" && text.charAt(j) !== '‘')) return -1;
    const capital = codePointAt(text, j + 1);
    if (!/^\p{Lu}$/u.test(capital)) return -1;
    const from = j + 1 + capital.length;
    return from <= n - 1 && lastBreak < from ? n : -1;
  };

  let count = 0;
  for (let p = 0; p < n; ) {
    const ch = text.charAt(p);
    // Tried in the RegExp's order: `^` before the mark, then a space, colon or bracket, then a colon quote.
    let end = p === 0 ? spoken(0) : -1;
    if (end === -1 && (isSpace(ch) || ch === ':' || ch === '(')) end = spoken(p + 1);
    if (end === -1) end = afterColon(p);
    if (end === -1) {
      p++;
      continue;
    }
    count++;
    p = end;
  }
  return count;
}
