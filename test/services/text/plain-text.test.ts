import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../../src/services/errors.ts';
import { markdownToText } from '../../../src/services/text/markdown.ts';
import {
  articleFromText,
  deriveHeadline,
  isPlausibleHeadline,
} from '../../../src/services/text/plain-text.ts';

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

const STORY = [
  'The city council voted 7-2 on Monday to build a new bridge over the river, ending a decade of debate.',
  'The project will cost $40 million and work starts next spring, the mayor said.',
  'Residents who had campaigned for the crossing welcomed the decision outside city hall.',
];

describe('articleFromText without a title line', () => {
  it('summarizes a story pasted as one paragraph: the whole text is the body, the headline derived', () => {
    const article = articleFromText(STORY.join(' '));
    expect(article.paragraphs).toEqual([STORY.join(' ')]);
    expect(article.headline).toBe(STORY[0]);
    expect(article.headlineSource).toBe('derived');
  });

  it('keeps a first line that is a full sentence in the body when paragraphs follow it', () => {
    const article = articleFromText(STORY.join('\n\n'));
    expect(article.paragraphs).toEqual(STORY);
    expect(article.headline).toBe(STORY[0]);
    expect(article.headlineSource).toBe('derived');
  });

  it('takes a lower-case or all-caps title line as the headline', () => {
    for (const title of ['council approves new bridge', 'COUNCIL APPROVES NEW BRIDGE']) {
      const article = articleFromText([title, ...STORY].join('\n'));
      expect(article.headline).toBe(title);
      expect(article.headlineSource).toBe('first-line');
      expect(article.paragraphs).toEqual(STORY);
    }
  });

  it('reads a Markdown paste: the heading is the headline, the text under it the body', () => {
    const markdown = `# Council approves **new** bridge\n\n${STORY[0]}\n\n${STORY[1]} [More](https://example.com/more)\n`;
    const article = articleFromText(markdownToText(markdown));
    expect(article.headline).toBe('Council approves new bridge');
    expect(article.headlineSource).toBe('first-line');
    expect(article.paragraphs).toEqual([STORY[0], `${STORY[1]} More`]);
  });

  it('summarizes a single short line instead of refusing it', () => {
    const article = articleFromText('Council approves new bridge');
    expect(article.paragraphs).toEqual(['Council approves new bridge']);
    expect(article.headline).toBe('Council approves new bridge');
    expect(article.headlineSource).toBe('derived');
  });

  it('keeps a title line whose only text under it is page chrome as the body', () => {
    const article = articleFromText('Council approves new bridge\nShare\nAdvertisement');
    expect(article.paragraphs).toEqual(['Council approves new bridge']);
  });

  it('cuts a long derived headline at a word and marks the cut', () => {
    const long =
      'The regional transport authority said on Tuesday that the long-delayed extension of the northern line would open to passengers in the spring of next year, two years late.';
    const headline = deriveHeadline([long], 'en');
    expect(headline.length).toBeLessThanOrEqual(121);
    expect(headline.endsWith('…')).toBe(true);
    expect(long.startsWith(headline.slice(0, -1))).toBe(true);
  });
});

describe('isPlausibleHeadline', () => {
  it('accepts short lines without a closing full stop, in any case', () => {
    for (const line of [
      'Council approves new bridge',
      'council approves new bridge',
      'WHY THE BRIDGE MATTERS?',
      'Storm heads for the U.S.',
      'Is this the end...',
    ])
      expect(isPlausibleHeadline(line), line).toBe(true);
  });

  it('rejects sentences, long lines and bulleted lines', () => {
    for (const line of [
      'The council approved the bridge.',
      'The council approved the bridge."',
      `${'word '.repeat(30)}more`,
      '• The bridge will cost $40 million',
    ])
      expect(isPlausibleHeadline(line), line).toBe(false);
  });
});
