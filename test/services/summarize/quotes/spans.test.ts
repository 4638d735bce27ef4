/** Which marks open and close a quotation when a page types them the wrong way round. */
import { describe, expect, it } from 'vitest';
import { findSpans } from '../../../../src/services/summarize/quotes/spans.ts';

const inner = (text: string) => findSpans(text, 0).map((s) => s.inner);

describe('closing marks typed the wrong way round', () => {
  it('closes a quote at a “ glued to the end of a word, not at a ” much later', () => {
    expect(
      inner(
        'The mayor called the plan “reckless and cruel“ in a post on Sunday. Her deputy said it was “the only way”.',
      ),
    ).toEqual(['reckless and cruel', 'the only way']);
  });

  it('closes a curly quote at a straight mark glued to a word and followed by a space', () => {
    expect(
      inner(
        'She said the city had “clearly failed its residents" on housing, then left. Later: “We will see.”',
      ),
    ).toEqual(['clearly failed its residents', 'We will see.']);
  });

  it('keeps a straight-quoted word inside a curly quote as part of it', () => {
    expect(inner('“They call it "progress" but it is not,” the farmer said.')).toEqual([
      'They call it "progress" but it is not,',
    ]);
  });
});
