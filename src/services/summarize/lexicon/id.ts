/** Indonesian word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const id: LanguageWords = {
  speechVerbs: [
    { finite: 'berkata' },
    { finite: 'mengatakan' },
    { finite: 'menyatakan' },
    { finite: 'menjelaskan' },
    { finite: 'menegaskan' },
    { finite: 'menambahkan' },
    { finite: 'bertanya' },
    { finite: 'bersabda' },
    { finite: 'ujar' },
  ],

  titles: 'menteri presiden gubernur',
};
