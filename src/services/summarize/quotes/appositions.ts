/** What may stand in an apposition after a name, before the speech verb ("Ali Zentner, medical director of …, said"). */
import type { Lexicon } from '../lexicon/lexicon.ts';

/** "U.N. Director for the International Crisis Group": a title word followed by for/of/at. */
export function isOfficeAt(segment: string, lex: Lexicon): boolean {
  const m = /^(?:\S+\s+){0,3}?(\S+)\s+(?:for|of|at)\s/u.exec(segment);
  return m?.[1] !== undefined && lex.titles.has(m[1].toLowerCase());
}

/** A segment ending in a place ("… a clinic in Vancouver"), so the next one may be its region. */
export const PLACE_BEFORE =
  /\b(?:in|at|of|from|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}$/u;

/** "Patrick Nielsen Hayden, Tor’s editor in chief,": an owner’s role is an apposition too. */
export const POSSESSED_ROLE = /^\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}[’']s?\s+\p{Ll}/u;

/**
 * Whether `segment`, after the apposition segment before it, still belongs to that apposition: a
 * region after its place ("a clinic in Vancouver, Canada"), or the last item of a list its name
 * began ("a research analyst at the Council on Energy, Environment and Water think tank").
 */
export function endsApposition(apposition: string, segment: string): boolean {
  if (!/^(?:(?:a|an|the)\s+)?\p{Ll}/u.test(apposition)) return false;
  return (
    (PLACE_BEFORE.test(apposition) && /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}$/u.test(segment)) ||
    (/\s\p{Lu}[\p{L}.]*$/u.test(apposition) && /\s(?:and|or)\s/u.test(segment))
  );
}
