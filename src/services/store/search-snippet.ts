import type { Story } from '../types.ts';
import type { QueryExpansion } from './search-index.ts';
import { tokenize } from './tokenize.ts';

const MAX_SNIPPET_CHARS = 300;
const SENTENCE_END = /(?<=[.!?…。！？])\s+|\n+/u;

/** How many different query words `text` contains (each through any of its matching terms). */
function wordsMatched(text: string, expansion: QueryExpansion): number {
  const hit = new Set<number>();
  for (const token of tokenize(text)) {
    for (const position of expansion.termWords.get(token) ?? []) hit.add(position);
  }
  return hit.size;
}

function best(candidates: string[], expansion: QueryExpansion): string | null {
  let chosen: string | null = null;
  let chosenHits = 0;
  for (const candidate of candidates) {
    const hits = wordsMatched(candidate, expansion);
    if (hits > chosenHits) {
      chosen = candidate;
      chosenHits = hits;
    }
  }
  return chosen;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length <= MAX_SNIPPET_CHARS
    ? trimmed
    : `${trimmed.slice(0, MAX_SNIPPET_CHARS - 1).trimEnd()}…`;
}

/**
 * The line to show under a search hit: the bullet or quote matching the most query words
 * (quotes as “text” — Speaker), else the best-matching body sentence, else null.
 */
export function pickSnippet(story: Story, expansion: QueryExpansion): string | null {
  const quoteLines = story.quotes.map(
    (quote) => `“${quote.text}”${quote.speaker ? ` — ${quote.speaker}` : ''}`,
  );
  const summaryLine = best([...story.bullets, ...quoteLines], expansion);
  if (summaryLine) return clip(summaryLine);
  const sentence = best(story.body.split(SENTENCE_END), expansion);
  return sentence ? clip(sentence) : null;
}
