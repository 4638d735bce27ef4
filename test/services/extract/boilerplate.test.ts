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
    '© 2024 Port Elm Media Ltd. All rights reserved.',
    'Copyright 2024 Port Elm News',
    'This story was originally published March 2, 2024, 11:09 AM.',
    'Jane Doe of the Port Elm Courier contributed to this report.',
    'Read the original article on Port Elm News.',
    'Show Caption',
  ])('drops %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'By the end of the day, the harbour had reopened.',
    'The mayor said the image of the city had changed, and she was proud of it.',
    'Readers can subscribe to alerts about road closures on the council website, officials said, adding that the service is free.',
    'May 17, 2023 will be remembered as the day the harbour reopened after a week of repairs.',
    'The copyright dispute over the harbour mural reached the high court on Monday, lawyers said.',
    'Residents read more about the bridge than about the election, a survey found.',
  ])('keeps %j', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});
