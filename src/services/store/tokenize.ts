/**
 * Search tokens: NFKC, case-folded, diacritics removed ("Zürich" → "zurich"), possessive "'s"
 * dropped; runs of CJK characters become overlapping character bigrams because those scripts
 * do not separate words with spaces.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)|([^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+)/gu;

/** Lower-case, accent-free, compatibility-normalised text. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}

export function isCjkToken(token: string): boolean {
  return CJK.test(token);
}

function pushCjk(run: string, out: string[]): void {
  const chars = [...run];
  if (chars.length === 1) {
    out.push(run);
    return;
  }
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
}

/** Splits text into search tokens, in order (duplicates kept, so callers can count them). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of foldText(text).matchAll(WORD)) {
    // "Ukraine's" → "ukraine"; French elision "l'état" → "etat"; "don't" → "dont".
    const word = match[0]
      .replace(/['’]s$/, '')
      .replace(/^\p{L}{1,2}['’](?=\p{L}{2})/u, '')
      .replace(/['’]/g, '');
    if (!CJK.test(word)) {
      if (word) out.push(word);
      continue;
    }
    for (const part of word.matchAll(CJK_RUNS)) {
      if (part[1]) pushCjk(part[1], out);
      else if (part[2]) out.push(part[2]);
    }
  }
  return out;
}

/** Words too common to rank by; dropped from queries unless the query is nothing else. */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be but by for from has have he her his in is it its of on or she that the their they ' +
    'this to was were will with who what when where how not'
  ).split(' '),
);
