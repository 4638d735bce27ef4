/** German word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const de: LanguageWords = {
  speechVerbs: [
    { finite: 'sagte|sagt' },
    { finite: 'erklärte|erklärt' },
    { finite: 'betonte|betont' },
    { finite: 'meinte|meint' },
    { finite: 'schrieb' },
    { finite: 'fügte hinzu' },
    { finite: 'teilte mit' },
  ],
  according: 'laut',
  complementizers: 'dass',

  masculine: { subject: 'er' },
  ambiguous: { subject: 'sie' },
  possessives: 'sein seine ihr ihre',
  articles: 'die der das den ein eine einer',

  titles: 'herr frau kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin ministerin',
  titleAbbreviations: 'Hr',
  abbreviations: 'Nr bzw usw vgl ca Str Frau',
  documentNouns: 'erklärung mitteilung',
  notName: 'und montag dienstag mittwoch donnerstag freitag samstag sonntag',
  feminineWords: 'frau',
  masculineWords: 'herr',

  subjectEnds: 'am|im|beim|bei|auf|vor|nach',
  roleEnds: 'von für',
};
