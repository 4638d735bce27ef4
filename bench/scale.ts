/**
 * Scale benchmark: the bot as separate processes against the local Discord-compatible server with
 * 10,000 servers, Discord's 50 requests/s global limit and 5-per-5-s channel buckets:
 *   - a REST proxy (npm run rest-proxy) all processes send their Discord calls through;
 *   - the bot entry point with SHARDS=2 (a supervisor and two gateway shard processes, each running jobs);
 *   - three job workers with no gateway (npm run worker: BullMQ on the bench's Redis), the shards taking no jobs (WORKERS=0);
 * 10,000 digests due in one minute, 5,000 feeds due then on a local feed server (mostly 304, some new
 * items, some failing). Scenarios: undisturbed ("normal"), one shard process SIGKILLed mid-minute
 * ("kill"), the store's Redis restarted mid-minute ("redis", a redis-server of its own), and
 * "summarize": 2,000 /summarize commands in one minute spread over both shards, with no digest due.
 *
 *   npm run bench:scale                                  # 10,000 servers, all three scenarios
 *   npm run bench:scale -- --guilds 1000 --feeds 500 --scenarios normal
 * Needs REDIS_URL (db 12 of it is cleared and used) and redis-server on PATH; builds dist/ first.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config.ts';
import { startDiscordServer } from '../src/sandbox/discord/index.ts';
import { startFixtureWeb } from './scale/fixtures.ts';
import { ackLatencies, percentile, startSummarizeLoad } from './scale/interactions.ts';
import {
  childPids,
  MemoryWatch,
  root,
  sleep,
  startOwnRedis,
  startRole,
  type Running,
} from './scale/processes.ts';
import { seedStore } from './scale/seed.ts';

const flag = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const GUILDS = Number(flag('guilds', '10000'));
const FEEDS = Number(flag('feeds', String(GUILDS / 2)));
const SCENARIOS = flag('scenarios', 'normal,kill,redis,summarize').split(',');
const INTERACTIONS = Number(flag('interactions', '2000'));
const DISTINCT_URLS = Number(flag('urls', '200'));
const MAX_WAIT_MS = Number(flag('max-wait-minutes', '12')) * 60_000;
const SHARDS = 2;
/** Job worker processes (npm run worker), taking digests, polls and instant posts from BullMQ. */
const JOB_WORKERS = 3;
const GLOBAL_PER_SECOND = 50;
const OWN_REDIS_PORT = Number(flag('own-redis-port', '6391'));
const LOG_DIR = mkdtempSync(join(tmpdir(), 'newsbrief-scale-logs-'));

const env = loadConfig();
if (!env.ok) throw new Error(env.problems.join('; '));
const sharedRedis = process.env.REDIS_URL;
if (!sharedRedis) throw new Error('bench:scale needs REDIS_URL (it uses database 12 of it)');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function stopAll(running: Running[]): Promise<void> {
  for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGTERM');
  await Promise.race([Promise.all(running.map((run) => run.exited)), sleep(20_000)]);
  for (const run of running) if (run.child.exitCode === null) run.child.kill('SIGKILL');
}

interface ScenarioRow {
  scenario: string;
  digests: number;
  'last digest s': string;
  'floor s': string;
  ratio: string;
  '429 global': number;
  '429 route': number;
  duplicates: number;
  missing: number;
  [key: string]: string | number;
}

async function runScenario(name: string): Promise<{ row: ScenarioRow; notes: string[] }> {
  const notes: string[] = [];
  const server = await startDiscordServer({
    globalRateLimitPerSecond: GLOBAL_PER_SECOND,
    channelRateLimit: { count: 5, windowMs: 5000 },
    // Discord's real cap is 2,500 guilds per shard; the brief's 2 shards for 10,000 need more here.
    maxGuildsPerShard: Math.max(2500, Math.ceil(GUILDS / SHARDS)),
  });
  const web = await startFixtureWeb(FEEDS);
  const guilds = Array.from({ length: GUILDS }, (_, i) => server.addGuild({ name: `Server ${i}` }));
  const digestChannels = new Set(guilds.map((g) => server.addChannel(g.id, { name: 'digest' }).id));
  let lastDigestAt = 0;
  server.world.onMessageChange((message, change) => {
    if (change === 'create' && digestChannels.has(message.channel_id)) lastDigestAt = performance.now();
  });

  const redisDir = mkdtempSync(join(tmpdir(), 'newsbrief-scale-redis-'));
  let ownRedis = name === 'redis' ? await startOwnRedis(OWN_REDIS_PORT, redisDir) : null;
  const storeUrl =
    name === 'redis' ? `redis://127.0.0.1:${OWN_REDIS_PORT}` : `${sharedRedis!.replace(/\/\d*$/, '')}/12`;

  // Seeding takes a while; the digests are due at the first whole minute after it and the start-up.
  const estimateMs = 40_000 + GUILDS + FEEDS * 2;
  const slot = new Date(Math.ceil((Date.now() + estimateMs) / 60_000) * 60_000);
  const seedStart = performance.now();
  const onlySummaries = name === 'summarize';
  await seedStore(
    storeUrl,
    guilds.map((g, i) => ({ guildId: g.id, digestChannelId: [...digestChannels][i]! })),
    onlySummaries ? 0 : FEEDS,
    web.base,
    // With only summaries measured, the digests are due hours later.
    onlySummaries ? new Date(slot.getTime() + 6 * 3600_000) : slot,
  );
  notes.push(
    `seeded ${GUILDS} digests + stories and ${onlySummaries ? 0 : FEEDS} feeds in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
  );

  const proxyPort = await freePort();
  const common = {
    DISCORD_TOKEN: server.botToken,
    DISCORD_CLIENT_ID: server.applicationId,
    DISCORD_API_URL: server.apiUrl,
    DISCORD_REST_PROXY_URL: `http://127.0.0.1:${proxyPort}/api`,
    STORE_URL: storeUrl,
    LOG_LEVEL: 'warn',
    FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    SHUTDOWN_GRACE_SECONDS: '5',
  };
  const logFile = (role: string) => join(LOG_DIR, `${name}-${role}.log`);
  const proxy = startRole(
    {
      name: 'rest proxy',
      args: [join(root, 'dist/rest-proxy.js')],
      env: { ...common, REST_PROXY_PORT: String(proxyPort) },
    },
    logFile('proxy'),
  );
  const bot = startRole(
    {
      name: 'bot (SHARDS=2 supervisor)',
      args: [join(root, 'dist/index.js')],
      env: { ...common, SHARDS: String(SHARDS), WORKERS: '0' },
    },
    logFile('bot'),
  );
  const workers = Array.from({ length: JOB_WORKERS }, (_, i) =>
    startRole(
      { name: `job worker ${i + 1}`, args: [join(root, 'dist/worker.js')], env: common },
      logFile(`worker-${i + 1}`),
    ),
  );
  const running = [proxy, bot, ...workers];
  const watch = new MemoryWatch();
  const shardPids = new Map<number, string>();
  watch.start(() => {
    const labels = new Map<string, number>([
      ['rest proxy', proxy.child.pid!],
      ['shard supervisor', bot.child.pid!],
      ...workers.map((w, i): [string, number] => [`job worker ${i + 1}`, w.child.pid!]),
    ]);
    for (const pid of childPids(bot.child.pid!)) {
      if (!shardPids.has(pid)) shardPids.set(pid, `shard process ${shardPids.size + 1}`);
      labels.set(shardPids.get(pid)!, pid);
    }
    return labels;
  });

  try {
    await server.waitForGateway(() => server.gateway.sessionsByShard().size === SHARDS, 120_000);
    const readyLate = Date.now() - slot.getTime();
    if (readyLate > -2000)
      notes.push(`processes were ready ${(readyLate / 1000).toFixed(1)} s after the due minute`);
    await sleep(Math.max(0, slot.getTime() - Date.now()));
    const slotPerf = performance.now();
    // The local Discord server counts a request when its event loop gets to it: a stall of this
    // process bunches requests into one window, so its delays are reported beside the 429s.
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const load =
      onlySummaries && INTERACTIONS > 0
        ? startSummarizeLoad(server, guilds, web.base, INTERACTIONS, DISTINCT_URLS, 60_000)
        : null;
    if (name === 'kill') {
      await sleep(20_000);
      const victim = workers[0]!.child.pid!;
      process.kill(victim, 'SIGKILL');
      notes.push(`SIGKILLed job worker 1 (pid ${victim}) at +20 s; the other two take its jobs`);
    }
    if (name === 'redis' && ownRedis) {
      await sleep(20_000);
      const down = performance.now();
      await ownRedis.stop();
      ownRedis = await startOwnRedis(OWN_REDIS_PORT, redisDir);
      notes.push(
        `restarted the store's redis-server at +20 s (down ${((performance.now() - down) / 1000).toFixed(1)} s)`,
      );
    }
    const counts = server.botMessageCounts();
    const delivered = () => [...digestChannels].filter((id) => (counts.get(id) ?? 0) > 0).length;
    let shown = 0;
    while (!onlySummaries && delivered() < GUILDS && performance.now() - slotPerf < MAX_WAIT_MS) {
      await sleep(1000);
      if (performance.now() - slotPerf > shown + 30_000) {
        shown += 30_000;
        const c = server.counters;
        console.log(
          `  +${shown / 1000} s: ${delivered()} digests posted, 429s global ${c.globalRateLimited} route ${c.routeRateLimited}`,
        );
      }
    }
    await load?.done;
    await sleep(15_000); // anything posted twice shows up now
    let duplicates = 0;
    let missing = 0;
    for (const id of digestChannels) {
      const n = counts.get(id) ?? 0;
      if (n === 0) missing++;
      else duplicates += n - 1;
    }
    const lastSeconds = (lastDigestAt - slotPerf) / 1000;
    const globalRequests = server.requests.filter(
      (r) => r.time >= slotPerf && r.time <= lastDigestAt && !/^\/(interactions|webhooks)\//.test(r.route),
    ).length;
    const floor = globalRequests / GLOBAL_PER_SECOND;
    const c = server.counters;
    const row: ScenarioRow = {
      scenario: name,
      digests: onlySummaries ? 0 : GUILDS - missing,
      'last digest s': onlySummaries ? '-' : lastSeconds.toFixed(1),
      'floor s': onlySummaries ? '-' : floor.toFixed(1),
      ratio: onlySummaries ? '-' : (lastSeconds / floor).toFixed(2),
      '429 global': c.globalRateLimited,
      '429 route': c.routeRateLimited,
      duplicates,
      missing: onlySummaries ? 0 : missing,
    };
    const feedHits = [...web.hits]
      .filter(([path]) => path.startsWith('/feed/'))
      .reduce((n, [, h]) => n + h, 0);
    loopDelay.disable();
    notes.push(
      `local Discord server's event-loop delay: p99 ${(loopDelay.percentile(99) / 1e6).toFixed(0)} ms, max ${(loopDelay.max / 1e6).toFixed(0)} ms; load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' ')} on ${cpus().length} CPUs`,
    );
    notes.push(
      `bot-token requests in the window ${globalRequests} (digest posts ${GUILDS - missing}); feed fetches ${feedHits} for ${FEEDS} feeds`,
    );
    if (load) {
      const { ms, unacked } = ackLatencies(load.handles);
      const urlHits = [...web.hits].filter(([path]) => path.startsWith('/article/s-'));
      const refetched = urlHits.filter(([, h]) => h > 1).length;
      const fetches = urlHits.reduce((n, [, h]) => n + h, 0);
      const answers = await load.answers;
      const answerMs = answers.map((a) => a.ms);
      const refusals = answers.filter((a) => !a.summary);
      notes.push(
        `/summarize answers: ${answers.length - refusals.length} summaries, ${refusals.length} other answers${refusals[0] ? ` (first: "${refusals[0].text.slice(0, 80)}")` : ''}, ${load.handles.length - answers.length} unanswered; answered after p50 ${percentile(answerMs, 50).toFixed(0)} ms, p99 ${percentile(answerMs, 99).toFixed(0)} ms`,
      );
      notes.push(
        `/summarize: ${load.handles.length} in 60 s over ${SHARDS} shards; ack p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms, unacknowledged ${unacked}; ${fetches} page fetches for ${urlHits.length}/${DISTINCT_URLS} distinct URLs (${refetched} fetched more than once)`,
      );
    }
    watch.stop();
    const mem = [...watch.peaks].map(([label, mb]) => `${label} ${mb.toFixed(0)}`);
    const total = [...watch.peaks.values()].reduce((a, b) => a + b, 0);
    notes.push(
      `peak RSS MB: ${mem.join(', ')}; total ${total.toFixed(0)} (bench process with the local Discord server: ${(process.memoryUsage().rss / 1e6).toFixed(0)})`,
    );
    return { row, notes };
  } catch (error) {
    for (const run of running) console.error(`--- ${run.role} output ---\n${run.output()}`);
    throw error;
  } finally {
    watch.stop();
    await stopAll(running);
    await ownRedis?.stop();
    rmSync(redisDir, { recursive: true, force: true });
    await web.close();
    await server.close();
  }
}

console.log(`building dist/ …; process logs go to ${LOG_DIR}`);
execFileSync(process.execPath, [join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
const rows: ScenarioRow[] = [];
for (const name of SCENARIOS) {
  console.log(`\n== scenario ${name}: ${GUILDS} servers, ${FEEDS} feeds ==`);
  const { row, notes } = await runScenario(name);
  rows.push(row);
  console.table([row]);
  for (const note of notes) console.log(`  ${note}`);
}
console.log(
  `\nbench:scale — ${GUILDS} servers with one digest each due in the same minute, ${FEEDS} feeds, ${SHARDS} gateway shard processes (no jobs) + ${JOB_WORKERS} job workers through one REST proxy; floor = bot-token requests ÷ ${GLOBAL_PER_SECOND}/s (baseline)\n`,
);
console.table(rows);
process.exit(0);
