/**
 * A reference in brackets right after a quote that ends in a chapter, verse or section number
 * (“…” [Genesis 2], “…” (John 3:16), “…” (Art. 5)) cites where a written text stands: the name in it
 * is the text's, not someone who spoke the quote.
 */
const OPENS_CITATION = /[”"»’']\s*[[(]\s*$/u;
const ENDS_CITATION = /^\.?\s*\d+(?:[:.,]\d+)*(?:\s*[-–]\s*\d+)?\s*[\])]/u;

/** Whether the words at [start, end) of `text` name a cited text in brackets after a quote. */
export function isCitationAt(text: string, start: number, end: number): boolean {
  return (
    OPENS_CITATION.test(text.slice(Math.max(0, start - 4), start)) &&
    ENDS_CITATION.test(text.slice(end, end + 24))
  );
}
