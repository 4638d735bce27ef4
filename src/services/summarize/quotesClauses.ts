/** Where the clause around a quote starts and ends: the sentence boundaries next to it. */

/** A sentence end that is not an abbreviation or initial ("Dr.", "U.S.", "J."). */
const SENTENCE_END =
  /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Prof|Sgt|Capt|U\.S|Inc|Co|No|vs))[.!?…]["”»’)]?(?:\s+(?!\p{Ll})|$)/gu;

const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');

/** Text of the clause before a quote: from the last sentence end (or previous quote) to the mark. */
export function clauseBefore(paragraph: string, from: number, to: number): string {
  const text = paragraph.slice(from, to);
  return text.slice(lastSentenceEnd(text)).trim();
}

/** Its own instance: lastIndex is set per search, and matchAll on SENTENCE_END would inherit it. */
const SENTENCE_END_SCAN = new RegExp(SENTENCE_END.source, 'gu');

/**
 * Where the last sentence end of `text` stops (0 when none). A sentence end starts with a
 * terminator and goes on only over closing marks and spaces, so ends never overlap and each is
 * found wherever a scan starts: scanning the tail, widened until one turns up, finds the same last
 * end as scanning from the start, without reading a long paragraph once per quote.
 */
function lastSentenceEnd(text: string): number {
  for (let window = 512; ; window *= 4) {
    let start = Math.max(0, text.length - window);
    if (start > 0 && /[\udc00-\udfff]/.test(text[start] ?? '')) start -= 1; // not inside a surrogate pair
    SENTENCE_END_SCAN.lastIndex = start;
    let cut = -1;
    for (let m = SENTENCE_END_SCAN.exec(text); m; m = SENTENCE_END_SCAN.exec(text))
      cut = m.index + m[0].length;
    if (cut !== -1) return cut;
    if (start === 0) return 0;
  }
}

/** Text of the clause after a quote: up to the next sentence end or the next quote. */
export function clauseAfter(paragraph: string, from: number, to: number): string {
  const text = paragraph.slice(from, to);
  const lead = /^[\s,;:!?\-—–.]*/u.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const end = FIRST_SENTENCE_END.exec(rest);
  return lead + (end ? rest.slice(0, end.index) : rest);
}

/**
 * A testimonial signed on the line after it ("“The show was great.”" then "– Ali***"): that line,
 * when the quote ends its paragraph.
 */
export function signatureLine(next: string | undefined, text: string, end: number): string {
  return next && next.length <= 60 && /^[—–-]\s*\S/u.test(next) && /^[\s”"’»]*$/u.test(text.slice(end))
    ? next
    : '';
}
