/**
 * Furniture decisions the layout pass makes once the page is measured: marked article bodies are
 * never furniture, furniture is inherited by descendants, and big prose boxes are not furniture.
 */
import type { Element } from './dom.ts';
import { isArticleBodyMarker } from './hints.ts';

/** How a furniture box may be overruled by its text: never (by tag or role), by size, or by size and prose paragraphs. */
export const RESCUE_NEVER = 0;
export const RESCUE_BY_MAJORITY = 1;
export const RESCUE_BY_PROSE = 2;

/**
 * Furniture is inherited by descendants. A class name alone ("…sidebar", "header-style",
 * "comments-enabled") does not make a box furniture when it holds most of the page's prose: that
 * is a layout wrapper. Boxes named like promos are also overruled by several long prose paragraphs.
 */
export function inheritFurniture(
  parent: number[],
  textLen: number[],
  linkLen: number[],
  proseParagraphs: Int32Array,
  furniture: boolean[],
  rescue: Uint8Array,
): void {
  let pageProse = 0;
  for (let i = 0; i < parent.length; i++)
    if (parent[i] === -1) pageProse += (textLen[i] as number) - (linkLen[i] as number);
  for (let i = 0; i < parent.length; i++) {
    const up = parent[i] as number;
    if (up >= 0 && furniture[up]) {
      furniture[i] = true;
      continue;
    }
    const how = rescue[i] as number;
    if (how === RESCUE_NEVER || !furniture[i]) continue;
    const prose = (textLen[i] as number) - (linkLen[i] as number);
    if (prose > pageProse * 0.5) furniture[i] = false;
    // Promo boxes never hold several long prose paragraphs; a box that does (often an unclosed
    // "subscribe" div swallowing the rest of the story) is article text. Comment threads do.
    else if (how === RESCUE_BY_PROSE && (proseParagraphs[i] as number) >= MIN_PROSE_PARAGRAPHS)
      furniture[i] = false;
  }
}

const PROSE_PARAGRAPH_LENGTH = 150;
const MIN_PROSE_PARAGRAPHS = 3;

/**
 * What countProseParagraphs reads of a paragraph (paragraphs.ts's Paragraph): written here rather
 * than imported, as paragraphs.ts imports this module.
 */
interface ProseCandidate {
  text: string;
  owner: number;
  linkChars: number;
}

/** Per element, how many long, link-free paragraphs its subtree holds (summed bottom-up). */
export function countProseParagraphs(parent: number[], paragraphs: readonly ProseCandidate[]): Int32Array {
  const counts = new Int32Array(parent.length);
  for (const p of paragraphs) {
    if (p.owner >= 0 && p.text.length >= PROSE_PARAGRAPH_LENGTH && p.linkChars < p.text.length * 0.2) {
      counts[p.owner] = (counts[p.owner] as number) + 1;
    }
  }
  // Children come after their parents in pre-order, so a reverse sweep sums subtrees.
  for (let i = parent.length - 1; i > 0; i--) {
    const up = parent[i] as number;
    if (up >= 0) counts[up] = (counts[up] as number) + (counts[i] as number);
  }
  return counts;
}

const MIN_MARKED_BODY_PROSE = 200;

/**
 * An element marked as the article body (itemprop=articleBody, "article-body"…) that holds real
 * prose is not furniture, and neither are its wrappers, whatever modifiers their class names
 * carry ("comments-open", "hasSidebar").
 */
export function protectArticleBody(
  elements: Element[],
  parent: number[],
  textLen: number[],
  linkLen: number[],
  furniture: boolean[],
): void {
  const done = new Uint8Array(elements.length);
  for (let i = 0; i < elements.length; i++) {
    if ((textLen[i] as number) - (linkLen[i] as number) < MIN_MARKED_BODY_PROSE) continue;
    if (!isArticleBodyMarker(elements[i] as Element)) continue;
    for (let up = i; up >= 0 && !done[up]; up = parent[up] as number) {
      done[up] = 1;
      furniture[up] = false;
    }
  }
}
