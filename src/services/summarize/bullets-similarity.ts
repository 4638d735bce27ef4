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

const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased content words; CJK text falls back to character bigrams. */
export function terms(text: string): string[] {
  const lower = text.toLowerCase();
  // Most sentences hold no kana or hanzi: then no word needs the per-word script test.
  const unspaced = UNSPACED.test(lower);
  const result: string[] = [];
  for (const word of lower.match(WORD) ?? []) {
    if (STOPWORDS.has(word)) continue;
    if (unspaced && word.length > 1 && UNSPACED.test(word)) {
      for (let i = 0; i + 1 < word.length; i += 1) result.push(word.slice(i, i + 2));
    } else if (word.length > 1 || (word >= '0' && word <= '9')) result.push(word);
  }
  return result;
}

/** TF-IDF vectors, with IDF taken over the given texts themselves (no outside corpus). */
export function termVectors(texts: string[]): TermVector[] {
  return termVectorsOf(texts.map(terms));
}

/** termVectors for texts already cut into terms (callers that compare the same sentences twice). */
export function termVectorsOf(termLists: string[][]): TermVector[] {
  // Terms numbered in first-seen order; a text counts once towards a term's document frequency.
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const lastText: number[] = [];
  const idLists = termLists.map((list, t) => {
    const idList = new Array<number>(list.length);
    list.forEach((term, k) => {
      let id = ids.get(term);
      if (id === undefined) {
        ids.set(term, (id = frequency.length));
        frequency.push(0);
        lastText.push(-1);
      }
      if (lastText[id] !== t) {
        lastText[id] = t;
        frequency[id] = frequency[id]! + 1;
      }
      idList[k] = id;
    });
    return idList;
  });
  const count = Math.max(1, termLists.length);
  // One logarithm per distinct term rather than per occurrence: the same value every time.
  const idfs = frequency.map((f) => Math.log(1 + count / f));
  // Weights summed per term in a dense array (0 + idf + idf …, as the map sums did), then laid out
  // in first-occurrence order, the order the vector's map has always had.
  const sums = new Float64Array(frequency.length);
  return termLists.map((list, t) => {
    const idList = idLists[t]!;
    for (const id of idList) sums[id] = sums[id]! + idfs[id]!;
    const vector: TermVector = new Map();
    idList.forEach((id, k) => {
      if (sums[id] === 0) return;
      vector.set(list[k]!, sums[id]!);
      sums[id] = 0;
    });
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
 * cosine(vectors[i], vectors[j]) for every pair. Only pairs sharing a term can score above 0, so each
 * vector walks its terms in order and adds to the dot products of the vectors holding that term: per
 * pair, the same products summed in the same order (the pairs are most of the ranking time).
 */
export function highestCosines(vectors: TermVector[]): number[] {
  const count = vectors.length;
  // Term -> [vector index, weight, vector index, weight, …], in vector order.
  const postings = new Map<string, number[]>();
  const norms = new Float64Array(count);
  vectors.forEach((vector, j) => {
    let norm = 0;
    for (const [term, weight] of vector) {
      const list = postings.get(term);
      if (list) list.push(j, weight);
      else postings.set(term, [j, weight]);
      norm += weight * weight;
    }
    norms[j] = norm;
  });
  const highest = vectors.map(() => 0);
  const dots = new Float64Array(count);
  const touched: number[] = [];
  vectors.forEach((a, i) => {
    for (const [term, weight] of a) {
      const list = postings.get(term)!;
      for (let k = 0; k < list.length; k += 2) {
        const j = list[k]!;
        if (j === i) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] = dots[j]! + weight * list[k + 1]!;
      }
    }
    const normA = norms[i]!;
    for (const j of touched) {
      const normB = norms[j]!;
      const similarity = normA === 0 || normB === 0 ? 0 : dots[j]! / Math.sqrt(normA * normB);
      highest[i] = Math.max(highest[i]!, similarity);
      dots[j] = 0;
    }
    touched.length = 0;
  });
  return highest;
}
