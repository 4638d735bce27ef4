import { describe, expect, it } from 'vitest';
import { isPageNote } from '../../../src/services/extract/page-notes.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';

describe('isPageNote', () => {
  it.each([
    // affiliate disclosures
    'If you purchase a product through a link on our site, we may receive compensation.',
    'The Courier has affiliate partnerships, so we may earn a commission when you buy through links.',
    // photo credits
    'Gallery Credit: Jane Doe',
    'Lead image: Jane Doe for the Courier',
    'Photo courtesy of the Port Elm Council',
    'Jane Doe/Courier',
    'Instagram/Jane Doe',
    'Jane Doe/Getty Images for The Harbour Trust/Vogue',
    // teasers, newsletter asks, corrections
    'Read more: Why the harbour bridge closed for a year',
    'RELATED: Council approves the harbour budget',
    'This article was featured in the Morning Briefing newsletter. Sign up for it here.',
    'Correction: May 4, 2024:',
    'A previous version of this article misstated the cost of the repairs.',
    "Editor's note: This story has been updated with the council's response.",
  ])('is a note: %j', (line) => {
    expect(isPageNote(line)).toBe(true);
  });

  it.each([
    'The firm could receive compensation from the state if the contract is cancelled, lawyers said.',
    'Before/After',
    'AC/DC played the harbour stadium in 1996.',
    'Read the report, the mayor said: it explains why the bridge closed.',
    'Related coverage of the bridge ran in every paper in the county that week.',
    'The correction to the budget, the treasurer said, would cost the council nothing.',
    'Residents who sign up get a text message when the bridge lifts, officials said.',
  ])('is story text: %j', (line) => {
    expect(isPageNote(line)).toBe(false);
  });
});

describe('page notes inside the article container', () => {
  it('leaves a photo credit, a teaser and an affiliate disclosure out of the body', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the council said on Monday that the harbour bridge, closed since September, would reopen after repairs costing millions.</p>`,
    ).join('');
    const html = `<html><body><article><h1>Bridge reopens</h1>
      <div class="image"><img src="a.jpg"><div>Jane Doe/Courier</div></div>${story}
      <p>Read more: Why the harbour bridge closed for a year</p>
      <p>If you buy something through a link on this page, we may earn a commission.</p></article></body></html>`;
    const article = extractArticle(html);
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs.join(' ')).not.toMatch(/Read more|commission|Jane Doe\/Courier/);
  });
});
