import type { Article } from '../../types.ts';
import { trimToClause } from './trim.ts';
import { RANK_WEIGHTS, scoreSentences, type Candidate } from './rank.ts';
import { cosineWithDense, denseWeights, TermIds, termVectorsOf, type TermVector } from './similarity.ts';

export interface BulletOptions {
  /** Most bullets returned, key points included (default 5). */
  maxBullets?: number;
  /** Fewest bullets returned when the article has enough sentences (default 3). */
  minBullets?: number;
  /** Longest bullet in characters; longer sentences are cut at a clause (default 280). */
  maxChars?: number;
}

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
  // Boilerplate ("Sign up for our newsletter") is never a key point, however short the article.
  const termIds = new TermIds();
  const candidates = scoreSentences(article, RANK_WEIGHTS, termIds).filter(
    (candidate) => !candidate.boilerplate,
  );
  const wanted = Math.min(maxBullets, Math.max(minBullets, keyPoints.length + 2)) - keyPoints.length;
  const chosen = pickDiverse(candidates, keyPoints, wanted, termIds);
  const bullets = chosen
    .sort((a, b) => a.index - b.index)
    .map((candidate) => trimToClause(candidate.text, maxChars));
  return [...keyPoints, ...bullets];
}

/** Maximal marginal relevance: high scores first, skipping what repeats a chosen bullet or key point. */
function pickDiverse(
  candidates: Candidate[],
  keyPoints: string[],
  wanted: number,
  termIds: TermIds,
): Candidate[] {
  if (wanted <= 0) return [];
  const idLists = candidates.map((candidate) => candidate.termIds);
  for (const point of keyPoints) idLists.push(termIds.of(point));
  const termCount = termIds.size;
  const vectors = termVectorsOf(idLists, termCount);
  // Each open candidate's highest similarity to anything chosen so far: a running maximum, updated
  // with each newly chosen vector instead of re-comparing with every chosen one each round.
  const overlaps = candidates.map(() => 0);
  const open = new Set(candidates.keys());
  const addChosen = (vector: TermVector) => {
    const weights = denseWeights(vector, termCount);
    for (const position of open)
      overlaps[position] = Math.max(
        overlaps[position]!,
        cosineWithDense(vectors[position]!, weights, vector.norm),
      );
  };
  for (const vector of vectors.slice(candidates.length)) addChosen(vector);
  const chosen: Candidate[] = [];
  while (chosen.length < wanted && open.size > 0) {
    let best: number | null = null;
    let bestValue = -Infinity;
    for (const position of open) {
      const candidate = candidates[position]!;
      const overlap = overlaps[position]!;
      if (overlap > RANK_WEIGHTS.redundantAbove) continue;
      const value = RANK_WEIGHTS.mmrLambda * candidate.score - (1 - RANK_WEIGHTS.mmrLambda) * overlap;
      if (value > bestValue) {
        best = position;
        bestValue = value;
      }
    }
    if (best === null) break;
    chosen.push(candidates[best]!);
    open.delete(best);
    if (chosen.length < wanted) addChosen(vectors[best]!);
  }
  return chosen;
}
