/**
 * Search tokens: NFKC, case-folded, diacritics removed ("Zürich" → "zurich"), possessive "'s"
 * dropped; runs of CJK characters become overlapping character bigrams because those scripts
 * do not separate words with spaces. Hand-rolled scanning (no per-word regexes) because building a
 * server's index tokenizes every stored story.
 */
const NON_ASCII = /[^\u0000-\u007f]/u; // eslint-disable-line no-control-regex -- the ASCII range, on purpose
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Combining marks count as word characters so decomposed accents do not split a word before folding. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

const OTHER = 0;
const WORD = 1;
const CJK = 2;
const APOSTROPHE = 3;

const ASCII_KINDS = Uint8Array.from({ length: 128 }, (_, code) => {
  const c = String.fromCharCode(code);
  if (/[a-z0-9]/i.test(c)) return WORD;
  return c === "'" ? APOSTROPHE : OTHER;
});
const kindCache = new Map<number, number>();

function charKind(codePoint: number): number {
  if (codePoint < 128) return ASCII_KINDS[codePoint]!;
  let kind = kindCache.get(codePoint);
  if (kind === undefined) {
    const c = String.fromCodePoint(codePoint);
    kind = c === '’' ? APOSTROPHE : CJK_CHAR.test(c) ? CJK : WORD_CHAR.test(c) ? WORD : OTHER;
    kindCache.set(codePoint, kind);
  }
  return kind;
}

/** Folded forms of recent non-ASCII words: the same words recur across a server's stories. */
const foldCache = new Map<string, string>();
const FOLD_CACHE_SIZE = 20_000;

function foldWord(word: string): string {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
    folded = foldText(word);
    foldCache.set(word, folded);
  }
  return folded;
}

/** Lower-case, accent-free, compatibility-normalised text. */
export function foldText(text: string): string {
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

export function isCjkToken(token: string): boolean {
  return CJK_CHAR.test(token);
}

/** Where scanning puts tokens: an array, or a callback that indexes them without collecting them. */
export interface TokenSink {
  push(token: string): void;
}

function pushCjkRun(run: string, out: TokenSink): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

function pushWord(word: string, hasApostrophe: boolean, hasCjk: boolean, out: TokenSink): void {
  if (hasApostrophe) {
    // "Ukraine's" → "ukraine"; French elision "l'état" → "etat"; "don't" → "dont".
    word = word
      .replace(/['’]s$/, '')
      .replace(/^\p{L}{1,2}['’](?=\p{L}{2})/u, '')
      .replace(/['’]/g, '');
  }
  if (!hasCjk) {
    if (word) out.push(word);
    return;
  }
  let start = 0;
  let runIsCjk = false;
  let i = 0;
  for (const c of word) {
    const cjk = charKind(c.codePointAt(0)!) === CJK;
    if (i > start && cjk !== runIsCjk) {
      if (runIsCjk) pushCjkRun(word.slice(start, i), out);
      else out.push(word.slice(start, i));
      start = i;
    }
    runIsCjk = cjk;
    i += c.length;
  }
  if (i > start) {
    if (runIsCjk) pushCjkRun(word.slice(start, i), out);
    else out.push(word.slice(start, i));
  }
}

/**
 * Finds word spans. Spans of plain ASCII are only lower-cased; other spans are folded and
 * scanned again, so the costly Unicode normalisation runs only where it can change something.
 */
function scan(text: string, folded: boolean, out: TokenSink): void {
  const length = text.length;
  let start = -1;
  let ascii = true;
  let hasApostrophe = false;
  let hasCjk = false;
  for (let i = 0; i <= length; ) {
    let code = i < length ? text.charCodeAt(i) : 32;
    if (code < 128 && ASCII_KINDS[code] === WORD) {
      // Most text is runs of ASCII letters and digits: step over a run without the general case.
      if (start < 0) start = i;
      for (i++; i < length; i++) {
        code = text.charCodeAt(i);
        if (code >= 128 || ASCII_KINDS[code] !== WORD) break;
      }
      continue;
    }
    const codePoint = code >= 0xd800 && code <= 0xdbff && i < length ? text.codePointAt(i)! : code;
    const size = codePoint > 0xffff ? 2 : 1;
    const kind = i < length ? charKind(codePoint) : OTHER;
    if (kind === WORD || kind === CJK) {
      if (start < 0) start = i;
      if (kind === CJK) hasCjk = true;
      if (codePoint >= 128) ascii = false;
    } else if (
      kind === APOSTROPHE &&
      start >= 0 &&
      i + 1 < length &&
      isWordKind(charKind(text.codePointAt(i + 1)!))
    ) {
      hasApostrophe = true; // inside a word ("don't"); a closing quote mark ends the word instead
      if (codePoint >= 128) ascii = false;
    } else if (start >= 0) {
      const span = text.slice(start, i);
      if (folded) pushWord(span, hasApostrophe, hasCjk, out);
      else if (ascii) pushWord(span.toLowerCase(), hasApostrophe, false, out);
      else scan(foldWord(span), true, out);
      start = -1;
      ascii = true;
      hasApostrophe = false;
      hasCjk = false;
    }
    i += size;
  }
}

function isWordKind(kind: number): boolean {
  return kind === WORD || kind === CJK;
}

/** Splits text into search tokens, in order (duplicates kept, so callers can count them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, out);
  return out;
}

/** Gives each token of `tokenize(text)` to `out`, without building the array. */
export function scanTokens(text: string, out: TokenSink): void {
  if (NON_ASCII.test(text)) scan(text, false, out);
  else scan(text.toLowerCase(), true, out);
}

/** Words too common to rank by; dropped from queries unless the query is nothing else. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his in is it its of on or she that the their they ' +
    'this to was were will with who what when where how not'
  ).split(' '),
);
