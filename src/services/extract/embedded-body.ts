/**
 * Article body from a page's embedded app state (<script type="application/json">, e.g. a
 * framework's hydration data). Metered/paywalled pages often render only the first paragraphs
 * (the rest as shimmering placeholders) while the full rich-text document sits in that JSON.
 * Rich-text trees are recognised by shape, not by site: nodes typed "paragraph" (or "block")
 * whose text lives in "text"/"value" leaves under "content"/"children" arrays.
 */
import type { Element } from './dom.ts';
import { collapse, rawTextOf } from './dom.ts';
import { lettersAndDigits } from '../text/letters-and-digits.ts';

type Json = Record<string, unknown>;

const PARAGRAPH_TYPE = /^(paragraph|block|p)$/i;
const TEXT_KEYS = ['text', 'value'] as const;
const CHILD_KEYS = ['content', 'children'] as const;
// Bigger blobs are not worth parsing on every page; smaller ones hold no article.
const MIN_SCRIPT = 2000;
const MAX_SCRIPT = 5_000_000;
const MAX_NODES = 400_000;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodeType(node: Json): string {
  const type = node['type'] ?? node['nodeType'] ?? node['_type'];
  return typeof type === 'string' ? type : '';
}

/** Text of one rich-text node: its own text leaf plus its children's, links included. */
function richText(node: Json, depth = 0): string {
  if (depth > 20) return '';
  let out = '';
  for (const key of TEXT_KEYS) {
    const value = node[key];
    if (typeof value === 'string') out += value;
  }
  for (const key of CHILD_KEYS) {
    const children = node[key];
    if (!Array.isArray(children)) continue;
    for (const child of children) if (isObject(child)) out += richText(child, depth + 1);
  }
  return out;
}

/** Paragraph texts of every array that holds paragraph nodes; the longest run wins. */
function longestParagraphRun(root: unknown): string[] {
  let best: string[] = [];
  let bestLength = 0;
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length > 0 && visited++ < MAX_NODES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      const paragraphs = value
        .filter((item): item is Json => isObject(item) && PARAGRAPH_TYPE.test(nodeType(item)))
        .map((item) => collapse(richText(item)))
        .filter((text) => text.length > 0);
      const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
      if (paragraphs.length >= 2 && length > bestLength) {
        best = paragraphs;
        bestLength = length;
      }
      for (const item of value) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (isObject(value)) {
      for (const item of Object.values(value))
        if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return best;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const key = (text: string): string => lettersAndDigits(text).slice(0, 80);

/**
 * The embedded rich-text body that continues the rendered one: it must contain the page's first
 * rendered paragraph (so it is this story, not a related one) and be longer than what was rendered.
 */
export function embeddedBody(elements: readonly Element[], rendered: readonly string[]): string[] | null {
  const anchor = rendered[0] ? key(rendered[0]) : '';
  if (anchor.length < 30) return null;
  const renderedLength = rendered.reduce((sum, p) => sum + p.length, 0);
  for (const element of elements) {
    if (element.name !== 'script' || !/^application\/(ld\+)?json$/i.test(element.attribs['type'] ?? ''))
      continue;
    const text = rawTextOf(element);
    if (text.length < MIN_SCRIPT || text.length > MAX_SCRIPT || !/"(?:paragraph|block)"/i.test(text))
      continue;
    const paragraphs = longestParagraphRun(parseJson(text));
    const length = paragraphs.reduce((sum, p) => sum + p.length, 0);
    if (length <= renderedLength * 1.2) continue;
    if (paragraphs.slice(0, 5).some((p) => key(p) === anchor)) return paragraphs;
  }
  return null;
}
