/** French word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const fr: LanguageWords = {
  speechVerbs: [
    { finite: 'a dit|dit|a-t-il dit|a-t-elle dit' },
    { finite: 'confirme|a confirmé' },
    { finite: 'déclare|a déclaré|a-t-il déclaré|a-t-elle déclaré' },
    { finite: 'affirme|a affirmé' },
    { finite: 'explique|a expliqué' },
    { finite: 'ajoute|a ajouté' },
    { finite: 'estime|a estimé' },
    { finite: 'souligne|a souligné' },
    { finite: 'précise|a précisé' },
    { finite: 'raconte|a raconté' },
    { finite: 'confie' },
    { finite: 'assure|a assuré' },
    { finite: 'indique|a indiqué' },
  ],
  according: "selon|d'après",
  complementizers: 'que',

  masculine: { subject: 'il', object: 'lui' },
  feminine: { subject: 'elle' },
  plural: { subject: 'ils elles' },
  possessives: 'son sa ses',
  articles: 'le la les un une',

  titles: 'monsieur madame ministre président présidente',
  titleAbbreviations: 'Mme Mlle',
  abbreviations: 'av env cf',
  documentNouns: 'lettre communiqué rapport',
  notName: 'et lundi mardi mercredi jeudi vendredi samedi dimanche',
  feminineWords: 'madame mme',
  masculineWords: 'monsieur',

  subjectEnds: 'lors|dans|devant|au|en|à',
  roleEnds: 'de du qui que',
};
