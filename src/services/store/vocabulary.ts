import { boundedEditDistance } from './edit-distance.ts';

/**
 * The distinct terms of a search index, kept sorted (prefix lookups by binary search) and bucketed
 * by length with a letter-set mask each (typo lookups only compare terms that could be close).
 * New terms wait in `pending` until the next prefix lookup: a few are inserted in place (a save
 * between two searches never forces a full re-sort), many (building the index) sort once.
 */
export class Vocabulary {
  private sorted: string[] = [];
  private pending: string[] = [];
  private readonly byLength = new Map<number, { terms: string[]; masks: number[] }>();

  /** Adds a term the index has not seen before. */
  add(term: string): void {
    let bucket = this.byLength.get(term.length);
    if (!bucket) this.byLength.set(term.length, (bucket = { terms: [], masks: [] }));
    bucket.terms.push(term);
    bucket.masks.push(letterMask(term));
    this.pending.push(term);
  }

  /** Sorts terms added since the last lookup (done lazily otherwise). */
  prepare(): void {
    this.sortPending();
  }

  private sortPending(): void {
    if (this.pending.length === 0) return;
    if (this.pending.length > 256) {
      this.sorted = this.sorted.concat(this.pending).sort();
    } else {
      for (const term of this.pending) this.sorted.splice(lowerBound(this.sorted, term), 0, term);
    }
    this.pending = [];
  }

  /** Up to `max` terms that start with `prefix`, other than `prefix` itself, in sorted order. */
  withPrefix(prefix: string, max: number): string[] {
    this.sortPending();
    const out: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && out.length < max; i++) {
      const term = this.sorted[i]!;
      if (!term.startsWith(prefix)) break;
      if (term !== prefix) out.push(term);
    }
    return out;
  }

  /** Terms within `edits` edits of `word`, with their distance. */
  withinEdits(word: string, edits: number): Map<string, number> {
    const out = new Map<string, number>();
    const mask = letterMask(word);
    for (let length = Math.max(1, word.length - edits); length <= word.length + edits; length++) {
      const bucket = this.byLength.get(length);
      if (!bucket) continue;
      for (let i = 0; i < bucket.terms.length; i++) {
        // Each edit changes at most two letters' presence: a cheap filter before the real distance.
        if (bitCount(mask ^ bucket.masks[i]!) > 2 * edits) continue;
        const term = bucket.terms[i]!;
        const distance = boundedEditDistance(word, term, edits);
        if (distance <= edits) out.set(term, distance);
      }
    }
    return out;
  }
}

/** Which letters (folded onto 32 bits) a word contains. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The first position in sorted `items` whose value is not below `value`. */
function lowerBound(items: string[], value: string): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
