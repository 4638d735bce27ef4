/**
 * An attribution that closes the sentence a quoted fragment sits in ("… are among “the most tested”
 * products given to children, said Patricia Stinchfield"; "… a day when we are not focused on the
 * interests” shared by both, he warned"): it covers the fragment even though other words come between.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { subjectAfter } from './subject-after.ts';

/** ", said X…", ", he warned" or ", as X recently wrote" ending the clause (the sentence end is already cut off). */
function trailingAttribution(lex: Lexicon): RegExp {
  const verbs = alternation(lex.speechVerbs);
  const subject = String.raw`(?:${alternation(lex.subjectPronouns)}|the\s+[\p{Ll}-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
  return new RegExp(
    String.raw`,\s+(?:(?:${verbs})\s+\S|(?:as\s+)?${subject}\s+(?:\p{Ll}+ly\s+)?(?:${verbs})\s*$)`,
    'u',
  );
}

/** The subject of a speech verb that ends the clause after a quote, after a comma; else null. */
export function trailingSubject(after: string, lex: Lexicon): string | null {
  const m = lex.compile(trailingAttribution).exec(after);
  return m ? subjectAfter(after.slice(m.index), true, lex) : null;
}
