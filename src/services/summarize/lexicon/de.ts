/** German word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const de: LanguageWords = {
  // After a quote German inverts the subject: „…“, sagte er / sagte Wendler / so Wendler ("so" is read
  // by the attribution patterns themselves). A separable verb puts its particle after the subject
  // ("fügte sie hinzu"): the particle ends the subject (subjectEnds).
  speechVerbs: [
    { finite: 'sagte|sagt|sagten', plain: true },
    { finite: 'erklärte|erklärt|erklärten', plain: true },
    { finite: 'schrieb|schreibt', plain: true },
    { finite: 'fügte hinzu|fügte|fügt hinzu', plain: true },
    { finite: 'ergänzte|ergänzt', plain: true },
    { finite: 'betonte|betont' },
    { finite: 'meinte|meint' },
    { finite: 'teilte mit' },
    { finite: 'bestätigte|bestätigt' },
    { finite: 'warnte|warnt' },
    { finite: 'kritisierte|kritisiert' },
    { finite: 'forderte|fordert' },
    { finite: 'versicherte|versichert' },
    { finite: 'unterstrich' },
    { finite: 'berichtete|berichtet' },
    { finite: 'erzählte|erzählt' },
    { finite: 'antwortete|antwortet' },
    { finite: 'räumte ein' },
  ],
  according: 'laut|nach Angaben von|nach Angaben des|nach Angaben der',
  complementizers: 'dass',
  verbJoiners: 'und aber dann',
  joinerAdverbs: 'dann später auch nun jetzt',
  placePrepositions: 'in bei nahe',

  masculine: { subject: 'er', object: 'ihn ihm' },
  ambiguous: { subject: 'sie' },
  possessives: 'sein seine ihr ihre',
  articles: 'die der das den dem des ein eine einer eines',
  indefinites: 'ein eine einer eines einem einen',

  // German writes every noun with a capital: offices and roles before a name are kept as roles.
  titles:
    'herr frau kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin minister ministerin ' +
    'ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin ' +
    'landrat landrätin sprecher sprecherin geschäftsführer geschäftsführerin vorsitzende vorsitzender ' +
    'direktor direktorin professorin abgeordnete abgeordneter senatorin staatssekretär staatssekretärin ' +
    'leiter leiterin',
  titleAbbreviations: 'Hr',
  abbreviations: 'Nr bzw usw vgl ca Str Frau',
  uniqueOffices:
    'kanzler|kanzlerin|bundeskanzler|bundeskanzlerin|bürgermeister|bürgermeisterin|landrat|landrätin',
  roleNouns: 'sprecher sprecherin experte expertin vertreter vertreterin anwohner anwohnerin',
  humanNouns: 'mann frau',
  orgNouns: 'ministerium regierung unternehmen gemeinde stadt behörde',
  documentNouns: 'erklärung mitteilung',
  weekdays: 'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  notName:
    'und aber auch doch nun jetzt bereits noch dagegen dabei zudem wir ich im am zum zur ' +
    '' +
    'januar februar märz april juni juli august september oktober november dezember',
  feminineWords:
    'frau kanzlerin bundeskanzlerin präsidentin ministerin ministerpräsidentin bürgermeisterin ' +
    'oberbürgermeisterin landrätin sprecherin geschäftsführerin direktorin professorin senatorin ' +
    'staatssekretärin leiterin expertin vertreterin anwohnerin',
  masculineWords:
    'herr kanzler bundeskanzler präsident ministerpräsident bürgermeister oberbürgermeister landrat ' +
    'sprecher geschäftsführer direktor staatssekretär leiter experte vertreter anwohner mann',

  subjectEnds: 'am|im|beim|bei|auf|vor|nach|dem|gegenüber|während|zufolge|hinzu',
  roleEnds: 'von für des der im beim',
};
