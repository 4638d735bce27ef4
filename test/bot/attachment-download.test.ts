import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAttachment, isAttachmentHostAllowed } from '../../src/bot/attachment-download.ts';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server.ts';

let cdn: FixtureServer;
let apiUrl: string;

beforeAll(async () => {
  cdn = await startFixtureServer({
    '/attachments/1/story.txt': {
      body: 'Harbour reopens\n\nThe harbour reopened on Tuesday.',
      headers: { 'content-type': 'text/plain' },
    },
    '/attachments/2/huge.txt': {
      body: 'x'.repeat(1024 * 1024 + 10),
      headers: { 'content-type': 'text/plain' },
    },
    '/attachments/3/moved.txt': { status: 302, headers: { location: 'http://10.0.0.1/' } },
  });
  apiUrl = `${cdn.origin}/api`;
});
afterAll(async () => {
  await cdn.close();
});

describe('downloadAttachment', () => {
  it('reads a small text file from the Discord host', async () => {
    const text = await downloadAttachment(
      { name: 'story.txt', url: cdn.url('/attachments/1/story.txt'), size: 48 },
      apiUrl,
    );
    expect(text).toContain('The harbour reopened on Tuesday.');
  });

  it('refuses unsupported files and files over 1 MB, even when the declared size lies', async () => {
    await expect(
      downloadAttachment({ name: 'photo.png', url: cdn.url('/x.png'), size: 10 }, apiUrl),
    ).rejects.toThrow(/\.txt, \.md and \.html/);
    await expect(
      downloadAttachment(
        { name: 'big.txt', url: cdn.url('/attachments/2/huge.txt'), size: 2 * 1024 * 1024 },
        apiUrl,
      ),
    ).rejects.toMatchObject({ code: 'too_large' });
    await expect(
      downloadAttachment({ name: 'huge.txt', url: cdn.url('/attachments/2/huge.txt'), size: 100 }, apiUrl),
    ).rejects.toMatchObject({ code: 'too_large' });
  });

  it('never follows redirects and only talks to Discord hosts', async () => {
    await expect(
      downloadAttachment({ name: 'moved.txt', url: cdn.url('/attachments/3/moved.txt'), size: 10 }, apiUrl),
    ).rejects.toMatchObject({ code: 'unreachable' });
    await expect(
      downloadAttachment({ name: 'a.txt', url: 'http://169.254.169.254/latest/a.txt', size: 10 }, apiUrl),
    ).rejects.toMatchObject({ code: 'bad_input' });
    expect(
      isAttachmentHostAllowed('https://cdn.discordapp.com/attachments/1/2/a.txt', 'https://discord.com/api'),
    ).toBe(true);
    expect(
      isAttachmentHostAllowed('http://cdn.discordapp.com/attachments/1/2/a.txt', 'https://discord.com/api'),
    ).toBe(false);
    expect(isAttachmentHostAllowed('https://evil.example/a.txt', 'https://discord.com/api')).toBe(false);
  });
});
