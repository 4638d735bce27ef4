/** Documents and posts as the subject of an attribution ("the letter said"): their speaker is their author. */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/** A determiner, perhaps one more word, and a document noun ("the letter", "su biografía", "a Nov. 5 letter"). */
function documentPhrase(lex: Lexicon): RegExp {
  return new RegExp(
    `^(?:${alternation(lex.determiners)})\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation(lex.documentNouns)})\\b`,
    'iu',
  );
}

/** Whether a subject phrase is a document or post ("the letter", "la publicación en TikTok"), not a person. */
export function isDocument(phrase: string, lex: Lexicon): boolean {
  return lex.compile(documentPhrase).test(phrase.trim());
}
