/**
 * An attribution that closes the sentence a quoted fragment sits in ("… are among “the most tested”
 * products given to children, said Patricia Stinchfield"; "… a day when we are not focused on the
 * interests” shared by both, he warned"): it covers the fragment even though other words come between.
 */
import { subjectAfter } from './attribution.ts';
import { SPEECH_VERBS_EN } from '../lexicon/speech-verbs.ts';

const SUBJECT = String.raw`(?:he|she|they|the\s+[\p{Ll}-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
/** ", said X…", ", he warned" or ", as X recently wrote" ending the clause (the sentence end is already cut off). */
const TRAILING = new RegExp(
  String.raw`,\s+(?:(?:${SPEECH_VERBS_EN})\s+\S|(?:as\s+)?${SUBJECT}\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERBS_EN})\s*$)`,
  'u',
);

/** The subject of a speech verb that ends the clause after a quote, after a comma; else null. */
export function trailingSubject(after: string): string | null {
  const m = TRAILING.exec(after);
  return m ? subjectAfter(after.slice(m.index), true) : null;
}
