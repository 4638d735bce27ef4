/**
 * One quote, one entry: a quote broken by its attribution (“…,” she said. “…”) is one quote in
 * parts. A part goes on with the quote before it when nothing stands between them but that quote's
 * own attribution and the part has no cue of its own.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { attributionPatterns, hasSpeechVerb } from './attribution.ts';
import { clauseBefore } from './clauses.ts';
import { alternation } from '../lexicon/build.ts';

/** "…, who said he left on good terms,": a relative clause about the speaker is no cue of the quote. */
const RELATIVE_CLAUSE = /,\s+(?:who|which|whose)\s[^,.!?]*(?:,|$)/gu;

/** How many speech verbs (or "according to") a clause holds. */
function speechVerbCount(text: string, lex: Lexicon): number {
  const { verbGlobal } = lex.compile(attributionPatterns);
  return text.match(verbGlobal)?.length ?? 0;
}

/**
 * ", acknowledging the risks." after an attribution: a participle phrase with an object of its own
 * that ends its sentence says more about the speaker's act; it is no cue of the quote after it.
 */
function participlePhrase(lex: Lexicon): RegExp {
  return new RegExp(`,\\s+(?:${alternation(lex.participles)})\\s[^.!?"“”«»,]*[.!?](?=\\s*$)`, 'iu');
}

/**
 * Whether a quote goes on with the quote before it in its paragraph. `between`: the text from that
 * quote's closing mark to this one's opening mark (null when no quote comes before in the paragraph),
 * `previous` that quote's words;
 * `after`, `afterSubject`: this quote's own clause after it and the subject read there.
 * - “…,” she said. “…” and “…,” she said, “…”: one attribution, one speech verb between: one quote.
 * - “…,” Franken said. Silverman responded, “…”: a sentence of its own introduces the second.
 * - “…,” she said, adding, “…”, and “…,” she said. “…,” she added: each part has its own cue.
 */
export function partOfPrevious(
  between: string | null,
  previous: string,
  after: string,
  afterSubject: string | null,
  lex: Lexicon,
): boolean {
  if (between === null || afterSubject !== null || hasSpeechVerb(after, lex)) return false;
  // “… too much.” A spokesman said: “…”: a quote that ends its sentence leaves what follows to the next.
  if (/[.!?…]$/u.test(previous) && between.trim() !== '') return false;
  // Nothing may follow the attribution's sentence: a sentence of its own before the quote introduces it.
  const lastClause = clauseBefore(between, 0, between.length, lex);
  if (lastClause !== '' && lastClause !== between.trim()) return false;
  const cues = between.replace(RELATIVE_CLAUSE, ',').replace(lex.compile(participlePhrase), '.');
  return speechVerbCount(cues, lex) <= 1;
}

/** The text of a quote in parts: its parts joined by " … ". */
export function joinParts(parts: readonly string[]): string {
  return parts.join(' … ');
}
