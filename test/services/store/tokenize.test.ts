import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/services/store/tokenize.ts';
import { boundedEditDistance } from '../../../src/services/store/edit-distance.ts';

describe('tokenize', () => {
  it('folds case, accents, width and ligatures', () => {
    expect(tokenize('Zürich, SÃO Paulo; ＦＵＬＬ ﬁnance Straße')).toEqual([
      'zurich',
      'sao',
      'paulo',
      'full',
      'finance',
      'strasse',
    ]);
    expect(tokenize('Zu\u0308rich')).toEqual(['zurich']); // decomposed accent
  });

  it('drops possessives and French elision but keeps contractions whole', () => {
    expect(tokenize("Ukraine's army, l'Ukraine, don't")).toEqual(['ukraine', 'army', 'ukraine', 'dont']);
    expect(tokenize("'quoted'")).toEqual(['quoted']);
  });

  it('indexes CJK runs as bigrams next to Latin words', () => {
    expect(tokenize('東京都 Tokyo')).toEqual(['東京', '京都', 'tokyo']);
    expect(tokenize('한국어')).toEqual(['한국', '국어']);
    expect(tokenize('東')).toEqual(['東']);
  });
});

describe('boundedEditDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(boundedEditDistance('ukriane', 'ukraine', 2)).toBe(1);
    expect(boundedEditDistance('pakistan', 'pakistn', 2)).toBe(1);
    expect(boundedEditDistance('election', 'elecshun', 2)).toBe(3); // beyond the bound: max + 1
    expect(boundedEditDistance('same', 'same', 1)).toBe(0);
  });
});
