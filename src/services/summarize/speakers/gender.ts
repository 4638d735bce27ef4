/** A person's gender where the text tells it: titles, gendered role nouns and pronouns next to their name. */
import { isWhitespaceCode } from '../../text/whitespace.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Gender } from './types.ts';

/** Whether a string is only the letters a-z (then stripping non-letters leaves it as it is). */
function isPlainLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function genderOfWord(word: string, lex: Lexicon): Gender | undefined {
  const lower = word.toLowerCase();
  const w = isPlainLower(lower) ? lower : lower.replace(/[^\p{L}]/gu, '');
  return lex.feminineWords.has(w) ? 'f' : lex.masculineWords.has(w) ? 'm' : undefined;
}

/** Whether `word`, its punctuation aside, is a he/she pronoun in any form ("his", "Elle"). */
function isGenderedPronoun(word: string, lex: Lexicon): boolean {
  const w = word.replace(/[^\p{L}]/gu, '').toLowerCase();
  return lex.masculinePronouns.has(w) || lex.femininePronouns.has(w);
}

/**
 * A title, role or pronoun among `words` that tells a gender (a bare pronoun next to a name does not).
 * A word touching a quote mark is the quote's, not a title ("… hit or miss,” says Bob Massa").
 */
function genderAmong(words: string[], lex: Lexicon, from = 0): Gender | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    // Most words tell no gender; the checks that may veto one run only when a word does.
    const g = w ? genderOfWord(w, lex) : undefined;
    // "as her. As for Orion": a pronoun is skipped with its punctuation too.
    if (g && !isGenderedPronoun(w, lex) && !/["“”«»„]/u.test(w)) return g;
  }
  return undefined;
}

/** Whether a word can open with an uppercase letter: ASCII other than A-Z never does. */
function mayBeCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 65 && code <= 90) || code >= 128;
}

/**
 * A name's gender where the text tells: a title or role next to it ("Mrs", "spokeswoman", "his
 * brother, X"), else the first he/she/his/her later in its sentence before anyone else is named.
 */
export function genderNear(run: string, before: string, after: string, lex: Lexicon): Gender | undefined {
  const beforeWords = before.split(/\s+/);
  const close =
    genderAmong(run.split(/\s+/), lex) ?? genderAmong(beforeWords, lex, Math.max(0, beforeWords.length - 3));
  if (close) return close;
  // Only an apposition (", his brother") can hold more: skip the pattern when `after` opens otherwise.
  if (after.charCodeAt(0) === 44) {
    const apposition = /^,\s+((?:\S+\s+){0,5})/u.exec(after)?.[1] ?? '';
    const g = genderAmong(apposition.split(/\s+/), lex);
    if (g) return g;
  }
  // The words up to the first sentence end or quote mark, read one at a time: the first name or
  // pronoun ends the search, so splitting the whole stretch into words is mostly wasted.
  const stop = after.search(/[.!?]\s|["“”«»„]/u);
  const longest = lex.compile(longestPronoun);
  const end = stop === -1 ? after.length : stop;
  let i = 0;
  while (i < end) {
    while (i < end && isWhitespaceCode(after.charCodeAt(i))) i++;
    if (i === end) break;
    const start = i;
    let plainLower = true;
    for (; i < end; i++) {
      const code = after.charCodeAt(i);
      if (isWhitespaceCode(code)) break;
      if (code < 97 || code > 122) plainLower = false;
    }
    // A word of only a-z is neither capitalised nor changed by dropping non-letters: it matters only
    // when spelt as one of the pronouns (none is longer than the longest one).
    if (plainLower) {
      if (i - start <= longest) {
        const w = after.slice(start, i);
        if (isGenderedPronoun(w, lex)) return genderOfWord(w, lex);
      }
      continue;
    }
    const w = after.slice(start, i);
    // A capitalised word is someone else's name, unless it is a pronoun as it stands ("He", not "He,").
    const lower = w.toLowerCase();
    const asWritten = lex.masculinePronouns.has(lower) || lex.femininePronouns.has(lower);
    if (mayBeCapitalised(w) && /^\p{Lu}\p{Ll}/u.test(w) && !asWritten) return undefined;
    if (isGenderedPronoun(w, lex)) return genderOfWord(w, lex);
  }
  return undefined;
}

/** The gender a pronoun asks for ("she" -> f), or undefined for they/sie/ambiguous ones. */
export function pronounGender(pronoun: string, lex: Lexicon): Gender | undefined {
  const p = pronoun.toLowerCase();
  return lex.masculinePronouns.has(p) ? 'm' : lex.femininePronouns.has(p) ? 'f' : undefined;
}

/** The length of the longest he/she pronoun. */
function longestPronoun(lex: Lexicon): number {
  return Math.max(0, ...[...lex.masculinePronouns, ...lex.femininePronouns].map((p) => p.length));
}
