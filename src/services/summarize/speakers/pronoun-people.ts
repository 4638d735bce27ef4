/**
 * Who "he" or "she" may mean among the mentions in view: people outside quotes, not a listener, an
 * item of a list, a group or an organisation (by name, or described as one: "Tree of Life, a
 * Toronto company"), named in full, with a title or an apposition, or known by a given name alone.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isGivenName } from '../lexicon/given-names.ts';
import { paragraphOf } from '../position.ts';
import type { MentionIndex } from './mention-index.ts';
import { personOf } from './name-runs.ts';
import { looksLikeTitleOfWork } from './phrase.ts';
import type { PronounCandidate } from './pronouns.ts';
import type { Mention } from './types.ts';

export interface PronounPerson extends PronounCandidate {
  /** The person's full name. */
  full: string;
}

export function pronounPeople(
  window: readonly Mention[],
  index: MentionIndex,
  lex: Lexicon,
  named: {
    fullName: (name: string, at: number) => string;
    isMononym: (name: string) => boolean;
    agrees: (name: string) => boolean;
  },
): PronounPerson[] {
  return window
    .filter(
      (m) =>
        !m.inQuote &&
        !m.addressee &&
        !m.listed &&
        !m.qualifier &&
        !m.group &&
        !index.organisation(m.name) &&
        ![...m.roles].some((r) => lex.orgNouns.has(r)),
    )
    .map((m) => ({ m, full: personOf(named.fullName(m.name, m.at)), para: paragraphOf(m.at) }))
    .filter(
      (r) =>
        // A given name written alone again and again with he/she ("As for Orion, he …") is
        // someone known by it, as the casts of reality shows are.
        (r.full.includes(' ') ||
          r.m.titled ||
          r.m.described ||
          (isGivenName(r.full) && named.isMononym(r.full))) &&
        !index.organisation(r.full) &&
        !looksLikeTitleOfWork(r.full, lex) &&
        named.agrees(r.full),
    );
}
