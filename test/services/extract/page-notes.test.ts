import { describe, expect, it } from 'vitest';
import { isPageNote } from '../../../src/services/extract/page-notes.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';

describe('isPageNote', () => {
  it.each([
    // follow and contact prompts
    'Follow the Port Elm Courier page on Facebook',
    '* Follow Courier Sport on Snapchat, Instagram, Twitter, Facebook and YouTube.',
    '—Staff writer Jane Doe can be reached at jane.doe@courier.example. Follow her on X @janedoe.',
    'Contact Jane Doe at jdoe@courier.example.',
    'Curious about the harbour? Email us at harbour@courier.example.',
    'Got a news tip or want to contact us directly? Email tips@courier.example',
    // podcast prompts
    'Listen to Harbour Talk on Spotify, Apple Podcasts and Google Podcasts.',
    'Also available on Apple Podcasts',
    'The full interview is on our podcast. Listen and subscribe wherever you get your podcasts.',
    // affiliate disclosures
    'If you purchase a product through a link on our site, we may receive compensation.',
    'The products discussed here were independently chosen by our editors. Port Elm may get a share of the revenue if you buy anything featured on our site.',
    // photo and production credits
    'Gallery Credit: Jane Doe',
    'Lead image: Jane Doe for the Courier',
    'Photo courtesy of the Port Elm Council',
    'Jane Doe/Courier',
    'Instagram/Jane Doe',
    'Jane Doe/Getty Images for The Harbour Trust/Vogue',
    'The mayor walks along the reopened harbour bridge on May 3, 2024. (AP)',
    'Workers repair the bridge deck on Monday. (AP Photo/Jane Doe)',
    'This episode was produced by Jane Doe, edited by John Roe and fact checked by Ann Poe.',
    'Interview with the mayor produced by John Roe.',
    'Contributing: Associated Press; Jane Doe',
    'Includes information from The Associated Press',
    'Associated Press researcher Jane Doe in New York contributed.',
    // player labels and teasers
    'Video Loading',
    'Click to playTap to play',
    'Watch: The harbour bridge reopens after a year',
    'WATCH | Official trailer for Harbour Lights:',
    'Read more: Why the harbour bridge closed for a year',
    'RELATED: Council approves the harbour budget',
    'This article was featured in the Morning Briefing newsletter. Sign up for it here.',
  ])('is a note: %j', (line) => {
    expect(isPageNote(line)).toBe(true);
  });

  it.each([
    'The council said it would follow the advice of engineers on the harbour bridge.',
    'Residents can email questions to the council, officials said, and a hotline opens on Monday.',
    'Fans followed the final on Facebook and Instagram in record numbers, the league said.',
    'The mayor, who hosts a podcast of her own, said she would listen to residents first.',
    'The firm could receive compensation from the state if the contract is cancelled, lawyers said.',
    'Before/After',
    'AC/DC played the harbour stadium in 1996.',
    'Watch the tide tables before you cross, the harbourmaster said.',
    'Read the report, the mayor said: it explains why the bridge closed.',
    'Jane Doe, who contributed to the fund, said the bridge was worth every penny she gave.',
    'The harbour bridge reopened on Monday after a year of repairs (AP reported the cost first).',
  ])('is story text: %j', (line) => {
    expect(isPageNote(line)).toBe(false);
  });
});

describe('page notes inside the article container', () => {
  it('leaves a closing contact line, podcast prompt and photo credit out of the body', () => {
    const story = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the council said on Monday that the harbour bridge, closed since September, would reopen after repairs costing millions.</p>`,
    ).join('');
    const html = `<html><body><article><h1>Bridge reopens</h1>
      <div class="image"><img src="a.jpg"><div>Jane Doe/Courier</div></div>${story}
      <p>Listen to Harbour Talk on Spotify and Apple Podcasts.</p>
      <p>Contact Jane Doe at jdoe@courier.example.</p></article></body></html>`;
    const article = extractArticle(html);
    expect(article.paragraphs).toHaveLength(6);
    expect(article.paragraphs.join(' ')).not.toMatch(/Spotify|jdoe@|Jane Doe\/Courier/);
  });
});
