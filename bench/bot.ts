/**
 * Bot benchmark against the local Discord-compatible server, with the bot in its own process
 * (so its peak RSS is its own):
 *   1. 200 /summarize interactions from 20 members at once (40 article URLs: first asks fetch,
 *      repeats are cached), measuring interaction → ack and interaction → final edit.
 *   2. /search over 10,000 stories in one server (p50/p95/max of interaction → answer).
 * Baseline measured in the same run: /help (no work at all) through the same path.
 *
 *   npm run bench:bot                 # STORIES=2000 INTERACTIONS=100 to shorten
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openKeyValueStore } from '../src/services/store/open.ts';
import { createStoryStore } from '../src/services/store/story-store.ts';
import { deployCommandsWith } from '../test/e2e/node-process.ts';
import { startDiscordServer, type InteractionHandle } from '../src/sandbox/discord/index.ts';
import { startFixtureServer } from '../test/support/http-fixture-server.ts';
import { articlePage, numberedArticle } from '../test/e2e/article-pages.ts';
import { createNewsCorpus, type NewsCorpus } from './lib/news-corpus.ts';

const INTERACTIONS = Number(process.env.INTERACTIONS ?? 200);
const MEMBERS = 20;
const URLS = 40;
const STORIES = Number(process.env.STORIES ?? 10_000);
const SEARCHES = 100;
const SITE_DELAY_MS = 40; // a news site is never instant; keeps uncached work realistic

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-bench-bot-'));
const storeFile = join(dir, 'bench.sqlite');

/** The stories and search words of the run; seeded once the benchmark server exists. */
let corpus: NewsCorpus;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? NaN,
    n: sorted.length,
  };
}
const row = (label: string, s: ReturnType<typeof stats>) =>
  `| ${label.padEnd(44)} | ${String(s.n).padStart(4)} | ${s.p50.toFixed(1).padStart(8)} | ${s.p95.toFixed(1).padStart(8)} | ${s.max.toFixed(1).padStart(8)} |`;

/** interaction → first callback, and interaction → the answer with an embed (final edit). */
async function timings(handle: InteractionHandle) {
  await handle.waitForAck(30_000);
  const answer = await handle.waitForResponse((m) => m.embeds.length > 0 || (m.flags & 128) === 0, 60_000);
  return {
    ack: (handle.ackedAt ?? NaN) - handle.createdAt,
    final: (answer.editedAt ?? answer.createdAt) - handle.createdAt,
    ok: answer.embeds.length > 0,
  };
}

async function main(): Promise<void> {
  const discord = await startDiscordServer({ globalRateLimitPerSecond: 10_000 });
  const guild = discord.addGuild({ name: 'Bench readers' });
  const searchGuild = discord.addGuild({ name: 'Archive' });
  const channelId = guild.system_channel_id;
  const routes = Object.fromEntries(
    Array.from({ length: URLS }, (_, i) => [
      `/news/${i}`,
      { delayMs: SITE_DELAY_MS, body: articlePage(numberedArticle(i)) },
    ]),
  );
  const site = await startFixtureServer(routes);

  const env = {
    DISCORD_TOKEN: discord.botToken,
    DISCORD_CLIENT_ID: discord.applicationId,
    DISCORD_API_URL: discord.apiUrl,
    STORE_URL: `sqlite://${storeFile}`,
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    SUMMARY_RATE_LIMIT: '1000',
    LOG_LEVEL: 'silent',
  };
  await deployCommandsWith(env);

  console.log(`Seeding ${STORIES} stories into one server…`);
  const kv = await openKeyValueStore(env.STORE_URL);
  const stories = createStoryStore(kv);
  corpus = createNewsCorpus({ seed: 42, guildId: searchGuild.id, now: Date.now() });
  for (let i = 0; i < STORIES; i += 1) await stories.save(corpus.story(i));
  await kv.close();

  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const bot = spawn(process.execPath, ['--import', tsx, join(root, 'src/index.ts')], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => bot.on('exit', resolve));
  try {
    await discord.waitForGateway(() => discord.counters.gateway.identify > 0, 30_000);
    const slash = (
      userId: string,
      name: string,
      options: { name: string; value: string | number }[] = [],
      g = guild.id,
    ) =>
      discord.sendSlashCommand({
        guildId: g,
        channelId: g === guild.id ? channelId : searchGuild.system_channel_id,
        userId,
        name,
        options,
      });
    // Ready once /help is answered.
    for (;;) {
      const answered = await slash('1', 'help')
        .waitForResponse(() => true, 1000)
        .then(
          () => true,
          () => false,
        );
      if (answered) break;
    }

    const baseline = [];
    for (let i = 0; i < 50; i += 1) baseline.push(await timings(slash(String(700 + (i % 5)), 'help')));

    const perMember = Math.ceil(INTERACTIONS / MEMBERS);
    const summaries = (
      await Promise.all(
        Array.from({ length: MEMBERS }, async (_, m) => {
          const results = [];
          for (let k = 0; k < perMember && m * perMember + k < INTERACTIONS; k += 1) {
            const url = site.url(`/news/${Math.floor(corpus.random() * URLS)}`);
            results.push(await timings(slash(String(1000 + m), 'summarize', [{ name: 'url', value: url }])));
          }
          return results;
        }),
      )
    ).flat();
    const fetches = site.requests.length;

    const searches = [];
    for (let i = 0; i < SEARCHES; i += 1) {
      const query = i % 3 === 0 ? `${corpus.word()} ${corpus.word()}` : corpus.word();
      searches.push(
        await timings(
          slash(String(2000 + (i % 7)), 'search', [{ name: 'query', value: query }], searchGuild.id),
        ),
      );
    }
    const recents = [];
    for (let i = 0; i < 20; i += 1) recents.push(await timings(slash('3000', 'recent', [], searchGuild.id)));

    const status = readFileSync(`/proc/${bot.pid}/status`, 'utf8');
    const peakRss = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;

    console.log(
      `\nbench:bot — bot in its own process; ${INTERACTIONS} /summarize from ${MEMBERS} members; times in ms`,
    );
    console.log(`| ${'measure'.padEnd(44)} |    n |      p50 |      p95 |      max |`);
    console.log(`|${'-'.repeat(46)}|------|----------|----------|----------|`);
    console.log(row('baseline: /help ack (no work)', stats(baseline.map((t) => t.ack))));
    console.log(row('/summarize ack (type 5)', stats(summaries.map((t) => t.ack))));
    console.log(row('/summarize final edit (cached + uncached)', stats(summaries.map((t) => t.final))));
    console.log(row(`baseline: /recent answer (${STORIES} stories)`, stats(recents.map((t) => t.final))));
    console.log(row(`/search answer (${STORIES} stories, one server)`, stats(searches.map((t) => t.final))));
    console.log(
      `\nsummaries with an embed: ${summaries.filter((t) => t.ok).length}/${summaries.length}; article fetches: ${fetches} ` +
        `for ${URLS} URLs; bot peak RSS: ${peakRss.toFixed(0)} MB`,
    );
  } finally {
    bot.kill('SIGTERM');
    const code = await exited;
    if (code !== 0) console.log(`bot exited with ${code}`);
    await discord.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
