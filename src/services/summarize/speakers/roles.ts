/** The role words written next to a name: before it ("State Department spokesperson Matthew Miller") and in an apposition after it. */
import { isWhitespaceCode } from '../../text/whitespace.ts';
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { normalizeRole } from './name-runs.ts';

/** Lowercase role nouns directly before a name ("State Department spokesperson Matthew Miller"). */
export function rolesBefore(text: string, index: number, lex: Lexicon): string[] {
  // The last three whitespace-separated words of the 60 characters before the name, read backwards
  // as [start, end) pairs; only a word of a-z and hyphens is ever cut out of the text.
  const start = Math.max(0, index - 60);
  const bounds: number[] = [];
  let i = index;
  while (bounds.length < 6) {
    while (i > start && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    if (i === start) break;
    const wordEnd = i;
    while (i > start && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    bounds.push(i, wordEnd);
  }
  const roles: string[] = [];
  // Read from the name backwards: the role words touch it ("A spokesperson emphasizes that The
  // Inventory …" gives The Inventory no role), and a comma ends them after the first word.
  for (let k = 0; k < bounds.length; k += 2) {
    const from = bounds[k]!;
    let to = bounds[k + 1]!;
    // "The host, Emily Stone": a role set off by a comma still names her role.
    if (text.charCodeAt(to - 1) === 44) {
      if (k > 0) break;
      to -= 1;
    }
    // "Director and writer Sam Fenwick": a title opening the sentence is capitalised, still a role.
    const word = text.slice(from, to);
    const title = lex.titles.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(word);
    if (!title && !isLowerWord(text, from, to)) break;
    const w = word.toLowerCase();
    // "ambassador to Britain Liu Xiaoming": the run opens with the office's domain.
    if (w === 'and' || (k === 0 && /^(?:to|for|of)$/u.test(w))) continue;
    if (lex.notName.has(w)) break;
    // normalizeRole of a word of a-z and hyphens is its synonym lookup alone (nothing to lower or strip).
    roles.unshift(lex.roleSynonyms.get(w) ?? w);
    if (text.charCodeAt(bounds[k + 1]! - 1) === 44) break;
  }
  return roles;
}

/** /^[a-z][a-z-]+$/.test(text.slice(from, to)), by character codes. */
function isLowerWord(text: string, from: number, to: number): boolean {
  if (to - from < 2) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!((code >= 97 && code <= 122) || (i > from && code === 45))) return false;
  }
  return true;
}

/** An apposition after a name: an opener ("a", "the", "who is"), up to four words, and what ends it. */
function appositionRole(lex: Lexicon): RegExp {
  return new RegExp(
    String.raw`^\*?,\s+(?:\d{1,3},\s+)?(?:${alternation(lex.appositionOpeners)})\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:${alternation(lex.roleEnds)})\b|[,.])`,
    'u',
  );
}

/** Role in an apposition after a name ("Matthew Miller, a spokesman for ..."). */
export function rolesAfter(text: string, index: number, lex: Lexicon): string[] {
  const m = lex.compile(appositionRole).exec(text.slice(index, index + 80));
  if (!m?.[1]) return [];
  return m[1].split(/\s+/).map((w) => normalizeRole(w, lex));
}

/**
 * A description opening a clause, or following a speech verb, and set off by a comma before the
 * name ("El consejero de Agricultura, Ramón Villalba", "Eine Sprecherin des Ministeriums, Miriam
 * Scholz", "said the chief executive of Acme, Jo Smith"): an opener, up to four words, perhaps what
 * the role is of, a comma.
 */
function descriptionBefore(lex: Lexicon): RegExp {
  const openers = [
    ...lex.appositionOpeners,
    ...lex.appositionOpeners.map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
  ];
  return new RegExp(
    String.raw`(?:^|[.!?:;]["”»’']?\s+|,\s+|(?<!\p{L})(?:${alternation(lex.plainForms)})\s+)(?:${alternation(openers)})\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:${alternation(lex.roleEnds)})\s+[^,.;:!?()]{1,80}?)?,\s*$`,
    'u',
  );
}

/** The person words of a description set off by a comma before the name at `index` (see descriptionBefore). */
export function rolesOfDescription(text: string, index: number, lex: Lexicon): string[] {
  if (!/,\s*$/u.test(text.slice(Math.max(0, index - 3), index))) return [];
  const m = lex.compile(descriptionBefore).exec(text.slice(Math.max(0, index - 140), index));
  if (!m?.[1]) return [];
  return m[1]
    .split(/\s+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => lex.personWords.has(w))
    .map((w) => normalizeRole(w, lex));
}
