/**
 * DOM helpers over htmlparser2/domhandler nodes. Every walk is iterative (explicit stack) so that
 * pathologically deep pages cannot overflow the call stack.
 */
import type { AnyNode, Document } from 'domhandler';
import { Element } from 'domhandler';
import { capNesting, DepthLimitedHandler, TooDeep } from './nesting.ts';
import { PageHandler } from './page-handler.ts';
import { FastTokenizer } from './tokenizer.ts';
import { PageParser } from './page-parser.ts';
import { Utf8Page } from './utf8-page.ts';

export type { AnyNode, Document, Element };

const PARSE_OPTIONS = {
  decodeEntities: true,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  Tokenizer: FastTokenizer,
};

/**
 * Parses HTML (a string, or a page's UTF-8 bytes: utf8-page.ts) leniently; never throws on malformed
 * input. `keep` receives the parsers used (with their tokenizers, handlers and trees), for the
 * reference page of shapes.ts.
 */
export function parseHtml(html: string | Utf8Page, keep?: unknown[]): Document {
  const doc = parseTree(html, keep);
  ensureBody(doc);
  forgetClassNames();
  return doc;
}

/** The tree of `html`, the elements nested deeper than MAX_DEPTH left out. */
function parseTree(html: string | Utf8Page, keep?: unknown[]): Document {
  try {
    return parse(new DepthLimitedHandler(), html, keep);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    // Tags are ASCII, so the bytes of the deepest ones are cut out as a string's would be.
    const bytes = html instanceof Utf8Page;
    return parse(new PageHandler(), capNesting(bytes ? html.whole() : html), keep, bytes);
  }
}

/** Parses text, or a Utf8Page or its bytes as one string (`utf8Bytes`). */
function parse(
  handler: PageHandler,
  html: string | Utf8Page,
  keep: unknown[] | undefined,
  utf8Bytes = false,
): Document {
  const page = html instanceof Utf8Page;
  const parser = new PageParser(handler, PARSE_OPTIONS, page || utf8Bytes, page ? html.bytes : null);
  keep?.push(parser);
  if (page) {
    for (const chunk of html.chunks()) parser.write(chunk);
    parser.end();
  } else parser.end(html);
  return handler.root;
}

/**
 * htmlparser2 does not invent <body>: fragments ("<p>…</p><p>…</p>", uploaded snippets) would
 * leave paragraphs without a common container to score, so wrap everything but <head> in one.
 */
function ensureBody(doc: Document): void {
  const html = doc.children.find((c): c is Element => isElement(c) && c.name === 'html');
  const holder: Document | Element = html ?? doc;
  if (holder.children.some((c) => isElement(c) && c.name === 'body')) return;
  const keep = (c: AnyNode): boolean => (isElement(c) && c.name === 'head') || c.type === 'directive';
  const content = holder.children.filter((c) => !keep(c));
  if (content.length === 0) return;
  const body = new Element('body', {}, content);
  for (const child of content) child.parent = body;
  body.parent = holder;
  holder.children = [...holder.children.filter(keep), body];
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** All elements in document order. */
export function elementsInOrder(root: AnyNode): Element[] {
  const out: Element[] = [];
  appendElementsInOrder(root, out);
  return out;
}

/** Appends `root` (when an element) and every element under it to `out`, in document order. */
export function appendElementsInOrder(root: AnyNode, out: Element[]): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) out.push(node);
    if ('children' in node) {
      const children = node.children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
}

/**
 * The nodes after a start node in document order, for loops that read a subtree's text: depth first
 * by child position rather than by pushing every child list onto a stack, so a loop that stops early
 * (a short prefix of a big container) costs only what it read.
 */
export class DocumentOrderWalk {
  private readonly lists: AnyNode[][] = [];
  private readonly positions: number[] = [];

  /** The node just returned has these children: they come next. */
  enter(children: AnyNode[]): void {
    if (children.length === 0) return;
    this.lists.push(children);
    this.positions.push(0);
  }

  /** The next node in document order, or undefined when the subtree is read. */
  next(): AnyNode | undefined {
    let top = this.lists.length - 1;
    while (top >= 0 && (this.positions[top] as number) >= (this.lists[top] as AnyNode[]).length) {
      this.lists.pop();
      this.positions.pop();
      top--;
    }
    if (top < 0) return undefined;
    const at = this.positions[top] as number;
    this.positions[top] = at + 1;
    return (this.lists[top] as AnyNode[])[at];
  }
}

/** Concatenated text of a subtree (scripts and styles excluded), whitespace collapsed. */
export function textOf(root: AnyNode): string {
  return textPrefix(root, Infinity);
}

/**
 * textOf cut short for callers that only look at the start or the length: the full text when it
 * is at most `limit` characters, else a longer prefix of it (collapsing a prefix of the raw text
 * gives a prefix of the collapsed text), so that `.length > limit` and `.slice(0, limit)` agree
 * with textOf without walking a large container to its end.
 */
export function textPrefix(root: AnyNode, limit: number): string {
  const parts: string[] = [];
  let raw = 0;
  let checkAt = limit === Infinity ? Infinity : 2 * limit + 64;
  const walk = new DocumentOrderWalk();
  for (let node: AnyNode | undefined = root; node; node = walk.next()) {
    if (node.type === 'text') {
      parts.push(node.data);
      raw += node.data.length;
      if (raw > checkAt) {
        const text = collapse(parts.join(''));
        if (text.length > limit) return text;
        checkAt = raw * 2;
      }
    } else if ((node.type === 'tag' && 'children' in node) || node.type === 'root') {
      if (node.type === 'tag' && node.name === 'br') parts.push(' ');
      walk.enter(node.children);
    }
  }
  return collapse(parts.join(''));
}

/** Raw text content including script bodies (for JSON-LD). */
export function rawTextOf(element: Element): string {
  let out = '';
  for (const child of element.children) if (child.type === 'text') out += child.data;
  return out;
}

// Control characters other than tab/newline/CR, and the replacement char from undecodable bytes.
// eslint-disable-next-line no-control-regex
const JUNK_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
// eslint-disable-next-line no-control-regex
const HAS_JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;
const SPACES = /[\s\u00a0\u200b\u2028\u2029\ufeff]+/g;
// Text that SPACES would change: any whitespace but a single ' ' (\s plus the zero-width space).
const UNCOLLAPSED = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/** Collapses whitespace runs to one space, drops control characters, and trims. */
export function collapse(text: string): string {
  // The tests skip the replacements (and their copies) for text that is already clean.
  const clean = HAS_JUNK.test(text) ? text.replace(JUNK_CHARS, '') : text;
  return (UNCOLLAPSED.test(clean) ? clean.replace(SPACES, ' ') : clean).trim();
}

export function attr(element: Element, name: string): string {
  return element.attribs[name] ?? '';
}

// classAndId per element of the current document. A Map, not a property on the elements: adding
// one gives them a second shape, which makes walks over nodes polymorphic (measured with both
// trees' other files equal: about 2% of pipeline time). parseHtml starts a new one;
// forgetClassNames drops it.
let namesCache = new Map<Element, string>();

/** Lets the last document's elements be collected once the caller is done with them. */
export function forgetClassNames(): void {
  namesCache = new Map();
}

/** class + id, lower-cased, for hint matching. */
export function classAndId(element: Element): string {
  const cached = namesCache.get(element);
  if (cached !== undefined) return cached;
  const names = namesOf(element);
  namesCache.set(element, names);
  return names;
}

/**
 * classAndId without the cache, for a pass that keeps the answers itself (the layout lists them
 * for every element of the page, in the order of its allElements).
 */
export function namesOf(element: Element): string {
  const cls = element.attribs['class'];
  const id = element.attribs['id'];
  if (!cls && !id) return '';
  // Most elements have a class and no id: lowering the class alone and adding the space gives the
  // same string without first joining three parts into one to lower it.
  return id === undefined ? `${(cls as string).toLowerCase()} ` : `${cls ?? ''} ${id}`.toLowerCase();
}

/** Resolves `href` against `base`; null unless the result is http(s). */
export function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = (href ?? '').trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Decodes HTML entities left in attribute/JSON text (pages often double-encode). Tags, and the
 * bodies of style sheets and scripts, are dropped as on a page; whitespace between tags stays a
 * space or a line break.
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  // With the page's own parser classes: htmlparser2's stock Parser, Tokenizer and DomHandler share
  // their methods with them, and a second kind of object in those methods makes V8 throw away and
  // recompile the parser's optimized code in the middle of reading a page.
  const doc = parseTree(text);
  const parts: string[] = [];
  const stack: AnyNode[] = [...doc.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return parts.join('');
}
