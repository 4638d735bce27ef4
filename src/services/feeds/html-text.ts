import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { BLOCK_TAGS } from '../extract/hints.ts';

// Paragraph boundaries as the article extractor sees them; in feed snippets a <br> also ends a line.
const BLOCK = new Set([...BLOCK_TAGS, 'br']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Feed text fields are often HTML (escaped or in CDATA) with HTML entities that an XML parser
 * does not know (&nbsp;, &mdash;). Parsing them as HTML decodes entities and strips markup.
 * Returns one string per paragraph.
 */
export function htmlToParagraphs(html: string): string[] {
  if (!/[<&]/.test(html)) return splitPlain(html);
  const doc = parseDocument(html, { decodeEntities: true });
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    current = '';
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === 'text') current += node.data;
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const name = node.name.toLowerCase();
        if (SKIP.has(name)) continue;
        const block = BLOCK.has(name);
        if (block) flush();
        walk(node.children);
        if (block) flush();
      } else if (node.type === 'cdata') walk(node.children);
    }
  };
  walk(doc.children);
  flush();
  return out;
}

function splitPlain(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A single line of text from an HTML-or-text field (titles, authors). */
export function htmlToLine(html: string): string {
  return htmlToParagraphs(html).join(' ').trim();
}
