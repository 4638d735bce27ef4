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

/**
 * A verb of naming or judging, its object (up to ten words, no clause break) and nothing after: the quoted
 * words are what it calls the object ("called Ford’s plans to open a plant in Mexico “a disgrace”",
 * "denounced the remarks as “hurtful”", "referred to Rubio as “a bright leader”").
 */
const NAMING_VERB =
  /\b(?:(?:call|dub|brand|label|term|deem)(?:s|ed|ing|bed|bing|led|ling)?|(?:describ|dismiss|denounc|characteriz|characteris|criticiz|criticis|prais|tout|decr|slamm|blast|refer)\p{L}*\b(?:\s+[^\s,;:.!?]+){0,10}?\s+as)(?:\s+[^\s,;:.!?]+){0,10}\s*$/iu;

const CAPITALISED_ONLY = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*[\s,]*)+$/u;
const ENDS_SENTENCE_INSIDE = /[.!?]["”’']?$/u;
const ENDS_SENTENCE_AFTER = /^[\s”"’'»]*[.!?](?:\s|$)/u;

/** The clause ends with a speech verb, or a speech verb and "that" ("said that “…”"). */
function endsWithSpeechVerb(before: string, lex: Lexicon): boolean {
  const words = before.replace(/\s+that$/iu, '').split(/\s+/u);
  return words.length >= 2 && hasSpeechVerb(words.slice(-2).join(' '), lex) && !/[,;:]$/u.test(before);
}

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
  // "She declared “What a Super Tuesday!”": the quote is what the speech verb right before it says.
  if (endsWithSpeechVerb(before, lex)) return true;
  if (NAMING_VERB.test(before)) return true;
  const endsSentence =
    ENDS_SENTENCE_INSIDE.test(raw) || ENDS_SENTENCE_AFTER.test(after) || after.trim() === '';
  return endsSentence && hasSpeechVerb(sentence, lex);
}
