/**
 * Reference rules that go beyond matching a written name: acronyms ("CBC" -> "Congressional Black
 * Caucus"), a misspelt surname written next to the full name (documents and their authors are in
 * documents.ts), and unnamed people standing between a pronoun and a named antecedent ("The teacher … she").
 */
import { isWhitespaceCode } from '../../text/whitespace.ts';
import { HUMAN_NOUNS, OCCUPATIONS, PERSON_EPITHETS } from '../lexicon/lists.ts';
import { paragraphOf, position } from '../position.ts';
import type { Gender } from './types.ts';

/** The initials of a multi-word name, skipping function words: "Congressional Black Caucus" -> "CBC". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|the|and|for|de|la|du|des|der|und|y)$/i.test(w))
    .map((w) => w[0] ?? '')
    .join('')
    .toUpperCase();
}

/** Levenshtein distance, capped work: names are short. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * A bare surname that matches nobody but is a near-miss (same initial, at most two letters off)
 * of a full name's surname: the writer misspelt one of the two. The later spelling is the one the
 * attribution uses, so the first name is kept and the surname taken as written.
 */
export function nearMissSurname(surname: string, names: string[]): string | null {
  if (surname.length < 4) return null;
  for (const full of [...names].reverse()) {
    const parts = full.split(' ');
    const last = parts[parts.length - 1] ?? '';
    if (parts.length < 2 || last[0] !== surname[0] || Math.abs(last.length - surname.length) > 1) continue;
    if (editDistance(last.toLowerCase(), surname.toLowerCase()) <= 2)
      return [...parts.slice(0, -1), surname].join(' ');
  }
  return null;
}

const UNNAMED_SUBJECT = new RegExp(
  `(?:(?:^|[.!?]["”’']?\\s+)(?:The|A|An|One|Another|My|Our)|\\baccording to (?:a|an|one))\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${HUMAN_NOUNS.join('|')})\\b(?!,?\\s+\\p{Lu})`,
  'gu',
);

/**
 * Nouns of sentences whose subject is a person not named there ("The teacher who … has remained
 * anonymous"), between `from` and `to`. Unless the noun is a role of someone named ("the doctor"
 * for "Doctor Neeraj Nischal"), a he/she after it refers to that unnamed person.
 */
export function unnamedSubjectsBetween(paragraphs: string[], from: number, to: number): string[] {
  const nouns: string[] = [];
  const first = Math.max(0, paragraphOf(from));
  const last = paragraphOf(to);
  for (let p = first; p <= last; p++) {
    for (const m of (paragraphs[p] ?? '').matchAll(UNNAMED_SUBJECT)) {
      const where = position(p, m.index ?? 0);
      if (where > from && where < to && m[1]) nouns.push(m[1]);
    }
  }
  return nouns;
}

const FEMALE = new Set(
  (
    'mrs ms miss madame mme frau dame lady queen princess sister spokeswoman chairwoman congresswoman ' +
    'assemblywoman councilwoman businesswoman actress mother wife daughter girl woman grandmother aunt niece ' +
    'señora doña senhora she her hers herself elle ella ela'
  ).split(' '),
);
const MALE = new Set(
  (
    'mr monsieur herr sir lord king prince brother spokesman chairman congressman assemblyman councilman ' +
    'businessman actor husband son boy man grandfather uncle nephew señor senhor he his him himself il él ele'
  ).split(' '),
);

/** Whether a string is only the letters a-z (then stripping non-letters leaves it as it is). */
function isPlainLower(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

function genderOfWord(word: string): Gender | undefined {
  const lower = word.toLowerCase();
  const w = isPlainLower(lower) ? lower : lower.replace(/[^\p{L}]/gu, '');
  return FEMALE.has(w) ? 'f' : MALE.has(w) ? 'm' : undefined;
}

const PRONOUN = /^(?:he|she|his|her|him)$/i;

/**
 * A title, role or pronoun among `words` that tells a gender (a bare pronoun next to a name does not).
 * A word touching a quote mark is the quote's, not a title ("… hit or miss,” says Bob Massa").
 */
function genderAmong(words: string[], from = 0): Gender | undefined {
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    // Most words tell no gender; the checks that may veto one run only when a word does.
    const g = w ? genderOfWord(w) : undefined;
    // "as her. As for Orion": a pronoun is skipped with its punctuation too.
    if (g && !PRONOUN.test(w.replace(/[^\p{L}]/gu, '')) && !/["“”«»„]/u.test(w)) return g;
  }
  return undefined;
}

/** Whether a word can open with an uppercase letter: ASCII other than A-Z never does. */
function mayBeCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return (code >= 65 && code <= 90) || code >= 128;
}

/** The pronouns genderNear looks for, as written in lower case. */
const PLAIN_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him', 'himself', 'herself']);

/**
 * A name's gender where the text tells: a title or role next to it ("Mrs", "spokeswoman", "his
 * brother, X"), else the first he/she/his/her later in its sentence before anyone else is named.
 */
export function genderNear(run: string, before: string, after: string): Gender | undefined {
  const beforeWords = before.split(/\s+/);
  const close =
    genderAmong(run.split(/\s+/)) ?? genderAmong(beforeWords, Math.max(0, beforeWords.length - 3));
  if (close) return close;
  // Only an apposition (", his brother") can hold more: skip the pattern when `after` opens otherwise.
  if (after.charCodeAt(0) === 44) {
    const apposition = /^,\s+((?:\S+\s+){0,5})/u.exec(after)?.[1] ?? '';
    const g = genderAmong(apposition.split(/\s+/));
    if (g) return g;
  }
  // The words up to the first sentence end or quote mark, read one at a time: the first name or
  // pronoun ends the search, so splitting the whole stretch into words is mostly wasted.
  const stop = after.search(/[.!?]\s|["“”«»„]/u);
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
    // when spelt as one of the pronouns, which open with h or s and have 2, 3 or 7 letters.
    if (plainLower) {
      const first = after.charCodeAt(start);
      const length = i - start;
      if ((first === 104 || first === 115) && (length === 2 || length === 3 || length === 7)) {
        const w = after.slice(start, i);
        if (PLAIN_PRONOUNS.has(w)) return genderOfWord(w);
      }
      continue;
    }
    const w = after.slice(start, i);
    if (mayBeCapitalised(w) && /^\p{Lu}\p{Ll}/u.test(w) && !/^(?:He|She|His|Her)$/u.test(w)) return undefined;
    // Every pronoun below has an h (no other letter case-folds to h).
    if (
      (w.includes('h') || w.includes('H')) &&
      /^(?:he|she|his|her|him|himself|herself)$/iu.test(w.replace(/[^\p{L}]/gu, ''))
    )
      return genderOfWord(w);
  }
  return undefined;
}

/** The gender a pronoun asks for ("she" -> f), or undefined for they/sie/ambiguous ones. */
export function pronounGender(pronoun: string): Gender | undefined {
  return /^(?:he|his|him|il|él|ele|lui)$/iu.test(pronoun)
    ? 'm'
    : /^(?:she|her|elle|ella|ela)$/iu.test(pronoun)
      ? 'f'
      : undefined;
}

// Occupations and roles count too: "a former G/O writer", "a company spokesperson".
const UNNAMED_HEADS = [
  ...HUMAN_NOUNS,
  ...OCCUPATIONS,
  ...PERSON_EPITHETS,
  ...'spokesperson spokesman spokeswoman engineer executive staffer aide insider expert member fan user voter diplomat reporter editor ambassador envoy'.split(
    ' ',
  ),
];
const HUMAN_HEAD = new Set([
  ...UNNAMED_HEADS,
  ...UNNAMED_HEADS.map((n) => `${n}s`),
  'men',
  'women',
  'people',
  'police',
]);
const INDEFINITE = /^(?:a|an|one|another|some|several|many|two|three|four|five|\d+)\s/iu;
const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)\s|['’]s?\s/iu;

/** "Seetaram’s attorney", "the company’s lawyer": the person-noun a possessive phrase ends with, else null. */
export function ownedPerson(phrase: string): string | null {
  const noun = /^(?:the\s+)?\S+?['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u.exec(phrase)?.[1];
  return noun && HUMAN_HEAD.has(noun) ? noun : null;
}

/**
 * "a U.S. official", "one woman", "someone", "according to police": a person or people the text
 * does not name. The words before the noun only describe them ("U.S.", "Pentagon"), so the speaker
 * is nobody named rather than the place or body the words name, nor a force named elsewhere.
 */
export function isUnnamedPerson(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  // "At the union's rally someone shouted": an opening phrase without its comma does not name them.
  if (/^(?:someone|somebody|anyone|anybody)\b|\s(?:someone|somebody|anyone|anybody)$/u.test(lower))
    return true;
  // "My mom declared": the writer's own family and friends go unnamed.
  if (/^(?:my|our)\s+\p{Ll}+$/u.test(lower)) return true;
  // "The authors of the research published in JAMA Psychiatry argued": people never named.
  const plural = /^the\s+(\p{Ll}+s)\s+(?:of|in|at|from|behind)\s/u.exec(lower)?.[1];
  if (plural && HUMAN_HEAD.has(plural)) return true;
  // "a source close to him", "an official familiar with the talks": the head comes before its modifier.
  const words = phrase
    .split(/\s+(?:close to|familiar with|with knowledge of|briefed on)\s/u)[0]!
    .split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!/^\p{Ll}/u.test(head) || !HUMAN_HEAD.has(head)) return false;
  return INDEFINITE.test(phrase) || (words.length <= 3 && !DEFINITE.test(phrase));
}
