/**
 * The shingle F1 used by the article-extraction benchmark (../shared/bench/extraction/README.md),
 * implemented exactly so our numbers compare with the published ones.
 */

// Python's `\w` in Unicode mode: letters, numbers and underscore.
const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE = 4;

export interface PageScore {
  precision: number | null;
  recall: number | null;
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Multiset of 4-token shingles; a text with fewer than 4 tokens gives one shorter shingle. */
export function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const runs = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < runs; i++) {
    // \u0001 cannot be inside a token, so joined shingles never collide.
    const key = tokens.slice(i, i + SHINGLE).join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Scores one page; precision/recall are null when undefined for the corpus mean. */
export function scorePage(truth: string, prediction: string): PageScore {
  const t = shingles(truth);
  const p = shingles(prediction);
  let tp = 0;
  let truthTotal = 0;
  let predTotal = 0;
  for (const [key, count] of t) {
    truthTotal += count;
    tp += Math.min(count, p.get(key) ?? 0);
  }
  for (const count of p.values()) predTotal += count;
  let fp = predTotal - tp;
  let fn = truthTotal - tp;
  let tpN = tp;
  const total = tp + fp + fn;
  if (total > 0) {
    tpN = tp / total;
    fp = fp / total;
    fn = fn / total;
  }
  let precision: number | null;
  let recall: number | null;
  if (fp === 0 && fn === 0) {
    precision = 1;
    recall = 1;
  } else {
    precision = tpN + fp > 0 ? tpN / (tpN + fp) : null;
    recall = tpN + fn > 0 ? tpN / (tpN + fn) : null;
  }
  return { precision, recall, tp: tpN, fp, fn };
}

/** Corpus precision/recall are means over pages where each is defined; F1 is of the two means. */
export function scoreCorpus(pages: readonly PageScore[]): CorpusScore {
  let pSum = 0;
  let pCount = 0;
  let rSum = 0;
  let rCount = 0;
  for (const page of pages) {
    if (page.precision !== null) {
      pSum += page.precision;
      pCount++;
    }
    if (page.recall !== null) {
      rSum += page.recall;
      rCount++;
    }
  }
  const precision = pCount > 0 ? pSum / pCount : 0;
  const recall = rCount > 0 ? rSum / rCount : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, pages: pages.length };
}
