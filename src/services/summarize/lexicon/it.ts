/** Italian word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const it: LanguageWords = {
  speechVerbs: [
    { finite: 'ha detto' },
    { finite: 'ha dichiarato|dichiara' },
    { finite: 'ha spiegato|spiega' },
    { finite: 'ha affermato|afferma' },
    { finite: 'ha aggiunto' },
  ],
  according: 'secondo',

  masculine: { subject: 'lui' },
  articles: 'la un',

  titles: 'presidente ministro',
  documentNouns: 'nota biografia',
  notName: 'e',
};
