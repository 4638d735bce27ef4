/** French word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const fr: LanguageWords = {
  // French inverts its subject after a quote: the verb carries the pronoun ("a-t-il ajouté", "dit-elle";
  // "-t-" stands between a vowel and the pronoun), and a name follows the verb ("a déclaré Julien Morvan").
  speechVerbs: [
    { finite: 'a dit|dit|ont dit|disent|a-t-il dit|a-t-elle dit|dit-il|dit-elle', plain: true },
    {
      finite: 'déclare|a déclaré|ont déclaré|déclare-t-il|déclare-t-elle|a-t-il déclaré|a-t-elle déclaré',
      plain: true,
    },
    { finite: 'ajoute|a ajouté|ajoute-t-il|ajoute-t-elle|a-t-il ajouté|a-t-elle ajouté', plain: true },
    {
      finite: 'explique|a expliqué|explique-t-il|explique-t-elle|a-t-il expliqué|a-t-elle expliqué',
      plain: true,
    },
    { finite: 'écrit|a écrit|écrit-il|écrit-elle|a-t-il écrit|a-t-elle écrit', plain: true },
    { finite: 'confirme|a confirmé|confirme-t-il|confirme-t-elle|a-t-il confirmé|a-t-elle confirmé' },
    { finite: 'affirme|a affirmé|affirme-t-il|affirme-t-elle|a-t-il affirmé|a-t-elle affirmé' },
    { finite: 'estime|a estimé|estime-t-il|estime-t-elle|a-t-il estimé|a-t-elle estimé' },
    { finite: 'souligne|a souligné|souligne-t-il|souligne-t-elle|a-t-il souligné|a-t-elle souligné' },
    { finite: 'précise|a précisé|précise-t-il|précise-t-elle|a-t-il précisé|a-t-elle précisé' },
    { finite: 'raconte|a raconté|raconte-t-il|raconte-t-elle|a-t-il raconté|a-t-elle raconté' },
    { finite: 'confie|a confié|confie-t-il|confie-t-elle|a-t-il confié|a-t-elle confié' },
    { finite: 'assure|a assuré|assure-t-il|assure-t-elle|a-t-il assuré|a-t-elle assuré' },
    { finite: 'indique|a indiqué|indique-t-il|indique-t-elle|a-t-il indiqué|a-t-elle indiqué' },
    { finite: 'insiste|a insisté|insiste-t-il|insiste-t-elle|a-t-il insisté|a-t-elle insisté' },
    { finite: 'conclut|a conclu|conclut-il|conclut-elle|a-t-il conclu|a-t-elle conclu' },
    { finite: 'répond|a répondu|répond-il|répond-elle|a-t-il répondu|a-t-elle répondu' },
    { finite: 'rappelle|a rappelé|rappelle-t-il|rappelle-t-elle|a-t-il rappelé|a-t-elle rappelé' },
    { finite: 'reconnaît|a reconnu|reconnaît-il|reconnaît-elle|a-t-il reconnu|a-t-elle reconnu' },
    { finite: 'avertit|a averti|avertit-il|avertit-elle|a-t-il averti|a-t-elle averti' },
    { finite: 'prévient|a prévenu|prévient-il|prévient-elle|a-t-il prévenu|a-t-elle prévenu' },
    { finite: 'dénonce|a dénoncé|dénonce-t-il|dénonce-t-elle|a-t-il dénoncé|a-t-elle dénoncé' },
    { finite: 'regrette|a regretté|regrette-t-il|regrette-t-elle|a-t-il regretté|a-t-elle regretté' },
    { finite: 'martèle|a martelé|martèle-t-il|martèle-t-elle|a-t-il martelé|a-t-elle martelé' },
    { finite: 'promet|a promis|promet-il|promet-elle|a-t-il promis|a-t-elle promis' },
    { finite: 'témoigne|a témoigné|témoigne-t-il|témoigne-t-elle|a-t-il témoigné|a-t-elle témoigné' },
    { finite: 'résume|a résumé|résume-t-il|résume-t-elle|a-t-il résumé|a-t-elle résumé' },
    { finite: 'soupire|a soupiré|soupire-t-il|soupire-t-elle|a-t-il soupiré|a-t-elle soupiré' },
    { finite: 'glisse|a glissé|glisse-t-il|glisse-t-elle|a-t-il glissé|a-t-elle glissé' },
    { finite: 'ironise|a ironisé|ironise-t-il|ironise-t-elle|a-t-il ironisé|a-t-elle ironisé' },
    { finite: 'détaille|a détaillé|détaille-t-il|détaille-t-elle|a-t-il détaillé|a-t-elle détaillé' },
    { finite: 'renchérit|a renchéri|renchérit-il|renchérit-elle|a-t-il renchéri|a-t-elle renchéri' },
    { finite: 'admet|a admis|admet-il|admet-elle|a-t-il admis|a-t-elle admis' },
    { finite: 'souffle|a soufflé|souffle-t-il|souffle-t-elle|a-t-il soufflé|a-t-elle soufflé' },
    { finite: 'lâche|a lâché|lâche-t-il|lâche-t-elle|a-t-il lâché|a-t-elle lâché' },
    { finite: 'plaide|a plaidé|plaide-t-il|plaide-t-elle|a-t-il plaidé|a-t-elle plaidé' },
    { finite: 'relève|a relevé|relève-t-il|relève-t-elle|a-t-il relevé|a-t-elle relevé' },
    {
      finite: 'poursuit|a poursuivi|poursuit-il|poursuit-elle|a-t-il poursuivi|a-t-elle poursuivi',
      continues: true,
    },
  ],
  according: "selon|d'après",
  complementizers: 'que',
  verbJoiners: 'et mais puis',
  joinerAdverbs: 'ensuite aussi maintenant puis',
  placePrepositions: 'à en près',
  dialogueDashes: 'line',
  incisesInQuotes: true,

  masculine: { subject: 'il', object: 'lui' },
  feminine: { subject: 'elle' },
  plural: { subject: 'ils elles' },
  possessives: 'son sa ses leur',
  articles: 'le la les un une',
  indefinites: 'un une',

  titles:
    'monsieur madame mme mlle ministre président présidente maire sénateur sénatrice député députée ' +
    'secrétaire directeur directrice porte-parole préfet préfète',
  titleAbbreviations: 'Mme Mlle',
  abbreviations: 'av env cf',
  uniqueOffices: 'président|présidente|premier ministre|maire',
  roleNouns:
    'porte-parole syndicaliste responsable délégué déléguée conseiller conseillère avocat avocate ' +
    'expert experte dirigeant dirigeante',
  humanNouns: 'homme femme habitant habitante témoin élu élue infirmier infirmière médecin salarié salariée',
  orgNouns: 'ministère gouvernement syndicat entreprise société compagnie mairie préfecture',
  documentNouns: 'lettre communiqué rapport courrier',
  weekdays: 'lundi mardi mercredi jeudi vendredi samedi dimanche',
  notName:
    'et mais pour dans après avant depuis pendant ' +
    'janvier février avril juin juillet août septembre octobre novembre décembre',
  feminineWords:
    'madame mme mlle présidente directrice sénatrice députée déléguée conseillère avocate préfète femme mère fille',
  masculineWords:
    'monsieur président directeur sénateur député délégué conseiller avocat préfet homme père fils',

  subjectEnds:
    'lors|dans|devant|au|en|à|après|avant|pendant|depuis|sur|auprès|qui|' +
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  roleEnds: 'de du des qui que',
};
