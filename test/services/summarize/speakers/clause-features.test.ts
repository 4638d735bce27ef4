/** Candidate features read from the attribution's clauses (speakers/clause-features.ts). Made-up text. */
import { describe, expect, it } from 'vitest';
import { afterIsNextSentence } from '../../../../src/services/summarize/speakers/clause-features.ts';
import { featuresOf } from '../../../support/quotes.ts';

describe('afterIsNextSentence', () => {
  it('tells a clause after a quote that closed its sentence from an attribution', () => {
    expect(afterIsNextSentence({ text: 'no room for compromise', after: '. But Dana Fell disagreed' })).toBe(
      true,
    );
    expect(afterIsNextSentence({ text: 'It was over.', after: ' The mayor left the hall' })).toBe(true);
    expect(afterIsNextSentence({ text: 'It was over', after: ' Dana Fell said' })).toBe(false);
    expect(afterIsNextSentence({ text: 'Why not?', after: ' Dana Fell asked' })).toBe(false);
    expect(afterIsNextSentence({ text: 'It was over', after: ', she said' })).toBe(false);
  });
});

describe('clause features', () => {
  it('counts a name in the next sentence apart from one in the attribution after the quote', () => {
    const [nextSentence] = featuresOf(
      'Omar Lindqvist',
      'The council, its chair Rhea Castell wrote on Monday, sees “no room at all for any compromise on the budget”. But Omar Lindqvist will not take a step back.',
    );
    expect(nextSentence).toContain('inNextSentence');
    expect(nextSentence).not.toContain('inAfterClause');
    const [attribution] = featuresOf(
      'Omar Lindqvist',
      '“There is no room at all for any compromise on the budget,” Omar Lindqvist said on Monday.',
    );
    expect(attribution).toContain('inAfterClause');
    expect(attribution).not.toContain('inNextSentence');
  });
});
