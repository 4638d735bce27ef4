import { splitSentences } from '../text/sentences.ts';
import type { Article } from '../types.ts';
import { trimToClause } from './bullets-trim.ts';
import { cosine, similarityToSelected, termVectors } from './bullets-similarity.ts';

export interface BulletOptions {
  /** Most bullets returned, key points included (default 5). */
  maxBullets?: number;
  /** Fewest bullets returned when the article has enough sentences (default 3). */
  minBullets?: number;
  /** Longest bullet in characters; longer sentences are cut at a clause (default 280). */
  maxChars?: number;
}

interface Candidate {
  text: string;
  index: number;
  words: number;
  score: number;
}

/** A candidate this similar to a chosen bullet says the same thing again. */
const REDUNDANT_ABOVE = 0.5;
/** MMR trade-off between a sentence's own score and its overlap with bullets already chosen. */
const MMR_LAMBDA = 0.7;

const BOILERPLATE =
  /\b(click here|sign up|subscribe|newsletter|scroll down|read more|follow us|all rights reserved|copyright|contributed to this report|e-?mail to a friend|published:|updated:|last updated|for more news|watch the video|pictured above|download the app)\b/i;
/** "ISLAMABAD:", "WASHINGTON (Reuters) -", "(CNN) --", "-lrb- cnn -rrb- --": a place or agency, not content. */
const DATELINE =
  /^(?:[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?\s*(?:\([\w .]+\))?\s*[:—–-]+\s+|\(\s*[\w .]+\s*\)\s*(?:--|—|–|-)?\s*|-lrb-\s*[\w .]+\s*-rrb-\s*(?:--|-)?\s*)/;

/**
 * Picks 3–5 key bullets from an article: the article's own key points first, then the sentences a
 * news reader needs, ranked by lead position, centrality, names and figures, with repeats removed.
 * Deterministic: the same article always gives the same bullets.
 */
export function selectBullets(article: Article, options: BulletOptions = {}): string[] {
  const maxBullets = options.maxBullets ?? 5;
  const minBullets = Math.min(options.minBullets ?? 3, maxBullets);
  const maxChars = options.maxChars ?? 280;

  const keyPoints = article.keyPoints
    .map((point) => trimToClause(point.trim(), maxChars))
    .filter(Boolean)
    .slice(0, maxBullets);
  const candidates = scoreSentences(article);
  const wanted = Math.min(maxBullets, Math.max(minBullets, keyPoints.length + 2)) - keyPoints.length;
  const chosen = pickDiverse(candidates, keyPoints, wanted);
  const bullets = chosen.sort((a, b) => a.index - b.index).map((candidate) => trimToClause(candidate.text, maxChars));
  return [...keyPoints, ...bullets];
}

/** Every sentence of the body with its standalone score; datelines already stripped. */
function scoreSentences(article: Article): Candidate[] {
  const texts = article.paragraphs.flatMap((paragraph) => splitSentences(paragraph, article.lang));
  const cleaned = texts.map((text) => text.replace(DATELINE, '').trim());
  const vectors = termVectors([...cleaned, article.headline]);
  const headlineVector = vectors.pop() ?? new Map<string, number>();
  const documentVector = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector) documentVector.set(term, (documentVector.get(term) ?? 0) + weight);
  const total = cleaned.length;

  return cleaned.map((text, index) => {
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    const vector = vectors[index] ?? new Map<string, number>();
    const lead = 1 / (1 + index / 3); // inverted pyramid: the top carries the news
    const centrality = cosine(vector, documentVector);
    const headline = article.headline ? cosine(vector, headlineVector) : 0;
    const facts = factDensity(text);
    const score = 0.45 * lead + 0.3 * centrality + 0.15 * headline + 0.1 * facts - penalty(text, words, index, total);
    return { text, index, words, score };
  });
}

/** Names and figures per word, capped: sentences with who and how many tell the story. */
function factDensity(text: string): number {
  const tokens = text.split(/\s+/).slice(1);
  if (tokens.length === 0) return 0;
  const facts = tokens.filter((token) => /^\p{Lu}/u.test(token) || /\d/.test(token)).length;
  return Math.min(1, (facts / tokens.length) * 3);
}

function penalty(text: string, words: number, index: number, total: number): number {
  let value = 0;
  if (words < 6) value += 0.5; // fragments, captions, "He said."
  else if (words < 10) value += 0.1;
  if (words > 45) value += 0.15 + (words - 45) * 0.005; // run-ons, often merged captions
  if (/\?\s*["'”’»)]*$/.test(text)) value += 0.3;
  if (BOILERPLATE.test(text)) value += 1;
  if (isMostlyQuote(text)) value += 0.2;
  if (index === total - 1 && total > 5) value += 0.05; // closing lines are rarely the news
  return value;
}

/** A sentence that is mostly someone's words belongs with the quotes, not the bullets. */
function isMostlyQuote(text: string): boolean {
  const quoted = text.match(/["“«„][^"”»“]{12,}["”»“]|(?:^|\s)['‘][^'’]{12,}['’](?=\s|[,.;:!?]|$)/g) ?? [];
  const quotedChars = quoted.reduce((sum, quote) => sum + quote.length, 0);
  return quotedChars > text.length * 0.6 || /^\s*(?:["“«„]|'{1,2}\s|‘)/.test(text);
}

/** Maximal marginal relevance: high scores first, skipping what repeats a chosen bullet or key point. */
function pickDiverse(candidates: Candidate[], keyPoints: string[], wanted: number): Candidate[] {
  if (wanted <= 0) return [];
  const vectors = termVectors([...candidates.map((candidate) => candidate.text), ...keyPoints]);
  const chosenVectors = vectors.slice(candidates.length);
  const chosen: Candidate[] = [];
  const open = new Set(candidates.map((candidate) => candidate.index));
  while (chosen.length < wanted && open.size > 0) {
    let best: Candidate | null = null;
    let bestValue = -Infinity;
    for (const index of open) {
      const candidate = candidates[index]!;
      const overlap = similarityToSelected(vectors[index]!, chosenVectors);
      if (overlap > REDUNDANT_ABOVE) continue;
      const value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * overlap;
      if (value > bestValue) {
        best = candidate;
        bestValue = value;
      }
    }
    if (best === null) break;
    chosen.push(best);
    chosenVectors.push(vectors[best.index]!);
    open.delete(best.index);
  }
  return chosen;
}
