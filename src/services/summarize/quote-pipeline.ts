/**
 * Direct quotations and their speakers, in stages:
 * 1. quotes/ finds each quotation and reads the clauses around it (quotes/find.ts);
 * 2. speakers/ collects who the article names (mentions.ts, entities.ts), asks each hand-written
 *    rule whom it suggests (suggestions.ts), lists the candidate speakers with their features
 *    (candidates.ts), and the trained model picks one, or nobody when it cannot tell (model.ts);
 * 3. a quote broken by its attribution (“…,” she said. “…”) is returned as one quote (quotes/parts.ts).
 */
import type { Article, Quote } from '../types.ts';
import { summarizedParagraphs } from '../text/paragraph-bounds.ts';
import { splitSentences } from '../text/sentences.ts';
import { lexiconForArticle } from './lexicon/lexicon.ts';
import { findQuotes, type FoundQuote, MAX_QUOTES } from './quotes/find.ts';
import { joinParts } from './quotes/parts.ts';
import { rankByAttribution } from './top-quotes.ts';
import { quoteMarkMode } from './quotes/spans.ts';
import type { AttributedQuote } from './attributed-quote.ts';
import { type Candidate, candidatesFor, type QuoteHistory } from './speakers/candidates.ts';
import { ArticleEntities } from './speakers/entities.ts';
import { collectMentions } from './speakers/mentions.ts';
import { chooseSpeaker, explainCandidates, SPEAKER_MODEL, type SpeakerModel } from './speakers/model.ts';
import { SpeakerResolver } from './speakers/resolver.ts';
import { suggestSpeakers, type Suggestions } from './speakers/suggestions.ts';
export { rankByAttribution, topQuotes } from './top-quotes.ts';
export type { AttributedQuote } from './attributed-quote.ts';

export interface AttributionOptions {
  /** The speaker model (default: the committed one). */
  model?: SpeakerModel;
  /** Keep each quote's scored candidates (for `--explain`). */
  explain?: boolean;
  /** Training and tests: each quote's candidates and the rules' suggestions (entry index, in the returned order). */
  onCandidates?: (
    entry: number,
    quote: FoundQuote,
    candidates: Candidate[],
    suggestions: Suggestions,
  ) => void;
  /** What the pass builds (quotes found, mentions, resolver, context) is pushed here to keep it alive (see shapes.ts). */
  keep?: unknown[];
}

/** Every direct quotation in the article's paragraphs, in article order, with its speaker's full name. */
export function extractQuotes(article: Article): Quote[] {
  return extractAttributedQuotes(article).map((a) => a.quote);
}

/** Quotes with their parts and how sure the model is of each speaker (see the module comment). */
export function extractAttributedQuotes(input: Article, options: AttributionOptions = {}): AttributedQuote[] {
  const article = { ...input, paragraphs: summarizedParagraphs(input.paragraphs) };
  const lex = lexiconForArticle(article);
  const model = options.model ?? SPEAKER_MODEL;
  const single = quoteMarkMode(article.paragraphs);
  const found = findQuotes(article, single, lex);
  const last = found[found.length - 1];
  if (!last) return [];
  // With MAX_QUOTES read, who is named in paragraphs after the last of them is not needed.
  const paragraphs =
    found.length >= MAX_QUOTES ? article.paragraphs.slice(0, last.endParagraph + 1) : article.paragraphs;
  const mentions = collectMentions(paragraphs, single, lex);
  const resolver = new SpeakerResolver(mentions, paragraphs, lex);
  const context = {
    entities: new ArticleEntities(mentions, resolver, paragraphs),
    resolver,
    paragraphs,
    headline: article.headline,
  };
  const out: AttributedQuote[] = [];
  options.keep?.push(found, mentions, resolver, context, out);
  const history: QuoteHistory = {
    previous: null,
    beforePrevious: null,
    previousEndParagraph: -100,
    quoted: new Set(),
  };
  for (const q of found) {
    const entry = out[out.length - 1];
    if (entry && q.continuesPrevious) {
      entry.parts.push(q.text);
      entry.quote = { ...entry.quote, text: joinParts(entry.parts) };
      entry.spoken ||= q.spoken;
      history.previousEndParagraph = q.endParagraph;
      continue;
    }
    const suggestions = suggestSpeakers(q, paragraphs, history.previousEndParagraph, resolver, lex);
    const candidates = candidatesFor(q, suggestions, history, context, lex);
    options.onCandidates?.(out.length, q, candidates, suggestions);
    const choice = chooseSpeaker(candidates, model);
    // Relayed words ("X recalled a nurse asking") belong to someone else; X is who goes on speaking.
    const goesOn = q.relayedBy !== null ? resolver.resolve(q.relayedBy, q.at) : choice.speaker;
    resolver.remember(goesOn, q.endParagraph);
    out.push({
      quote: { text: q.text, speaker: choice.speaker },
      parts: [q.text],
      confidence: choice.speaker === null ? 0 : choice.probability,
      spoken: q.spoken,
      ...(options.explain ? { candidates: explainCandidates(candidates, model) } : {}),
    });
    history.beforePrevious = history.previous;
    history.previous = goesOn;
    history.previousEndParagraph = q.endParagraph;
    if (choice.speaker) history.quoted.add(choice.speaker);
  }
  return out;
}

/**
 * Quotes ordered most newsworthy first; ties keep article order. The article is read again to know
 * how sure each speaker is; a quote not found in it counts as sure when it has a speaker.
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
