import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../src/services/extract/boilerplate.ts';

describe('isBoilerplateLine', () => {
  it.each([
    'Advertisement',
    'Advert',
    'Story continues below advertisement',
    'Updated 3:45 PM ET, May 17, 2023',
    'Published 17 May 2023',
    'By Jane Doe and John Roe',
    'Protesters have worn masks to protect their identities (Image: GETTY )',
    'Get the latest updates right in your inbox. Subscribe to our newsletters.',
    'This slideshow requires JavaScript.',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'By the end of the day, the harbour had reopened.',
    'The mayor said the image of the city had changed, and she was proud of it.',
    'Readers can subscribe to alerts about road closures on the council website, officials said, adding that the service is free.',
    'May 17, 2023 will be remembered as the day the harbour reopened after a week of repairs.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
