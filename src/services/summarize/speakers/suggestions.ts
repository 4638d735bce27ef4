/**
 * What the hand-written rules say about who spoke a quote. Each rule is asked on its own, and its
 * answer is a suggestion, not a verdict: the speaker model (model.ts) weighs every suggestion
 * together with the other features of each candidate (candidates.ts). The rules:
 * - the subject of the attribution after the quote, before it, of its sentence or of a participle
 *   phrase, resolved to a full name (kinds: a name, a pronoun, a role noun, a document, …);
 * - "Buckley … had a similar experience: “…”": the subject of the sentence a colon ends;
 * - the sentence before the quote, when it reports someone's words or asks about someone;
 * - a paragraph ending in a colon, or whose last sentence reports someone's words, before a quote
 *   that opens the next paragraph;
 * - the person this paragraph introduces before the quote, the interviewee of a Q&A piece, the
 *   person the article is about.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasSpeechVerb, mainSubject } from '../quotes/attribution.ts';
import { clauseBefore, lastSentence, leadSentence } from '../quotes/clauses.ts';
import { namesSomeone } from '../quotes/cues.ts';
import { isDocument } from '../quotes/documents.ts';
import type { FoundQuote } from '../quotes/find.ts';
import { subjectBefore } from '../quotes/subject-before.ts';
import { askedAbout, interviewee, reportedSpeaker } from './context.ts';
import type { SpeakerResolver } from './resolver.ts';

/**
 * What an attribution's subject phrase is: a name ("Miller", "the Washington Post"), a pronoun, a
 * definite description that refers back ("the company", "the former president"), someone's person
 * or office ("Seetaram’s attorney", "China’s ambassador"), an unnamed person introduced as such
 * ("a source close to him", "one official"), a document ("the letter"), or something else.
 */
export type PhraseKind =
  | 'name'
  | 'pronoun'
  | 'plural'
  | 'it'
  | 'role'
  | 'possessed'
  | 'unnamed'
  | 'document'
  | 'other';

const INDEFINITE = /^(?:a|an|one|another|some|several|many|two|three|other|any)\s/iu;
const DEFINITE = /^(?:the|his|her|their|its|this|that)\s/iu;

/**
 * The article's own indefinite and definite determiners, as written ("un portavoz", "Eine Sprecherin",
 * "a porta-voz": Portuguese "a" is "the"); all capitals ("UN") is an acronym, no article.
 */
function articlePatterns(lex: Lexicon) {
  const written = (words: readonly string[]) =>
    alternation([...words, ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))]);
  return {
    indefinite: new RegExp(`^(?:${written(lex.indefinites)})\\s`, 'u'),
    definite: new RegExp(`^(?:${written(lex.definiteDeterminers)})\\s`, 'u'),
  };
}
const POSSESSED = /\p{L}[’']s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+$/u;

export function phraseKind(phrase: string, lex: Lexicon): PhraseKind {
  const text = phrase.trim();
  const lower = text.toLowerCase();
  if (lex.pluralPronouns.has(lower) || lower === 'we') return 'plural';
  if (lex.neuterSubjects.includes(lower)) return 'it';
  if (lex.subjectPronouns.includes(lower)) return 'pronoun';
  if (isDocument(text, lex)) return 'document';
  // The head is the last word: a capitalised head is a name, a lower-case one a description.
  const head = text.split(/\s+/u).pop() ?? '';
  const articles = lex.compile(articlePatterns);
  // "die Sprecherin": German writes a role noun with a capital; after an article it is still a description.
  const titleNoun =
    lex.titles.has(head.toLowerCase()) && (articles.definite.test(text) || articles.indefinite.test(text));
  if (/^\p{Ll}/u.test(head) || titleNoun) {
    if (POSSESSED.test(text)) return 'possessed';
    // English articles first, as they were read before the lexicon listed other languages'.
    if (INDEFINITE.test(text)) return articles.definite.test(text) ? 'role' : 'unnamed';
    if (DEFINITE.test(text) || articles.definite.test(text)) return 'role';
    if (articles.indefinite.test(text)) return 'unnamed';
    return namesSomeone(text, lex) ? 'other' : 'role';
  }
  if (namesSomeone(text, lex)) return 'name';
  return 'other';
}

/** Rule name -> the full name it suggests. */
export type Suggestions = Map<string, string>;

/** Every rule's answer for one quote (see the module comment). */
export function suggestSpeakers(
  q: FoundQuote,
  paragraphs: readonly string[],
  previousEndParagraph: number,
  resolver: SpeakerResolver,
  lex: Lexicon,
): Suggestions {
  const out: Suggestions = new Map();
  const suggest = (rule: string, who: string | null) => {
    if (who && !out.has(rule)) out.set(rule, who);
  };
  const resolvePhrase = (phrase: string | null) => (phrase !== null ? resolver.resolve(phrase, q.at) : null);
  for (const s of q.subjects) {
    // A pronoun refers to someone named before its own sentence ("Davos, he said, is …"), or
    // failing that, earlier in the same sentence ("Trump said he … as he asserted …").
    const who = resolver.resolve(s.phrase, s.at) ?? (s.at !== q.at ? resolver.resolve(s.phrase, q.at) : null);
    suggest(`${s.side}:${phraseKind(s.phrase, lex)}`, who);
  }
  const para = paragraphs[q.paragraph] ?? '';
  const prevPara = paragraphs[q.paragraph - 1] ?? '';
  const leadIn = clauseBefore(para, 0, q.start, lex) === '' ? leadSentence(para, q.start, lex) : '';
  const sentenceStart = Math.max(0, para.slice(0, q.start).lastIndexOf(q.sentence.slice(0, 30)));
  if (/:$/u.test(q.before))
    suggest('colonIntro', resolver.sentenceSubject(q.at - (q.start - sentenceStart), q.at));
  if (leadIn && hasSpeechVerb(leadIn, lex)) suggest('leadIn', resolvePhrase(subjectBefore(leadIn, lex)));
  const asked = leadIn ? askedAbout(para.slice(0, q.start), leadIn, lex) : null;
  if (asked) suggest('asked', resolver.resolve(asked, q.at));
  const opensUnattributed = q.before === '' && q.opensParagraph;
  if (opensUnattributed && /:\s*$/u.test(prevPara)) {
    const intro = subjectBefore(clauseBefore(prevPara, 0, prevPara.length, lex), lex);
    suggest('prevColon', resolver.resolve(intro ?? 'he', q.at));
  }
  if (q.paragraph - previousEndParagraph === 2 && q.opensParagraph)
    suggest('reported', reportedSpeaker(lastSentence(prevPara, lex), q.at, resolver, lex));
  if (!q.opensParagraph) suggest('introducedBefore', resolver.introducedBefore(q.at));
  if (opensUnattributed && hasSpeechVerb(lastSentence(prevPara, lex), lex))
    suggest('prevSentence', resolvePhrase(subjectBefore(lastSentence(prevPara, lex), lex)));
  if (opensUnattributed) suggest('interviewee', interviewee([...paragraphs], resolver));
  if (/:$/u.test(q.sentence)) suggest('colonMain', resolvePhrase(mainSubject(q.sentence, lex)));
  suggest('topic', resolver.topic(q.at));
  return out;
}
