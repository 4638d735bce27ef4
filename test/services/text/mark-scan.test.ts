import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  doubleQuotedWords,
  quotedCharCount,
  speechQuoteCount,
} from '../../../src/services/text/mark-scan.ts';
import { fuzzParams } from '../../support/fuzz.ts';

/** The RegExps the one-pass scanners replace: same answers, only quadratic on unbalanced marks. */
const QUOTED = /["“«„]([^"”»“]{3,})["”»“]/gu;
const SPEECH = /(?:^|[\s:(])['‘]\p{L}.*?[.,!?…]["”]?['’](?=\s|$)|:\s+['‘]\p{Lu}.*[.!?…]$/gu;
const QUOTED_CHARS = /["“«„][^"”»“]{12,}["”»“]|(?:^|\s)['‘][^'’]{12,}['’](?=\s|[,.;:!?]|$)/g;

/** Text made mostly of quote marks, spaces and a few letters (and an emoji), where the patterns differ most. */
const markText = fc
  .array(fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '‘', '’', ' ', 'a', 'b', '.', ',', '😀', '\n'), {
    maxLength: 80,
  })
  .map((chars) => chars.join(''));

describe('one-pass quote mark scanning', () => {
  it('finds the words the double-mark pattern captures', () => {
    fc.assert(
      fc.property(markText, (text) => {
        expect(doubleQuotedWords(text, 3)).toEqual([...text.matchAll(QUOTED)].map((m) => m[1]));
      }),
      fuzzParams(3000),
    );
  });

  it('counts the characters the quoted-sentence pattern matches', () => {
    fc.assert(
      fc.property(markText, (text) => {
        const expected = (text.match(QUOTED_CHARS) ?? []).reduce((sum, q) => sum + q.length, 0);
        expect(speechQuoteCount("She said 'Go home.' and then: 'We are done.")).toBe(2);
        expect(quotedCharCount(text)).toBe(expected);
      }),
      fuzzParams(3000),
    );
  });

  it('counts the speech-like single-mark quotes the pattern matches', () => {
    const speechText = fc
      .array(
        fc.constantFrom(
          "'",
          '‘',
          '’',
          '"',
          '”',
          ' ',
          ':',
          '(',
          'a',
          'B',
          'é',
          '.',
          ',',
          '!',
          '…',
          '\n',
          '😀',
          '\ud835\udc00',
        ),
        {
          maxLength: 60,
        },
      )
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(speechText, (text) => {
        expect(speechQuoteCount(text)).toBe(text.match(SPEECH)?.length ?? 0);
      }),
      fuzzParams(5000),
    );
  });

  it('reads the words of a balanced quote and ignores an unclosed one', () => {
    expect(doubleQuotedWords('He said “not this” and « that one » then "open', 3)).toEqual([
      'not this',
      ' that one ',
    ]);
    expect(speechQuoteCount("She said 'Go home.' and then: 'We are done.")).toBe(2);
    expect(quotedCharCount("She said 'a long enough quote' today")).toBe(" 'a long enough quote'".length);
  });
});
