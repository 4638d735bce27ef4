/**
 * Quotes of one to four words. Most are scare quotes, nicknames or titles, but a speech verb can give
 * a short phrase as someone's own words, and then it is a quote:
 * - a speech verb introduces it whole: "Priebus said, “Probably.”", "Devine responded: “I guess so.”";
 * - a verb of naming gives it: "called the system “rotten to the core.”", "described it as “a disaster.”";
 * - it ends a sentence whose speech verb it completes: "said the inquiry is “ongoing.”".
 * A phrase of capitalised words only is a name or a title ("“Scam.”", "“Great Satan”") and never counts.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasSpeechVerb } from './attribution.ts';
import { CJK_TEXT } from './cjk.ts';
import { looksLikeTitle } from './clauses.ts';

/** A verb of naming, its object (up to four words) and nothing after: the quoted words are what it names. */
const NAMING_VERB =
  /\b(?:call(?:ed|s|ing)?|describ(?:ed|es|ing)\b(?:\s+\S+){0,4}?\s+as|dismiss(?:ed|es|ing)\b(?:\s+\S+){0,4}?\s+as|dubb(?:ed|ing)|brand(?:ed|ing)|label(?:l)?(?:ed|ing)|termed|deem(?:ed|ing))(?:\s+\S+){0,4}\s*$/iu;

const CAPITALISED_ONLY = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*[\s,]*)+$/u;
const ENDS_SENTENCE_INSIDE = /[.!?]["”’']?$/u;
const ENDS_SENTENCE_AFTER = /^[\s”"’'»]*[.!?](?:\s|$)/u;

/** Whether a quote of one to four words counts as a quote (see the module comment). */
export function shortQuoteCounts(
  text: string,
  raw: string,
  before: string,
  sentence: string,
  after: string,
  lex: Lexicon,
): boolean {
  if (
    CJK_TEXT.test(text) ||
    looksLikeTitle(text, lex) ||
    CAPITALISED_ONLY.test(text.replace(/[.,!?]+$/u, ''))
  )
    return false;
  if (/[:,]$/u.test(before) && hasSpeechVerb(before, lex)) return true;
  if (NAMING_VERB.test(before)) return true;
  const endsSentence =
    ENDS_SENTENCE_INSIDE.test(raw) || ENDS_SENTENCE_AFTER.test(after) || after.trim() === '';
  return endsSentence && hasSpeechVerb(sentence, lex);
}
