/**
 * Bag-of-words vectors for comparing sentences (centrality, headline match, redundancy).
 *
 * Terms are numbered per article (TermIds) so that vectors are arrays and comparing two is array
 * reads rather than string-keyed map lookups; every sum is still taken in the order the earlier
 * Map-based vectors used, so each score comes out the same to the last bit.
 */

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

const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((word) => word.length));

const UNSPACED = /[\u3040-\u30ff\u4e00-\u9fff]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit outside ASCII: 0 not yet asked, 1 a letter or digit, 2 not (a pattern test once per unit). */
const wordUnits = new Uint8Array(0x10000);

/**
 * How many UTF-16 units the letter or digit (/[\p{L}\p{N}]/u) at `i` takes: 1, 2 for a surrogate
 * pair, or 0 when there is none. Scanning loops test characters by code with it, not one-character
 * strings against the pattern.
 */
function letterOrDigitWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = wordUnits[code]!;
  if (known === 0) wordUnits[code] = known = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Numbers for an article's terms, given in the order the terms are first seen. */
export class TermIds {
  private readonly ids = new Map<string, number>();

  /** How many distinct terms have been numbered (every id is below it). */
  get size(): number {
    return this.ids.size;
  }

  /**
   * The lower-cased content words of `text` as numbers, in order (a repeated word repeats its
   * number); CJK text falls back to character bigrams. Words are the runs /[\p{L}\p{N}]+/gu finds,
   * read by character code rather than matched (this runs on every sentence of every article).
   */
  of(text: string): number[] {
    const list: number[] = [];
    const lower = text.toLowerCase();
    // Most sentences hold no kana or hanzi: then no word needs the per-word script test.
    const unspaced = UNSPACED.test(lower);
    let start = -1;
    for (let i = 0; i < lower.length; ) {
      const width = letterOrDigitWidth(lower, i);
      if (width > 0) {
        if (start < 0) start = i;
        i += width;
        continue;
      }
      if (start >= 0) this.addWord(lower.slice(start, i), unspaced, list);
      start = -1;
      i += 1;
    }
    if (start >= 0) this.addWord(lower.slice(start), unspaced, list);
    return list;
  }

  private addWord(word: string, unspaced: boolean, list: number[]): void {
    // Only words of a stopword's length are looked up: a one-letter word is dropped below unless
    // it is a digit (no stopword is), and a longer one than any stopword cannot be one.
    if (word.length > 1 && word.length <= LONGEST_STOPWORD && STOPWORDS.has(word)) return;
    if (unspaced && word.length > 1 && UNSPACED.test(word)) {
      for (let i = 0; i + 1 < word.length; i += 1) list.push(this.idOf(word.slice(i, i + 2)));
    } else if (word.length > 1 || (word >= '0' && word <= '9')) list.push(this.idOf(word));
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }
}

/** A text's TF-IDF weights: its distinct terms in first-occurrence order, each with its weight. */
export interface TermVector {
  // Plain arrays: a sentence has a few dozen terms, and a typed array costs more to make than to read.
  ids: number[];
  weights: number[];
  /** Sum of squared weights, added up in that order (the order cosine has always summed them in). */
  norm: number;
}

/**
 * TF-IDF vectors of texts given as term ids (all below `termCount`), with IDF taken over the given
 * texts themselves (no outside corpus).
 */
export function termVectorsOf(idLists: number[][], termCount: number): TermVector[] {
  // A text counts once towards a term's document frequency (texts numbered from 1 here, so the
  // array's zeros mean "none yet").
  const frequency = new Int32Array(termCount);
  const lastText = new Int32Array(termCount);
  for (let t = 1; t <= idLists.length; t++) {
    for (const id of idLists[t - 1]!) {
      if (lastText[id] === t) continue;
      lastText[id] = t;
      frequency[id] = frequency[id]! + 1;
    }
  }
  const count = Math.max(1, idLists.length);
  // One logarithm per document frequency rather than per term (most terms are in one or two
  // texts): the same expression, so the same value.
  const idfByFrequency = new Float64Array(count + 1);
  const idfs = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const f = frequency[id]!;
    if (f === 0) continue;
    if (idfByFrequency[f] === 0) idfByFrequency[f] = Math.log(1 + count / f);
    idfs[id] = idfByFrequency[f]!;
  }
  // Weights summed per term (0 + idf + idf …, as the map sums did), then laid out in first-occurrence order.
  const sums = new Float64Array(termCount);
  return idLists.map((list) => {
    for (const id of list) sums[id] = sums[id]! + idfs[id]!;
    const ids: number[] = [];
    const weights: number[] = [];
    let norm = 0;
    for (const id of list) {
      const weight = sums[id]!;
      if (weight === 0) continue;
      ids.push(id);
      weights.push(weight);
      norm += weight * weight;
      sums[id] = 0;
    }
    return { ids, weights, norm };
  });
}

/** A vector's weights in an array indexed by term id (0 where it lacks the term), for repeated lookups. */
export function denseWeights(vector: TermVector, termCount: number): Float64Array {
  const dense = new Float64Array(termCount);
  vector.ids.forEach((id, k) => (dense[id] = vector.weights[k]!));
  return dense;
}

/**
 * cosine(a, b) for b given densely with its squared norm: a's terms in order, each times b's weight
 * (a missing term adds w × 0, which leaves the sum as it is).
 */
export function cosineWithDense(a: TermVector, b: Float64Array, normB: number): number {
  let dot = 0;
  const { ids, weights } = a;
  for (let k = 0; k < ids.length; k++) dot += weights[k]! * b[ids[k]!]!;
  return a.norm === 0 || normB === 0 ? 0 : dot / Math.sqrt(a.norm * normB);
}

/**
 * For each vector, its highest cosine with any other (0 when none): the same numbers as comparing
 * every pair. Only pairs sharing a term can score above 0, so each vector walks its terms in order
 * and adds to the dot products of the vectors holding that term: per pair, the same products summed
 * in the same order (the pairs are most of the ranking time).
 */
export function highestCosines(vectors: TermVector[], termCount: number): number[] {
  const count = vectors.length;
  // Postings of term id t: positions starts[t] to starts[t + 1] of (holders, holderWeights), in vector order.
  const starts = new Int32Array(termCount + 1);
  for (const vector of vectors) for (const id of vector.ids) starts[id + 1] = starts[id + 1]! + 1;
  for (let id = 0; id < termCount; id++) starts[id + 1] = starts[id + 1]! + starts[id]!;
  const holders = new Int32Array(starts[termCount]!);
  const holderWeights = new Float64Array(starts[termCount]!);
  const next = starts.slice(0, termCount);
  vectors.forEach((vector, j) => {
    vector.ids.forEach((id, k) => {
      const slot = next[id]!;
      holders[slot] = j;
      holderWeights[slot] = vector.weights[k]!;
      next[id] = slot + 1;
    });
  });
  const highest = new Array<number>(count).fill(0);
  const dots = new Float64Array(count);
  const touched: number[] = [];
  for (let i = 0; i < count; i++) {
    const { ids, weights, norm: normA } = vectors[i]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const weight = weights[k]!;
      for (let slot = starts[id]!, end = starts[id + 1]!; slot < end; slot++) {
        const j = holders[slot]!;
        if (j === i) continue;
        if (dots[j] === 0) touched.push(j);
        dots[j] = dots[j]! + weight * holderWeights[slot]!;
      }
    }
    for (const j of touched) {
      const normB = vectors[j]!.norm;
      const similarity = normA === 0 || normB === 0 ? 0 : dots[j]! / Math.sqrt(normA * normB);
      highest[i] = Math.max(highest[i]!, similarity);
      dots[j] = 0;
    }
    touched.length = 0;
  }
  return highest;
}
