/**
 * Digest delivery benchmark: N channels in N/5 servers all due in the same minute, 10 stories
 * per server, posted through discord.js REST to the local Discord-compatible server enforcing a
 * 50 requests/s global limit and a per-channel limit. The floor is what the global limit allows
 * (N messages / 50 per s); the table reports the measured time as a ratio to it.
 *
 *   npm run bench:digest                      # 10,000 channels (~200 s floor)
 *   npm run bench:digest -- --channels 1000   # scaled down
 */
import { REST } from 'discord.js';
import { createChannelPoster } from '../src/discord/channel-poster.ts';
import { postDueDigests } from '../src/jobs/post-digests.ts';
import { fixedClock } from '../src/services/clock.ts';
import { buildDigest } from '../src/services/digest/manage.ts';
import type { Story } from '../src/services/types.ts';
import { startDiscordServer } from '../src/sandbox/discord/index.ts';
import { DISTINCT_TOPICS } from '../test/jobs/digest-helpers.ts';
import { testContext } from '../test/jobs/test-context.ts';

const flag = process.argv.indexOf('--channels');
const CHANNELS = flag > 0 ? Number(process.argv[flag + 1]) : 10_000;
const CHANNELS_PER_GUILD = 5;
const STORIES_PER_GUILD = 10;
const GLOBAL_PER_SECOND = 50;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);

const server = await startDiscordServer({
  globalRateLimitPerSecond: GLOBAL_PER_SECOND,
  channelRateLimit: { count: 5, windowMs: 5000 },
});
const slotTime = new Date('2026-05-01T12:00:00Z'); // 08:00 America/New_York
const clock = fixedClock(new Date(slotTime.getTime() - 3600_000));
const ctx = testContext({
  clock,
  fetcher: { fetch: () => Promise.reject(new Error('no fetching in this benchmark')) },
});

const setupStart = performance.now();
const words = DISTINCT_TOPICS;
for (let g = 0; g < CHANNELS / CHANNELS_PER_GUILD; g++) {
  const guild = server.addGuild();
  for (let s = 0; s < STORIES_PER_GUILD; s++) {
    const topic = `${words[s]} ${g}-${s}`;
    const story: Story = {
      id: `b-${g}-${s}`,
      guildId: guild.id,
      url: `https://news.example/${g}/${s}`,
      headline: `${topic}: what happened today`,
      bullets: [
        `The ${topic} story moved on today with new figures.`,
        `Officials said the ${topic} plan is on track.`,
        'A third point.',
      ],
      quotes: [],
      byline: null,
      siteName: `Outlet ${s}`,
      publishedAt: null,
      imageUrl: null,
      lang: 'en',
      body: `Body about ${topic}.`,
      createdAt: new Date(clock.now().getTime() - (s + 1) * 60_000).toISOString(),
      channelId: null,
      source: { kind: 'feed', feedId: `feed-${s}` },
    };
    await ctx.store.stories.save(story);
  }
  for (let c = 0; c < CHANNELS_PER_GUILD; c++) {
    const channel = server.addChannel(guild.id);
    const digest = buildDigest(
      {
        guildId: guild.id,
        channelId: channel.id,
        time: '08:00',
        timezone: 'America/New_York',
        days: { kind: 'daily' },
        createdBy: 'bench',
      },
      clock.now(),
    );
    await ctx.store.digests.save(digest);
  }
}
const setupSeconds = (performance.now() - setupStart) / 1000;

const PACE = Number(process.env.PACE ?? 45);
const rest = new REST({ api: server.apiUrl }).setToken(server.botToken);
const poster = createChannelPoster(rest, { maxPerSecond: PACE });
clock.set(slotTime);
const start = performance.now();
const cpuStart = process.cpuUsage();
const report = await postDueDigests(ctx, poster, slotTime, { concurrency: 256 });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
clearInterval(sampler);

let posted = 0;
for (const guild of server.world.guilds.values())
  for (const channelId of guild.channels.keys()) posted += server.channelMessages(channelId).length;
const floor = CHANNELS / GLOBAL_PER_SECOND;
const counters = server.counters;

console.log(
  `\nDigest delivery: ${CHANNELS} channels in ${CHANNELS / CHANNELS_PER_GUILD} servers due in one minute, ${STORIES_PER_GUILD} stories per server (setup ${setupSeconds.toFixed(1)} s)\n`,
);
console.table([
  {
    case: 'floor set by the global limit (baseline)',
    messages: CHANNELS,
    seconds: floor.toFixed(1),
    'ratio to floor': '1.00',
    '429s': '-',
    'peak RSS MB': '-',
  },
  {
    case: 'postDueDigests → discord.js REST → local server',
    messages: posted,
    seconds: seconds.toFixed(1),
    'ratio to floor': (seconds / floor).toFixed(2),
    '429s': `${counters.rateLimited} (global ${counters.globalRateLimited})`,
    'peak RSS MB': (peakRss / 1e6).toFixed(0),
  },
]);
console.log(
  `poster pace ${PACE}/s; report: ${JSON.stringify(report)}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s; REST requests ${counters.total}`,
);
if (posted !== CHANNELS || report.delivered !== CHANNELS)
  console.log(`WARNING: expected ${CHANNELS} digests, ${posted} messages posted`);
await rest.clearHashSweeper?.();
await server.close();
process.exit(0);
