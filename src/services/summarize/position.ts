/**
 * A position in an article: paragraph * PARAGRAPH_SPAN + offset. Reading order then compares as one
 * number, so mentions sort, binary-search (speakers/mention-index.ts) and measure distance by plain
 * arithmetic. A paragraph over PARAGRAPH_SPAN characters breaks that order; mention-index.ts checks
 * for it and falls back to a scan. `at - k * PARAGRAPH_SPAN` is the same offset k paragraphs back,
 * a rough "nearby" bound some rules use, not a paragraph start. No imports: any summarize module
 * may use it without a cycle.
 */
export const PARAGRAPH_SPAN = 100000;

/** The position of `offset` in paragraph `paragraph`. */
export function position(paragraph: number, offset: number): number {
  return paragraph * PARAGRAPH_SPAN + offset;
}

/** The paragraph a position falls in. */
export function paragraphOf(at: number): number {
  return Math.floor(at / PARAGRAPH_SPAN);
}

/** The offset of a position inside its paragraph. */
export function offsetOf(at: number): number {
  return at % PARAGRAPH_SPAN;
}
