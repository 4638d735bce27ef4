import { describe, expect, it } from 'vitest';
import { lettersAndDigits } from '../../../src/services/text/letters-and-digits.ts';

describe('lettersAndDigits', () => {
  it('compares texts that differ only in case, punctuation and spacing alike', () => {
    expect(lettersAndDigits('Port Elm News')).toBe(lettersAndDigits('port-elm  NEWS!'));
    expect(lettersAndDigits('Élan, 2024')).toBe('élan2024');
  });

  it('keeps word breaks as the joiner given, trimmed at the ends', () => {
    expect(lettersAndDigits('  “We won’t stop,” ', ' ')).toBe('we won t stop');
  });
});
