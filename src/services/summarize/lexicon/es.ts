/** Spanish word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const es: LanguageWords = {
  speechVerbs: [
    { finite: 'dijo|dice' },
    { finite: 'confirmó' },
    { finite: 'afirmó' },
    { finite: 'aseguró' },
    { finite: 'explicó' },
    { finite: 'señaló' },
    { finite: 'declaró' },
    { finite: 'añadió' },
    { finite: 'agregó' },
    { finite: 'indicó' },
    { finite: 'comentó' },
    { finite: 'expresó' },
    { finite: 'escribió' },
    { finite: 'sostuvo' },
    { finite: 'manifestó' },
    { finite: 'destacó' },
  ],
  according: 'según',
  complementizers: 'que',

  masculine: { subject: 'él' },
  feminine: { subject: 'ella' },
  plural: { subject: 'ellos ellas' },
  possessives: 'su sus',
  articles: 'el la los un una',

  titles: 'presidente ministro ministra alcalde alcaldesa diputado senador',
  titleAbbreviations: 'Sra Srta Dra',
  abbreviations: 'Ud Uds pág dº',
  documentNouns: 'publicación publicacion carta comunicado informe biografía perfil cuenta nota',
  notName: 'y lunes martes miércoles jueves viernes sábado domingo',
  feminineWords: 'señora doña',
  masculineWords: 'señor',

  subjectEnds: 'ante|durante|en',
  roleEnds: 'de que',
};
