import type { Quote } from '../../types.ts';

/** A quote as the pipeline found it: the words, who said them, and how the speaker was found. */
export interface AttributedQuote {
  quote: Quote;
  /**
   * How sure the speaker is: 3 = a name written in the attribution ("…," Miller said), 2 = a pronoun
   * or role noun in it ("she said"), 1 = carried over from context, 0 = no speaker.
   */
  confidence: number;
  /** A speech verb introduces it ("she said", "…, the filing reads"), not just a colon or a comma. */
  spoken: boolean;
}
