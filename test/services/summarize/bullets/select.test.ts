import { describe, expect, it } from 'vitest';
import { selectBullets } from '../../../../src/services/summarize/bullets/select.ts';
import type { Article } from '../../../../src/services/types.ts';

function article(paragraphs: string[], extra: Partial<Article> = {}): Article {
  return {
    url: null,
    canonicalUrl: null,
    headline: 'City council approves budget with new transit funding',
    byline: null,
    publishedAt: null,
    siteName: null,
    lang: 'en',
    imageUrl: null,
    paragraphs,
    keyPoints: [],
    ...extra,
  };
}

const story = [
  'The city council approved a $2.1 billion budget on Monday that includes $300 million for new bus and tram lines.',
  'Mayor Ana Lopez said the transit money would cut commute times for 80,000 residents in the eastern districts.',
  'The vote was 7-2, with two council members arguing the plan would raise property taxes by 4 percent.',
  'Sign up for our newsletter to get the latest city news.',
  'Construction of the first tram line is expected to begin in 2026 and finish by 2029.',
  'Is this the end of traffic jams?',
  'Opponents said they would challenge the tax increase at a public hearing next month.',
  'The council also approved funding for two new libraries and a park in the north of the city.',
];

describe('selectBullets', () => {
  it('returns 3 to 5 bullets in article order', () => {
    const bullets = selectBullets(article(story));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(5);
    const positions = bullets.map((bullet) => story.findIndex((p) => p.startsWith(bullet.replace(/…$/, ''))));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('prefers the news over boilerplate and rhetorical questions', () => {
    const bullets = selectBullets(article(story));
    expect(bullets.join(' ')).toContain('$2.1 billion budget');
    expect(bullets.some((bullet) => /newsletter|\?$/.test(bullet))).toBe(false);
  });

  it('puts the article’s own key points first and counts them toward the five', () => {
    const keyPoints = [
      'Budget includes $300 million for transit',
      'Property taxes rise 4 percent',
      'Two libraries funded',
    ];
    const bullets = selectBullets(article(story, { keyPoints }));
    expect(bullets.slice(0, 3)).toEqual(keyPoints);
    expect(bullets.length).toBeLessThanOrEqual(5);
    expect(bullets.length).toBeGreaterThan(3);
  });

  it('never repeats a sentence the article states twice', () => {
    const repeated = [
      'Floodwaters forced 3,000 people from their homes in the river valley on Sunday.',
      'Floodwaters forced 3,000 people from their homes in the river valley on Sunday, officials said.',
      'Emergency crews rescued 40 people stranded on rooftops overnight.',
      'The river is expected to peak on Tuesday at nearly 9 metres.',
      'Schools across the region will remain closed until Wednesday.',
    ];
    const bullets = selectBullets(article(repeated, { headline: 'Floods force thousands from homes' }));
    expect(bullets.filter((bullet) => bullet.startsWith('Floodwaters forced'))).toHaveLength(1);
  });

  it('cuts long sentences at a clause boundary, never mid-word, with an ellipsis', () => {
    const long =
      'The regional transport authority announced on Thursday that it would spend 1.2 billion euros on electric buses, ' +
      'which will replace the entire diesel fleet by 2030, according to a plan presented to lawmakers in the capital, ' +
      'although unions warned that drivers would need months of training before the first vehicles could enter service.';
    const bullets = selectBullets(article([long, story[1]!, story[2]!]), { maxChars: 200 });
    for (const bullet of bullets) expect(bullet.length).toBeLessThanOrEqual(200);
    const cut = bullets.find((bullet) => bullet.startsWith('The regional transport authority'));
    expect(cut).toBe(
      'The regional transport authority announced on Thursday that it would spend 1.2 billion euros on electric buses…',
    );
  });

  it('keeps every bullet within the default length cap', () => {
    const runOn = `${'The committee reviewed the report and the budget and the plan and the schedule '.repeat(8)}.`;
    for (const bullet of selectBullets(article([runOn, ...story])))
      expect(bullet.length).toBeLessThanOrEqual(280);
  });

  it('returns fewer bullets only when the article has fewer sentences', () => {
    expect(selectBullets(article(['Only one sentence here about the budget vote.']))).toEqual([
      'Only one sentence here about the budget vote.',
    ]);
    expect(selectBullets(article([]))).toEqual([]);
  });

  it('drops a leading dateline from the bullet', () => {
    const lede =
      'ISLAMABAD: Pakistan on Tuesday approved a military operation against militant groups in Balochistan.';
    const bullets = selectBullets(
      article([lede, ...story.slice(1)], { headline: 'Pakistan approves military operation' }),
    );
    expect(bullets).toContain(
      'Pakistan on Tuesday approved a military operation against militant groups in Balochistan.',
    );
    expect(bullets.some((bullet) => bullet.startsWith('ISLAMABAD'))).toBe(false);
  });

  it('never offers page boilerplate as a bullet, even in a short article', () => {
    const short = [story[0]!, 'Click here to sign up for our daily newsletter.', story[1]!];
    expect(selectBullets(article(short))).toEqual([story[0], story[1]]);
  });

  it('summarizes Japanese text into whole sentences', () => {
    const japanese = [
      '東京都は1日、新しい防災計画を発表した。計画では2030年までに避難所を500カ所増やす。',
      '小池知事は「都民の安全を最優先する」と述べた。予算は約1200億円を見込んでいる。',
      '専門家は計画を評価する一方、実行には課題があると指摘した。',
    ];
    const bullets = selectBullets(article(japanese, { headline: '東京都が新防災計画', lang: 'ja' }));
    expect(bullets).toHaveLength(3);
    for (const bullet of bullets) expect(bullet).toMatch(/。$/);
  });

  it('prefers a self-contained sentence over one that leans on the sentence before', () => {
    const paragraphs = [
      'A storm knocked out power to 120,000 homes across the state on Saturday night.',
      'Utility crews from three neighbouring states arrived on Sunday to help restore service.',
      'Sign up for our weather alerts newsletter.',
      'But crews in the rural north expect repairs to the damaged lines to take most of the week.',
      'Crews in the rural south expect repairs to the damaged lines to take most of the week.',
    ];
    const bullets = selectBullets(article(paragraphs, { headline: 'Storm cuts power to 120,000 homes' }));
    expect(bullets.some((bullet) => bullet.startsWith('But '))).toBe(false);
  });

  it('is deterministic', () => {
    const input = article(story);
    expect(selectBullets(input)).toEqual(selectBullets(structuredClone(input)));
  });
});
