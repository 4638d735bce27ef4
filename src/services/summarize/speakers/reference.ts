/**
 * Reference rules that go beyond matching a written name: acronyms ("CBC" -> "Congressional Black
 * Caucus"), a misspelt surname written next to the full name (documents and their authors are in
 * documents.ts, gender in gender.ts), and unnamed people standing between a pronoun and a named
 * antecedent ("The teacher … she").
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { paragraphOf, position } from '../position.ts';

/** The initials of a multi-word name, skipping function words: "Congressional Black Caucus" -> "CBC". */
export function initialsOf(name: string, lex: Lexicon): string {
  return name
    .split(/\s+/)
    .filter((w) => !lex.acronymSkips.has(w.toLowerCase()))
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

/** What tells of an unnamed person: the nouns for one, as heads of phrases and as the subject of a sentence. */
function unnamedPatterns(lex: Lexicon) {
  // Occupations and roles count too: "a former G/O writer", "a company spokesperson".
  const heads = [...lex.humanNouns, ...lex.occupations, ...lex.personEpithets, ...lex.roleNouns];
  return {
    subject: new RegExp(
      `(?:(?:^|[.!?]["”’']?\\s+)(?:The|A|An|One|Another|My|Our)|\\b(?:${alternation(lex.according)}) (?:a|an|one))\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${alternation(lex.humanNouns)})\\b(?!,?\\s+\\p{Lu})`,
      'gu',
    ),
    heads: new Set([...heads, ...heads.map((n) => `${n}s`), ...lex.collectiveNouns]),
  };
}

/**
 * Nouns of sentences whose subject is a person not named there ("The teacher who … has remained
 * anonymous"), between `from` and `to`. Unless the noun is a role of someone named ("the doctor"
 * for "Doctor Neeraj Nischal"), a he/she after it refers to that unnamed person.
 */
export class UnnamedSubjects {
  /** Each paragraph's unnamed subjects (position, noun), read once: many quotes and candidates ask. */
  private readonly byParagraph = new Map<number, { at: number; noun: string }[]>();

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly lex: Lexicon,
  ) {}

  between(from: number, to: number): string[] {
    const nouns: string[] = [];
    const last = paragraphOf(to);
    for (let p = Math.max(0, paragraphOf(from)); p <= last; p++)
      for (const s of this.of(p)) if (s.at > from && s.at < to) nouns.push(s.noun);
    return nouns;
  }

  private of(p: number): { at: number; noun: string }[] {
    let found = this.byParagraph.get(p);
    if (!found) {
      found = [];
      for (const m of (this.paragraphs[p] ?? '').matchAll(this.lex.compile(unnamedPatterns).subject))
        if (m[1]) found.push({ at: position(p, m.index ?? 0), noun: m[1] });
      this.byParagraph.set(p, found);
    }
    return found;
  }
}

/** The article's indefinites ("a", "un", "ein"; Portuguese "a" is "the") and small numbers. */
function indefinitePattern(lex: Lexicon): RegExp {
  return new RegExp(`^(?:${alternation(lex.indefinites)}|two|three|four|five|\\d+)\\s`, 'iu');
}
const DEFINITE = /^(?:the|this|that|these|those|his|her|its|their|our|my|your)\s|['’]s?\s/iu;

/** The article's own definite determiners ("la portavoz", "die Sprecherin"): a role someone holds. */
function definitePattern(lex: Lexicon): RegExp {
  return new RegExp(`^(?:${alternation(lex.definiteDeterminers)})\\s`, 'iu');
}

/** "Seetaram’s attorney", "the company’s lawyer": the person-noun a possessive phrase ends with, else null. */
export function ownedPerson(phrase: string, lex: Lexicon): string | null {
  const noun = /^(?:the\s+)?\S+?['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u.exec(phrase)?.[1];
  return noun && lex.compile(unnamedPatterns).heads.has(noun) ? noun : null;
}

/**
 * "a U.S. official", "one woman", "someone", "according to police": a person or people the text
 * does not name. The words before the noun only describe them ("U.S.", "Pentagon"), so the speaker
 * is nobody named rather than the place or body the words name, nor a force named elsewhere.
 */
export function isUnnamedPerson(phrase: string, lex: Lexicon): boolean {
  const heads = lex.compile(unnamedPatterns).heads;
  const lower = phrase.toLowerCase();
  // "At the union's rally someone shouted": an opening phrase without its comma does not name them.
  if (/^(?:someone|somebody|anyone|anybody)\b|\s(?:someone|somebody|anyone|anybody)$/u.test(lower))
    return true;
  // "My mom declared": the writer's own family and friends go unnamed.
  if (/^(?:my|our)\s+\p{Ll}+$/u.test(lower)) return true;
  // "The authors of the research published in JAMA Psychiatry argued": people never named.
  const plural = /^the\s+(\p{Ll}+s)\s+(?:of|in|at|from|behind)\s/u.exec(lower)?.[1];
  if (plural && heads.has(plural)) return true;
  // "a source close to him", "an official familiar with the talks": the head comes before its modifier.
  const words = phrase
    .split(/\s+(?:close to|familiar with|with knowledge of|briefed on)\s/u)[0]!
    .split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!/^\p{Ll}/u.test(head) || !heads.has(head)) return false;
  return (
    lex.compile(indefinitePattern).test(phrase) ||
    (words.length <= 3 && !DEFINITE.test(phrase) && !lex.compile(definitePattern).test(phrase))
  );
}
