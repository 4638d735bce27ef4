/** Offices and roles written as descriptions rather than as titles before a name, on made-up text. */
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../../../src/services/summarize/lexicon/lexicon.ts';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';
import { isUnnamedPerson } from '../../../../src/services/summarize/speakers/reference.ts';
import { phraseKind } from '../../../../src/services/summarize/speakers/suggestions.ts';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';

const quotes = (lang: string | null, ...paragraphs: string[]): Quote[] =>
  extractQuotes(makeArticle(paragraphs, { lang }));

describe('a description set off by a comma before a name gives the name its role', () => {
  it('Spanish: "La portavoz del sindicato, Ana Ruiz," then "dijo la portavoz"', () => {
    expect(
      quotes(
        'es',
        'La portavoz del sindicato de enfermería, Ana Ruiz, compareció junto al gerente del hospital, Luis Prado.',
        'El gerente presentó el plan de vacaciones del hospital.',
        '«Cuarenta enfermeras no bastan para cubrir las vacaciones de toda la plantilla», dijo la portavoz.',
      ).map((q) => q.speaker),
    ).toEqual(['Ana Ruiz']);
  });

  it('after a speech verb: "—dijo el consejero de Sanidad, Pablo Ríos—" then "aseguró el consejero"', () => {
    expect(
      quotes(
        'es',
        'El Gobierno regional aprobó el martes un plan de urgencia para los hospitales de la provincia.',
        '—Llegamos tarde a esta crisis —dijo el consejero de Sanidad, Pablo Ríos—. Nadie se quedará sin médico.',
        'La oposición, encabezada por Marta Gil, pidió más fondos. «Las obras de los centros de salud empezarán en junio», aseguró el consejero.',
      )
        .filter((q) => q.text.startsWith('Las obras'))
        .map((q) => q.speaker),
    ).toEqual(['Pablo Ríos']);
  });

  it('German: "Ein Sprecher des Ministeriums, Jonas Weber," then "sagte der Sprecher"', () => {
    expect(
      quotes(
        'de',
        'Ein Sprecher des Verkehrsministeriums, Jonas Weber, bestätigte die Pläne. Die Stadträtin Eva Lind kritisierte sie.',
        '„Die Brücke wird im Sommer für drei Monate vollständig gesperrt“, sagte der Sprecher.',
      ).map((q) => q.speaker),
    ).toEqual(['Jonas Weber']);
  });
});

describe('a title after a determiner is the noun for the office', () => {
  it('"sagte die Sprecherin" with nobody named by that role names nobody called "Sprecherin"', () => {
    const [quote] = quotes(
      'de',
      'Das Rathaus blieb am Dienstag wegen eines Stromausfalls geschlossen.',
      '„Wir hoffen, dass der Betrieb am Mittwoch wieder normal läuft“, sagte die Sprecherin.',
    );
    expect(quote?.speaker).not.toBe('Sprecherin');
  });
});

describe('articles of the article’s language tell a role from an unnamed person', () => {
  it('"la portavoz", "a porta-voz" (Portuguese "the"), "die Sprecherin" are roles; "un portavoz", "a spokesman" unnamed', () => {
    expect(phraseKind('la portavoz', lexiconFor('es'))).toBe('role');
    expect(phraseKind('a porta-voz', lexiconFor('pt'))).toBe('role');
    expect(phraseKind('die Sprecherin', lexiconFor('de'))).toBe('role');
    expect(phraseKind('un portavoz', lexiconFor('es'))).toBe('unnamed');
    expect(phraseKind('a spokesman', lexiconFor('en'))).toBe('unnamed');
    expect(phraseKind('a spokesman', lexiconFor(null))).toBe('unnamed');
    expect(isUnnamedPerson('la portavoz', lexiconFor('es'))).toBe(false);
    expect(isUnnamedPerson('una portavoz', lexiconFor('es'))).toBe(true);
    expect(isUnnamedPerson('a porta-voz', lexiconFor('pt'))).toBe(false);
  });
});
