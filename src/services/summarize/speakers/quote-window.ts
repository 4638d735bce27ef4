/**
 * The stretch of text a quote's candidates come from: its paragraph and the WINDOW paragraphs before
 * it, and the mentions in it nearest the quote.
 */
import type { FoundQuote } from '../quotes/find.ts';
import type { Mention } from './types.ts';

/** Paragraphs before the quote's own that are searched for names. */
export const WINDOW = 3;

/**
 * Where a name with no mention (a CJK name, which has no capitals to find it by) is written before
 * the quote: in its sentence, its paragraph or up to three paragraphs back; undefined when it is not.
 */
export function writtenBefore(
  name: string,
  q: FoundQuote,
  paragraphs: readonly string[],
): string | undefined {
  const own = (paragraphs[q.paragraph] ?? '').slice(0, q.start);
  if (own.lastIndexOf(name) !== -1)
    return own.lastIndexOf(name) >= q.start - q.sentence.length - 2 ? 'sent' : 'para';
  for (let back = 1; back <= WINDOW; back++)
    if ((paragraphs[q.paragraph - back] ?? '').includes(name)) return `p${back}`;
  return undefined;
}

/**
 * Mentions a quote weighs, at most: the nearest this many before it and after it in its window. A
 * news article has a few dozen in view; a wall of text repeating names has thousands, and each is
 * worked on for every quote, so without a bound the cost grew with the square of the text.
 */
export const MAX_MENTIONS_BEFORE = 150;
export const MAX_MENTIONS_AFTER = 50;

/** The mentions of `window` (in reading order) nearest `at`: see MAX_MENTIONS_BEFORE. */
export function nearest(window: Mention[], at: number): Mention[] {
  if (window.length <= MAX_MENTIONS_AFTER) return window;
  let low = 0;
  let high = window.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (window[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return window.slice(Math.max(0, low - MAX_MENTIONS_BEFORE), low + MAX_MENTIONS_AFTER);
}
