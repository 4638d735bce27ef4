/**
 * One linear pass over the DOM that numbers elements (pre-order), sums text and link lengths
 * bottom-up, marks page furniture, and cuts the text into paragraphs: block elements and
 * <br><br> end a paragraph; whitespace is collapsed (entities were decoded by the parser).
 */
import type { AnyNode, Document, Element } from './dom.ts';
import { appendElementsInOrder, isElement, namesOf } from './dom.ts';
import { BLOCK_TAGS, PHRASING_TAGS, SKIPPED_TAGS, furnitureKind, isHidden, isMeteredNames } from './hints.ts';
import {
  countProseParagraphs,
  inheritFurniture,
  protectArticleBody,
  RESCUE_BY_MAJORITY,
  RESCUE_BY_PROSE,
  RESCUE_NEVER,
} from './furniture.ts';
import { trimmedLength } from '../text/whitespace.ts';
import { CUTTER, flushParagraph, resetCutter, type Paragraph } from './paragraph-cutter.ts';

export type { Paragraph } from './paragraph-cutter.ts';

export interface PageLayout {
  /** Every element of the page in document order, skipped and hidden ones included. */
  allElements: Element[];
  /** classAndId of each of allElements, in the same order. */
  allNames: string[];
  /** The elements the layout numbers: those outside skipped (script, head…) and hidden subtrees. */
  elements: Element[];
  parent: number[];
  /** Index of the last descendant (subtree = index..end). */
  end: number[];
  textLen: number[];
  linkLen: number[];
  /** Inside navigation, captions, related boxes and the like (by tag, role or class name). */
  furniture: boolean[];
  /** Only the furniture that is never article text (comments, related, share…), for the retry pass. */
  strongFurniture: boolean[];
  paragraphs: Paragraph[];
}

const EXIT = Symbol('exit');

// Tag names by the sets they are in: one lookup per element instead of one per set.
const SKIPPED = 1;
const BLOCK = 2;
const PHRASING = 4;
const TAG_KINDS = new Map<string, number>();
for (const [tags, bit] of [
  [SKIPPED_TAGS, SKIPPED],
  [BLOCK_TAGS, BLOCK],
  [PHRASING_TAGS, PHRASING],
] as const)
  for (const tag of tags) TAG_KINDS.set(tag, (TAG_KINDS.get(tag) ?? 0) | bit);
type Frame = AnyNode | typeof EXIT;

// Affiliate links (rel="sponsored", as search engines ask for paid links) naming a product are
// what a deals story is about, not navigation: their text counts as prose, not as link text.
const SPONSORED_REL = /(^|\s)sponsored(\s|$)/i;
const MIN_PRODUCT_LINK = 25;

function isNavigationLink(element: Element): boolean {
  if (element.name !== 'a') return false;
  const rel = element.attribs['rel'];
  return rel === undefined || !SPONSORED_REL.test(rel);
}

function hasElementChild(node: AnyNode): boolean {
  if (!('children' in node)) return false;
  for (const child of node.children) if (isElement(child)) return true;
  return false;
}

/** Lists a node the layout skips, and every element under it, with their class names. */
function listSkipped(node: AnyNode, allElements: Element[], allNames: string[]): void {
  // Most skipped nodes hold no element (a script, a style, a <br>, a comment): no walk for them.
  if (!hasElementChild(node)) {
    if (isElement(node)) {
      allElements.push(node);
      allNames.push(namesOf(node));
    }
    return;
  }
  const from = allElements.length;
  appendElementsInOrder(node, allElements);
  for (let i = from; i < allElements.length; i++) allNames.push(namesOf(allElements[i] as Element));
}

export function layoutPage(doc: Document): PageLayout {
  const allElements: Element[] = [];
  const allNames: string[] = [];

  const elements: Element[] = [];
  const parent: number[] = [];
  const end: number[] = [];
  const textLen: number[] = [];
  const linkLen: number[] = [];
  const furniture: boolean[] = [];
  // Per element, how its furniture flag may be overruled by its text (furniture.ts).
  const rescue: number[] = [];

  const open: number[] = []; // element indices currently entered
  const blocks: number[] = []; // block element indices currently entered
  let inLink = 0;
  const paragraphs: Paragraph[] = [];
  const cut = resetCutter(CUTTER, elements, blocks, paragraphs);

  const stack: Frame[] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) stack.push(doc.children[i] as AnyNode);
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame === EXIT) {
      const index = open.pop() as number;
      const element = elements[index] as Element;
      end[index] = elements.length - 1;
      const up = parent[index] as number;
      // A short affiliate link is a buy button ("View on Amazon $29"), navigation after all.
      if (element.name === 'a' && !isNavigationLink(element) && (textLen[index] as number) < MIN_PRODUCT_LINK)
        linkLen[index] = textLen[index] as number;
      if (up >= 0) {
        textLen[up] = (textLen[up] as number) + (textLen[index] as number);
        linkLen[up] = (linkLen[up] as number) + (linkLen[index] as number);
      }
      if (isNavigationLink(element)) inLink--;
      // Block elements are pushed on `blocks` when entered, so this one is a block when on top.
      if (blocks[blocks.length - 1] === index) {
        flushParagraph(cut);
        blocks.pop();
      }
      continue;
    }
    const node = frame;
    if (node.type === 'text') {
      const data = node.data;
      const current = open.length > 0 ? (open[open.length - 1] as number) : -1;
      const length = trimmedLength(data);
      if (length === 0) {
        if (data.length > 0) cut.parts.push(' ');
        continue;
      }
      cut.pendingBreak = false;
      cut.parts.push(data);
      cut.hasText = true;
      if (current >= 0) {
        textLen[current] = (textLen[current] as number) + length;
        if (inLink > 0) linkLen[current] = (linkLen[current] as number) + length;
      }
      if (inLink > 0) cut.linkChars += length;
      continue;
    }
    // The same walk lists every element (and its class names) for the metadata readers.
    if (!isElement(node)) {
      listSkipped(node, allElements, allNames);
      continue;
    }
    const name = node.name;
    const tagKind = TAG_KINDS.get(name) ?? 0;
    if (tagKind & SKIPPED || node.type !== 'tag') {
      listSkipped(node, allElements, allNames);
      continue;
    }
    if (name === 'br') {
      listSkipped(node, allElements, allNames);
      if (cut.pendingBreak) flushParagraph(cut);
      else {
        cut.pendingBreak = true;
        cut.parts.push(' ');
      }
      continue;
    }
    const names = namesOf(node);
    const metered = isMeteredNames(names);
    if (isHidden(node, names, metered) && name !== 'body' && name !== 'html') {
      listSkipped(node, allElements, allNames);
      continue;
    }
    allElements.push(node);
    allNames.push(names);
    if (name === 'td' || name === 'th') cut.parts.push(' ');

    const index = elements.length;
    const up = open.length > 0 ? (open[open.length - 1] as number) : -1;
    elements.push(node);
    parent.push(up);
    end.push(index);
    textLen.push(0);
    linkLen.push(0);
    const kind = tagKind & PHRASING ? null : furnitureKind(node, names, metered);
    furniture.push(kind !== null);
    rescue.push(kind === 'weak' ? RESCUE_BY_PROSE : kind === 'thread' ? RESCUE_BY_MAJORITY : RESCUE_NEVER);
    open.push(index);
    if (isNavigationLink(node)) inLink++;
    if (tagKind & BLOCK) {
      flushParagraph(cut);
      blocks.push(index);
    }
    stack.push(EXIT);
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  flushParagraph(cut);
  resetCutter(cut, [], [], []);
  protectArticleBody(elements, parent, textLen, linkLen, furniture);
  // The retry pass trusts only furniture that is never article text: tags, roles, comment threads.
  // A loop, not furniture.map: see textsOf for why page-sized arrays avoid map.
  const strongFurniture: boolean[] = [];
  for (let i = 0; i < furniture.length; i++)
    strongFurniture.push(furniture[i] === true && rescue[i] !== RESCUE_BY_PROSE);
  const proseParagraphs = countProseParagraphs(parent, paragraphs);
  const rescueKinds = Uint8Array.from(rescue);
  inheritFurniture(parent, textLen, linkLen, proseParagraphs, furniture, rescueKinds);
  inheritFurniture(parent, textLen, linkLen, proseParagraphs, strongFurniture, rescueKinds);
  for (const paragraph of paragraphs)
    paragraph.furniture = paragraph.owner >= 0 && (furniture[paragraph.owner] as boolean);
  return {
    allElements,
    allNames,
    elements,
    parent,
    end,
    textLen,
    linkLen,
    furniture,
    strongFurniture,
    paragraphs,
  };
}

/** True when element `inner` is `outer` or inside it. */
export function contains(layout: PageLayout, outer: number, inner: number): boolean {
  return inner >= outer && inner <= (layout.end[outer] as number);
}

/**
 * The paragraphs' texts. A loop rather than `.map`: optimized code inlines Array.prototype.map
 * with its result allocated up front, which fails past about 16,000 elements (a page of 20,000
 * paragraphs) and deoptimizes the whole caller ("out of bounds" in --trace-deopt) on every such
 * page, so a function run once per page went back to the interpreter each time.
 */
export function textsOf(paragraphs: readonly Paragraph[]): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphs) out.push(paragraph.text);
  return out;
}
