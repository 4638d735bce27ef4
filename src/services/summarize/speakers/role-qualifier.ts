/**
 * "Former Arizona governor Jan Brewer", "Clinton campaign Chairman John Podesta": a name run before
 * role words and another name qualifies that role (mentions.ts makes it no subject and no he/she).
 */
import type { Lexicon } from '../lexicon/lexicon.ts';

/**
 * Where the qualified name's run starts when a person word and a capitalised name follow the run
 * ending at `end` ("… governor Jan", "… presidential nominee Hillary", "… campaign Chairman John"), else -1.
 */
export function roleQualified(text: string, end: number, lex: Lexicon): number {
  const after = text.slice(end, end + 60);
  const next = /^\s+(?:\p{Ll}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(after);
  if (next !== null && lex.personWords.has(next[1]!)) return end + next[0].length;
  // A title written with a capital after a lower-case word ("Clinton campaign Chairman John Podesta")
  // opens the name's own run.
  const title = /^\s+\p{Ll}[\p{L}-]*\s+(\p{Lu}[\p{L}-]*)\s+(?=\p{Lu})/u.exec(after);
  return title !== null && lex.personWords.has(title[1]!.toLowerCase())
    ? end + title[0].lastIndexOf(title[1]!)
    : -1;
}
