/**
 * htmlparser2 keeps its open-element stack with unshift/shift, so parsing cost grows with the
 * square of the nesting depth: 5 MB of nested <div>s would take minutes. The parse stops once a
 * page nests deeper than a sane depth (DepthLimitedHandler), and the page is parsed again with
 * its tags beyond that depth removed (their text is kept). Ordinary pages are parsed once, with no
 * scan before it.
 */
import { PageHandler } from './page-handler.ts';

const MAX_DEPTH = 1000;
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/y;
const MAX_TAG_LENGTH = 2000;
// Void elements and elements whose end tag is optional do not reliably add depth.
const UNCOUNTED = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'rb',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

/** Thrown by DepthLimitedHandler: the page nests deeper than MAX_DEPTH. */
export class TooDeep extends Error {}

/** A PageHandler that gives up (throws TooDeep) when elements nest deeper than MAX_DEPTH. */
export class DepthLimitedHandler extends PageHandler {
  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.tagStack.length > MAX_DEPTH) throw new TooDeep(`elements nest deeper than ${MAX_DEPTH}`);
    super.onopentag(name, attribs);
  }
}

/** The HTML with element tags nested deeper than MAX_DEPTH removed; unchanged for ordinary pages. */
export function capNesting(html: string): string {
  const out: string[] = [];
  let depth = 0;
  let kept = 0;
  let gt = -1;
  // One forward scan: the next '>' is found once and reused, so tag soup without '>' stays linear.
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (gt < lt) {
      gt = html.indexOf('>', lt);
      if (gt < 0) break;
    }
    TAG_NAME.lastIndex = lt;
    const match = TAG_NAME.exec(html);
    if (!match || gt - lt > MAX_TAG_LENGTH) continue;
    const name = (match[2] as string).toLowerCase();
    if (UNCOUNTED.has(name) || html.charCodeAt(gt - 1) === 47 /* "/>" */) continue;
    const closing = match[1] === '/';
    const tooDeep = closing ? depth > MAX_DEPTH : depth >= MAX_DEPTH;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (tooDeep) {
      out.push(html.slice(kept, lt));
      kept = gt + 1;
    }
    lt = gt;
  }
  if (kept === 0) return html;
  out.push(html.slice(kept));
  return out.join('');
}
