/** What an attribution phrase names by itself: the names it writes, or a body named by nationality. */
import { isGivenNameAndSurname } from '../lexicon/given-names.ts';
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { withoutPlaceBefore } from './name-forms.ts';
import {
  endsInOffice,
  gluedToSymbol,
  isNotName,
  isTitleNoun,
  nameRunPatterns,
  personOf,
  stripTitles,
} from './name-runs.ts';

/** "the French foreign ministry", "the Israeli military": a country's body, named by what it is. */
export function nationalBody(phrase: string, lex: Lexicon): string | null {
  const national = /^the\s+(\p{L}+)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/iu.exec(phrase);
  return national && lex.demonyms.has(national[1]!.toLowerCase()) && lex.nationalBodies.has(national[2]!)
    ? phrase.slice(4)
    : null;
}

/**
 * The names a phrase writes, titles dropped, in order: "Sen. Chris Coons of Delaware" is a titled
 * person, not where he is from; in "a survey by Penelope Muse Abernathy of the University of North
 * Carolina" the university is where she works. `isSurname`: a word read as no name that the article
 * gives someone as a surname (surnames.ts).
 */
export function namesInPhrase(
  phrase: string,
  lex: Lexicon,
  isSurname: (word: string) => boolean = () => false,
): string[] {
  const found = [...phrase.matchAll(lex.compile(nameRunPatterns).name)];
  // "The U.N. High Commissioner for Human Rights": an office names nobody, nor does its domain.
  const affiliation = (m: RegExpExecArray, i: number) => {
    const prev = found[i - 1];
    if (prev === undefined) return false;
    const between = phrase.slice(prev.index + prev[0].length, m.index);
    return (
      (isGivenNameAndSurname(prev[0]) && /^\s+of\s+(?:the\s+)?$/u.test(between)) ||
      (endsInOffice(prev[0], lex) && /^\s+(?:of|for)\s+(?:the\s+)?$/u.test(between))
    );
  };
  return found
    .filter((m, i) => !affiliation(m, i) && !gluedToSymbol(phrase, m.index, m.index + m[0].length))
    .map((m) => ({ ...stripTitles(m[0], lex), before: phrase.slice(0, m.index), run: m[0] }))
    .filter((r) => !endsInOffice(r.name, lex) && !isTitleNoun(r.name, textBeforeName(r), lex))
    .map((r) => withoutPlaceBefore(r.roles.length > 0 ? personOf(r.name) : r.name, r.before, lex))
    .filter((n) => n && (!isNotName(n, lex) || isSurname(n)) && !lex.personalPronouns.has(n.toLowerCase()));
}

/** The text before a run's name: the phrase before the run and the words the run's name drops ("Eine "). */
function textBeforeName(r: { before: string; run: string; name: string }): string {
  return r.run.endsWith(r.name) ? r.before + r.run.slice(0, r.run.length - r.name.length) : r.before;
}

/** "the People’s Daily", "the Guardian’s Owen Jones". */
export const POSSESSIVE_NAME =
  /^the\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))$/u;

/** The lexicon's patterns here: a possessive opening a phrase ("her statement", "su biografía"), a title of a work. */
function phrasePatterns(lex: Lexicon) {
  return {
    possessive: new RegExp(`^(?:${alternation(lex.possessives)})\\s`, 'u'),
    // "Anyone But You", "Love Is Blind": capitalised function words mark a title of a work, not a person.
    titleOfWork: new RegExp(`\\s(?:${alternation(lex.titleOfWorkWords)})(?:\\s|$)`, 'u'),
  };
}

/** "her statement", "su biografía": a phrase opened by a person's possessive. */
export function opensWithPossessive(phrase: string, lex: Lexicon): boolean {
  return lex.compile(phrasePatterns).possessive.test(phrase);
}

/** "Anyone But You", "Love Is Blind": capitalised function words inside make a name a title of a work. */
export function looksLikeTitleOfWork(name: string, lex: Lexicon): boolean {
  return lex.compile(phrasePatterns).titleOfWork.test(name);
}
