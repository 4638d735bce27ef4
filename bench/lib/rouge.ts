/**
 * ROUGE-1, ROUGE-2 and ROUGE-Lsum F1, following rouge-score's definitions: lowercase `\w+` tokens,
 * no stemming; Lsum is the summary-level LCS (union of LCS hits per reference sentence, each token
 * counted at most as often as it occurs in both summaries).
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeLsum: number;
}

export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/\w+/g) ?? [];
}

function f1(hits: number, candidateLength: number, referenceLength: number): number {
  if (hits === 0 || candidateLength === 0 || referenceLength === 0) return 0;
  const precision = hits / candidateLength;
  const recall = hits / referenceLength;
  return (2 * precision * recall) / (precision + recall);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i += 1) {
    const gram = tokens.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function rougeN(candidate: string[], reference: string[], n: number): number {
  const candidateGrams = ngramCounts(candidate, n);
  const referenceGrams = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of candidateGrams) hits += Math.min(count, referenceGrams.get(gram) ?? 0);
  return f1(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Indices in `reference` of one longest common subsequence with `candidate`. */
function lcsIndices(reference: string[], candidate: string[]): number[] {
  const rows = reference.length;
  const cols = candidate.length;
  const table: number[][] = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = 1; i <= rows; i += 1) {
    const row = table[i]!;
    const previous = table[i - 1]!;
    for (let j = 1; j <= cols; j += 1) {
      row[j] =
        reference[i - 1] === candidate[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
  }
  const indices: number[] = [];
  let i = rows;
  let j = cols;
  while (i > 0 && j > 0) {
    if (reference[i - 1] === candidate[j - 1]) {
      indices.push(i - 1);
      i -= 1;
      j -= 1;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i -= 1;
    else j -= 1;
  }
  return indices.reverse();
}

function rougeLsum(candidateSentences: string[][], referenceSentences: string[][]): number {
  const candidateCounts = new Map<string, number>();
  const referenceCounts = new Map<string, number>();
  for (const token of candidateSentences.flat())
    candidateCounts.set(token, (candidateCounts.get(token) ?? 0) + 1);
  for (const token of referenceSentences.flat())
    referenceCounts.set(token, (referenceCounts.get(token) ?? 0) + 1);
  let hits = 0;
  for (const reference of referenceSentences) {
    const union = new Set<number>();
    for (const candidate of candidateSentences)
      for (const index of lcsIndices(reference, candidate)) union.add(index);
    for (const index of [...union].sort((a, b) => a - b)) {
      const token = reference[index]!;
      const inCandidate = candidateCounts.get(token) ?? 0;
      const inReference = referenceCounts.get(token) ?? 0;
      if (inCandidate > 0 && inReference > 0) {
        hits += 1;
        candidateCounts.set(token, inCandidate - 1);
        referenceCounts.set(token, inReference - 1);
      }
    }
  }
  const candidateLength = candidateSentences.flat().length;
  const referenceLength = referenceSentences.flat().length;
  return f1(hits, candidateLength, referenceLength);
}

/** Scores a summary given as sentences (or bullets) against reference sentences; F1 x 100. */
export function rouge(candidateSentences: string[], referenceSentences: string[]): RougeScores {
  const candidate = candidateSentences.map(tokenize);
  const reference = referenceSentences.map(tokenize);
  return {
    rouge1: 100 * rougeN(candidate.flat(), reference.flat(), 1),
    rouge2: 100 * rougeN(candidate.flat(), reference.flat(), 2),
    rougeLsum: 100 * rougeLsum(candidate, reference),
  };
}
