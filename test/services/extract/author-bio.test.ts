import { describe, expect, it } from 'vitest';
import { dropAuthorBio } from '../../../src/services/extract/author-bio.ts';

const story = Array.from(
  { length: 5 },
  (_, i) =>
    `Paragraph ${i + 1}: the council said the harbour bridge would reopen after repairs costing millions.`,
);

describe('dropAuthorBio', () => {
  it('drops a closing bio that opens with the byline name', () => {
    const bio = 'Jane Doe is a reporter covering the harbour, the council and the courts for the Courier.';
    expect(dropAuthorBio([...story, bio], 'Jane Doe')).toEqual(story);
  });

  it('reads other verbs that introduce a person', () => {
    for (const bio of [
      'Jane Doe covers transport for the Courier.',
      'Jane Doe joined the Courier in 2019 after ten years at the Gazette.',
      'Jane Doe writes about food and drink for the Courier and its weekend magazine.',
      'Jane Doe has reported on the harbour since 2015.',
    ])
      expect(dropAuthorBio([...story, bio], 'Jane Doe'), bio).toEqual(story);
  });

  it('drops a long bio too, and a short promo after it', () => {
    const bio = `Jane Doe is the news editor for the Courier, covering ${'the harbour, the council and the courts, '.repeat(12)}and more.`;
    expect(bio.length).toBeGreaterThan(400);
    expect(dropAuthorBio([...story, bio, 'Watch her latest video'], 'Jane Doe')).toEqual(story);
  });

  it('keeps story paragraphs about the writer that are not at the end, and other people', () => {
    const early = ['Jane Doe is a reporter who crossed the bridge every day, she said.', ...story];
    expect(dropAuthorBio(early, 'Jane Doe')).toEqual(early);
    const other = [...story, 'John Roe is the harbourmaster and has run the port for a decade.'];
    expect(dropAuthorBio(other, 'Jane Doe')).toEqual(other);
    const claim = [...story, 'Jane Doe said the repairs were worth the wait.'];
    expect(dropAuthorBio(claim, 'Jane Doe')).toEqual(claim);
  });
});
