import { describe, expect, it } from 'vitest';
import { repairMojibake } from '../../../src/services/text/mojibake.ts';
import { speakers } from '../../support/quotes.ts';

describe('repairMojibake', () => {
  it('turns UTF-8 read as Windows-1252 back into its characters, once or twice misread', () => {
    expect(repairMojibake('Olga SÃ¡nchez donâ€™t')).toBe('Olga Sánchez don’t');
    expect(repairMojibake('â€œHello,â€\u009d she said')).toBe('“Hello,” she said');
    expect(repairMojibake('BoÃÂ±ez')).toBe('Boñez');
    expect(repairMojibake('IvaA\u0303\u00B1ez')).toBe('Ivañez');
  });

  it('leaves real accented text alone, Portuguese capitals included', () => {
    for (const text of ['SÃO PAULO', 'café’s menu', 'naïve résumé — “quoted”', 'Président à Paris'])
      expect(repairMojibake(text)).toBe(text);
  });

  it('gives the speaker of a misread page the name as written', () => {
    expect(speakers('“We will build bridges, not walls,” said Olga SÃ¡nchez, the mayor.')).toEqual([
      'Olga Sánchez',
    ]);
  });
});
