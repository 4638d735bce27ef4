/** In Chromium: summarizing from the sandbox page, the message menu, suggestions, and a phone-sized screen. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, HARBOUR_ARTICLE } from '../../e2e/article-pages.ts';
import { startBrowserSandbox, type BrowserSandbox } from './harness.ts';

const SEED = readFileSync(new URL('../../fixtures/seed-article/input.txt', import.meta.url), 'utf8');
let s: BrowserSandbox;
/** The part of the browser's CSSStyleDeclaration read here (the tests are type-checked without the DOM library). */
type CSSStyle = { borderLeftColor: string };

beforeAll(async () => {
  s = await startBrowserSandbox({
    '/news/harbour-reopens': { body: articlePage(HARBOUR_ARTICLE) },
    '/news/slow-harbour': { body: articlePage(HARBOUR_ARTICLE), delayMs: 1500 },
  });
});
afterAll(async () => {
  await s?.close();
});

describe('sandbox page: summaries', () => {
  it('/summarize text: with a pasted article shows the summary embed: headline, bullets, the quote and its speaker', async () => {
    const p = await s.open();
    await p.type('/summarize text:');
    await p.page.keyboard.insertText(SEED); // pasted
    await p.page.keyboard.press('Enter');
    const answer = await p.message('Washington says working with Pakistan');
    await expect.poll(() => answer.locator('.used-command').textContent()).toBe('Ada used /summarize');
    const embed = answer.locator('.embed');
    expect(await embed.locator('.embed-title').textContent()).toBe(
      'Washington says working with Pakistan to enhance civilian and military anti-terror capabilities',
    );
    const description = (await embed.locator('.embed-description').innerText()).split('\n');
    expect(description).toContain(
      '• Pakistan’s northwestern Khyber Pakhtunkhwa province has seen surge in militant attacks in recent months',
    );
    expect(
      description.some((line) =>
        /^“We continue to have an important bilateral.*” — Matthew Miller$/.test(line),
      ),
    ).toBe(true);
    expect(await embed.locator('.embed-footer').textContent()).toMatch(
      /^pasted text · \d+ min read · offline summary$/,
    );
    // Drawn as Discord draws it: a coloured bar, bold linked title, muted footer.
    const bar = await embed.evaluate((node) => {
      const view = globalThis as unknown as { getComputedStyle(element: unknown): CSSStyle };
      return view.getComputedStyle(node).borderLeftColor;
    });
    expect(bar).toBe('rgb(43, 108, 176)');
    await p.screenshot('summary-embed.png');
    expect(p.errors).toEqual([]);
  });

  it('/summarize url: of a bundled sample article, from the first screen’s suggestion', async () => {
    const p = await s.open();
    await p.page.getByRole('button', { name: /Summarize a sample article/ }).click();
    expect(await p.input.inputValue()).toMatch(
      /^\/summarize url:http:\/\/127\.0\.0\.1:\d+\/samples\/articles\//,
    );
    await p.page.keyboard.press('Enter');
    const answer = await p.message('City library stays open through the night');
    // The page follows the channel down to the answer, although the card clicked was at the top.
    await expect.poll(async () => (await answer.boundingBox())?.y ?? -1).toBeGreaterThan(0);
    const box = await answer.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(860);
    const title = answer.locator('.embed-title a');
    expect(await title.getAttribute('href')).toMatch(/\/samples\/articles\/library-open-all-night$/);
    expect(await answer.locator('.embed-author').textContent()).toBe('Riverside Gazette · Helen Marsh');
    expect(await answer.locator('.embed-description').innerText()).toMatch(/— (head librarian )?Mei Tanaka/);
    await p.screenshot('sandbox.png');
  });

  it('/summarize url: typed with an article served on 127.0.0.1', async () => {
    const p = await s.open();
    await p.send(`/summarize url:${s.site.url('/news/harbour-reopens')}`);
    const answer = await p.message('Harbour reopens to ferries');
    expect(await answer.locator('.embed-description').innerText()).toMatch(
      /“We are back in business[^”]*” — (Mayor )?Ana Ruiz/,
    );
  });

  it('/summarize file: with a file chosen from the suggestion list', async () => {
    const p = await s.open();
    await p.type('/summarize file:');
    await p.page.getByRole('option', { name: /Choose a file/ }).waitFor();
    await p.page.keyboard.press('Enter');
    const chooser = await p.fileChooser();
    await chooser.setFiles({ name: 'seed.txt', mimeType: 'text/plain', buffer: Buffer.from(SEED) });
    await expect.poll(() => p.input.inputValue()).toBe('/summarize file:seed.txt ');
    await p.page.keyboard.press('Enter');
    const answer = await p.message('Washington says working with Pakistan');
    expect(await answer.locator('.embed-description').innerText()).toMatch(/— Matthew Miller/);
  });

  it('shows “NewsBrief is thinking…” while a summary is on its way, then the summary in its place', async () => {
    const p = await s.open();
    await p.send(`/summarize url:${s.site.url('/news/slow-harbour')}`);
    const answer = await p.message('NewsBrief is thinking…');
    await expect.poll(() => answer.locator('.embed-title').count(), { timeout: 10_000 }).toBe(1);
    expect(await answer.innerText()).not.toContain('is thinking');
  });

  it('opens the message menu from the keyboard and closes it with Escape', async () => {
    const p = await s.open();
    await p.send('A plain message');
    const message = await p.message('A plain message');
    await message.locator('.message-more').focus();
    await p.page.keyboard.press('Enter');
    const item = p.page.getByRole('menuitem', { name: 'Summarize article' });
    await expect.poll(() => item.evaluate((node) => node === node.ownerDocument.activeElement)).toBe(true);
    await p.page.keyboard.press('Escape');
    expect(await item.isVisible()).toBe(false);
    expect(
      await message.locator('.message-more').evaluate((node) => node === node.ownerDocument.activeElement),
    ).toBe(true);
  });

  it('right-click a message with a link → Apps → Summarize article', async () => {
    const p = await s.open();
    await p.typingAs('Sam');
    await p.send(`Worth a read: ${s.site.url('/news/harbour-reopens')}`);
    const posted = await p.message('Worth a read');
    expect(await posted.locator('.author').textContent()).toBe('Sam');
    await posted.click({ button: 'right' });
    const item = p.page.getByRole('menuitem', { name: 'Summarize article' });
    await item.click();
    const answer = await p.message('Sam used Summarize article');
    expect(await answer.locator('.embed-title').textContent()).toBe(
      'Harbour reopens to ferries after six months of storm repairs',
    );
  });

  it('suggests commands as you type, takes one with Enter, and shows a private answer as only-you-can-see', async () => {
    const p = await s.open();
    await p.type('/he');
    const suggestion = p.page.getByRole('option', { name: /\/help/ });
    await suggestion.waitFor();
    expect(await suggestion.getAttribute('aria-selected')).toBe('true');
    await p.page.keyboard.press('Enter');
    expect(await p.input.inputValue()).toBe('/help ');
    await p.page.keyboard.press('Enter');
    const answer = await p.message('I read news articles');
    expect(await answer.locator('.ephemeral-note').textContent()).toMatch(/Only you can see this/);
    // Sam does not see Ada's private answer.
    await p.typingAs('Sam');
    await expect.poll(() => p.messages.filter({ hasText: 'I read news articles' }).count()).toBe(0);
  });

  it('refuses to send a command that misses a required option, saying which', async () => {
    const p = await s.open();
    await p.send('/search days:3');
    const error = p.page.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toBe('Missing required option: query.');
    expect(await p.input.inputValue()).toBe('/search days:3');
  });

  it('is readable at 360 px wide: no sideways scrolling, channels in a drawer', async () => {
    const p = await s.open({ width: 360, height: 740 });
    await p.send(`/summarize url:${s.site.url('/news/harbour-reopens')}`);
    await p.message('Harbour reopens to ferries');
    const overflow = await p.page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await p.screenshot('sandbox-360.png');
    expect(await p.page.locator('#channel-list').isVisible()).toBe(false);
    await p.page.getByRole('button', { name: 'Channels' }).click();
    await p.openChannel('news');
    expect(await p.page.locator('#channel-name').textContent()).toBe('news');
    expect(await p.input.isVisible()).toBe(true);
  });
});
