/**
 * htmlparser2's Parser as the extractor runs it, over text or over a Utf8Page's bytes
 * (utf8-page.ts), with four changes that leave the tree as its readers see it:
 * - with bytes, every piece it hands on (text, attribute values, names) is decoded (decodePiece);
 * - text the PageHandler drops (style sheets, scripts that are not JSON) is never cut out of the
 *   page or decoded: on a news page that is half of the bytes;
 * - only the attributes some reader looks at (READ_ATTRIBUTES) are kept: the rest (data-*, srcset,
 *   event handlers, tracking parameters) are passed over without cutting out or decoding their
 *   values, nor adding them to the element;
 * - text between tags that is only whitespace is not cut out either (whitespaceOnly).
 * One class for both kinds of input, so the code optimized on one page's parser is not thrown
 * away on the next page's.
 */
import type { ParserOptions } from 'htmlparser2';
import { Parser } from 'htmlparser2';
import type { PageHandler } from './page-handler.ts';
import { aboveAscii, decodePiece } from './utf8-page.ts';

/**
 * Every attribute the extractor's readers look at (hints, metadata, bylines, dates, JSON scripts,
 * links). A reader of another attribute adds it here: test/services/extract/page-parser.test.ts
 * checks the readers' sources for attributes missing from this list.
 */
export const READ_ATTRIBUTES: ReadonlySet<string> = new Set([
  'aria-hidden',
  'class',
  'content',
  'data-testid',
  'datetime',
  'hidden',
  'href',
  'http-equiv',
  'id',
  'itemprop',
  'lang',
  'name',
  'property',
  'pubdate',
  'rel',
  'role',
  'src',
  'style',
  'type',
  'xml:lang',
]);

/** The parts of htmlparser2's Parser (private in its typings) that the overrides use. */
interface ParserInternals {
  getSlice(start: number, end: number): string;
  ontext(start: number, endIndex: number): void;
  onattribname(start: number, endIndex: number): void;
  onattribdata(start: number, endIndex: number): void;
  onattribentity(codePoint: number): void;
  onattribend(quote: number, endIndex: number): void;
  startIndex: number;
  endIndex: number;
  attribname: string;
  attribvalue: string;
  readonly utf8Bytes: boolean;
  readonly bytes: Buffer | null;
  readonly page: PageHandler;
  buffers: string[];
  bufferOffset: number;
  /** The attribute being read is one no reader looks at. */
  skipsAttribute: boolean;
}

export class PageParser extends Parser {
  /**
   * `utf8Bytes`: the input is UTF-8 bytes read one character per byte; `bytes`: those bytes, when
   * the input is all of them in order (a Utf8Page's chunks), so that a piece's place in the input
   * is its place in `bytes` and it can be decoded from there.
   */
  constructor(
    readonly page: PageHandler,
    options: ParserOptions,
    readonly utf8Bytes: boolean,
    readonly bytes: Buffer | null = null,
  ) {
    super(page, options);
  }

  /** See ParserInternals; a field from the start, so every parser has one shape. */
  protected skipsAttribute = false;
}

const stock = Parser.prototype as unknown as ParserInternals;
const ours = PageParser.prototype as unknown as ParserInternals;

ours.getSlice = function getSlice(this: ParserInternals, start: number, end: number): string {
  const piece = stock.getSlice.call(this, start, end);
  if (!this.utf8Bytes || !aboveAscii(piece)) return piece;
  return this.bytes ? this.bytes.toString('utf8', start, end) : decodePiece(piece);
};

ours.ontext = function ontext(this: ParserInternals, start: number, endIndex: number): void {
  const keeps = this.page.keepsText();
  const space = keeps ? whitespaceOnly(this, start, endIndex) : null;
  if (keeps && space === null) {
    stock.ontext.call(this, start, endIndex);
    return;
  }
  // What the stock method does around the slice, which is not cut here: dropped text is passed
  // over, whitespace is handed on as one character.
  this.endIndex = endIndex - 1;
  if (space !== null) this.page.ontext(space);
  this.startIndex = endIndex;
};

/**
 * Most text between tags is only whitespace (on the bench pages, 7 text nodes in 10): such text
 * becomes "\n" when it holds a line break, else " ", without being cut out of the page and decoded.
 * Every reader collapses whitespace, and the byline reader splits names at line breaks, so the two
 * keep what they see. Null for other text, or text reaching past the first buffer.
 */
function whitespaceOnly(parser: ParserInternals, start: number, end: number): string | null {
  const buffer = parser.buffers[0];
  const from = start - parser.bufferOffset;
  const to = end - parser.bufferOffset;
  if (buffer === undefined || from < 0 || to > buffer.length || from === to) return null;
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = buffer.charCodeAt(i);
    if (c === 0x0a) newline = true;
    else if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0c) return null;
  }
  return newline ? '\n' : ' ';
}

ours.onattribname = function onattribname(this: ParserInternals, start: number, endIndex: number): void {
  stock.onattribname.call(this, start, endIndex);
  this.skipsAttribute = !READ_ATTRIBUTES.has(this.attribname);
};

ours.onattribdata = function onattribdata(this: ParserInternals, start: number, endIndex: number): void {
  if (!this.skipsAttribute) stock.onattribdata.call(this, start, endIndex);
};

ours.onattribentity = function onattribentity(this: ParserInternals, codePoint: number): void {
  if (!this.skipsAttribute) stock.onattribentity.call(this, codePoint);
};

ours.onattribend = function onattribend(this: ParserInternals, quote: number, endIndex: number): void {
  if (!this.skipsAttribute) {
    stock.onattribend.call(this, quote, endIndex);
    return;
  }
  // What the stock method does besides storing the attribute.
  this.endIndex = endIndex;
  this.attribvalue = '';
};
