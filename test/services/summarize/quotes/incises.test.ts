/**
 * The narrator's clause inside the quotation marks (French, Spanish, Portuguese): « …, assure X. … »,
 * « …, a-t-il ajouté, … », «… —dijo X—, …». One quote in parts, the clause read as its attribution.
 * Made-up text.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';

const quotes = (lang: string | null, ...paragraphs: string[]): Quote[] =>
  extractQuotes(makeArticle(paragraphs, { lang }));

describe('a narrator’s clause inside the quotation marks', () => {
  it('French: « …, assure X. … » is one quote in parts by X', () => {
    expect(
      quotes(
        'fr',
        'La ministre de la Culture, Anne Lemaire, a visité le chantier de la cathédrale.',
        '« Les travaux avancent plus vite que prévu, assure Lemaire. Nous rouvrirons la nef au printemps. »',
      ),
    ).toEqual([
      {
        text: 'Les travaux avancent plus vite que prévu … Nous rouvrirons la nef au printemps.',
        speaker: 'Anne Lemaire',
      },
    ]);
  });

  it('French: « …, a-t-il ajouté, … » with the pronoun carried by the verb', () => {
    expect(
      quotes(
        'fr',
        'Le maire de Saint-Aubin, Paul Girard, a présenté son budget.',
        '« Nous ne toucherons pas aux impôts locaux, a-t-il ajouté, car les habitants ont déjà beaucoup donné. »',
      ),
    ).toEqual([
      {
        text: 'Nous ne toucherons pas aux impôts locaux … car les habitants ont déjà beaucoup donné.',
        speaker: 'Paul Girard',
      },
    ]);
  });

  it('French: a clause that ends the words leaves the quote before it', () => {
    expect(
      quotes(
        'fr',
        '« Ce texte protège d’abord les locataires les plus modestes, a déclaré Julie Marchand. »',
      ),
    ).toEqual([
      { text: 'Ce texte protège d’abord les locataires les plus modestes', speaker: 'Julie Marchand' },
    ]);
  });

  it('Spanish: «… —dijo X—, …» with the clause set off by dashes', () => {
    expect(
      quotes(
        'es',
        '«No vamos a subir el precio del billete —dijo el alcalde, Tomás Aranda—, ni este año ni el que viene».',
      ),
    ).toEqual([
      {
        text: 'No vamos a subir el precio del billete … ni este año ni el que viene',
        speaker: 'Tomás Aranda',
      },
    ]);
  });

  it('a comma before a word that is no speech verb is part of the words', () => {
    expect(
      quotes(
        'fr',
        '« Nous avons tout essayé, croyez-moi, et rien ne marche », a déclaré Julie Marchand.',
      ).map((q) => q.text),
    ).toEqual(['Nous avons tout essayé, croyez-moi, et rien ne marche']);
  });

  it('English closes its quotes before the attribution: a "said" inside the marks is the speaker’s', () => {
    expect(
      quotes(
        'en',
        '“The report, said my father, was the worst thing he had ever read,” Kim Lee recalled.',
      ).map((q) => q.text),
    ).toEqual(['The report, said my father, was the worst thing he had ever read']);
  });
});
