import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeArticle } from '../../src/services/summarize/index.ts';
import { articleFromText } from '../../src/services/text/plain-text.ts';

const input = readFileSync(new URL('../fixtures/seed-article/input.txt', import.meta.url), 'utf8');
const summarize = () => summarizeArticle(articleFromText(input));

describe('golden: pasted seed article', () => {
  const summary = summarize();

  it('keeps the headline exactly', () => {
    expect(summary.headline).toBe(
      'Washington says working with Pakistan to enhance civilian and military anti-terror capabilities',
    );
  });

  it('has 3–5 bullets of at most 280 characters, including both of the article’s key points', () => {
    expect(summary.bullets.length).toBeGreaterThanOrEqual(3);
    expect(summary.bullets.length).toBeLessThanOrEqual(5);
    for (const bullet of summary.bullets) expect(bullet.length).toBeLessThanOrEqual(280);
    expect(summary.bullets).toContain(
      'Pakistan’s northwestern Khyber Pakhtunkhwa province has seen surge in militant attacks in recent months',
    );
    expect(summary.bullets).toContain(
      'Southwestern province of Balochistan has also seen increase in strikes by separatist ethnic militants this year',
    );
    expect(summary.bullets.some((bullet) => bullet.startsWith('•'))).toBe(false);
  });

  it('leaves photo captions and page chrome out of the bullets', () => {
    const text = summary.bullets.join('\n');
    expect(text).not.toMatch(/AFP\/File|Short Url|addresses journalists/);
  });

  it('quotes the spokesman by full name', () => {
    const quote = summary.quotes.find((q) =>
      q.text.startsWith('We continue to have an important bilateral counterterrorism partnership'),
    );
    expect(quote?.speaker).toBe('Matthew Miller');
  });

  it('does not treat a scare-quoted phrase as a quote', () => {
    expect(summary.quotes.some((q) => q.text === 'comprehensive military operation')).toBe(false);
  });

  it('gives the same summary for the same input', () => {
    expect(summarize()).toEqual(summary);
  });
});
