/**
 * What the words around a quote tell by their shape: an example phrasing offered to the reader, a
 * clause that shares the sentence's subject, a phrase that writes a name, a voice that goes on,
 * quotes that share one attribution, and whether the quoted words are long enough to be a quote.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { clauseAfter, type Located, wordCount } from './clauses.ts';
import { subjectAfter } from './subject-after.ts';

/**
 * Advice offering words for the reader to use ("say something like “…”", "You might say, “…”",
 * "Instead, confidently say, “…”") and words imagined for someone ("he would probably say “…”"):
 * example phrasings, not anyone's quote.
 */
const EXAMPLE_PHRASING =
  /(?:\b(?:something|things?)\s+like|\byou\s+(?:\w+\s+){0,2}(?:say|ask|tell|write|reply|respond)|\b(?:would|might|could)\s+(?:\w+\s+)?say|^(?:\w+,\s+)?(?:\w+ly\s+)?(?:say|ask|try saying))\s*[,:]?\s*$/iu;

/** A clause that is only a participle phrase (", arguing that …"): its subject is the sentence's. */
const PARTICIPLE_CLAUSE = /(?:^|,\s*)\p{Ll}+ing\b/u;
/** "… and added, “…”": a verb joined to the sentence's earlier one shares its subject. */
const JOINED_VERB = /^(?:and|but)\s+\p{Ll}+(?:ed|s)\b/u;
/**
 * The lexicon's patterns here: an attribution phrase that writes a name (a capitalised word that is
 * no article or pronoun, or CJK/Hangul), and a verb of going on speaking.
 */
function cuePatterns(lex: Lexicon) {
  const capitalised = [...lex.articles, ...lex.subjectPronouns, ...lex.neuterSubjects].map(
    (w) => w.charAt(0).toUpperCase() + w.slice(1),
  );
  return {
    nameInPhrase: new RegExp(
      // "O'Malley" is a name although "O" is an article (Portuguese): an apostrophe and a capital follow.
      String.raw`(?:^|\s)(?!(?:${alternation(capitalised)})\b(?!['’]\p{Lu}))\p{Lu}|[\u3400-\u9fff\uac00-\ud7af]`,
      'u',
    ),
    continues: new RegExp(String.raw`\b(?:${alternation(lex.continuing)})\b`, 'u'),
    /** "and said that …", "but wrote": a clause opening with a conjunction and a speech verb. */
    joinedSpeech: new RegExp(
      String.raw`^(?:${alternation(lex.verbJoiners)})\s+(?:(?:${alternation(lex.joinerAdverbs)}|\p{Ll}+ly)\s+)?(?:${alternation(lex.speechVerbs)})\b`,
      'iu',
    ),
    /** A conjunction alone, which is never a subject ("… and said"). */
    joinerOnly: new RegExp(String.raw`^(?:${alternation(lex.verbJoiners)})$`, 'iu'),
  };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** At least 5 words (8 characters for CJK): shorter quotes are scare quotes, nicknames or titles. */
export function longEnough(text: string): boolean {
  if (CJK.test(text)) return text.replace(/\s/g, '').length >= 8;
  return wordCount(text) >= 5;
}

/** Whether the clause before a quote offers the reader example words ("say something like"). */
export function isExamplePhrasing(before: string): boolean {
  return EXAMPLE_PHRASING.test(before);
}

/**
 * A participle clause or a joined verb before the quote ("… and added", "… and said that Rubio is"):
 * the sentence's own subject speaks.
 */
export function sharesSubjectOfSentence(before: string, lex: Lexicon): boolean {
  return (
    PARTICIPLE_CLAUSE.test(before) ||
    JOINED_VERB.test(before) ||
    lex.compile(cuePatterns).joinedSpeech.test(before)
  );
}

/** A subject phrase that is only a conjunction ("and" of "… and said"): the verb shares the sentence's subject. */
export function isJoinerOnly(phrase: string, lex: Lexicon): boolean {
  return lex.compile(cuePatterns).joinerOnly.test(phrase.trim());
}

/** Whether an attribution phrase writes a name rather than a pronoun or a description ("Miller", not "the spokesman"). */
export function namesSomeone(phrase: string, lex: Lexicon): boolean {
  return lex.compile(cuePatterns).nameInPhrase.test(phrase);
}

/** "“…,” the fundraiser continued": going on is what the voice of the quote just before does. */
export function voiceGoesOn(after: string, lex: Lexicon): boolean {
  return lex.compile(cuePatterns).continues.test(after);
}

/**
 * "… stocks “may be able to outperform,” if one expects rates “to come down,” said Nicholas Colas":
 * fragments of one sentence share the attribution after the last of them (for a quote joined to
 * what follows it by a comma, which the caller checks).
 */
export function sharedAttribution(
  q: Located,
  next: Located | undefined,
  para: string,
  lex: Lexicon,
): string | null {
  if (!next || next.paragraph !== q.paragraph || next.run.spans.length !== 1) return null;
  const between = para.slice(q.end, next.start);
  if (/[.!?]["”’'»]?\s/u.test(between)) return null;
  return subjectAfter(clauseAfter(para, next.end, next.nextStart, lex), true, lex);
}
