/** A fresh Discord server with an admin and a #news channel, and feeds of distinct stories, for e2e tests. */
import type { FixtureRoute } from '../support/http-fixture-server.ts';
import { Permission, type StoredMessage } from '../../src/sandbox/discord/index.ts';
import { rssFeed } from '../support/feed-server.ts';
import { articlePage } from './article-pages.ts';
import type { Harness } from './harness.ts';

const HEADLINES = [
  'Ferries return to the harbour after storm repairs',
  'New signalling box ends weeks of railway delays',
  'Nasal flu vaccine trial enrols first volunteers',
  'Folk bands and a lakeside stage for the summer festival',
  'Glacier lost a tenth of its length in a decade',
];
/** Articles about unrelated events, so a digest never merges two of them as one. */
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

let feedCounter = 0;

export interface ServedFeed {
  url: string;
  /** Newest first, as the feed lists them. */
  headlines: string[];
  /** Article page paths, in the same order. */
  pages: string[];
}

/**
 * A feed of five items (newest first, an hour apart before `newestAt`), each linking to a
 * real-looking article page on the harness's fixture server; `pageRoute` may replace a page's answer.
 */
export function serveFeed(
  h: Harness,
  title: string,
  newestAt: number,
  pageRoute?: (index: number, page: FixtureRoute) => FixtureRoute,
): ServedFeed {
  const n = ++feedCounter;
  const headlines = HEADLINES.map((headline) => `${headline} (${title} ${n})`);
  const pages = headlines.map((_, i) => `/f${n}/story-${i + 1}`);
  const items = headlines.map((headline, i) => {
    const page: FixtureRoute = {
      body: articlePage({
        headline,
        site: title,
        author: 'Jane Doe',
        published: new Date(newestAt - i * 3600_000).toISOString(),
        paragraphs: BODIES[i]!,
      }),
    };
    h.site.route(pages[i]!, pageRoute ? pageRoute(i, page) : page);
    return {
      title: headline,
      link: h.site.url(pages[i]!),
      guid: `f${n}-${i + 1}`,
      pubDate: new Date(newestAt - i * 3600_000).toUTCString(),
      description: BODIES[i]![0],
    };
  });
  h.site.route(`/f${n}/rss`, {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: rssFeed(title, items),
  });
  return { url: h.site.url(`/f${n}/rss`), headlines, pages };
}

export type Options = { name: string; value: string | number | boolean }[];

/** A fresh server (so each case starts with no stories) with an admin and #news, once the bot has it. */
export async function newsroom(h: Harness) {
  const guild = h.discord.addGuild({ name: 'Newsroom' });
  const admin = h.discord.addMember(guild.id, {
    permissions: Permission.ManageGuild | Permission.ViewChannel | Permission.SendMessages,
  });
  const news = h.discord.addChannel(guild.id, { name: 'news' });
  for (let i = 0; i < 200 && !h.bot.client.guilds.cache.get(guild.id)?.channels.cache.has(news.id); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  const run = (name: string, subcommand: string | undefined, options: Options = [], userId = admin.user.id) =>
    h.discord.sendSlashCommand({
      guildId: guild.id,
      channelId: news.id,
      userId,
      name,
      ...(subcommand ? { subcommand } : {}),
      options,
    });
  /**
   * The first (non-loading) answer's text: content and every embed's title and description.
   * Every answer must be sent with mentions off.
   */
  const ask = async (
    name: string,
    subcommand: string | undefined,
    options: Options = [],
    timeoutMs = 5000,
  ) => {
    const answer = await run(name, subcommand, options).waitForResponse(
      (m) => (m.flags & 128) === 0,
      timeoutMs,
    );
    if (JSON.stringify(answer.allowed_mentions) !== '{"parse":[]}')
      throw new Error(
        `/${name} ${subcommand ?? ''} answered with allowed_mentions ${JSON.stringify(answer.allowed_mentions)}`,
      );
    return textOf(answer);
  };
  const setDigest = (options: Options = []) =>
    run('digest', 'set', [
      { name: 'channel', value: news.id },
      { name: 'time', value: '18:00' },
      { name: 'timezone', value: 'Europe/Paris' },
      ...options,
    ]).waitForResponse((m) => (m.flags & 128) === 0, 10_000);
  return { guild, admin, news, run, ask, setDigest };
}

export const textOf = (message: StoredMessage) =>
  [message.content, ...message.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`)].join('\n');
