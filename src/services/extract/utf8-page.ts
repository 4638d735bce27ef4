/**
 * An HTML page read from its UTF-8 bytes without decoding the whole page first.
 *
 * Decoding a page to one JavaScript string costs about as much as parsing it: most news pages hold
 * a few curly quotes or accented letters, so V8 builds a two-byte string of the whole page, scripts
 * and styles included, and a string that big is allocated apart from the young generation, where
 * every page's string then waits for a full collection. Every character that HTML's syntax gives
 * meaning to (`<`, `>`, `&`, quotes, `=`, `/`, white space) is ASCII, and in UTF-8 every byte of a
 * longer character is 0x80 or above, so a tokenizer that reads the bytes one character per byte
 * (latin1 strings, copied rather than decoded) finds the same tags, attributes and text at the same
 * places. The page is handed to the parser in chunks of 64 KB, cut between characters, so each
 * chunk is an ordinary young string. The parser decodes only the pieces it passes on (text,
 * attribute values, names) that hold a byte above 0x7f: each begins and ends between characters,
 * so it is whole UTF-8. Entities (`&eacute;`) are decoded by the tokenizer, outside those pieces.
 * The tree is the one the decoded page gives (test/services/extract/utf8-page.test.ts).
 */
import { isUtf8 } from 'node:buffer';
import { hasUtf8Bom, readsAsUtf8 } from '../fetch/charset.ts';

/** Young-generation strings (V8 puts strings over 128 KB in a space of their own). */
const CHUNK_BYTES = 64 * 1024;

/** A page's UTF-8 bytes, without a byte-order mark. Made by Utf8Page.of. */
export class Utf8Page {
  private constructor(readonly bytes: Buffer) {}

  /** The page in `bytes`, when they are UTF-8 (as decodeBody would read them); otherwise null. */
  static of(bytes: Buffer): Utf8Page | null {
    if (!readsAsUtf8(bytes, { mediaType: 'text/html' }) || !isUtf8(bytes)) return null;
    return new Utf8Page(hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes);
  }

  /** The bytes, one character per byte, in chunks that each end between two characters. */
  *chunks(): Generator<string> {
    const bytes = this.bytes;
    for (let start = 0; start < bytes.length; ) {
      let end = Math.min(bytes.length, start + CHUNK_BYTES);
      // 10xxxxxx continues a character: cut before the byte that starts it.
      while (end < bytes.length && ((bytes[end] as number) & 0xc0) === 0x80) end--;
      yield bytes.toString('latin1', start, end);
      start = end;
    }
  }

  /** The bytes, one character per byte, as one string. */
  whole(): string {
    return this.bytes.toString('latin1');
  }
}

const ABOVE_ASCII = /[^\0-\x7f]/;

/**
 * Pieces up to this long (tag and attribute names, most values) are checked in a loop, which costs
 * less than calling a regular expression.
 */
const SHORT_PIECE = 24;

/** A piece of a Utf8Page's bytes (whole characters) as the text it encodes. */
export function decodePiece(piece: string): string {
  return aboveAscii(piece) ? Buffer.from(piece, 'latin1').toString('utf8') : piece;
}

/** Whether a piece read one character per byte holds a byte above ASCII (so is not yet its text). */
export function aboveAscii(piece: string): boolean {
  if (piece.length > SHORT_PIECE) return ABOVE_ASCII.test(piece);
  for (let i = 0; i < piece.length; i++) if (piece.charCodeAt(i) > 0x7f) return true;
  return false;
}
