/**
 * What one gateway process holds in memory, apart from the rest of bench:scale: the built bot
 * (dist/index.js, one gateway connection, WORKERS=0 as the bench's shards run) against the local
 * Discord server with --guilds servers (bench:scale gives each of its 2 shards half of its servers),
 * on Redis like the bench. Prints process.memoryUsage() once the gateway is ready and settled, and the
 * peak RSS (VmHWM).
 *
 *   node --import tsx bench/scale/memory-probe.ts --guilds 5000
 *   node --import tsx bench/scale/memory-probe.ts --guilds 5000 --snapshot   # + a heap snapshot in the log dir
 * Needs REDIS_URL (database 13 of it is cleared and used) and a built dist/ (npm run build).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDiscordServer } from '../../src/sandbox/discord/index.ts';
import { peakRssMb, root, sleep, startRole } from './processes.ts';

const flag = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const GUILDS = Number(flag('guilds', '5000'));
const SETTLE_MS = Number(flag('settle-seconds', '15')) * 1000;
const SNAPSHOT = process.argv.includes('--snapshot');
const sharedRedis = process.env.REDIS_URL;
if (!sharedRedis) throw new Error('the memory probe needs REDIS_URL (it uses database 13 of it)');

/** Loaded first in the probed process: its memory use, one JSON line on stderr, on SIGUSR1. */
const REPORTER = `data:text/javascript,${encodeURIComponent(
  `process.on('SIGUSR1', () => { const v8 = process.getBuiltinModule('node:v8'); ` +
    `const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size])); ` +
    `globalThis.gc?.(); const m = process.memoryUsage(); ` +
    `process.stderr.write('MEMORY ' + JSON.stringify({ ...m, ...spaces }) + '\\n'); });`,
)}`;

const server = await startDiscordServer({ maxGuildsPerShard: Math.max(2500, GUILDS) });
for (let i = 0; i < GUILDS; i++) {
  const guild = server.addGuild({ name: `Server ${i}` });
  server.addChannel(guild.id, { name: 'digest' });
}
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-memory-probe-'));
const started = performance.now();
const bot = startRole(
  {
    name: 'gateway',
    args: [
      '--expose-gc',
      '--import',
      REPORTER,
      ...(process.argv.includes('--node-flag') ? flag('node-flag', '').split(' ') : []),
      ...(SNAPSHOT ? ['--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${dir}`] : []),
      join(root, 'dist/index.js'),
    ],
    env: {
      DISCORD_TOKEN: server.botToken,
      DISCORD_CLIENT_ID: server.applicationId,
      DISCORD_API_URL: server.apiUrl,
      STORE_URL: `${sharedRedis.replace(/\/\d*$/, '')}/13`,
      WORKERS: '0',
      LOG_LEVEL: 'warn',
      ...(process.argv.includes('--env') ? Object.fromEntries([flag('env', '=').split('=')]) : {}),
    },
  },
  join(dir, 'gateway.log'),
);
const timeline: string[] = [];
const sampler = setInterval(() => {
  try {
    const status = readFileSync(`/proc/${bot.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    timeline.push(`${((performance.now() - started) / 1000).toFixed(1)}s ${(kb / 1024).toFixed(0)}`);
  } catch {
    // gone
  }
}, 200);
try {
  await server.waitForGateway(() => server.gateway.sessionsByShard().size === 1, 120_000);
  const readySeconds = (performance.now() - started) / 1000;
  await sleep(SETTLE_MS);
  bot.child.kill('SIGUSR1');
  await sleep(1000);
  const line = /MEMORY (\{.*\})/.exec(bot.output())?.[1];
  const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
  const usage = line ? (JSON.parse(line) as Record<string, number>) : {};
  console.log(
    `${GUILDS} servers on one gateway process, ready in ${readySeconds.toFixed(1)} s: ` +
      Object.entries(usage)
        .map(([key, value]) => `${key} ${mb(value)}`)
        .join(', ') +
      `; peak RSS ${peakRssMb(bot.child.pid!)?.toFixed(0)} MB`,
  );
  clearInterval(sampler);
  if (process.argv.includes('--timeline')) console.log(`RSS MB over time: ${timeline.join(', ')}`);
  if (SNAPSHOT) {
    bot.child.kill('SIGUSR2');
    await sleep(8000);
    console.log(
      `heap snapshot: ${readdirSync(dir)
        .filter((f) => f.endsWith('.heapsnapshot'))
        .map((f) => join(dir, f))}`,
    );
  }
} finally {
  bot.child.kill('SIGTERM');
  await Promise.race([bot.exited, sleep(10_000)]);
  if (bot.child.exitCode === null) bot.child.kill('SIGKILL');
  await server.close();
}
process.exit(0);
