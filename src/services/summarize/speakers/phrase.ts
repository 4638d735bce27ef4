/** What an attribution phrase names by itself: the names it writes, or a body named by nationality. */
import { isGivenNameAndSurname } from '../lexicon/given-names.ts';
import { DEMONYMS, ORG_NOUNS } from '../lexicon/lists.ts';
import { withoutPlaceBefore } from './name-forms.ts';
import { endsInOffice, gluedToSymbol, isNotName, NAME_RUN, personOf, stripTitles } from './name-runs.ts';

export const PRONOUNS = new Set('he she they him her il elle er sie ella él ele ela lui'.split(' '));

const NATIONAL_BODIES = new Set([
  ...ORG_NOUNS,
  'embassy',
  'military',
  'army',
  'navy',
  'police',
  'presidency',
  'cabinet',
]);

/** "the French foreign ministry", "the Israeli military": a country's body, named by what it is. */
export function nationalBody(phrase: string): string | null {
  const national = /^the\s+(\p{L}+)\s+(?:\p{Ll}+\s+)?(\p{Ll}+)$/iu.exec(phrase);
  return national && DEMONYMS.has(national[1]!.toLowerCase()) && NATIONAL_BODIES.has(national[2]!)
    ? phrase.slice(4)
    : null;
}

/**
 * The names a phrase writes, titles dropped, in order: "Sen. Chris Coons of Delaware" is a titled
 * person, not where he is from; in "a survey by Penelope Muse Abernathy of the University of North
 * Carolina" the university is where she works.
 */
export function namesInPhrase(phrase: string): string[] {
  const found = [...phrase.matchAll(NAME_RUN)];
  // "The U.N. High Commissioner for Human Rights": an office names nobody, nor does its domain.
  const affiliation = (m: RegExpExecArray, i: number) => {
    const prev = found[i - 1];
    if (prev === undefined) return false;
    const between = phrase.slice(prev.index + prev[0].length, m.index);
    return (
      (isGivenNameAndSurname(prev[0]) && /^\s+of\s+(?:the\s+)?$/u.test(between)) ||
      (endsInOffice(prev[0]) && /^\s+(?:of|for)\s+(?:the\s+)?$/u.test(between))
    );
  };
  return found
    .filter((m, i) => !affiliation(m, i) && !gluedToSymbol(phrase, m.index, m.index + m[0].length))
    .map((m) => ({ ...stripTitles(m[0]), before: phrase.slice(0, m.index) }))
    .filter((r) => !endsInOffice(r.name))
    .map((r) => withoutPlaceBefore(r.roles.length > 0 ? personOf(r.name) : r.name, r.before))
    .filter((n) => n && !isNotName(n) && !PRONOUNS.has(n.toLowerCase()));
}
