/**
 * Dialogue dashes: a dash opening a paragraph or following a sentence opens someone's words; in
 * Spanish and Portuguese the next dash opens the narrator's clause and a dash after that gives the
 * words back, in French the words run to the paragraph's end with the narrator's clause inside. Never
 * in English, where dashes set off an aside. Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';

const quotes = (lang: string | null, ...paragraphs: string[]): Quote[] =>
  extractQuotes(makeArticle(paragraphs, { lang }));

describe('dialogue dashes', () => {
  it('Spanish: —words —narrator—. words: one quote in parts, the narrator names the speaker', () => {
    expect(
      quotes(
        'es',
        'El juicio se reanudó el lunes en la Audiencia.',
        '—No habrá más aplazamientos en este procedimiento —dijo la jueza Marta Ríos—. Las partes han tenido tiempo de sobra.',
      ),
    ).toEqual([
      {
        text: 'No habrá más aplazamientos en este procedimiento … Las partes han tenido tiempo de sobra.',
        speaker: 'Marta Ríos',
      },
    ]);
  });

  it('Portuguese: "— words — afirmou X": dashes with spaces', () => {
    expect(
      quotes(
        'pt',
        'A prefeitura anunciou novas linhas de ônibus.',
        '— Nenhum bairro vai ficar sem transporte à noite — afirmou o prefeito Caio Lima.',
      ),
    ).toEqual([{ text: 'Nenhum bairro vai ficar sem transporte à noite', speaker: 'Caio Lima' }]);
  });

  it('words after a sentence open mid-paragraph; a narrator who "y añadió" gives two quotes by one speaker', () => {
    expect(
      quotes(
        'es',
        'La directora del museo, Elena Vidal, fue clara. —No vamos a cerrar ninguna sala este verano —dijo la directora, y añadió—: Las obras se harán por la noche.',
      ),
    ).toEqual([
      { text: 'No vamos a cerrar ninguna sala este verano', speaker: 'Elena Vidal' },
      { text: 'Las obras se harán por la noche.', speaker: 'Elena Vidal' },
    ]);
  });

  it('a dash inside a sentence sets off an aside, not words', () => {
    expect(
      quotes(
        'es',
        'El alcalde —que llegó con una hora de retraso— dijo que el presupuesto ya estaba cerrado.',
      ),
    ).toEqual([]);
    expect(quotes('pt', 'O acordo foi assinado em 2019–2020 e renovado depois por mais cinco anos.')).toEqual(
      [],
    );
  });

  it('paragraphs opened by a dash with no narrator and nothing introducing them are a list', () => {
    expect(
      quotes(
        'es',
        'El plan de la consejería incluye varias medidas para el verano.',
        '—Nuevos pozos en cinco municipios del interior de la provincia.',
        '—Ayudas directas a los regantes que pierdan más de la mitad de la cosecha.',
      ),
    ).toEqual([]);
  });

  it('a line with no narrator counts where a dialogue goes on: after "respondió:" or a narrated line', () => {
    expect(
      quotes(
        'es',
        'Preguntado por los plazos, el consejero Luis Ferrer respondió:',
        '—Las obras empezarán en junio y terminarán antes de Navidad.',
        '—¿Y si no llueve en todo el invierno? —preguntó una vecina.',
        '—Entonces tendremos que traer el agua en camiones desde la costa.',
      ).map((q) => q.text),
    ).toEqual([
      'Las obras empezarán en junio y terminarán antes de Navidad.',
      '¿Y si no llueve en todo el invierno?',
      'Entonces tendremos que traer el agua en camiones desde la costa.',
    ]);
  });

  it('quotation marks inside the words stay part of them', () => {
    expect(
      quotes(
        'es',
        '—Eso que llaman «plan de choque» no es más que un parche para este verano —dijo Ana Torres.',
      ).map((q) => q.text),
    ).toEqual(['Eso que llaman «plan de choque» no es más que un parche para este verano']);
  });

  it('French: a dash opens a line that runs to the paragraph’s end, the narrator’s clause inside it', () => {
    expect(
      quotes(
        'fr',
        'Le délégué syndical Olivier Brun a reçu les journalistes dans le hall de l’usine.',
        '– Nous ne céderons pas sur ce point, a-t-il répondu, car les salariés ont déjà fait assez d’efforts.',
      ),
    ).toEqual([
      {
        text: 'Nous ne céderons pas sur ce point … car les salariés ont déjà fait assez d’efforts.',
        speaker: 'Olivier Brun',
      },
    ]);
    // A list after "Le plan prévoit :" has no narrator and nothing that reports speech.
    expect(
      quotes(
        'fr',
        'Le plan de la direction prévoit :',
        '– Une hausse des salaires de trois pour cent dès le mois de juin.',
        '– Une prime de fin d’année pour tous les salariés du site.',
      ),
    ).toEqual([]);
  });

  it('never in English or in an article whose language is unknown', () => {
    const text = [
      'The council met on Monday to discuss the budget for the coming year.',
      '— We will not close a single library this year — said the mayor, Jo Reed.',
    ];
    expect(quotes('en', ...text)).toEqual([]);
    expect(quotes(null, ...text)).toEqual([]);
  });
});
