/** A name written after a preposition of place is scored as a place (speakers/place-features.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../support/quotes.ts';

describe('names written as places', () => {
  const paragraphs = [
    'Protests went on for a third night in Hong Kong, where Mayor Tom Reddick met the organisers.',
    '“There is absolutely no room for compromise on this at all,” the mayor said.',
  ];

  it('marks a name written after "in" as a place, whatever its words look like', () => {
    expect(featuresOf('Hong Kong', ...paragraphs)[0]).toContain('afterPlaceWord');
  });

  it('leaves a person named as a sentence’s subject alone', () => {
    expect(featuresOf('Tom Reddick', ...paragraphs)[0]).not.toContain('afterPlaceWord');
  });
});
