import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage } from './article-pages.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
let h: Harness;
let nextUser = 100000000000000001n;
/** A fresh member per test, so the per-member rate limit (3 a minute here) only bites where meant to. */
const newUser = () => String(nextUser++);

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

type Option = { name: string; value: string | number | boolean };
const slash = (name: string, options: Option[], userId = newUser()) =>
  h.discord.sendSlashCommand({ guildId: h.guildId, channelId: h.channelId, userId, name, options });

/** Sends /summarize and resolves with the private answer a member sees when it is refused. */
async function refusal(options: Option[], userId = newUser()) {
  const handle = slash('summarize', options, userId);
  const message = await handle.waitForResponse((m) => (m.flags & EPHEMERAL) !== 0 && m.content !== '');
  // The public "thinking…" placeholder (if any) is gone: only the private answer remains.
  expect(handle.responses).toEqual([message]);
  return message;
}

describe('/summarize url', () => {
  it('acknowledges at once with a deferral, then edits in the summary embed', async () => {
    const handle = slash('summarize', [{ name: 'url', value: h.site.url('/news/harbour-reopens') }]);
    const ack = await handle.waitForAck();
    expect(ack.type).toBe(5);
    console.log(`ack latency: ${((handle.ackedAt ?? 0) - handle.createdAt).toFixed(1)} ms`);
    const message = await handle.waitForResponse((m) => m.embeds.length > 0);
    const embed = message.embeds[0]!;
    expect(embed.title).toBe('Harbour reopens to ferries after six months of storm repairs');
    expect(embed.url).toBe(h.site.url('/news/harbour-reopens'));
    expect(embed.author?.name).toBe('Coastal Courier · Jane Doe');
    expect(embed.description).toMatch(/^• /);
    expect(embed.description).toMatch(/“We are back in business[^”]*” — (Mayor )?Ana Ruiz/);
    expect(embed.footer?.text).toBe('127.0.0.1 · 12 Mar 2025 · 1 min read · offline summary');
    expect(message.flags & EPHEMERAL).toBe(0);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers the same URL again from the store without fetching it', async () => {
    const first = slash('summarize', [{ name: 'url', value: h.site.url('/science/rover-ice') }]);
    const firstEmbed = (await first.waitForResponse((m) => m.embeds.length > 0)).embeds[0];
    const second = slash('summarize', [{ name: 'url', value: h.site.url('/science/rover-ice') }]);
    const secondEmbed = (await second.waitForResponse((m) => m.embeds.length > 0)).embeds[0];
    expect(secondEmbed?.title).toBe('Lunar rover finds water ice in shadowed crater');
    expect(secondEmbed?.description).toBe(firstEmbed?.description);
    expect(h.hits('/science/rover-ice')).toBe(1);
  });

  it('fetches once when two members ask for the same new URL at the same time', async () => {
    const page = articlePage({
      headline: 'Council approves new cycle lanes',
      site: 'Coastal Courier',
      author: 'Jane Doe',
      published: '2025-03-20T08:00:00Z',
      paragraphs: [
        'The council approved four new cycle lanes on Monday after a public consultation drew 2,000 responses.',
        '"Safer streets are good for everyone," said councillor Maya Lind.',
        'Work on the first lane starts in May and will take six weeks.',
        'Shop owners on the high street said they worried about losing parking spaces during the works.',
      ],
    });
    // Slow enough that the second request arrives while the first fetch is still running.
    h.site.route('/news/slow-story', { delayMs: 300, body: page });
    const url = h.site.url('/news/slow-story');
    const [a, b] = [
      slash('summarize', [{ name: 'url', value: url }]),
      slash('summarize', [{ name: 'url', value: url }]),
    ];
    const [ma, mb] = await Promise.all([a, b].map((x) => x.waitForResponse((m) => m.embeds.length > 0)));
    expect(ma?.embeds[0]?.title).toBe('Council approves new cycle lanes');
    expect(mb?.embeds[0]?.title).toBe('Council approves new cycle lanes');
    expect(h.hits('/news/slow-story')).toBe(1);
  });

  it('refuses private network addresses politely, in private, without fetching', async () => {
    for (const url of ['http://10.0.0.1/admin', 'http://169.254.169.254/latest/meta-data/']) {
      const message = await refusal([{ name: 'url', value: url }]);
      expect(message.content).toMatch(/private|internal|local|not allowed|can't|cannot|won't/i);
      expect(message.content).not.toMatch(/Something went wrong/);
    }
  });

  it('turns a private deferred reply into the explanation when asked privately', async () => {
    const handle = slash('summarize', [
      { name: 'url', value: h.site.url('/gone') },
      { name: 'private', value: true },
    ]);
    const message = await handle.waitForResponse((m) => m.content !== '');
    expect(message.content).toMatch(/404/);
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(handle.responses).toHaveLength(1);
  });

  it('explains a 404 and a page without an article', async () => {
    const notFound = await refusal([{ name: 'url', value: h.site.url('/gone') }]);
    expect(notFound.content).toMatch(/404/);
    const noArticle = await refusal([{ name: 'url', value: h.site.url('/world') }]);
    expect(noArticle.content).not.toMatch(/Something went wrong/);
    expect(noArticle.content.length).toBeGreaterThan(10);
  });
});

describe('/summarize text and input checks', () => {
  const pasted = [
    'Library extends opening hours for exam season',
    'The central library will stay open until midnight from next Monday to help students revising for exams, the council said.',
    '"Students told us they needed a quiet place to work late," said head librarian Rosa Grant.',
    'The extended hours will run for six weeks and cost about £30,000, paid from the education budget.',
    'Free tea and coffee will be offered after 9pm.',
  ].join('\n\n');

  it('summarizes pasted text, privately when asked', async () => {
    const handle = slash('summarize', [
      { name: 'text', value: pasted },
      { name: 'private', value: true },
    ]);
    const ack = await handle.waitForAck();
    expect(ack.type).toBe(5);
    expect(ack.flags & EPHEMERAL).toBe(EPHEMERAL);
    const message = await handle.waitForResponse((m) => m.embeds.length > 0);
    expect(message.embeds[0]?.title).toBe('Library extends opening hours for exam season');
    expect(message.embeds[0]?.footer?.text).toMatch(/^pasted text · /);
    expect(message.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('asks for exactly one of url, text or file', async () => {
    expect((await refusal([])).content).toMatch(/url.*text.*file/);
    const both = await refusal([
      { name: 'url', value: h.site.url('/news/harbour-reopens') },
      { name: 'text', value: pasted },
    ]);
    expect(both.content).toMatch(/just one/);
  });

  it('tells a member over the rate limit to slow down, with the wait', async () => {
    const member = newUser();
    for (let i = 0; i < 3; i += 1) {
      await slash('summarize', [{ name: 'text', value: pasted }], member).waitForResponse(
        (m) => m.embeds.length > 0,
      );
    }
    const refused = await refusal([{ name: 'text', value: pasted }], member);
    expect(refused.content).toMatch(/slow down.*try again in \d+ s/);
    // Someone else is not affected.
    const other = slash('summarize', [{ name: 'text', value: pasted }]);
    expect((await other.waitForResponse((m) => m.embeds.length > 0)).embeds[0]?.title).toContain('Library');
  });
});

describe('Summarize article (message context menu)', () => {
  const menu = (content: string, embeds: unknown[] = []) =>
    h.discord.sendMessageCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: newUser(),
      name: 'Summarize article',
      targetMessage: { content, embeds },
    });

  it('summarizes the first link in the message', async () => {
    const handle = menu(
      `Have you seen this? ${h.site.url('/news/harbour-reopens')}, and also https://example.invalid/x`,
    );
    const message = await handle.waitForResponse((m) => m.embeds.length > 0);
    expect(message.embeds[0]?.title).toBe('Harbour reopens to ferries after six months of storm repairs');
  });

  it('uses an embed link when the text has none, and says so clearly when there is no link at all', async () => {
    const fromEmbed = menu('look', [{ type: 'link', url: h.site.url('/science/rover-ice'), title: 'Rover' }]);
    expect((await fromEmbed.waitForResponse((m) => m.embeds.length > 0)).embeds[0]?.title).toContain(
      'Lunar rover',
    );
    const none = menu('no links here, just chat');
    const answer = await none.waitForResponse((m) => m.content !== '');
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(answer.content).toMatch(/no link/i);
  });
});
