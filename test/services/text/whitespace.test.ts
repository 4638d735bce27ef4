import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../src/services/text/whitespace.ts';

describe('collapseWhitespace', () => {
  it('turns every run of whitespace into one space, as a global \\s+ replace does', () => {
    for (const text of ['a  b', 'a\tb', 'a\nb', 'a \n b', ' a ', 'a\u00a0b', 'a\u2003 b', '  ', '\n'])
      expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, ' '));
  });

  it('leaves single-spaced text as it is', () => {
    expect(collapseWhitespace('The mayor said so. Then she left.')).toBe('The mayor said so. Then she left.');
    expect(collapseWhitespace('')).toBe('');
  });
});
