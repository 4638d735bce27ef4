/**
 * "Mark Cuban … Cuban said", "Bill English … English told": a nationality the article gives a
 * person as their surname is that person's name where it stands alone, not the nationality.
 */
import { isGivenName } from '../lexicon/given-names.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/** Whether `text` writes `word` after a given name ("Mark Cuban"). */
function afterGivenName(text: string, word: string, lex: Lexicon): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (/\p{L}/u.test(text.charAt(end))) continue;
    const given = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
    // "The Saudis": a capitalised article or other word that opens no name is no given name.
    const opener = given?.toLowerCase() ?? '';
    if (
      given !== undefined &&
      isGivenName(given) &&
      !lex.determiners.includes(opener) &&
      !lex.notName.has(opener)
    )
      return true;
  }
  return false;
}

/**
 * For a word the lexicon reads as no name, whether these paragraphs give it to someone as a surname.
 * Only nationalities are asked about: other such words (months, greetings) are not surnames.
 */
export function surnamesIn(paragraphs: readonly string[], lex: Lexicon): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let answer = known.get(word);
    if (answer === undefined) {
      answer = lex.demonyms.has(word.toLowerCase()) && paragraphs.some((p) => afterGivenName(p, word, lex));
      known.set(word, answer);
    }
    return answer;
  };
}
