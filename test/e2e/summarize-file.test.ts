/** /summarize file:<attachment> through the real bot: the local Discord server serves the uploaded bytes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttachmentInput } from '../../src/sandbox/discord/index.ts';
import { articlePage, HARBOUR_ARTICLE } from './article-pages.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
let h: Harness;
let nextUser = 200000000000000001n;
/** A fresh member per test, so the per-member rate limit never gets in the way. */
const newUser = () => String(nextUser++);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Option = { name: string; value: string | number | boolean };
const slash = (options: Option[]) =>
  h.discord.sendSlashCommand({
    guildId: h.guildId,
    channelId: h.channelId,
    userId: newUser(),
    name: 'summarize',
    options,
  });

/** Uploads a file in the test channel and returns the option that carries it. */
function upload(input: Omit<AttachmentInput, 'channelId'>): { option: Option; id: string } {
  const file = h.discord.addAttachment({ ...input, channelId: h.channelId });
  return { option: { name: 'file', value: file.id }, id: file.id };
}

/** The private answer a member sees when /summarize is refused; the public placeholder is gone. */
async function refusal(options: Option[]) {
  const handle = slash(options);
  const message = await handle.waitForResponse((m) => (m.flags & EPHEMERAL) !== 0 && m.content !== '');
  expect(handle.responses).toEqual([message]);
  return message;
}

const PASTED_ARTICLE = [
  'Night buses return to the city centre from June',
  'Night bus services will return to the city centre on 1 June after a two-year pause, the transport authority said on Thursday.',
  '"People who work late deserve a safe way home," said transport director Lena Okoye.',
  'Four routes will run every 30 minutes between midnight and 5am, seven days a week.',
  'The services were cut in 2023 when the operator could not recruit enough drivers.',
  'Fares will be the same as daytime tickets, and passes will be accepted.',
].join('\n\n');

describe('/summarize file', () => {
  it('summarizes a pasted-article .txt file into a public summary embed', async () => {
    const file = upload({ filename: 'night-buses.txt', content: PASTED_ARTICLE });
    const handle = slash([file.option]);
    expect((await handle.waitForAck()).type).toBe(5);
    const message = await handle.waitForResponse((m) => m.embeds.length > 0);
    const embed = message.embeds[0]!;
    expect(embed.title).toBe('Night buses return to the city centre from June');
    const bullets = (embed.description ?? '').split('\n').filter((line) => line.startsWith('• '));
    expect(bullets.length).toBeGreaterThanOrEqual(3);
    expect(bullets.length).toBeLessThanOrEqual(5);
    expect(embed.description).toMatch(/“People who work late deserve a safe way home,?” — [^\n]*Lena Okoye/);
    expect(embed.footer?.text).toMatch(/^pasted text · /);
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(h.discord.attachmentDownloads(file.id)).toBe(1);
  });

  it('extracts the article from an .html file, leaving the site chrome out', async () => {
    const file = upload({ filename: 'Harbour.HTML', content: articlePage(HARBOUR_ARTICLE) });
    const message = await slash([file.option]).waitForResponse((m) => m.embeds.length > 0);
    const embed = message.embeds[0]!;
    expect(embed.title).toBe('Harbour reopens to ferries after six months of storm repairs');
    expect(embed.author?.name).toBe('Coastal Courier · Jane Doe');
    expect(embed.description).toMatch(/^• /);
    expect(embed.description).toMatch(/“We are back in business[^”]*” — (Mayor )?Ana Ruiz/);
    expect(embed.description).not.toMatch(/Celebrity chef|All rights reserved|Most read/);
  });

  it('reads a Markdown file without its markup', async () => {
    const markdown = PASTED_ARTICLE.replace(/^Night buses/, '# Night buses').replace(
      'two-year pause',
      '**two-year** pause',
    );
    const handle = slash([upload({ filename: 'night-buses.md', content: markdown }).option]);
    const embed = (await handle.waitForResponse((m) => m.embeds.length > 0)).embeds[0]!;
    expect(embed.title).toBe('Night buses return to the city centre from June');
    expect(embed.description).not.toMatch(/\*\*|^#/m);
  });

  it('reads a Latin-1 text file with its accents intact', async () => {
    const latin1 = Buffer.from(
      PASTED_ARTICLE.replace('Night buses return', 'Café night buses return'),
      'latin1',
    );
    const handle = slash([
      upload({ filename: 'buses.txt', content: latin1, contentType: 'text/plain' }).option,
    ]);
    const embed = (await handle.waitForResponse((m) => m.embeds.length > 0)).embeds[0]!;
    expect(embed.title).toBe('Café night buses return to the city centre from June');
  });

  it('refuses a file of the wrong type before anything public is posted', async () => {
    const handle = slash([
      upload({ filename: 'scan.pdf', content: '%PDF-1.7', contentType: 'application/pdf' }).option,
    ]);
    const ack = await handle.waitForAck();
    expect(ack.type).toBe(4);
    expect(ack.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('refuses a file over 1 MB politely and in private, without downloading it', async () => {
    const file = upload({ filename: 'huge.txt', content: `Big story\n\n${'word '.repeat(220_000)}` });
    const message = await refusal([file.option]);
    expect(message.content).toMatch(/larger than 1 MB/);
    expect(message.content).not.toMatch(/Something went wrong/);
    expect(h.discord.attachmentDownloads(file.id)).toBe(0);
  });

  it('stops reading a file whose real size is over 1 MB even when its declared size is small', async () => {
    const file = upload({ filename: 'liar.txt', content: 'x'.repeat(1024 * 1024 + 10), size: 2000 });
    const message = await refusal([file.option]);
    expect(message.content).toMatch(/larger than 1 MB/);
  });

  it('refuses a .pdf or an image politely, naming the file types it reads', async () => {
    const pdf = upload({ filename: 'report.pdf', content: Buffer.from('%PDF-1.7\n%âãÏÓ\n') });
    const image = upload({
      filename: 'photo.png',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    });
    for (const file of [pdf, image]) {
      const message = await refusal([file.option]);
      expect(message.content).toMatch(/\.txt/);
      expect(message.content).toMatch(/\.md/);
      expect(message.content).toMatch(/\.html/);
      expect(message.content).not.toMatch(/Something went wrong/);
      expect(h.discord.attachmentDownloads(file.id)).toBe(0);
    }
  });

  it('asks for just one input when a file and a url come together', async () => {
    const file = upload({ filename: 'night-buses.txt', content: PASTED_ARTICLE });
    const message = await refusal([file.option, { name: 'url', value: h.site.url('/news/harbour-reopens') }]);
    expect(message.content).toMatch(/just one of `url`, `text` or `file`/);
    expect(h.discord.attachmentDownloads(file.id)).toBe(0);
    expect(h.hits('/news/harbour-reopens')).toBe(0);
  });
});
