/** Portuguese word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const pt: LanguageWords = {
  // Portuguese puts the subject after the verb following a quote ("disse Tavares", "explicou ele",
  // "— afirmou a ministra").
  speechVerbs: [
    { finite: 'disse|diz|disseram|dizem', plain: true },
    { finite: 'acrescentou|acrescenta', plain: true },
    { finite: 'explicou|explica', plain: true },
    { finite: 'escreveu|escreve', plain: true },
    { finite: 'confirmou' },
    { finite: 'afirmou|afirma|afirmaram' },
    { finite: 'declarou|declara' },
    { finite: 'contou' },
    { finite: 'garantiu|garante' },
    { finite: 'ressaltou|ressalta' },
    { finite: 'destacou|destaca' },
    { finite: 'avaliou|avalia' },
    { finite: 'comentou' },
    { finite: 'respondeu' },
    { finite: 'alertou' },
    { finite: 'criticou' },
    { finite: 'lembrou|lembra' },
    { finite: 'reconheceu' },
    { finite: 'completou' },
    { finite: 'concluiu' },
    { finite: 'prometeu' },
    { finite: 'admitiu' },
    { finite: 'defendeu' },
    { finite: 'pontuou' },
    { finite: 'observou' },
    { finite: 'assegurou' },
    { finite: 'insistiu' },
    { finite: 'relatou' },
    { finite: 'frisou' },
    { finite: 'salientou' },
    { finite: 'sublinhou' },
    { finite: 'desabafou' },
    { finite: 'ironizou' },
    { finite: 'resumiu' },
    { finite: 'continuou|prosseguiu', continues: true },
  ],
  according: 'segundo|de acordo com|conforme',
  complementizers: 'que',
  verbJoiners: 'e mas',
  joinerAdverbs: 'depois também agora',
  placePrepositions: 'em perto',
  dialogueDashes: 'narrator',
  incisesInQuotes: true,

  masculine: { subject: 'ele' },
  feminine: { subject: 'ela' },
  plural: { subject: 'eles elas' },
  possessives: 'seu sua seus suas',
  articles: 'o a os um uma',
  indefinites: 'um uma uns umas',

  titles:
    'presidente presidenta ministro ministra prefeito prefeita governador governadora senador senadora ' +
    'deputado deputada secretário secretária diretor diretora vereador vereadora coordenador coordenadora porta-voz',
  uniqueOffices: 'presidente|presidenta|prefeito|prefeita|governador|governadora',
  roleNouns: 'porta-voz especialista representante assessor assessora',
  humanNouns: 'homem mulher morador moradora',
  orgNouns: 'ministério governo empresa sindicato prefeitura associação',
  documentNouns: 'publicação nota biografia perfil carta',
  weekdays: 'segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo',
  notName:
    'e mas para ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro',
  feminineWords:
    'senhora dona ministra prefeita governadora senadora deputada secretária diretora vereadora coordenadora ' +
    'presidenta assessora mulher moradora',
  masculineWords:
    'senhor ministro prefeito governador senador deputado secretário diretor vereador coordenador assessor homem morador',

  subjectEnds: 'no|na|em|à|ao|durante|após|nesta|neste|pelo|pela',
  roleEnds: 'do da dos das de que',
};
