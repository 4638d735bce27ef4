/**
 * The quote stage: every direct quotation of an article with the clauses around it and the subject
 * phrases its attribution may name ("Miller said", "said the spokesman", "she added"). Who said it is
 * decided in speakers/; this stage only reads punctuation, clauses and cue verbs.
 *
 * What counts as a quote:
 * - words inside "…", “…”, « … », „ … “ or 「 … 」, or '…' and ‘…’ in an article that quotes with single
 *   marks (single-marks.ts); a paragraph left open and continued by one that reopens the quote is one quote;
 * - a sentence of its own, or a fragment of a sentence that holds a speech verb;
 * - at least 5 words (8 characters for CJK), or a shorter phrase that a speech verb plainly gives as
 *   someone's words (short-quotes.ts): other short quotes are scare quotes, nicknames or titles, and
 *   title-cased names of songs, books or shows never count.
 */
import type { Article } from '../../types.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { position } from '../position.ts';
import { hasSpeechVerb, participleSubject, relayNarrator } from './attribution.ts';
import {
  clauseAfter,
  clauseBefore,
  type Located,
  locate,
  looksLikeTitle,
  signatureLine,
  wordCount,
} from './clauses.ts';
import {
  isExamplePhrasing,
  isJoinerOnly,
  longEnough,
  sharedAttribution,
  sharesSubjectOfSentence,
} from './cues.ts';
import { dialogueReading, splitIncises } from './incises.ts';
import { partOfPrevious } from './parts.ts';
import { shortQuoteCounts } from './short-quotes.ts';
import { findQuoteRuns } from './spans.ts';
import { subjectAfter } from './subject-after.ts';
import { subjectBefore } from './subject-before.ts';
import { trailingSubject } from './trailing.ts';

/** Where an attribution's subject phrase was read: after the quote, before it, in its sentence. */
export type AttributionSide = 'after' | 'before' | 'sentence' | 'participle';

/** A subject phrase an attribution names, where it was read and where it is resolved from. */
export interface SubjectPhrase {
  side: AttributionSide;
  phrase: string;
  /** Position (position.ts) a pronoun or surname in it is resolved from. */
  at: number;
}

/** One quotation as written, with what the text around it says. */
export interface FoundQuote {
  /** The quoted words, marks and edge punctuation removed. */
  text: string;
  paragraph: number;
  /** Paragraph the quote ends in (a quote may run over paragraphs). */
  endParagraph: number;
  /** Offsets of the opening and closing marks in their paragraphs. */
  start: number;
  end: number;
  /** Position of the opening mark (position.ts). */
  at: number;
  /** The clause before the quote (from the last sentence end or earlier quote), the whole sentence up to it, and the clause after it. */
  before: string;
  sentence: string;
  after: string;
  /** The subject phrases the attribution clauses name, in the order they are read (after, before, sentence, participle). */
  subjects: SubjectPhrase[];
  /** A speech verb introduces it ("she said", "…, the filing reads"), not only a colon or a comma. */
  spoken: boolean;
  /** The quote opens its paragraph. */
  opensParagraph: boolean;
  /** An earlier quote in the same paragraph ends before it. */
  followsQuote: boolean;
  /** No sentence end lies between the earlier quote in this paragraph and this one. */
  sharesSentenceWithPrevious: boolean;
  /** Goes on with the quote before it: nothing between them but that quote's own attribution. */
  continuesPrevious: boolean;
  /** "Denicola recalled a nurse asking": the words are relayed, and the narrator goes on speaking. */
  relayedBy: string | null;
}

const EDGE = /^[\s,;:]+|[\s,;:]+$/g;

/**
 * Quotes read from one article, at most: the first this many, in reading order. News articles
 * quote a few dozen times (the most in the quote benchmarks is 53); a transcript or a wall of
 * pasted quotes can hold thousands, and each costs the speaker model about a millisecond, so an
 * input's cost stays bounded whatever its length. Summaries show the top 3.
 */
export const MAX_QUOTES = 120;
/**
 * Quoted stretches looked at, at most (quotes, titles, scare quotes, in reading order). Each costs
 * the attribution patterns a read of the clauses around it; a wall of short quoted titles kept none
 * of them as quotes, so MAX_QUOTES alone did not bound the work.
 */
export const MAX_QUOTE_RUNS = 5 * MAX_QUOTES;

/** Every direct quotation in the article, in reading order. `single`: the article quotes with single marks. */
export function findQuotes(article: Article, single: boolean, lex: Lexicon): FoundQuote[] {
  const paragraphs = article.paragraphs;
  const found: FoundQuote[] = [];
  // Where the last example phrasing ended (a position; -1: none).
  let exampleEnd = -1;
  const runs = findQuoteRuns(paragraphs, single, dialogueReading(lex));
  const located = locate(lex.incisesInQuotes ? splitIncises(runs, paragraphs, lex) : runs, paragraphs);
  for (const [index, q] of located.entries()) {
    if (found.length >= MAX_QUOTES || index >= MAX_QUOTE_RUNS) break;
    const raw = q.run.text;
    const text = raw.replace(EDGE, '').trim();
    const lastSpan = q.run.spans[q.run.spans.length - 1];
    const endParagraph = lastSpan?.paragraph ?? q.paragraph;
    const para = paragraphs[q.paragraph] ?? '';
    const endText = paragraphs[endParagraph] ?? '';
    const before = clauseBefore(para, q.prevEnd, q.start, lex);
    // The whole sentence up to the quote: a speech verb may sit before an earlier fragment.
    const sentence = clauseBefore(para, 0, q.start, lex);
    const after = lastSpan?.open
      ? ''
      : clauseAfter(endText, q.end, q.nextStart, lex) ||
        signatureLine(paragraphs[endParagraph + 1], endText, q.end);
    const at = position(q.paragraph, q.start);
    // "Try saying, “I don’t know” or “…”": each alternative offered is an example phrasing too.
    const endAt = position(q.paragraph, q.end);
    const alternative =
      q.prevEnd > 0 && position(q.paragraph, q.prevEnd) === exampleEnd && /^(?:or|and)$/u.test(before);
    if (isExamplePhrasing(before) || alternative) exampleEnd = endAt;
    if (looksLikeTitle(text, lex) || exampleEnd === endAt) continue;
    const previous = found[found.length - 1];
    const followsQuote = q.prevEnd > 0 && previous !== undefined && previous.endParagraph === q.paragraph;
    const afterSubject = subjectAfterQuote(q, located[index + 1], raw, after, para, lex);
    if (!longEnough(text) && !shortQuoteCounts(text, raw, before, sentence, after, lex)) {
      // Otherwise a short quote counts only as its own attributed utterance ("This is war," wrote
      // Graham) or as the tail of a quote in the same paragraph.
      const ownAttribution = afterSubject !== null;
      // One word counts only with an attribution of its own ("“Really,” she added").
      if (before !== '' || !(ownAttribution || (followsQuote && wordCount(text) >= 2))) continue;
    }
    const standsAlone = before === '' || /[:,—–-]$/.test(before) || hasSpeechVerb(before, lex);
    if (!standsAlone && !hasSpeechVerb(after, lex) && !hasSpeechVerb(sentence, lex)) continue;
    const sentenceStart = Math.max(0, para.slice(0, q.start).lastIndexOf(sentence.slice(0, 30)));
    const sentenceAt = position(q.paragraph, sentenceStart);
    // From the previous quote kept, not from a title in quotes dropped between them ("the set of “Cargo,”").
    const between = followsQuote && previous ? para.slice(previous.end, q.start) : null;
    const subjects: SubjectPhrase[] = [];
    const add = (side: AttributionSide, phrase: string | null, where: number) => {
      if (phrase && !isJoinerOnly(phrase, lex)) subjects.push({ side, phrase, at: where });
    };
    add('after', afterSubject, at);
    add('before', subjectBefore(before, lex), sentenceAt);
    // The whole sentence when the clause before names nobody ("…, arguing that it has “…”"), also
    // when a title in quotes ends the clause before ("he told “Fox & Friends,” “…”").
    if (
      (before !== '' && (!standsAlone || sharesSubjectOfSentence(before, lex))) ||
      (before === '' && q.prevEnd > 0 && hasSpeechVerb(sentence, lex))
    )
      add('sentence', subjectBefore(sentence, lex), sentenceAt);
    add('participle', participleSubject(before, after, lex), at);
    found.push({
      text,
      paragraph: q.paragraph,
      endParagraph,
      start: q.start,
      end: q.end,
      at,
      before,
      sentence,
      after,
      subjects,
      spoken: hasSpeechVerb(before, lex) || hasSpeechVerb(after, lex) || hasSpeechVerb(sentence, lex),
      opensParagraph: para.slice(0, q.start).trim() === '',
      followsQuote,
      sharesSentenceWithPrevious:
        between !== null &&
        previous !== undefined &&
        !/[.!?]["”’'»]?\s/u.test(para.slice(Math.max(0, previous.end - 2), q.start)),
      continuesPrevious: partOfPrevious(between, previous?.text ?? '', after, afterSubject, lex),
      relayedBy: relayNarrator(after, lex),
    });
  }
  return found;
}

/** The quote ends open (a comma, a dash, ? or !) and runs on into the clause after it. */
function joinedToAfter(raw: string, after: string): boolean {
  return /[,—–-]\s*$/.test(raw) || /^\s*[,—–-]/.test(after) || /[?!]\s*$/.test(raw);
}

/**
 * The subject of the attribution after a quote ("…,” Miller said), or null. "… is unlawful”. If Jon
 * asks …": a period after the closing mark ends the sentence, and so does a full stop inside the
 * marks before a capital ("… history.” As Mason says, …"): what follows introduces the next quote.
 */
function subjectAfterQuote(
  q: Located,
  next: Located | undefined,
  raw: string,
  after: string,
  para: string,
  lex: Lexicon,
): string | null {
  const closed = /^[”"’'»]*\.\s/u.test(after) || (/\.\s*$/u.test(raw) && /^\s*\(?\p{Lu}/u.test(after));
  if (closed) return null;
  const joined = joinedToAfter(raw, after);
  return (
    (joined ? null : trailingSubject(after, lex)) ??
    subjectAfter(after, joined, lex) ??
    (joined ? sharedAttribution(q, next, para, lex) : null)
  );
}
