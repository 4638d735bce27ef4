import { scanTokens, type TokenSink } from './tokenize.ts';
import type { Vocabulary } from './vocabulary.ts';

/** One term's documents (by slot) and how much the term weighs in each. */
export interface Postings {
  slots: number[];
  weights: number[];
  /** Live documents with this term (`slots` may still list replaced ones until compacted). */
  live: number;
}

/**
 * Adds one story's tokens straight to the postings (no per-story term map): a term's postings
 * end with this story's slot once the story has used the term, so each token costs one lookup.
 */
export class DocumentTerms implements TokenSink {
  length = 0;
  readonly distinct: string[] = [];
  private weight = 1;

  constructor(
    private readonly slot: number,
    private readonly postings: Map<string, Postings>,
    private readonly vocabulary: Vocabulary,
  ) {}

  field(text: string, weight: number): void {
    this.weight = weight;
    scanTokens(text, this);
  }

  push(token: string): void {
    const weight = this.weight;
    this.length += weight;
    let list = this.postings.get(token);
    if (!list) {
      this.postings.set(token, (list = { slots: [], weights: [], live: 0 }));
      this.vocabulary.add(token);
    }
    const last = list.slots.length - 1;
    if (last >= 0 && list.slots[last] === this.slot) {
      list.weights[last]! += weight;
    } else {
      list.slots.push(this.slot);
      list.weights.push(weight);
      list.live += 1;
      this.distinct.push(token);
    }
  }
}
