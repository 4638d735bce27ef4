/**
 * Cutting a page's text into paragraphs as the layout pass (paragraphs.ts) walks it: the text read
 * since the last break, and the paragraphs cut so far.
 */
import type { Element } from './dom.ts';
import { collapse } from './dom.ts';

export interface Paragraph {
  text: string;
  /** Index of the innermost block element holding the text. */
  owner: number;
  ownerTag: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Inside navigation, captions, related boxes and the like. */
  furniture: boolean;
}

/**
 * The text read since the last paragraph break, and the paragraphs cut so far. The layout's helpers
 * are functions of the module, not closures made per page: optimized code is kept only while a
 * function object using it lives, so a closure's code was dropped by each full collection (an
 * idle worker's) and compiled again on every page.
 */
export interface Cutter {
  parts: string[];
  /** Whether `parts` holds text, not only spaces standing for whitespace, <br> and table cells. */
  hasText: boolean;
  linkChars: number;
  pendingBreak: boolean;
  paragraphs: Paragraph[];
  elements: Element[];
  /** Block element indices currently entered. */
  blocks: number[];
}

/**
 * The one Cutter, reset for each page and emptied after it: a cutter made per page would be the
 * only object of its hidden class, which a full collection between pages would then drop, and
 * with it the optimized code of the functions using it.
 */
export const CUTTER: Cutter = {
  parts: [],
  hasText: false,
  linkChars: 0,
  pendingBreak: false,
  paragraphs: [],
  elements: [],
  blocks: [],
};

export function resetCutter(
  cut: Cutter,
  elements: Element[],
  blocks: number[],
  paragraphs: Paragraph[],
): Cutter {
  cut.parts = [];
  cut.hasText = false;
  cut.linkChars = 0;
  cut.pendingBreak = false;
  cut.paragraphs = paragraphs;
  cut.elements = elements;
  cut.blocks = blocks;
  return cut;
}

/** Ends the paragraph being read (at a block's start or end, or a <br><br>). */
export function flushParagraph(cut: Cutter): void {
  cut.pendingBreak = false;
  if (cut.parts.length === 0) return;
  // Spaces alone collapse to nothing (most flushes, between blocks): no join or collapse needed.
  if (!cut.hasText) {
    cut.parts = [];
    return;
  }
  cut.hasText = false;
  const text = collapse(cut.parts.join(''));
  cut.parts = [];
  const linkChars = cut.linkChars;
  cut.linkChars = 0;
  if (!text) return;
  const blocks = cut.blocks;
  const owner = blocks.length > 0 ? (blocks[blocks.length - 1] as number) : -1;
  cut.paragraphs.push({
    text,
    owner,
    ownerTag: owner >= 0 ? (cut.elements[owner] as Element).name : '',
    linkChars: Math.min(linkChars, text.length),
    furniture: false,
  });
}
