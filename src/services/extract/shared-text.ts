/**
 * textPrefix (dom.ts) of many elements of one page at once, for readers that ask it of every
 * element of a page's header (the byline and dateline readers). Asked one element at a time, the
 * texts of nested elements are walked again for every wrapper around them: a header of wrappers
 * nested a thousand deep costs a thousand walks of a thousand levels (issue 18). Here the elements
 * are read from the innermost outwards, and an element's walk takes the text of each element
 * already read as known rather than walking into it again.
 *
 * What is known of an element is its text in a form that joins like its raw text does: the
 * collapsed text with one space kept at either end where the raw text had whitespace there (for a
 * text cut short, only at its start), so the text of a wrapper is the same as a walk through it
 * would find. As with textPrefix, a text longer than the limit may be cut short, still longer
 * than the limit.
 */
import type { AnyNode, Element } from './dom.ts';
import { collapse, DocumentOrderWalk } from './dom.ts';

interface Known {
  /** The text joined as raw text is: see above. */
  joins: string;
  /** Cut short: a walk reaching it stops there. */
  cut: boolean;
}

// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
const SPACE = /[\s\u00a0\u200b\u2028\u2029\ufeff]/;

function clean(raw: string): string {
  return raw.replace(JUNK, '');
}

/** The raw text in its shortest form that joins the same way (see above). */
function joining(raw: string): string {
  const text = clean(raw);
  if (text === '') return '';
  const core = collapse(text);
  if (core === '') return ' ';
  return `${SPACE.test(text[0] as string) ? ' ' : ''}${core}${SPACE.test(text[text.length - 1] as string) ? ' ' : ''}`;
}

/** textPrefix(root, limit), taking the elements in `known` as read. */
function readOne(root: Element, limit: number, known: Map<AnyNode, Known>): Known & { text: string } {
  const parts: string[] = [];
  let raw = 0;
  let checkAt = 2 * limit + 64;
  const cutShort = (text: string): Known & { text: string } => {
    const start = clean(parts.join(''));
    return { text, joins: `${start !== '' && SPACE.test(start[0] as string) ? ' ' : ''}${text}`, cut: true };
  };
  const walk = new DocumentOrderWalk();
  for (let node: AnyNode | undefined = root; node; node = walk.next()) {
    const read = node === root ? undefined : known.get(node);
    if (read || node.type === 'text') {
      const data = read ? read.joins : (node as { data: string }).data;
      parts.push(data);
      raw += data.length;
      if (read?.cut) return cutShort(collapse(parts.join('')));
      if (raw > checkAt) {
        const text = collapse(parts.join(''));
        if (text.length > limit) return cutShort(text);
        checkAt = raw * 2;
      }
    } else if (node.type === 'tag' || node.type === 'root') {
      if (node.type === 'tag' && node.name === 'br') parts.push(' ');
      walk.enter(node.children);
    }
  }
  const whole = parts.join('');
  return { text: collapse(whole), joins: joining(whole), cut: false };
}

/** textPrefix(element, limit) of each of `elements`, which are in document order. */
export function textPrefixes(elements: readonly Element[], limit: number): string[] {
  const known = new Map<AnyNode, Known>();
  const out: string[] = new Array<string>(elements.length);
  // Document order puts an element before everything inside it: the innermost come last.
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i] as Element;
    const read = readOne(element, limit, known);
    known.set(element, read);
    out[i] = read.text;
  }
  return out;
}
