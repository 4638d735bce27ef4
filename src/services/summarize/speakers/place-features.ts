/**
 * A name written after a preposition of place ("in Hong Kong", "near Santa Barbara", "aus Berlin")
 * is a place there, whatever its words look like ("Hong" is also a given name): a feature the
 * speaker model weighs, since a place seldom speaks.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { offsetOf, paragraphOf } from '../position.ts';
import type { Mention } from './types.ts';

function placePatterns(lex: Lexicon) {
  return {
    before: new RegExp(
      `(?:^|[\\s(])(?:${alternation(lex.placePrepositions)})\\s+(?:(?:${alternation(lex.articles)})\\s+)?$`,
      'iu',
    ),
  };
}

/** Whether mention `m` is written right after a preposition of place. */
export function writtenAsPlace(m: Mention, paragraphs: readonly string[], lex: Lexicon): boolean {
  const offset = offsetOf(m.at);
  const text = (paragraphs[paragraphOf(m.at)] ?? '').slice(Math.max(0, offset - 24), offset);
  return lex.compile(placePatterns).before.test(text);
}
