/**
 * Which elements sit inside lists of other stories (related links, teasers, footers): their dates
 * and authors are not this article's.
 */
import type { AnyNode, Element } from './dom.ts';
import { isElement, textPrefix } from './dom.ts';

// Lists of other stories: their dates and authors are not this article's.
const ELSEWHERE =
  /related|recirc|most-?popular|trending|recommend|more-?stories|also-?read|read-?more|outbrain|taboola|sidebar|footer|comment(?!ary)|teaser|card|promo/;
// The headline's own block (headline, byline, dateline) is a few hundred characters at most.
const HEADLINE_BLOCK_TEXT = 600;

/**
 * The largest small wrapper around the headline: its byline and dateline are the article's even
 * when a component part is named like furniture ("headline__footer").
 */
function headlineBlock(h1: Element | undefined): Element | null {
  let block: Element | null = null;
  for (let node = (h1?.parent as Element | null) ?? null; node; node = node.parent as Element | null) {
    if (
      node.name === 'body' ||
      node.name === 'html' ||
      textPrefix(node, HEADLINE_BLOCK_TEXT).length > HEADLINE_BLOCK_TEXT
    )
      break;
    block = node;
  }
  return block;
}

/** The last element of `element`'s subtree in document order (`element` itself when it holds none). */
function lastElementDescendant(element: Element): Element {
  let last = element;
  for (;;) {
    const children = last.children;
    let child: Element | null = null;
    for (let k = children.length - 1; k >= 0 && !child; k--) {
      const node = children[k] as AnyNode;
      if (isElement(node)) child = node;
    }
    if (!child) return last;
    last = child;
  }
}

/**
 * Flags (by index) the elements inside lists of other stories. `elements` is every element of the
 * page in document order, so a subtree is the run from its root to its last descendant; `names`
 * holds their classAndId.
 * Wrappers of the headline are never "elsewhere", whatever their class names say, nor is a box
 * holding more than half of `pageText` (the length of the page's visible text).
 */
export function elsewhereFlags(
  elements: readonly Element[],
  names: readonly string[],
  pageText: number = Infinity,
): Uint8Array {
  const flags = new Uint8Array(elements.length);
  let h1Index = -1;
  for (let i = 0; i < elements.length && h1Index < 0; i++)
    if ((elements[i] as Element).name === 'h1') h1Index = i;
  const h1 = elements[h1Index];
  // The headline and its ancestors: all at or before it in document order.
  const headlineWrappers = new Set<AnyNode>();
  for (let node: AnyNode | null = h1 ?? null; node; node = node.parent) headlineWrappers.add(node);
  const block = headlineBlock(h1);
  // isWithin(element, block) can only hold inside the block's subtree: the walk is tried there only.
  const blockStart = block ? elements.lastIndexOf(block, h1Index) : -1;
  const blockEnd = block ? elements.indexOf(lastElementDescendant(block), blockStart) : -1;
  // `pageText` is the length of the page's visible text (the layout measures it).
  const halfPage = pageText / 2;
  const holdsMostText = (element: Element): boolean => textPrefix(element, halfPage).length > halfPage;
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i] as Element;
    if (i <= h1Index && headlineWrappers.has(element)) continue;
    if (block && i >= blockStart && i <= blockEnd && isWithin(element, block)) continue;
    const classNames = names[i] as string;
    const byTag = element.name === 'aside' || element.name === 'footer' || element.name === 'nav';
    // A class name never makes "elsewhere" the box holding most of the page's text: that is the
    // article's own container with a modifier ("comments-enabled", "has-sidebar").
    if (byTag || (classNames && ELSEWHERE.test(classNames) && !holdsMostText(element))) {
      // Inside a flagged box everything is flagged: such elements are neither headline
      // wrappers (their box would be one) nor within the headline block (their box would be).
      const end = Math.max(i, elements.indexOf(lastElementDescendant(element), i));
      flags.fill(1, i, end + 1);
      i = end;
    }
  }
  return flags;
}

/** True when `ancestor` is `element` or one of its nine nearest ancestors. */
export function isWithin(element: Element, ancestor: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth < 10; depth++, node = node.parent as Element | null)
    if (node === ancestor) return true;
  return false;
}
