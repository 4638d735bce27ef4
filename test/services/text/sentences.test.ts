import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/services/text/sentences.ts';

describe('splitSentences — English news', () => {
  it('does not end sentences at titles, initials, decimals or dated abbreviations', () => {
    const text =
      'Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 5 in the U.S. Capitol. J. K. Rowling was there. ' +
      'Gov. Brown signed bill No. 12 on Friday.';
    expect(splitSentences(text)).toEqual([
      'Mr. Smith met Dr. Jones at 3.5 p.m. on Jan. 5 in the U.S. Capitol.',
      'J. K. Rowling was there.',
      'Gov. Brown signed bill No. 12 on Friday.',
    ]);
  });

  it('ends a sentence after an acronym when a new sentence clearly starts', () => {
    expect(splitSentences('The troops returned to the U.S. The war was over.')).toEqual([
      'The troops returned to the U.S.',
      'The war was over.',
    ]);
  });

  it('keeps closing quotation marks with the sentence they end', () => {
    expect(splitSentences('He said "It is over." Then he left. She wrote: “We won.” They cheered.')).toEqual([
      'He said "It is over."',
      'Then he left.',
      'She wrote: “We won.”',
      'They cheered.',
    ]);
  });

  it('handles ellipses, questions and exclamations', () => {
    expect(splitSentences('Wait... what happened? Nobody knows! It was... strange. The end.')).toEqual([
      'Wait... what happened?',
      'Nobody knows!',
      'It was... strange.',
      'The end.',
    ]);
  });

  it('splits lower-cased tokenized corpus text and keeps detached quote marks on the right side', () => {
    const text =
      "-lrb- cnn -rrb- -- the u.s. army said it 's ready . he told the court : ' this matter will be listed for trial . ' " +
      "i grant you bail . ' if you break the conditions , you may be held . ' he was released .";
    expect(splitSentences(text)).toEqual([
      "-lrb- cnn -rrb- -- the u.s. army said it 's ready .",
      "he told the court : ' this matter will be listed for trial . '",
      'i grant you bail .',
      "' if you break the conditions , you may be held . '",
      'he was released .',
    ]);
  });

  it('does not split web addresses or numbers, and separates inline page chrome and run-on captions', () => {
    expect(
      splitSentences(
        'Visit example.com for 2.5% off. Scroll down for video The mayor (pictured) Officials agreed.',
      ),
    ).toEqual([
      'Visit example.com for 2.5% off.',
      'Scroll down for video',
      'The mayor (pictured)',
      'Officials agreed.',
    ]);
  });

  it('treats blank lines as hard breaks and ignores empty input', () => {
    expect(splitSentences('Headline without a stop\n\nThe story starts here. It goes on')).toEqual([
      'Headline without a stop',
      'The story starts here.',
      'It goes on',
    ]);
    expect(splitSentences('   \n ')).toEqual([]);
  });
});

describe('splitSentences — other languages', () => {
  it('French with « » and M. as a title', () => {
    expect(splitSentences('Il a dit : « Je pars. » Puis il est parti. M. Dupont est arrivé.', 'fr')).toEqual([
      'Il a dit : « Je pars. »',
      'Puis il est parti.',
      'M. Dupont est arrivé.',
    ]);
  });

  it('German with „ “ quotes and abbreviations', () => {
    expect(
      splitSentences('Er sagte: „Ich gehe.“ Dann ging er. Das kostet ca. 5 Euro, z. B. heute.', 'de'),
    ).toEqual(['Er sagte: „Ich gehe.“', 'Dann ging er.', 'Das kostet ca. 5 Euro, z. B. heute.']);
  });

  it('German ordinal dates do not end a sentence', () => {
    expect(
      splitSentences('Die Wahl findet am 3. Oktober statt. Sie endet am 4. Mai. Dann folgt 2025.', 'de'),
    ).toEqual(['Die Wahl findet am 3. Oktober statt.', 'Sie endet am 4. Mai.', 'Dann folgt 2025.']);
  });

  it('Spanish with ¿ ¡ and Sr.', () => {
    expect(splitSentences('¿Qué pasa? ¡Nada! El Sr. García llegó tarde.', 'es')).toEqual([
      '¿Qué pasa?',
      '¡Nada!',
      'El Sr. García llegó tarde.',
    ]);
  });

  it('Portuguese', () => {
    expect(
      splitSentences('O presidente falou ontem. A Sra. Silva respondeu. Foi um dia longo.', 'pt'),
    ).toEqual(['O presidente falou ontem.', 'A Sra. Silva respondeu.', 'Foi um dia longo.']);
  });

  it('Japanese, keeping 「…。」と言った together', () => {
    expect(splitSentences('今日は晴れです。「行きます。」と彼は言った。明日は雨？', 'ja')).toEqual([
      '今日は晴れです。',
      '「行きます。」と彼は言った。',
      '明日は雨？',
    ]);
  });

  it('Chinese', () => {
    expect(splitSentences('我很好。你呢？他说：“走吧！”', 'zh')).toEqual([
      '我很好。',
      '你呢？',
      '他说：“走吧！”',
    ]);
  });

  it('Korean', () => {
    expect(splitSentences('오늘은 날씨가 좋다. 내일은 비가 온다. 정말?', 'ko')).toEqual([
      '오늘은 날씨가 좋다.',
      '내일은 비가 온다.',
      '정말?',
    ]);
  });
});
