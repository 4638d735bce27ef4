/** Bag-of-words vectors for comparing sentences (centrality, headline match, redundancy). */

export type TermVector = Map<string, number>;

/** Function words in the languages we split; they say nothing about what a sentence is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into about over after before than then that this ' +
    "these those there here it its it's is are was were be been being has have had do does did will would could " +
    'should may might can must not no he she they we you i his her their our your my him them us me who whom which ' +
    'what when where why how all any some more most other such only own same so too very just also s t says said say ' +
    'up out one two new lrb rrb cnn ' +
    'le la les un une des du de et est en que qui dans pour pas sur au il elle ne se ce ' +
    'der die das und ist ein eine zu den von mit sich des auf für nicht im dem ' +
    'el los las y es por con para una del al lo su como ' +
    'o os as um uma do da dos das em para com não'
  ).split(' '),
);

/** Lower-cased content words; CJK text falls back to character bigrams. */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const words = (lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOPWORDS.has(word));
  const result: string[] = [];
  for (const word of words) {
    if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(word) && word.length > 1) {
      for (let i = 0; i + 1 < word.length; i += 1) result.push(word.slice(i, i + 2));
    } else if (word.length > 1 || /\d/.test(word)) result.push(word);
  }
  return result;
}

/** TF-IDF vectors, with IDF taken over the given texts themselves (no outside corpus). */
export function termVectors(texts: string[]): TermVector[] {
  const termLists = texts.map(terms);
  const documentFrequency = new Map<string, number>();
  for (const list of termLists)
    for (const term of new Set(list)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const count = Math.max(1, texts.length);
  return termLists.map((list) => {
    const vector: TermVector = new Map();
    for (const term of list) {
      const idf = Math.log(1 + count / (documentFrequency.get(term) ?? 1));
      vector.set(term, (vector.get(term) ?? 0) + idf);
    }
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  return cosineWithNorm(a, b, squaredNorm(b));
}

/** Sum of squared weights, in the map's order (the order cosine has always summed them in). */
export function squaredNorm(vector: TermVector): number {
  let norm = 0;
  for (const weight of vector.values()) norm += weight * weight;
  return norm;
}

/** cosine(a, b) when b's squared norm is already known: the same arithmetic, without re-reading b. */
export function cosineWithNorm(a: TermVector, b: TermVector, normB: number): number {
  let dot = 0;
  let normA = 0;
  for (const [term, weight] of a) {
    normA += weight * weight;
    dot += weight * (b.get(term) ?? 0);
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/**
 * For each vector, its highest cosine with any other (0 when none): the same numbers as calling
 * cosine(vectors[i], vectors[j]) for every pair, summed in the same order, but with the norms worked
 * out once and `b` read from a dense array instead of a map (the pairs are most of the ranking time).
 */
export function highestCosines(vectors: TermVector[]): number[] {
  const ids = new Map<string, number>();
  const rows = vectors.map((vector) => {
    const terms = new Int32Array(vector.size);
    const weights = new Float64Array(vector.size);
    let norm = 0;
    let k = 0;
    for (const [term, weight] of vector) {
      let id = ids.get(term);
      if (id === undefined) ids.set(term, (id = ids.size));
      terms[k] = id;
      weights[k] = weight;
      norm += weight * weight;
      k += 1;
    }
    return { terms, weights, norm };
  });
  const dense = new Float64Array(ids.size);
  const highest = vectors.map(() => 0);
  rows.forEach((b, j) => {
    for (let k = 0; k < b.terms.length; k++) dense[b.terms[k]!] = b.weights[k]!;
    rows.forEach((a, i) => {
      if (i === j) return;
      let dot = 0;
      for (let k = 0; k < a.terms.length; k++) dot += a.weights[k]! * dense[a.terms[k]!]!;
      const similarity = a.norm === 0 || b.norm === 0 ? 0 : dot / Math.sqrt(a.norm * b.norm);
      highest[i] = Math.max(highest[i]!, similarity);
    });
    for (let k = 0; k < b.terms.length; k++) dense[b.terms[k]!] = 0;
  });
  return highest;
}

/** Highest similarity between `vector` and any already chosen one (0 when none). */
export function similarityToSelected(
  vector: TermVector,
  selected: TermVector[],
  norms: readonly number[] = selected.map(squaredNorm),
): number {
  let highest = 0;
  selected.forEach((other, i) => {
    highest = Math.max(highest, cosineWithNorm(vector, other, norms[i] ?? squaredNorm(other)));
  });
  return highest;
}
