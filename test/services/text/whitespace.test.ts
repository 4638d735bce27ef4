import { describe, expect, it } from 'vitest';
import { collapseWhitespace, isWhitespaceCode } from '../../../src/services/text/whitespace.ts';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space, as a global \\s+ replace does', () => {
    for (const text of ['a  b', 'a\tb', 'a\nb', 'a \n b', ' a ', 'a\u00a0b', 'a\u2003 b', '  ', '\n'])
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('leaves single-spaced text as it is', () => {
    expect(collapseWhitespace('The mayor said so. Then she left.')).toBe('The mayor said so. Then she left.');
    expect(collapseWhitespace('')).toBe('');
  });

  it('isWhitespaceCode agrees with /\\s/ on every UTF-16 code unit', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++)
      if (isWhitespaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});
