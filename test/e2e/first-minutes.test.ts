/**
 * An admin's first minutes, end to end on the local Discord-compatible server: /feed add, then at
 * once /digest preview, must list the feed's stories whatever second of the minute it happens at.
 * The test owns the clock and the poll job (no scheduler, no real minutes): at an offset close to
 * the next minute the poll tick lands between the two commands, at the others after them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelPoster } from '../../src/discord/channel-poster.ts';
import { pollDueFeeds } from '../../src/jobs/poll-feeds.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { Permission, type StoredMessage } from '../support/discord/index.ts';
import { rssFeed } from '../support/feed-server.ts';
import { articlePage } from './article-pages.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
const BASE = Date.parse('2026-05-04T16:00:00Z');
const clock = fixedClock(new Date(BASE));
let h: Harness;
let feedCounter = 0;
let caseCounter = 0;

const HEADLINES = [
  'Ferries return to the harbour after storm repairs',
  'New signalling box ends weeks of railway delays',
  'Nasal flu vaccine trial enrols first volunteers',
  'Folk bands and a lakeside stage for the summer festival',
  'Glacier lost a tenth of its length in a decade',
];
/** Articles about unrelated events, so the digest never merges two of them as one. */
const BODIES: string[][] = [
  [
    'Ferries returned to the harbour on Monday after six months of storm repairs to the quay.',
    'The port authority said 40 sailings a week would resume, with a night crossing added in July.',
  ],
  [
    'Engineers replaced a signalling box that had caused weeks of railway delays north of the city.',
    'Commuters were told that trains would run on time again from Thursday, the operator said.',
  ],
  [
    'A clinic trial of a nasal vaccine against influenza enrolled its first 300 volunteers.',
    'Researchers hope the spray will protect children who dislike injections, a doctor explained.',
  ],
  [
    'The summer festival announced a line-up of folk bands and a new stage beside the lake.',
    'Tickets go on sale in March, and camping will be free for volunteers, organisers promised.',
  ],
  [
    'Satellite images show the glacier lost a tenth of its length during the last decade.',
    'Climbers reported meltwater lakes forming at altitudes where ice was solid until recently.',
  ],
];

/** A feed of five items, each linking to a real-looking article page on the fixture server. */
function serveFeed(title: string): { url: string; headlines: string[] } {
  const n = ++feedCounter;
  const headlines = HEADLINES.map((headline) => `${headline} (${title} ${n})`);
  const items = headlines.map((headline, i) => {
    const path = `/f${n}/story-${i + 1}`;
    h.site.route(path, articlePageRoute(headline, title, BODIES[i]!));
    return {
      title: headline,
      link: h.site.url(path),
      guid: `f${n}-${i + 1}`,
      pubDate: new Date(BASE - (i + 1) * 3600_000).toUTCString(),
      description: BODIES[i]![0],
    };
  });
  h.site.route(`/f${n}/rss`, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: rssFeed(title, items),
  });
  return { url: h.site.url(`/f${n}/rss`), headlines };
}

function articlePageRoute(headline: string, site: string, paragraphs: string[]) {
  return {
    body: articlePage({ headline, site, author: 'Jane Doe', published: '2026-05-04T08:00:00Z', paragraphs }),
  };
}

/** A fresh server (so each case starts with no stories) with an admin, once the bot has it. */
async function newsroom() {
  const guild = h.discord.addGuild({ name: 'Newsroom' });
  const admin = h.discord.addMember(guild.id, {
    permissions: Permission.ManageGuild | Permission.ViewChannel | Permission.SendMessages,
  });
  const news = h.discord.addChannel(guild.id, { name: 'news' });
  for (let i = 0; i < 100 && !h.bot.client.guilds.cache.get(guild.id)?.channels.cache.has(news.id); i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const run = (
    name: string,
    subcommand: string,
    options: { name: string; value: string | number | boolean }[] = [],
  ) =>
    h.discord.sendSlashCommand({
      guildId: guild.id,
      channelId: news.id,
      userId: admin.user.id,
      name,
      subcommand,
      options,
    });
  return { guild, admin, news, run };
}

const textOf = (message: StoredMessage) =>
  [message.content, ...message.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n');

beforeAll(async () => {
  h = await startHarness({ overrides: { runScheduler: false, clock } });
});
afterAll(async () => {
  await h?.close();
});

describe('/feed add, then /digest preview at once', () => {
  // Seconds into the minute at which the admin runs /feed add; the preview follows 2 s later.
  it.each([0, 15, 30, 45, 58.5, 59.5])('lists the new feed’s stories when added at :%s', async (offset) => {
    const room = await newsroom();
    const feed = serveFeed('Daily Courier');
    const addedAt = BASE + 3600_000 * ++caseCounter + offset * 1000;
    clock.set(new Date(addedAt));
    const set = await room
      .run('digest', 'set', [
        { name: 'channel', value: room.news.id },
        { name: 'time', value: '18:00' },
        { name: 'timezone', value: 'Europe/Paris' },
      ])
      .waitForResponse();
    expect(set.flags & EPHEMERAL).toBe(EPHEMERAL);

    const added = await room.run('feed', 'add', [{ name: 'url', value: feed.url }]).waitForResponse();
    expect(added.content).toMatch(/Following \*\*Daily Courier\*\*/);

    // The next minute's poll tick: between the two commands when it is due within the 2 s.
    const tickAt = Math.ceil(addedAt / 60_000) * 60_000;
    const poster = createChannelPoster(h.bot.client.rest);
    const tickBetween = tickAt - addedAt <= 2000;
    const tick = tickBetween ? pollDueFeeds(h.bot.ctx, new Date(tickAt), poster) : null;

    clock.set(new Date(addedAt + 2000));
    const preview = await room.run('digest', 'preview').waitForResponse((m) => (m.flags & 128) === 0, 10_000);
    await tick;
    const text = textOf(preview);
    expect(preview.flags & EPHEMERAL).toBe(EPHEMERAL);
    // The newest three of the five items are kept (the poll job's flood guard for a new feed).
    for (const headline of feed.headlines.slice(0, 3)) expect(text).toContain(headline);
    expect(text).not.toContain(feed.headlines[3]!);
    expect(text).not.toMatch(/still reading/i);

    // The poll tick after the preview finds nothing new: no duplicate stories, nothing posted.
    if (!tickBetween) await pollDueFeeds(h.bot.ctx, new Date(tickAt), poster);
    const stories = await h.bot.ctx.store.stories.recent(room.guild.id, { limit: 50 });
    expect(stories.total).toBe(3);
    expect(h.discord.channelMessages(room.news.id)).toHaveLength(0);
  });
});
