/** Portuguese word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const pt: LanguageWords = {
  speechVerbs: [
    { finite: 'disse|diz' },
    { finite: 'confirmou' },
    { finite: 'afirmou' },
    { finite: 'explicou' },
    { finite: 'declarou' },
    { finite: 'acrescentou' },
    { finite: 'escreveu' },
    { finite: 'contou' },
    { finite: 'garantiu' },
  ],
  according: 'segundo',
  complementizers: 'que',

  masculine: { subject: 'ele' },
  feminine: { subject: 'ela' },
  plural: { subject: 'eles elas' },
  possessives: 'seu sua',
  articles: 'o um uma',

  titles: 'presidente ministro prefeito governador senador',
  documentNouns: 'publicação nota biografia perfil carta',
  notName: 'e',
  feminineWords: 'senhora',
  masculineWords: 'senhor',

  subjectEnds: 'no|na|em|à',
  roleEnds: 'do da de que',
};
