/**
 * Speakers the text names without an attribution of the quote's own: a fragment sharing a sentence
 * with an earlier quote, a lead-in naming nobody, a question the quote answers, list items between
 * quotes, a sentence-final attribution after a fragment, and a quote's last word read as a title.
 * Synthetic text only.
 */
import { describe, expect, it } from 'vitest';
import { speakers } from '../../support/quotes.ts';

describe('extractQuotes: an attribution closing the sentence of a fragment', () => {
  it('reads ", said X" and ", he warned" after words that follow the fragment', () => {
    expect(
      speakers(
        'But bicycles are among “the most repaired and reused” goods in the city, said Paula Mendes, who runs a repair shop.',
        'Tom Reid, a former adviser, spoke to the committee on Tuesday.',
        '“Every day spent on this inquiry is a day we are not spending on the interests” shared by both towns, he warned.',
      ),
    ).toEqual(['Paula Mendes', 'Tom Reid']);
  });
});

describe('extractQuotes: gender words inside a quote', () => {
  it('does not read "miss" at the end of a quote as a title of the speaker after it', () => {
    expect(
      speakers(
        '“Advice at these schools can be hit or miss,” says Bob Marsh, a consultant.',
        '“A campaign based on what families really pay would help,” he adds.',
      ),
    ).toEqual(['Bob Marsh', 'Bob Marsh']);
  });
});
