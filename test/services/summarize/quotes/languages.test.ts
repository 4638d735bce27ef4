/** Quotes and speakers in French, German, Spanish, Portuguese, Indonesian, Japanese, Chinese and Korean news text. */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../../src/services/types.ts';
import { makeArticle } from '../../../support/article.ts';
import { extractQuotes } from '../../../../src/services/summarize/quote-pipeline.ts';

const quotes = (...paragraphs: string[]): Quote[] => extractQuotes(makeArticle(paragraphs));

describe('extractQuotes in European languages', () => {
  it('French: « … », a déclaré X, and "selon X"', () => {
    expect(
      quotes(
        'Le ministre Jean Dupont est arrivé à Lyon lundi.',
        '« Nous allons reconstruire toutes les écoles de la région », a déclaré Dupont.',
        'Selon Marie Curie, « la science ne connaît pas de frontières entre les pays ».',
      ),
    ).toEqual([
      { text: 'Nous allons reconstruire toutes les écoles de la région', speaker: 'Jean Dupont' },
      { text: 'la science ne connaît pas de frontières entre les pays', speaker: 'Marie Curie' },
    ]);
  });

  it('German: „ … “, sagte X am Montag, with the title dropped', () => {
    expect(
      quotes(
        'Die Kanzlerin Angela Merkel sprach in Berlin.',
        '„Wir schaffen das, und wir werden es gemeinsam schaffen“, sagte Merkel am Montag.',
      ),
    ).toEqual([{ text: 'Wir schaffen das, und wir werden es gemeinsam schaffen', speaker: 'Angela Merkel' }]);
  });

  it('Spanish: dijo X; a post is nobody; "según su biografía" is its owner', () => {
    expect(
      quotes(
        'El ministro Pedro Sánchez visitó Sevilla.',
        '«Vamos a invertir mil millones en las escuelas públicas», dijo Sánchez.',
        '"Los pasajeros cantan para calmar a un hombre enfermo", dice la publicación en TikTok.',
        'Los actores salen en videos de Jibrizy, un creador de videos. Según su biografía de Facebook, él hace "videos de temas que parecen muy reales".',
      ).map((q) => q.speaker),
    ).toEqual(['Pedro Sánchez', null, 'Jibrizy']);
  });

  it('Portuguese: disse X, one word of a long name standing for it', () => {
    expect(
      quotes(
        'O presidente Luiz Inácio Lula da Silva visitou o Rio.',
        '“Vamos investir um bilhão nas escolas públicas do país”, disse Lula.',
      ),
    ).toEqual([
      { text: 'Vamos investir um bilhão nas escolas públicas do país', speaker: 'Luiz Inácio Lula da Silva' },
    ]);
  });
});

describe('extractQuotes in Indonesian', () => {
  it('X berkata, “…” and “…”, ujar X: the speech verb names the speaker, a short name its full form', () => {
    expect(
      quotes(
        'Menteri Sri Mulyani Indrawati berkata, “Ekonomi kita tumbuh lebih cepat dari perkiraan tahun ini.”',
        '“Kami akan terus menjaga harga pangan tetap stabil sampai akhir tahun,” ujar Indrawati.',
      ),
    ).toEqual([
      { text: 'Ekonomi kita tumbuh lebih cepat dari perkiraan tahun ini.', speaker: 'Sri Mulyani Indrawati' },
      {
        text: 'Kami akan terus menjaga harga pangan tetap stabil sampai akhir tahun',
        speaker: 'Sri Mulyani Indrawati',
      },
    ]);
  });
});

describe('extractQuotes in East Asian languages', () => {
  it('Japanese: 「…」と X首相は述べた and X首相は「…」と述べた, surname to full name', () => {
    expect(
      quotes(
        '岸田文雄首相は記者会見を開いた。',
        '「経済の再生に全力で取り組んでいきたい」と岸田首相は述べた。',
        '岸田首相は「物価高への対策を急ぎたいと考えている」と語った。',
      ),
    ).toEqual([
      { text: '経済の再生に全力で取り組んでいきたい', speaker: '岸田文雄' },
      { text: '物価高への対策を急ぎたいと考えている', speaker: '岸田文雄' },
    ]);
  });

  it('Chinese: X说：“…”, “…”X表示, X总理表示，「…」', () => {
    expect(
      quotes(
        '习近平说：“我们将继续扩大对外开放，推动经济发展。”',
        '“我们要坚持稳中求进的工作总基调。”李强表示。',
        '王毅外长表示，「中方愿同各方加强沟通与合作」。',
      ).map((q) => q.speaker),
    ).toEqual(['习近平', '李强', '王毅']);
  });

  it('Korean: X 대통령은 "…"고 말했다 and "…"라고 X 장관은 말했다', () => {
    expect(
      quotes(
        '윤석열 대통령은 "우리는 경제 회복을 위해 모든 노력을 다하겠다"고 말했다.',
        '"수출이 회복되고 있어 하반기 전망은 밝다"라고 김민수 장관은 밝혔다.',
      ),
    ).toEqual([
      { text: '우리는 경제 회복을 위해 모든 노력을 다하겠다', speaker: '윤석열' },
      { text: '수출이 회복되고 있어 하반기 전망은 밝다', speaker: '김민수' },
    ]);
  });
});
