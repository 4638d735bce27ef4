import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Permission, type StoredMessage } from '../../src/sandbox/discord/index.ts';
import { rssFeed, startFeedServer, type FeedServer } from '../support/feed-server.ts';
import { startHarness, type Harness } from '../e2e/harness.ts';

let h: Harness;
let feeds: FeedServer;
let adminId: string;
let memberId: string;

beforeAll(async () => {
  feeds = await startFeedServer();
  feeds.set('/rss', {
    body: rssFeed('Example News', [
      { title: 'One', link: 'https://example.test/1', guid: '1', description: 'First.' },
    ]),
  });
  feeds.set('/home', {
    contentType: 'text/html',
    body: '<!doctype html><html><head><title>Home</title></head><body><p>No feed here.</p></body></html>',
  });
  h = await startHarness({ overrides: { runScheduler: false } });
  adminId = h.discord.addMember(h.guildId, {
    permissions: Permission.ManageGuild | Permission.ViewChannel | Permission.SendMessages,
  }).user.id;
  memberId = h.discord.addMember(h.guildId, { permissions: Permission.ViewChannel | Permission.SendMessages })
    .user.id;
});
afterAll(async () => {
  await h?.close();
  await feeds?.close();
});

const run = (
  userId: string,
  name: string,
  subcommand: string,
  options: { name: string; value: string | number | boolean }[] = [],
) =>
  h.discord.sendSlashCommand({
    guildId: h.guildId,
    channelId: h.channelId,
    userId,
    name,
    subcommand,
    options,
  });
const answer = async (handle: ReturnType<typeof run>): Promise<StoredMessage> => handle.waitForResponse();
const ephemeral = (message: StoredMessage) => (message.flags & 64) !== 0;
const textOf = (message: StoredMessage) =>
  `${message.content}\n${message.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n')}`;

describe('/feed', () => {
  it('lets a Manage Server member follow a feed, privately confirmed, and lists it', async () => {
    const handle = run(adminId, 'feed', 'add', [{ name: 'url', value: feeds.url('/rss') }]);
    const added = await answer(handle);
    expect(ephemeral(added)).toBe(true);
    expect(added.content).toMatch(/Following \*\*Example News\*\* \(1 item right now\)/);
    expect(added.content).toMatch(/Reading its newest item now/);
    // The answer is edited once the feed's first read (in the background) is done.
    const read = await handle.waitForResponse((m) => m.content.includes('✅ Read'));
    expect(read.content).toMatch(/✅ Read: 1 story from it is ready/);
    const list = await answer(run(adminId, 'feed', 'list'));
    expect(textOf(list)).toContain(feeds.url('/rss'));
    expect(textOf(list)).toMatch(/✅ Active · last checked <t:\d+:R>/);
  });

  it('explains privately when the address is not a feed', async () => {
    const reply = await answer(run(adminId, 'feed', 'add', [{ name: 'url', value: feeds.url('/home') }]));
    expect(ephemeral(reply)).toBe(true);
    expect(reply.content).toMatch(/not an RSS, Atom or JSON feed/);
  });

  it('refuses members without Manage Server', async () => {
    const reply = await answer(run(memberId, 'feed', 'add', [{ name: 'url', value: feeds.url('/rss') }]));
    expect(reply.content).toMatch(/Manage Server/);
  });
});

describe('/digest', () => {
  it('suggests IANA time zones as you type', async () => {
    const handle = h.discord.sendAutocomplete({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: adminId,
      name: 'digest',
      subcommand: 'set',
      focused: 'timezone',
      options: [{ name: 'timezone', value: 'new_y' }],
    });
    await handle.waitForAck();
    expect(handle.choices?.map((c) => c.value)).toContain('America/New_York');
  });

  it('sets a digest, rejects a bad time zone, and lets any member preview it privately', async () => {
    const set = await answer(
      run(adminId, 'digest', 'set', [
        { name: 'channel', value: h.channelId },
        { name: 'time', value: '07:30' },
        { name: 'timezone', value: 'Europe/Paris' },
      ]),
    );
    expect(set.content).toMatch(/07:30 Europe\/Paris/);
    const bad = await answer(
      run(adminId, 'digest', 'set', [
        { name: 'channel', value: h.channelId },
        { name: 'time', value: '07:30' },
        { name: 'timezone', value: 'Mars/Olympus' },
      ]),
    );
    expect(bad.content).toMatch(/not a time zone/);
    const preview = await answer(run(memberId, 'digest', 'preview'));
    expect(ephemeral(preview)).toBe(true);
    expect(textOf(preview)).toMatch(/Nothing new|Preview/);
    const refused = await answer(
      run(memberId, 'digest', 'remove', [{ name: 'channel', value: h.channelId }]),
    );
    expect(refused.content).toMatch(/Manage Server/);
  });
});
