import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { articleFromText } from '../../../src/services/text/plain-text.ts';

const pasted = [
  'Council approves new bridge over the river',
  '',
  'The mayor speaks to reporters at city hall in Springfield on March 3, 2025. (Reuters)',
  'Share',
  'Short Url',
  '• The bridge will cost $40 million',
  '- Work starts next spring',
  '',
  'SPRINGFIELD: The city council voted 7-2 on Monday to build a new bridge.',
  'Advertisement',
  'The project had been debated for a decade.',
  '12',
  '',
  'Photo: A view of the old bridge.',
  'Residents welcomed the decision. Read more',
  'Read more',
].join('\n');

describe('articleFromText', () => {
  it('uses the first line as headline and keeps bullets near the top as key points', () => {
    const article = articleFromText(pasted);
    expect(article.headline).toBe('Council approves new bridge over the river');
    expect(article.keyPoints).toEqual(['The bridge will cost $40 million', 'Work starts next spring']);
    expect(article.url).toBeNull();
    expect(article.canonicalUrl).toBeNull();
  });

  it('drops photo captions and page chrome but keeps the dateline in the text', () => {
    const { paragraphs } = articleFromText(pasted);
    expect(paragraphs).toEqual([
      'SPRINGFIELD: The city council voted 7-2 on Monday to build a new bridge.',
      'The project had been debated for a decade.',
      'Residents welcomed the decision. Read more',
    ]);
  });

  it('keeps long body paragraphs even when they end with an agency credit or start like chrome', () => {
    const body =
      'The central bank raised rates by half a point on Thursday, its third increase this year, and signalled that more ' +
      'rises were likely as inflation stayed well above its target for a twelfth month in a row, economists said. (Reuters)';
    const more = 'More from the meeting: the board also agreed to review its bond purchases.';
    expect(articleFromText(`Rates rise again\n${body}\n${more}`).paragraphs).toEqual([body, more]);
  });

  it('splits paragraphs on single newlines and blank lines alike', () => {
    const article = articleFromText('Headline\nFirst paragraph.\nSecond paragraph.\n\n\nThird paragraph.');
    expect(article.paragraphs).toEqual(['First paragraph.', 'Second paragraph.', 'Third paragraph.']);
    expect(article.keyPoints).toEqual([]);
  });

  it('treats bullets deep in the body as ordinary paragraphs', () => {
    const body = Array.from({ length: 15 }, (_, i) => `Paragraph number ${i + 1} of the story.`);
    const article = articleFromText(['Headline', ...body, '• A list item late in the story'].join('\n'));
    expect(article.keyPoints).toEqual([]);
    expect(article.paragraphs.at(-1)).toBe('A list item late in the story');
  });

  it('reports the language of pasted Latin-script articles from their function words', () => {
    expect(
      articleFromText(
        'Le pont rouvre\nLe gouvernement a annoncé lundi que le pont sera ouvert à la circulation dans les prochains jours pour les habitants de la ville.',
      ).lang,
    ).toBe('fr');
    expect(
      articleFromText(
        'Brücke wieder offen\nDie Regierung teilte am Montag mit, dass die Brücke noch in dieser Woche für den Verkehr geöffnet wird und auch Busse fahren.',
      ).lang,
    ).toBe('de');
  });

  it('guesses the language from the script when it is not Latin', () => {
    expect(articleFromText('東京で地震\n今日は大きな地震がありました。').lang).toBe('ja');
    expect(articleFromText('서울 뉴스\n오늘은 날씨가 좋다.').lang).toBe('ko');
    expect(articleFromText('Headline\nPlain English text.').lang).toBeNull();
  });

  it('refuses empty, whitespace-only and binary input with a user-facing error', () => {
    for (const input of ['', '   \n\t  ', 'PK\u0003\u0004\u0000\u0000\u0008binary']) {
      expect(() => articleFromText(input)).toThrow(UserFacingError);
      expect(() => articleFromText(input)).toThrow(expect.objectContaining({ code: 'no_article' }));
    }
  });

  it('copes with very long input by reading only its start', () => {
    const huge = `Headline\n${'A sentence of the story goes here. '.repeat(40_000)}`;
    const article = articleFromText(huge);
    expect(article.headline).toBe('Headline');
    expect(article.paragraphs.join('').length).toBeLessThanOrEqual(200_000);
  });
});
