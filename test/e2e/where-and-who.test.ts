/**
 * Where posts land and who they ping, end to end on the local Discord-compatible server with the
 * real discord.js client: forum posts with tags, threads (archived, locked, under a digest), one
 * role ping and nothing else, feed filters and /feed test, styles, and /feed edit keeping history.
 * The test owns the clock and the poll job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { Permission } from '../../src/sandbox/discord/index.ts';
import { rssFeed, type RssItemInput } from '../support/feed-server.ts';
import { articlePage } from './article-pages.ts';
import { startHarness, type Harness } from './harness.ts';
import { newsroom, textOf } from './newsroom.ts';

const BASE = Date.parse('2026-06-01T08:00:00Z');
const clock = fixedClock(new Date(BASE));
let h: Harness;
let hour = 0;

beforeAll(async () => {
  h = await startHarness({ overrides: { runScheduler: false, clock } });
});
afterAll(async () => {
  await h?.close();
});

const POSTING =
  Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks | Permission.SendMessagesInThreads;

/** A feed whose items the test can change: each item links to an article page of its own. */
function liveFeed(name: string) {
  const path = `/live/${name.toLowerCase().replace(/\W+/g, '-')}-${++hour}`;
  const items: RssItemInput[] = [];
  const publish = () =>
    h.site.route(`${path}/rss`, {
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
      body: rssFeed(name, [...items].reverse()),
    });
  const add = (title: string, body: string[], categories: string[] = []) => {
    const page = `${path}/${items.length + 1}`;
    const published = new Date(clock.now().getTime() - 60_000);
    h.site.route(page, {
      body: articlePage({
        headline: title,
        site: name,
        author: 'Jane Doe',
        published: published.toISOString(),
        paragraphs: body,
      }),
    });
    items.push({
      title,
      link: h.site.url(page),
      guid: `${path}-${items.length + 1}`,
      pubDate: published.toUTCString(),
      description: body[0],
      categories,
    });
    publish();
  };
  return { url: h.site.url(`${path}/rss`), add };
}

const STORY = [
  'The harbour authority reopened the northern quay on Monday after six months of repairs to the sea wall.',
  'Forty ferry sailings a week will resume, and a night crossing is planned for July, the authority said.',
  'Local traders welcomed the news after a difficult winter without passengers from the islands.',
];

/** Moves the clock past every feed's next poll and runs one poll cycle that may post. */
async function pollLater(minutes = 20) {
  clock.set(new Date(clock.now().getTime() + minutes * 60_000));
  return pollDueFeeds(h.bot.ctx, clock.now(), createChannelPoster(h.bot.client.rest));
}

async function addFeed(
  room: Awaited<ReturnType<typeof newsroom>>,
  options: { name: string; value: string | number | boolean }[],
) {
  const answer = await room
    .run('feed', 'add', options)
    .waitForResponse((m) => /✅ Read:|⚠️ Reading it/.test(m.content), 10_000);
  expect(answer.allowed_mentions).toEqual({ parse: [] });
  const feeds = await h.bot.ctx.store.feeds.listForGuild(room.guild.id);
  return feeds.at(-1)!;
}

describe('forum channels', () => {
  it('posts each instant item as a forum post titled with its headline, with the tags named after the feed or an include word', async () => {
    const room = await newsroom(h);
    const forum = h.discord.addForum(room.guild.id, {
      name: 'news-forum',
      tags: ['Harbour Gazette', 'ferry', 'Sport'],
    });
    h.discord.setBotPermissions(forum.id, POSTING);
    const feed = liveFeed('Harbour Gazette');
    feed.add('Old news from last week about the quay', STORY);
    await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'channel', value: forum.id },
      { name: 'mode', value: 'instant' },
      { name: 'include', value: 'ferry, /sea\\s+wall/i' },
    ]);
    expect(h.discord.threadsOf(forum.id)).toHaveLength(0); // what the feed already listed is not posted

    feed.add('Ferry sailings resume after repairs', STORY);
    feed.add('Council agrees the budget for schools', [
      'The council agreed its budget for schools on Tuesday evening.',
      'Teachers said the money would pay for new books and laptops.',
    ]);
    await pollLater();
    const posts = h.discord.threadsOf(forum.id);
    expect(posts.map((post) => post.name)).toEqual(['Ferry sailings resume after repairs']);
    const tags = forum.forum!.tags;
    expect(posts[0]!.thread!.applied_tags.sort()).toEqual([tags[0]!.id, tags[1]!.id].sort());
    const [first] = h.discord.channelMessages(posts[0]!.id);
    expect(first!.embeds[0]!.title).toBe('Ferry sailings resume after repairs');
    expect(first!.allowed_mentions).toEqual({ parse: [] });
  });

  it('posts a digest as a new forum post titled with the date and the lead story', async () => {
    const room = await newsroom(h);
    const forum = h.discord.addForum(room.guild.id, { name: 'digests' });
    h.discord.setBotPermissions(forum.id, POSTING);
    const feed = liveFeed('Island Courier');
    feed.add('Ferry sailings resume after repairs', STORY);
    await addFeed(room, [{ name: 'url', value: feed.url }]);
    const set = await room
      .run('digest', 'set', [
        { name: 'channel', value: forum.id },
        { name: 'time', value: '18:00' },
        { name: 'timezone', value: 'UTC' },
      ])
      .waitForResponse((m) => (m.flags & 128) === 0, 10_000);
    expect(set.content).toContain('Digest for');
    expect(await room.ask('digest', 'send-now', [{ name: 'channel', value: forum.id }], 10_000)).toContain(
      'Digest posted',
    );
    const [post] = h.discord.threadsOf(forum.id);
    expect(post!.name).toMatch(/^\w{3} \d{1,2} \w{3} · Ferry sailings resume after repairs$/);
    expect(textOf(h.discord.channelMessages(post!.id)[0]!)).toContain('Ferry sailings resume after repairs');
  });

  it('tells the admins once when the bot may not create posts, and stops instant posts there', async () => {
    const room = await newsroom(h);
    const forum = h.discord.addForum(room.guild.id, { name: 'closed' });
    h.discord.setBotPermissions(forum.id, Permission.ViewChannel | Permission.EmbedLinks);
    const feed = liveFeed('Quiet Times');
    feed.add('Yesterday', STORY);
    const record = await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'channel', value: forum.id },
      { name: 'mode', value: 'instant' },
    ]);
    feed.add('Ferry sailings resume after repairs', STORY);
    feed.add('Ferries run at night again', STORY);
    await pollLater();
    await pollLater();
    const notices = h.discord
      .channelMessages(room.guild.system_channel_id)
      .filter((m) => m.content.includes('Quiet Times'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content).toContain('Create Posts');
    expect((await h.bot.ctx.store.feeds.get(record.id))!.mode).toBe('digest');
  });
});

describe('threads', () => {
  it('starts a thread under each digest with thread:true, and says once when it may not', async () => {
    const room = await newsroom(h);
    const feed = liveFeed('Valley News');
    feed.add('Ferry sailings resume after repairs', STORY);
    await addFeed(room, [{ name: 'url', value: feed.url }]);
    h.discord.setBotPermissions(room.news.id, POSTING | Permission.CreatePublicThreads);
    await room.setDigest([{ name: 'thread', value: true }]);
    expect(
      await room.ask('digest', 'send-now', [{ name: 'channel', value: room.news.id }], 10_000),
    ).toContain('Digest posted');
    const [digest] = h.discord.channelMessages(room.news.id);
    expect(h.discord.threadsOf(room.news.id).map((t) => t.id)).toEqual([digest!.id]);

    h.discord.setBotPermissions(room.news.id, POSTING);
    feed.add('Night ferry starts in July', STORY);
    await pollLater();
    expect(
      await room.ask('digest', 'send-now', [{ name: 'channel', value: room.news.id }], 10_000),
    ).toContain('Digest posted');
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(2);
    expect(h.discord.threadsOf(room.news.id)).toHaveLength(1);
    const notices = h.discord
      .channelMessages(room.guild.system_channel_id)
      .filter((m) => m.content.includes('discussion thread'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.content).toContain('Create Public Threads');
  });

  it('posts into an archived thread (which reopens it) and, once it is locked, into a new thread', async () => {
    const room = await newsroom(h);
    h.discord.setBotPermissions(room.news.id, POSTING | Permission.CreatePublicThreads);
    const thread = h.discord.addThread(room.news.id, { name: 'Harbour news' });
    const feed = liveFeed('Dock Daily');
    feed.add('Yesterday', STORY);
    const record = await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'channel', value: thread.id },
      { name: 'mode', value: 'instant' },
    ]);
    expect(record.channelKind).toBe('thread');

    h.discord.setThreadState(thread.id, { archived: true });
    feed.add('Ferry sailings resume after repairs', STORY);
    await pollLater();
    expect(h.discord.channelMessages(thread.id)).toHaveLength(1);
    expect(thread.thread!.archived).toBe(false);

    h.discord.setThreadState(thread.id, { archived: true, locked: true });
    feed.add('Ferries run at night again', STORY);
    await pollLater();
    const replacement = h.discord.threadsOf(room.news.id).find((t) => t.id !== thread.id)!;
    expect(replacement.name).toBe('Harbour news');
    expect(h.discord.channelMessages(replacement.id)).toHaveLength(1);
    expect((await h.bot.ctx.store.feeds.get(record.id))!.channelId).toBe(replacement.id);
    const notice = h.discord
      .channelMessages(room.guild.system_channel_id)
      .find((m) => m.content.includes('Dock Daily'));
    expect(notice?.content).toContain(`<#${replacement.id}>`);
  });
});

describe('role pings', () => {
  it('pings the chosen role and nothing else, even when the article says @everyone or names another role', async () => {
    const room = await newsroom(h);
    const readers = h.discord.addRole(room.guild.id, { name: 'Readers' });
    const staff = h.discord.addRole(room.guild.id, { name: 'Staff' });
    const feed = liveFeed('Loud Herald');
    feed.add('Yesterday', STORY);
    await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'mode', value: 'instant' },
      { name: 'style', value: 'headline' },
      { name: 'ping', value: readers.id },
    ]);
    feed.add(`@everyone the ferries are back <@&${staff.id}> @here`, STORY);
    await pollLater();
    const [post] = h.discord.channelMessages(room.news.id);
    expect(post!.content.startsWith(`<@&${readers.id}> 📰 `)).toBe(true);
    expect(post!.allowed_mentions).toEqual({ parse: [], roles: [readers.id] });
    expect(post!.pings).toEqual({ everyone: false, roles: [readers.id], users: [] });
    expect(post!.content).not.toMatch(/@everyone|<@&\d+>.*<@&/);
    expect(post!.embeds).toHaveLength(0);
    expect(post!.flags & 4).toBe(4);
  });

  it('pings nobody by default', async () => {
    const room = await newsroom(h);
    const feed = liveFeed('Calm Herald');
    feed.add('Yesterday', STORY);
    await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'mode', value: 'instant' },
    ]);
    feed.add('@everyone the ferries are back', STORY);
    await pollLater();
    const [post] = h.discord.channelMessages(room.news.id);
    expect(post!.allowed_mentions).toEqual({ parse: [] });
    expect(post!.pings).toEqual({ everyone: false, roles: [], users: [] });
  });
});

describe('filters, /feed test and /feed edit', () => {
  it('explains per item why it passes, then edits the feed without losing its history', async () => {
    const room = await newsroom(h);
    const feed = liveFeed('Coast Post');
    feed.add('Ferry sailings resume after repairs', STORY, ['Transport']);
    feed.add(
      'Council agrees the budget for schools',
      ['The council agreed its budget for schools on Tuesday.', 'Teachers welcomed it, their union said.'],
      ['Politics'],
    );
    feed.add(
      'Crypto token collapses overnight',
      [
        'A crypto token lost most of its value overnight, traders said.',
        'Regulators were asked to look into it.',
      ],
      ['Markets'],
    );
    const record = await addFeed(room, [
      { name: 'url', value: feed.url },
      { name: 'mode', value: 'instant' },
      { name: 'include', value: '/ferr(y|ies)/i, politics' },
      { name: 'exclude', value: 'crypto' },
    ]);
    // The first read keeps only items that pass the filters.
    const stories = await h.bot.ctx.store.stories.recent(room.guild.id, { limit: 10 });
    expect(stories.stories.map((s) => s.headline).sort()).toEqual([
      'Council agrees the budget for schools',
      'Ferry sailings resume after repairs',
    ]);

    const test = await room.ask('feed', 'test', [{ name: 'feed', value: record.id }], 10_000);
    expect(test).toContain(
      '✅ **Ferry sailings resume after repairs**\n-# passes: /ferr(y\\|ies)/i in the title',
    );
    expect(test).toContain(
      '✅ **Council agrees the budget for schools**\n-# passes: politics in the categories',
    );
    expect(test).toContain(
      '❌ **Crypto token collapses overnight**\n-# left out: crypto (exclude) in the title',
    );

    const tried = await room.ask(
      'feed',
      'test',
      [
        { name: 'feed', value: record.id },
        { name: 'include', value: 'volcano' },
      ],
      10_000,
    );
    expect(tried).toContain('left out: no include word in the title, summary or categories');
    expect((await h.bot.ctx.store.feeds.get(record.id))!.include).toEqual(['/ferr(y|ies)/i', 'politics']);

    const bad = await room.ask('feed', 'edit', [
      { name: 'feed', value: record.id },
      { name: 'include', value: '/(a)\\1/' },
    ]);
    expect(bad).toContain('Backreferences and lookaround are not supported');

    const other = h.discord.addChannel(room.guild.id, { name: 'briefs' });
    const edited = await room.ask('feed', 'edit', [
      { name: 'feed', value: record.id },
      { name: 'channel', value: other.id },
      { name: 'style', value: 'compact' },
      { name: 'include', value: 'none' },
    ]);
    expect(edited).toContain('Changed channel, style, include of **Coast Post**. Its history is kept');
    const after = (await h.bot.ctx.store.feeds.get(record.id))!;
    expect(after).toMatchObject({
      id: record.id,
      channelId: other.id,
      style: 'compact',
      include: [],
      exclude: ['crypto'],
    });
    expect(after.createdAt).toBe(record.createdAt);

    // Dedup is kept: nothing the feed listed before is posted again; a new item is, in the new style.
    await pollLater();
    expect(h.discord.channelMessages(other.id)).toHaveLength(0);
    feed.add('Night ferry starts in July', STORY);
    await pollLater();
    const posted = h.discord.channelMessages(other.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.embeds[0]!.title).toBe('Night ferry starts in July');
    expect(posted[0]!.embeds[0]!.description).not.toContain('“');
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(0);
  });
});
