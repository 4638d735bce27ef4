/**
 * Direct quotations and their speakers: the quote pipeline, from quote marks (quotes/) through the
 * attribution clause (quotes/) to the speaker's full name (speakers/).
 *
 * What counts as a quote (the same convention the hand-annotated fixtures follow):
 * - words inside "…", “…”, « … », „ … “ or 「 … 」, or '…' and ‘…’ in an article that quotes with single
 *   marks (quotes/single-marks.ts); a paragraph left open and continued by a paragraph that reopens the quote
 *   is one quote; nested quotes stay part of it;
 * - at least 5 words (8 characters for CJK): 1–4 word scare quotes, nicknames and titles never count,
 *   nor do title-cased names of songs, books or shows;
 * - a fragment inside a sentence (“Miller said the US “condemned…””) counts only when a speech verb
 *   (said, told, according to, sagte, dijo…) is in the same sentence; a quote standing as its own
 *   sentence counts whether or not it is attributed.
 *
 * Who said it: the attribution clause after the quote, then before it, then the whole sentence
 * (quotes/attribution.ts; Japanese, Chinese and Korean in quotes/cjk.ts), resolved to a full name by
 * speakers/resolver.ts (surnames, roles, group and organisation nouns, pronouns with gender/number agreement;
 * words two people gave jointly go to the first named).
 */
import type { Article, Quote } from '../types.ts';
import { splitSentences } from '../text/sentences.ts';
import { rankByAttribution } from './quotes/rank.ts';
import type { AttributedQuote } from './quotes/types.ts';
export { rankByAttribution, topQuotes } from './quotes/rank.ts';
export type { AttributedQuote } from './quotes/types.ts';
import { findQuoteRuns, quoteMarkMode } from './quotes/spans.ts';
import { collectMentions } from './speakers/mentions.ts';
import { SpeakerResolver } from './speakers/resolver.ts';
import { trailingSubject } from './quotes/trailing.ts';
import { pronounConfidence } from './speakers/pronoun-confidence.ts';
import {
  askedAbout,
  interviewee,
  leadInOnly,
  quoteGap,
  reportedSpeaker,
  sharesSentence,
} from './speakers/context.ts';
import {
  clauseAfter,
  clauseBefore,
  lastSentence,
  leadSentence,
  locate,
  looksLikeTitle,
  signatureLine,
  wordCount,
} from './quotes/clauses.ts';
import { hasSpeechVerb, mainSubject, participleSubject, relayNarrator } from './quotes/attribution.ts';
import { subjectAfter } from './quotes/subject-after.ts';
import { subjectBefore } from './quotes/subject-before.ts';
import { lexiconForArticle } from './lexicon/lexicon.ts';
import {
  voiceGoesOn,
  isExamplePhrasing,
  longEnough,
  namesSomeone,
  sharedAttribution,
  sharesSubjectOfSentence,
} from './quotes/cues.ts';
import { position } from './position.ts';

/** Every direct quotation in the article's paragraphs, in article order, with its speaker's full name. */
export function extractQuotes(article: Article): Quote[] {
  return extractAttributedQuotes(article).map((a) => a.quote);
}

/**
 * Quotes with how sure the speaker is: 3 = a name written in the attribution ("…," Miller said),
 * 2 = a pronoun or role noun in it ("she said", "the spokesman said"), 1 = carried over from
 * context (the previous quote, an introducing sentence), 0 = no speaker.
 */
export function extractAttributedQuotes(article: Article): AttributedQuote[] {
  const paragraphs = article.paragraphs;
  const lex = lexiconForArticle(article);
  // Names are collected only once a quote needs a speaker: many articles quote nobody.
  let builtResolver: SpeakerResolver | undefined;
  // Whether the article quotes with single marks, decided once for the spans and the mentions.
  const single = quoteMarkMode(paragraphs);
  const speakers = () =>
    (builtResolver ??= new SpeakerResolver(collectMentions(paragraphs, single, lex), paragraphs, lex));
  const quotes: AttributedQuote[] = [];
  let lastQuoteParagraph = -10;
  let lastQuoteSpeaker: string | null = null;
  // Everyone given a quote so far.
  const quotedSpeakers = new Set<string>();
  let lastQuoteEndParagraph = -10;
  // Where the last example phrasing ended (a position; -1: none).
  let exampleEnd = -1;
  const located = locate(findQuoteRuns(paragraphs, single), paragraphs);
  for (const [index, q] of located.entries()) {
    const raw = q.run.text;
    const text = raw.replace(/^[\s,;:]+|[\s,;:]+$/g, '').trim();
    const lastSpan = q.run.spans[q.run.spans.length - 1];
    const endPara = lastSpan?.paragraph ?? q.paragraph;
    const para = paragraphs[q.paragraph] ?? '';
    const endText = paragraphs[endPara] ?? '';
    const before = clauseBefore(para, q.prevEnd, q.start, lex);
    // The whole sentence up to the quote: a speech verb may sit before an earlier fragment.
    const sentence = clauseBefore(para, 0, q.start, lex);
    const after = lastSpan?.open
      ? ''
      : clauseAfter(endText, q.end, q.nextStart, lex) ||
        signatureLine(paragraphs[endPara + 1], endText, q.end);
    const at = position(q.paragraph, q.start);
    // "Try saying, “I don’t know” or “…”": each alternative offered is an example phrasing too.
    const endAt = position(q.paragraph, q.end);
    const alternative =
      q.prevEnd > 0 && position(q.paragraph, q.prevEnd) === exampleEnd && /^(?:or|and)$/u.test(before);
    if (isExamplePhrasing(before) || alternative) exampleEnd = endAt;
    if (looksLikeTitle(text, lex) || exampleEnd === endAt) continue;
    const joined = /[,—–-]\s*$/.test(raw) || /^\s*[,—–-]/.test(after) || /[?!]\s*$/.test(raw);
    const standsAlone = before === '' || /[:,—–-]$/.test(before) || hasSpeechVerb(before, lex);
    // "… is unlawful”. If Jon asks …": a period after the closing mark ends the sentence; what
    // follows is a new one, not this quote's attribution.
    // So does a quote ending in a full stop inside its marks, followed by a capital ("… history.”
    // As Mason says, it is “…”"): the next sentence introduces the next quote.
    const closed = /^[”"’'»]*\.\s/u.test(after) || (/\.\s*$/u.test(raw) && /^\s*\(?\p{Lu}/u.test(after));
    let subject = closed
      ? null
      : ((joined ? null : trailingSubject(after, lex)) ??
        subjectAfter(after, joined, lex) ??
        (joined ? sharedAttribution(q, located[index + 1], para, lex) : null));
    if (!longEnough(text)) {
      // A short quote counts only as its own attributed utterance ("This is war," wrote Graham) or
      // as the tail of an attributed quote in the same paragraph; otherwise it is a scare quote or title.
      const continuesQuote = q.prevEnd > 0 && lastQuoteParagraph === q.paragraph && lastQuoteSpeaker !== null;
      const ownAttribution = subject !== null && joined;
      if (wordCount(text) < 2 || before !== '' || !(ownAttribution || continuesQuote)) continue;
    }
    if (!standsAlone && !hasSpeechVerb(after, lex) && !hasSpeechVerb(sentence, lex)) continue;
    const resolver = speakers();

    // Try the attribution after the quote, then before it, then the whole sentence: first one naming someone wins.
    const sentenceStart = Math.max(0, para.slice(0, q.start).lastIndexOf(sentence.slice(0, 30)));
    const sentenceAt = position(q.paragraph, sentenceStart);
    const candidates: Array<[string | null, number]> = [
      [subject, at],
      [subjectBefore(before, lex), sentenceAt],
      // The whole sentence when the clause before names nobody ("…, arguing that it has “…”").
      [
        // Also when a title in quotes ends the clause before ("he told “Fox & Friends,” “…”").
        (before !== '' && (!standsAlone || sharesSubjectOfSentence(before))) ||
        (before === '' && q.prevEnd > 0 && hasSpeechVerb(sentence, lex))
          ? subjectBefore(sentence, lex)
          : null,
        sentenceAt,
      ],
      [participleSubject(before, after, lex), at],
    ];
    let speaker: string | null = null;
    let confidence = 1;
    subject = null;
    for (const [candidate, where] of candidates) {
      if (candidate === null) continue;
      subject ??= candidate;
      // A pronoun refers to someone named before its own sentence ("Davos, he said, is …"),
      // or failing that, earlier in the same sentence ("Trump said he … as he asserted …").
      speaker = resolver.resolve(candidate, where) ?? (where !== at ? resolver.resolve(candidate, at) : null);
      confidence = namesSomeone(candidate, lex)
        ? 3
        : pronounConfidence(candidate, speaker, lastQuoteSpeaker, resolver, at, lex);
      if (speaker) break;
    }
    // An attribution naming nobody in a sentence an earlier quote shares: that quote's speaker goes on.
    if (speaker === null && lastQuoteParagraph === q.paragraph && sharesSentence(para, q.prevEnd, q.start)) {
      speaker = lastQuoteSpeaker;
    }
    // "“…,” the fundraiser continued": going on is what the voice of the quote just before does.
    const continues = voiceGoesOn(after, lex);
    if (speaker === null && subject !== null && continues && q.paragraph - lastQuoteEndParagraph <= 1) {
      speaker = lastQuoteSpeaker;
    }
    if (subject === null) {
      const prevPara = paragraphs[q.paragraph - 1] ?? '';
      const leadIn = clauseBefore(para, 0, q.start, lex) === '' ? leadSentence(para, q.start, lex) : '';
      // The quote opens its paragraph (indentation aside).
      const opensParagraph = para.slice(0, q.start).trim() === '';
      const asked = leadIn ? askedAbout(para.slice(0, q.start), leadIn, lex) : null;
      // "Buckley, who phoned in …, had a similar experience: “…”": the sentence's subject introduces it.
      const colonIntro = /:$/u.test(before) ? resolver.sentenceSubject(sentenceAt, at) : null;
      if (colonIntro) {
        speaker = colonIntro;
      } else if (q.prevEnd > 0 && lastQuoteParagraph === q.paragraph) {
        speaker = lastQuoteSpeaker;
      } else if (leadIn && hasSpeechVerb(leadIn, lex)) {
        // "Ella confirmó a PolitiFact que … . “Filmamos …”": the sentence before introduces the speaker.
        const intro = subjectBefore(leadIn, lex);
        speaker = intro !== null ? resolver.resolve(intro, at) : null;
      } else if (asked) {
        speaker = resolver.resolve(asked, at);
      } else if (before === '' && opensParagraph && /:\s*$/.test(prevPara)) {
        const intro = subjectBefore(clauseBefore(prevPara, 0, prevPara.length, lex), lex);
        speaker = resolver.resolve(intro ?? 'he', at);
      } else if (
        quoteGap(paragraphs, lastQuoteEndParagraph, q.paragraph) <= 2 &&
        (before === '' || (before === sentence && leadInOnly(before, text, lex)))
      ) {
        speaker =
          (q.paragraph - lastQuoteEndParagraph === 2 && opensParagraph
            ? reportedSpeaker(lastSentence(prevPara, lex), at, resolver, lex)
            : null) ??
          (!opensParagraph ? resolver.introducedBefore(at) : null) ??
          lastQuoteSpeaker ??
          resolver.last;
      } else if (before === '' && opensParagraph && hasSpeechVerb(lastSentence(prevPara, lex), lex)) {
        const intro = subjectBefore(lastSentence(prevPara, lex), lex);
        speaker = intro !== null ? resolver.resolve(intro, at) : null;
      } else if (before === '' && opensParagraph && resolver.last === null) {
        // Q&A-style pieces ("I spoke with Neil Cohen, …") quote the interviewee without attributions.
        speaker = interviewee(paragraphs, resolver);
      } else if (/:$/u.test(sentence)) {
        // "In his speech, Kennedy invoked the Holocaust …: “…”": a colon after a sentence with no speech
        // verb sets off its subject's words, when that subject is someone the article quotes (not
        // "Jesus was born … to fulfill the prophecy of Micah 5:2:").
        const intro = mainSubject(sentence, lex);
        const who = intro !== null ? resolver.resolve(intro, at) : null;
        speaker = who !== null && quotedSpeakers.has(who) ? who : null;
      }
    }
    // Relayed words ("X recalled a nurse asking") belong to someone else; X is who goes on speaking.
    const narrator = relayNarrator(after, lex);
    const goesOn: string | null = narrator !== null ? resolver.resolve(narrator, at) : speaker;
    resolver.remember(goesOn, endPara);
    const spoken = hasSpeechVerb(before, lex) || hasSpeechVerb(after, lex) || hasSpeechVerb(sentence, lex);
    quotes.push({ quote: { text, speaker }, confidence: speaker === null ? 0 : confidence, spoken });
    lastQuoteParagraph = endPara;
    lastQuoteEndParagraph = endPara;
    lastQuoteSpeaker = goesOn;
    if (speaker) quotedSpeakers.add(speaker);
  }
  return quotes;
}

/**
 * Quotes ordered most newsworthy first; ties keep article order. The article is read again to know
 * how each speaker was found; a quote not found in it counts as named when it has a speaker.
 */
export function rankQuotes(quotes: Quote[], article: Article): Quote[] {
  return rankByAttribution(quotes, extractAttributedQuotes(article));
}

/** Shortens a quote to at most `max` characters at a sentence boundary, marking the cut with "…". */
export function trimQuote(text: string, max = 300): string {
  if (text.length <= max) return text;
  let out = '';
  for (const sentence of splitSentences(text)) {
    const next = out ? `${out} ${sentence}` : sentence;
    if (next.length + 2 > max) break;
    out = next;
  }
  if (!out) {
    const cut = text.slice(0, max - 1);
    const space = cut.lastIndexOf(' ');
    out = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/u, '');
    return `${out}…`;
  }
  return `${out} …`;
}
