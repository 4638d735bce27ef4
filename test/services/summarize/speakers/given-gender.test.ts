/** The given name's gender is a feature of its own, apart from the gender the text tells (speakers/candidates.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../../support/quotes.ts';

describe('given-name gender', () => {
  it('tells a woman’s given name from "he" even where a he written beside her name misleads', () => {
    const [features] = featuresOf(
      'Sarah Pellew',
      // A "he" follows her name in the first sentence (it is her rival).
      'For that Sarah Pellew drew the ire of her rival Tom Brandt, and he called her weak on Monday.',
      '“She has no plan at all for the town budget,” he said.',
    );
    expect(features).toContain('givenGender=clash');
    const [his] = featuresOf(
      'Tom Brandt',
      'For that Sarah Pellew drew the ire of her rival Tom Brandt, and he called her weak on Monday.',
      '“She has no plan at all for the town budget,” he said.',
    );
    expect(his).toContain('givenGender=agree');
  });
});
