/** Spanish word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const es: LanguageWords = {
  // Spanish leaves out a subject the context gives ("«…», afirmó"), and puts a named one after the verb
  // ("dijo Sánchez", "—dijo la portavoz—").
  speechVerbs: [
    { finite: 'dijo|dice|dijeron|dicen', plain: true },
    { finite: 'añadió|añade', plain: true },
    { finite: 'agregó|agrega', plain: true },
    { finite: 'explicó|explica', plain: true },
    { finite: 'escribió|escribe', plain: true },
    { finite: 'confirmó' },
    { finite: 'afirmó|afirma|afirmaron' },
    { finite: 'aseguró|asegura|aseguraron' },
    { finite: 'señaló|señala' },
    { finite: 'declaró|declara' },
    { finite: 'indicó|indica' },
    { finite: 'comentó|comenta' },
    { finite: 'expresó' },
    { finite: 'sostuvo|sostiene' },
    { finite: 'manifestó' },
    { finite: 'destacó|destaca' },
    { finite: 'advirtió|advierte' },
    { finite: 'insistió|insiste' },
    { finite: 'recordó|recuerda' },
    { finite: 'reconoció|reconoce' },
    { finite: 'subrayó|subraya' },
    { finite: 'apuntó' },
    { finite: 'precisó' },
    { finite: 'lamentó|lamenta' },
    { finite: 'denunció' },
    { finite: 'criticó' },
    { finite: 'anunció' },
    { finite: 'concluyó' },
    { finite: 'prometió' },
    { finite: 'admitió' },
    { finite: 'reiteró' },
    { finite: 'respondió|responde' },
    { finite: 'preguntó' },
    { finite: 'exclamó' },
    { finite: 'sentenció' },
    { finite: 'puntualizó' },
    { finite: 'ironizó' },
    { finite: 'zanjó' },
    { finite: 'remachó' },
    { finite: 'continuó|prosiguió', continues: true },
  ],
  according: 'según|de acuerdo con',
  complementizers: 'que',
  verbJoiners: 'y e pero',
  joinerAdverbs: 'luego después también ahora',
  placePrepositions: 'en cerca',
  dialogueDashes: 'narrator',
  incisesInQuotes: true,

  masculine: { subject: 'él' },
  feminine: { subject: 'ella' },
  plural: { subject: 'ellos ellas' },
  possessives: 'su sus',
  articles: 'el la los un una',
  indefinites: 'un una unos unas',

  titles:
    'presidente presidenta ministro ministra alcalde alcaldesa diputado diputada senador senadora ' +
    'consejero consejera concejal concejala portavoz secretario secretaria directora gobernador gobernadora',
  titleAbbreviations: 'Sra Srta Dra',
  abbreviations: 'Ud Uds pág dº',
  uniqueOffices: 'presidente|presidenta|alcalde|alcaldesa',
  roleNouns: 'portavoz vocero vocera experto experta responsable dirigente representante',
  humanNouns: 'hombre mujer vecino vecina agricultor agricultora testigo',
  orgNouns: 'ministerio gobierno empresa compañía sindicato ayuntamiento asociación organización',
  documentNouns: 'publicación publicacion carta comunicado informe biografía perfil cuenta nota',
  weekdays: 'lunes martes miércoles jueves viernes sábado domingo',
  notName:
    'y pero por para sin tras desde ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  feminineWords:
    'señora doña presidenta ministra alcaldesa diputada senadora consejera concejala secretaria directora ' +
    'gobernadora vocera experta mujer vecina agricultora',
  masculineWords:
    'señor ministro alcalde diputado senador consejero secretario gobernador vocero experto hombre vecino agricultor',

  subjectEnds: 'ante|durante|en|al|tras|desde|este|esta|sobre',
  roleEnds: 'de del que',
};
