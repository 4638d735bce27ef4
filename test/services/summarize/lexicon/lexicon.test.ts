/** An article is read with its own language's word lists; one without a language with every language's. */
import { describe, expect, it } from 'vitest';
import { lexiconFor, lexiconForArticle } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';
import { attributionsOf as attributions } from '../../../support/quotes.ts';

const quotes = (lang: string | null, ...paragraphs: string[]): Quote[] =>
  extractQuotes(makeArticle(paragraphs, { lang }));

describe('lexiconFor', () => {
  it('gives one lexicon per language, region subtags aside, and every language for none or an unknown one', () => {
    expect(lexiconFor('en')).toBe(lexiconFor('en-GB'));
    expect(lexiconFor('fr')).not.toBe(lexiconFor('en'));
    expect(lexiconFor('ru')).toBe(lexiconFor(null));
    expect(lexiconFor(null).lang).toBeNull();
    expect(lexiconForArticle({ lang: 'pt-BR' }).lang).toBe('pt');
  });

  it('compiles a pattern once per lexicon', () => {
    const build = () => ({ made: Math.random() });
    expect(lexiconFor('de').compile(build)).toBe(lexiconFor('de').compile(build));
    expect(lexiconFor('de').compile(build)).not.toBe(lexiconFor('es').compile(build));
  });
});

describe('the article’s language chooses the words', () => {
  const french = [
    'Le ministre Jean Dupont est arrivé à Lyon lundi.',
    '« Nous allons reconstruire toutes les écoles de la région », a déclaré Dupont.',
  ];

  it('reads a French article with French speech verbs and titles', () => {
    expect(quotes('fr', ...french)).toEqual([
      { text: 'Nous allons reconstruire toutes les écoles de la région', speaker: 'Jean Dupont' },
    ]);
  });

  it('reads German, Spanish and Japanese articles with their own lists', () => {
    expect(
      quotes(
        'de',
        'Die Kanzlerin Angela Merkel sprach in Berlin.',
        '„Wir schaffen das, und wir werden es gemeinsam schaffen“, sagte Merkel am Montag.',
      ).map((q) => q.speaker),
    ).toEqual(['Angela Merkel']);
    expect(
      quotes(
        'es',
        'El ministro Pedro Sánchez visitó Sevilla.',
        '«Vamos a invertir mil millones en las escuelas públicas», dijo Sánchez.',
      ).map((q) => q.speaker),
    ).toEqual(['Pedro Sánchez']);
    expect(quotes('ja', '「経済は回復に向かっている」と岸田首相は述べた。').map((q) => q.speaker)).toEqual([
      '岸田',
    ]);
  });

  it('does not read another language’s verb in an English article', () => {
    // "dice" is a Spanish speech verb and an English noun: in English it introduces no quoted fragment.
    const text =
      'Analysts dice the figures in many ways, but the trend is “rising for the third straight month in a row”.';
    expect(quotes('en', text)).toEqual([]);
    expect(quotes(null, text)).toEqual([
      { text: 'rising for the third straight month in a row', speaker: 'Analysts' },
    ]);
    // Read as English, "a déclaré" is no speech verb: the attribution names nobody (the model may
    // still weigh the minister named just before).
    expect(attributions(makeArticle(french, { lang: 'en' }))).toEqual([{}]);
    expect(attributions(makeArticle(french, { lang: 'fr' }))).toEqual([{ 'after:name': 'Jean Dupont' }]);
  });
});
