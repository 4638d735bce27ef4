/** Words of names themselves, whatever the article's language (see NameWords in words.ts). */
import type { NameWords } from './words.ts';

export const names: NameWords = {
  nameSuffixes: 'Jr. Sr. Jnr Snr II III IV',
  nameJoiners: 'de da del der den van von bin al la le di dos du of for',
  acronymSkips: 'of the and for de la du des der und y',
  organisationWords:
    'zoo department ministry police office agency council court party association university inc corp company ' +
    'times news post magazine network committee caucus institute foundation service administration commission ' +
    'reserve board team club league assembly senate house congress government coalition union group bank fund ' +
    'tonight today media press tv radio labs county commission productions records entertainment studios llc ltd ' +
    'school college hospital observatory',
  givenNamePronouns: 'ella elle ela',
};
