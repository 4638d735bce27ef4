import { isAscii, isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import type IconvLite from 'iconv-lite';

/**
 * Picks the character set of a body and decodes it to text. Order (after a BOM, which is
 * definitive as in the WHATWG encoding sniffing algorithm): Content-Type charset, <meta> in the
 * first bytes of HTML, XML declaration, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
 * Labels iconv-lite does not know are skipped rather than trusted, so a typo never crashes a fetch.
 * A declared legacy charset loses to bytes that are valid UTF-8 and not plain ASCII: text in a legacy
 * encoding almost never forms valid multi-byte UTF-8 by chance, while pages re-encoded to UTF-8 by a
 * CMS often keep their old declaration, and believing it garbles every non-ASCII letter.
 */

export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'valid-utf8' | 'default';

export interface DecodedBody {
  text: string;
  /** The iconv-lite encoding name actually used. */
  charset: string;
  source: CharsetSource;
}

export interface DecodeHints {
  /** Charset label from the Content-Type header, if any. */
  headerCharset?: string | null;
  mediaType?: string;
}

const PRESCAN_BYTES = 4096;

// iconv-lite and its tables are 480 KB of code, more than the rest of the CLI: they are loaded on
// the first page in another charset (or UTF-8 with bad bytes), not by every command that starts.
const load = createRequire(import.meta.url);
let iconvLite: typeof IconvLite | undefined;
const iconv = (): typeof IconvLite => (iconvLite ??= load('iconv-lite') as typeof IconvLite);

const isUtf8Name = (name: string): boolean => name === 'utf-8' || name === 'utf8';

// Browsers treat these labels as supersets; pages labelled with them are usually written in the superset.
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  'ks_c_5601-1987': 'euc-kr',
  'x-sjis': 'shift_jis',
  'x-euc-jp': 'euc-jp',
};

/** Maps a charset label to an encoding iconv-lite can decode, or null when unknown. */
export function resolveCharsetLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const cleaned = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!cleaned) return null;
  const name = LABEL_ALIASES[cleaned] ?? cleaned;
  return isUtf8Name(name) || iconv().encodingExists(name) ? name : null;
}

/** Whether the bytes open with UTF-8's byte-order mark. */
export function hasUtf8Bom(bytes: Buffer): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function charsetFromBom(bytes: Buffer): string | null {
  if (hasUtf8Bom(bytes)) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** Finds <meta charset="x"> or <meta http-equiv="Content-Type" content="...; charset=x">. */
export function charsetFromMeta(bytes: Buffer): string | null {
  const head = bytes
    .subarray(0, PRESCAN_BYTES)
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    const resolved = resolveCharsetLabel(label);
    if (resolved) {
      // A page that can be read as ASCII to find its <meta> cannot really be UTF-16 (WHATWG rule).
      return resolved.startsWith('utf-16') ? 'utf-8' : resolved;
    }
  }
  return null;
}

export function charsetFromXmlDeclaration(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 256).toString('latin1');
  const label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const resolved = resolveCharsetLabel(label);
  return resolved?.startsWith('utf-16') ? 'utf-8' : resolved;
}

// Node's own checks: they scan the bytes without decoding them to a string that is then dropped.
const isValidUtf8 = (bytes: Buffer): boolean => isUtf8(bytes);
const hasNonAscii = (bytes: Buffer): boolean => !isAscii(bytes);

function declaredCharset(
  bytes: Buffer,
  hints: DecodeHints,
): { charset: string; source: CharsetSource } | null {
  const header = resolveCharsetLabel(hints.headerCharset);
  if (header) return { charset: header, source: 'header' };
  const declared = charsetFromXmlDeclaration(bytes);
  if (declared) return { charset: declared, source: 'xml-declaration' };
  const mediaType = hints.mediaType ?? 'text/html';
  if (mediaType === 'text/html' || mediaType === 'application/xhtml+xml') {
    const meta = charsetFromMeta(bytes);
    if (meta) return { charset: meta, source: 'meta' };
  }
  return null;
}

function chooseCharset(bytes: Buffer, hints: DecodeHints): { charset: string; source: CharsetSource } {
  const bom = charsetFromBom(bytes);
  if (bom) return { charset: bom, source: 'bom' };
  const declared = declaredCharset(bytes, hints);
  if (declared) {
    const legacy = !/^utf-?(8|16)/.test(declared.charset);
    if (legacy && hasNonAscii(bytes) && isValidUtf8(bytes)) return { charset: 'utf-8', source: 'valid-utf8' };
    return declared;
  }
  return { charset: isValidUtf8(bytes) ? 'utf-8' : 'windows-1252', source: 'default' };
}

/** Whether decodeBody reads `bytes` as UTF-8 (they may still hold bad bytes, which it then replaces). */
export function readsAsUtf8(bytes: Buffer, hints: DecodeHints = {}): boolean {
  return isUtf8Name(chooseCharset(bytes, hints).charset);
}

const utf8 = new TextDecoder('utf-8');

/** Decodes a response body to text; a BOM is removed from the result. */
export function decodeBody(bytes: Buffer, hints: DecodeHints = {}): DecodedBody {
  const { charset, source } = chooseCharset(bytes, hints);
  // Valid UTF-8 decodes to one text whichever decoder reads it, and Node's own (which drops a
  // leading BOM, as iconv-lite does for the UTF encodings) does it in one call, not through a
  // streaming decoder; iconv-lite reads the other charsets and UTF-8 with bad bytes in it.
  const text = isUtf8Name(charset) && isUtf8(bytes) ? utf8.decode(bytes) : iconv().decode(bytes, charset);
  return { text, charset, source };
}
