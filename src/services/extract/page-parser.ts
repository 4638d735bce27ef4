/**
 * htmlparser2's Parser as the extractor runs it, over text or over a Utf8Page's bytes
 * (utf8-page.ts), with two changes that leave the tree as it was:
 * - with bytes, every piece it hands on (text, attribute values, names) is decoded (decodePiece);
 * - text the PageHandler drops (style sheets, scripts that are not JSON) is never cut out of the
 *   page or decoded: on a news page that is half of the bytes.
 * One class for both kinds of input, so the code optimized on one page's parser is not thrown
 * away on the next page's.
 */
import type { ParserOptions } from 'htmlparser2';
import { Parser } from 'htmlparser2';
import type { PageHandler } from './page-handler.ts';
import { decodePiece } from './utf8-page.ts';

/** The parts of htmlparser2's Parser (private in its typings) that the overrides use. */
interface ParserInternals {
  getSlice(start: number, end: number): string;
  ontext(start: number, endIndex: number): void;
  startIndex: number;
  endIndex: number;
  readonly utf8Bytes: boolean;
  readonly page: PageHandler;
}

export class PageParser extends Parser {
  constructor(
    readonly page: PageHandler,
    options: ParserOptions,
    readonly utf8Bytes: boolean,
  ) {
    super(page, options);
  }
}

const stock = Parser.prototype as unknown as ParserInternals;
const ours = PageParser.prototype as unknown as ParserInternals;

ours.getSlice = function getSlice(this: ParserInternals, start: number, end: number): string {
  const piece = stock.getSlice.call(this, start, end);
  return this.utf8Bytes ? decodePiece(piece) : piece;
};

ours.ontext = function ontext(this: ParserInternals, start: number, endIndex: number): void {
  if (this.page.keepsText()) {
    stock.ontext.call(this, start, endIndex);
    return;
  }
  // What the stock method does around the slice it would have cut.
  this.endIndex = endIndex - 1;
  this.startIndex = endIndex;
};
