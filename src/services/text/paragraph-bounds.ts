/**
 * Paragraphs of bounded length. Text pasted or scraped as one wall (no line breaks) is one
 * "paragraph" of any length, and the quote reader works paragraph by paragraph: positions are
 * paragraph * 100,000 + offset (summarize/position.ts), and each quote reads its paragraph's
 * neighbourhood. A paragraph longer than MAX_PARAGRAPH_CHARS is therefore read as several, cut at a
 * sentence end (else a space) near the limit. Real paragraphs are far shorter (the longest in the
 * extraction and quote benchmarks is under 13,000 characters), so they are never cut.
 */
export const MAX_PARAGRAPH_CHARS = 20_000;

/** A sentence end followed by a space, the best place to cut. */
const SENTENCE_END = /[.!?…]["”»’')\]]*\s/g;

/** `paragraphs` with each one longer than `max` cut into pieces of at most `max` characters. */
export function boundParagraphs(paragraphs: readonly string[], max = MAX_PARAGRAPH_CHARS): string[] {
  if (paragraphs.every((p) => p.length <= max)) return [...paragraphs];
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    let rest = paragraph;
    while (rest.length > max) {
      const cut = cutPoint(rest, max);
      const piece = rest.slice(0, cut).trim();
      if (piece) out.push(piece);
      rest = rest.slice(cut);
    }
    const last = rest.trim();
    if (last) out.push(last);
  }
  return out;
}

/** Where to cut `text` (longer than `max`): after the last sentence end, else space, in its second half. */
function cutPoint(text: string, max: number): number {
  const head = text.slice(0, max);
  let cut = -1;
  SENTENCE_END.lastIndex = Math.floor(max / 2);
  for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) cut = m.index + m[0].length;
  if (cut === -1) {
    const space = head.search(/\s\S*$/u);
    if (space > max / 2) cut = space + 1;
  }
  if (cut === -1) cut = max;
  // Never between the two halves of a surrogate pair.
  const code = text.charCodeAt(cut);
  if (code >= 0xdc00 && code <= 0xdfff) cut -= 1;
  return cut;
}

/**
 * How much of an article's body the summarizer reads: the same bound as pasted text
 * (plain-text.ts). A page can be 5 MB; its lead and key points are near the top, and a bound keeps
 * what one summary costs bounded too, whatever the page.
 */
export const MAX_SUMMARIZED_CHARS = 200_000;

/** The paragraphs a summary reads: each at most MAX_PARAGRAPH_CHARS, together at most MAX_SUMMARIZED_CHARS. */
export function summarizedParagraphs(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  let room = MAX_SUMMARIZED_CHARS;
  for (const paragraph of boundParagraphs(paragraphs)) {
    if (room <= 0) break;
    out.push(paragraph.length <= room ? paragraph : paragraph.slice(0, room));
    room -= paragraph.length;
  }
  return out;
}
