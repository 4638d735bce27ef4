import type { Quote } from '../types.ts';
import type { ScoredCandidate } from './speakers/model.ts';

/** A quote as the pipeline found it: the words, who said them, and how sure that is. */
export interface AttributedQuote {
  /** The quote; a quote broken by its attribution has its parts joined by " … ". */
  quote: Quote;
  /** The quoted pieces in reading order (one for a quote written in one piece). */
  parts: string[];
  /** The probability the speaker model gives the speaker; 0 when there is none. */
  confidence: number;
  /** A speech verb introduces it ("she said", "…, the filing reads"), not just a colon or a comma. */
  spoken: boolean;
  /** Every candidate speaker with its probability and main features (with the `explain` option). */
  candidates?: ScoredCandidate[];
}
