import { REST, Routes, ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { SHARD_PROCESS_FLAG } from './shard-flag.ts';

interface GatewayBotAnswer {
  shards: number;
  session_start_limit: { total: number; remaining: number; reset_after: number; max_concurrency: number };
}

/** Discord's identify window: max_concurrency sessions may start per 5 s. */
const IDENTIFY_WINDOW_MS = 5_500;

/** The REST base every process uses: the shared proxy when there is one. */
export function restApiBase(config: Config): string {
  return config.DISCORD_REST_PROXY_URL ?? config.DISCORD_API_URL;
}

/**
 * The shard count and the pause between spawns. "auto" asks GET /gateway/bot itself, because
 * discord.js's own lookup always goes to discord.com, not to DISCORD_API_URL or the proxy.
 */
export async function planShards(config: Config): Promise<{ count: number; spawnDelayMs: number }> {
  const rest = new REST({ api: restApiBase(config) }).setToken(config.DISCORD_TOKEN ?? '');
  const answer = (await rest.get(Routes.gatewayBot())) as GatewayBotAnswer;
  const count = config.SHARDS === 'auto' || config.SHARDS === undefined ? answer.shards : config.SHARDS;
  const limit = answer.session_start_limit;
  if (limit.remaining < count) {
    const hours = Math.ceil(limit.reset_after / 3_600_000);
    throw new Error(
      `Discord allows ${limit.remaining} more session starts for now (${count} shards need ${count}); it resets in about ${hours} h.`,
    );
  }
  // Shards in different max_concurrency buckets may identify at once; one bucket means 5 s apart.
  return { count, spawnDelayMs: limit.max_concurrency >= count ? 0 : IDENTIFY_WINDOW_MS };
}

/**
 * V8 settings of a shard process, which mostly holds its servers and answers interactions: a small
 * young generation (Node's default lets its two halves grow to 16 MB each, about 30 MB resident), and
 * V8's preference for memory over speed, which a mostly idle process hardly pays for.
 * bench/scale/memory-probe.ts, 5,000 servers: peak RSS 168 → 135 MB with the first, → 123–131 with both.
 */
const SHARD_V8_FLAGS = ['--max-semi-space-size=2', '--optimize-for-size'];

/** The Node flags of a shard process: the supervisor's own, and each of SHARD_V8_FLAGS they do not set. */
export function shardExecArgv(parent: readonly string[]): string[] {
  const name = (flag: string) => flag.split('=')[0]!.replace(/_/g, '-');
  const chosen = new Set(parent.map(name));
  return [...parent, ...SHARD_V8_FLAGS.filter((flag) => !chosen.has(name(flag)))];
}

export interface RunningShards {
  manager: ShardingManager;
  stop(): Promise<void>;
}

/**
 * Starts one process per gateway shard, each running `script` (this same entry point) as a whole bot
 * with its jobs; a shard process that dies is started again. Jobs post by channel id through REST,
 * so it does not matter which shard holds a server.
 */
export async function startShards(config: Config, script: string, logger: Logger): Promise<RunningShards> {
  const { count, spawnDelayMs } = await planShards(config);
  const manager = new ShardingManager(script, {
    token: config.DISCORD_TOKEN,
    totalShards: count,
    mode: 'process',
    respawn: true,
    shardArgs: [SHARD_PROCESS_FLAG],
    // tsx's loader (npm run dev) and any --import the parent was started with.
    execArgv: shardExecArgv(process.execArgv),
  });
  let stopping = false;
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shardId: shard.id, shards: count }, 'shard process started');
    shard.on('death', () => {
      if (!stopping) logger.warn({ shardId: shard.id }, 'shard process died; starting it again');
    });
  });
  await manager.spawn({ amount: count, delay: spawnDelayMs, timeout: -1 });
  return {
    manager,
    async stop() {
      stopping = true;
      // Each shard process gets SIGTERM and shuts down as a lone bot does (in-flight work first).
      await Promise.all(
        [...manager.shards.values()].map(async (shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null) return;
          const exited = new Promise((resolve) => child.once('exit', resolve));
          shard.kill();
          await exited;
        }),
      );
    },
  };
}
