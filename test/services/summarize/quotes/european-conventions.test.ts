/**
 * Quotation conventions of French, German, Spanish and Portuguese news, each on made-up text: the marks
 * that open and close a quote, and how the attribution clause after it names its subject.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { nameAfterDescription } from '../../../../src/services/summarize/quotes/attribution.ts';
import { lexiconFor } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';

const quotes = (lang: string | null, ...paragraphs: string[]): Quote[] =>
  extractQuotes(makeArticle(paragraphs, { lang }));

describe('quotation marks', () => {
  it('German »…«: » before a word opens a quote that « closes', () => {
    expect(
      quotes(
        'de',
        'Die Firma Baumhaus stellte am Montag ihre Bilanz vor.',
        '»Wir hatten das beste Jahr seit unserer Gründung im Jahr 1990«, sagte Geschäftsführerin Ilse Kramer.',
      ),
    ).toEqual([
      { text: 'Wir hatten das beste Jahr seit unserer Gründung im Jahr 1990', speaker: 'Ilse Kramer' },
    ]);
  });

  it('a » with no word after it still only closes « … »', () => {
    expect(
      quotes('fr', '« Nous rouvrirons le musée au printemps prochain », a déclaré Paul Rivière. » Fin.').map(
        (q) => q.text,
      ),
    ).toEqual(['Nous rouvrirons le musée au printemps prochain']);
  });
});

describe('the subject of the attribution after a quote', () => {
  it('French: the verb carries its pronoun ("a-t-elle ajouté", "dit-il")', () => {
    expect(
      quotes(
        'fr',
        'La maire de Villeneuve, Hélène Garnier, a inauguré la nouvelle médiathèque samedi.',
        '« Ce lieu appartient à tous les habitants du quartier », a-t-elle ajouté.',
        'Son adjoint Marc Besson était plus réservé. « Il faudra encore trouver des bénévoles pour le faire vivre », dit-il.',
      ).map((q) => q.speaker),
    ).toEqual(['Hélène Garnier', 'Marc Besson']);
  });

  it('a description, a comma and the name it describes: the name speaks', () => {
    expect(
      quotes(
        'es',
        'El puerto cerró el año con un récord de mercancías.',
        '«Hemos superado todas las previsiones que teníamos para este ejercicio», declaró el presidente de la autoridad portuaria, Jaime Osorio, al término de la junta.',
      ).map((q) => q.speaker),
    ).toEqual(['Jaime Osorio']);
    expect(
      quotes(
        'en',
        'The airline reported a loss for the third quarter in a row.',
        '“We will not cut a single route this winter, whatever the fuel costs,” said the airline’s chief executive, Dana Whitfield.',
      ).map((q) => q.speaker),
    ).toEqual(['Dana Whitfield']);
  });

  it('"según" / "segundo" a description and a name: the name is the source', () => {
    expect(
      quotes(
        'pt',
        'Segundo o diretor do hospital, Caio Menezes, a ala nova estará “pronta para receber pacientes antes do inverno”.',
      ).map((q) => q.speaker),
    ).toEqual(['Caio Menezes']);
  });

  it('only a description of a person names who follows the comma', () => {
    const lex = lexiconFor(null);
    expect(nameAfterDescription('the spokesman, John Smith.', lex)).toBe('John Smith');
    expect(
      nameAfterDescription('la portavoz del sindicato, Ana Ruiz, en rueda de prensa', lexiconFor('es')),
    ).toBe('Ana Ruiz');
    // "According to the indictment, Manafort, who …": a document is no one the name describes.
    expect(nameAfterDescription('the indictment, Manafort, who', lex)).toBeNull();
  });
});
