import { availableParallelism } from 'node:os';
import { z } from 'zod';

/**
 * Every setting NewsBrief reads, validated once at start. This is the only module that reads
 * process.env; everything else receives a Config. `.env.example` lists every key.
 */
const commaList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter(Boolean),
  );

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1).optional(),
  DISCORD_CLIENT_ID: z
    .string()
    .trim()
    .regex(/^\d{15,25}$/, 'must be the numeric application id from the Discord developer portal')
    .optional(),
  DEV_GUILD_ID: z
    .string()
    .trim()
    .regex(/^\d{15,25}$/, 'must be a numeric server id')
    .optional(),
  DISCORD_API_URL: z.string().url().default('https://discord.com/api'),
  STORE_URL: z
    .string()
    .default('sqlite://data/newsbrief.sqlite')
    .refine((value) => /^(sqlite|redis|rediss|postgres|postgresql):\/\//.test(value), {
      message: 'must start with sqlite://, redis://, rediss:// or postgres://',
    }),
  /**
   * A Redis that several NewsBrief processes share: the per-member summary limit, one fetch per URL
   * across processes, and the job queues (BullMQ) that any number of workers take jobs from.
   * Unset: a STORE_URL on Redis serves; otherwise one process does everything in memory (SQLite default).
   */
  REDIS_URL: z
    .string()
    .trim()
    .refine((value) => /^rediss?:\/\//.test(value), { message: 'must start with redis:// or rediss://' })
    .optional(),
  /**
   * Jobs of each queue this process runs at once when the queues are in Redis (0: it only answers
   * interactions). Jobs mostly wait on the network, so several at once, like FEED_POLL_CONCURRENCY.
   */
  WORKERS: z.coerce.number().int().min(0).max(64).default(8),
  /** With Redis: seconds between the ticks that queue due feed polls and digests (tests shorten it). */
  JOB_TICK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Port of GET /healthz and GET /metrics (Prometheus). Unset: not served. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  /** Address they listen on: loopback unless a container or a scraper on another host needs more. */
  METRICS_HOST: z.string().trim().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Host names or IP addresses the fetcher may reach although they are private (tests only). */
  FETCH_ALLOW_PRIVATE_HOSTS: commaList,
  /** Summaries one member may request per minute. */
  SUMMARY_RATE_LIMIT: positiveInt(5),
  /** A URL summarized again within this many hours is answered from the store. */
  SUMMARY_CACHE_HOURS: positiveInt(24),
  /**
   * Worker threads that read and summarize articles and parse feeds, off the thread that answers
   * Discord: one per core but one, at least 1.
   */
  SUMMARY_WORKERS: z.coerce
    .number()
    .int()
    .min(1)
    .max(64)
    .default(Math.max(1, availableParallelism() - 1)),
  /** Milliseconds one article (or feed) may take to read and summarize before it is stopped. */
  SUMMARY_TIMEOUT_MS: z.coerce.number().int().min(10).max(600_000).default(3000),
  /** Members' summaries that may wait for a worker at once; more are answered "busy, try again". */
  SUMMARY_QUEUE_MAX: positiveInt(50),
  /** Summaries one member may have waiting for a worker (they take turns with other members'). */
  SUMMARY_QUEUE_PER_MEMBER: positiveInt(2),
  /**
   * With Redis, a gateway process that takes no jobs (WORKERS=0) sends its summaries to the processes
   * that do: seconds one may wait to be taken and done before the member is told to try again.
   */
  SUMMARY_QUEUE_WAIT_SECONDS: z.coerce.number().int().min(1).max(900).default(30),
  /**
   * MB of heap each summary worker may use; a job needing more is stopped like one past its time.
   * Every adversarial input class at 5 MB (the fetcher's largest page) reads within 128.
   */
  SUMMARY_WORKER_MEMORY_MB: z.coerce.number().int().min(32).max(16_384).default(256),
  /** Default minutes between two polls of a feed (at least 5). */
  FEED_POLL_MINUTES: z.coerce.number().int().min(5).default(15),
  /** Feeds fetched at the same time by one poll cycle. */
  FEED_POLL_CONCURRENCY: positiveInt(8),
  /** Seconds given to in-flight work on SIGINT/SIGTERM before the process exits anyway. */
  SHUTDOWN_GRACE_SECONDS: positiveInt(10),
  /** Port of the local sandbox (`npm start` without a token, or `npm run sandbox`), on 127.0.0.1 only. */
  SANDBOX_PORT: z.coerce.number().int().min(1).max(65_535).default(8787),
  /**
   * An OpenAI-compatible endpoint (…/v1) for summaries written by a language model, for servers that
   * choose it with /settings and for the CLI's --llm. Unset: every summary is offline.
   */
  LLM_BASE_URL: z
    .string()
    .trim()
    .url()
    .refine((value) => /^https?:\/\//.test(value), { message: 'must start with http:// or https://' })
    .optional(),
  LLM_MODEL: z.string().trim().min(1).max(200).optional(),
  LLM_API_KEY: z.string().trim().min(1).optional(),
  /** Tokens (prompt + answer) one server may spend on the language model per UTC day. */
  LLM_DAILY_TOKENS_PER_SERVER: positiveInt(200_000),
  /** Seconds to wait for the model before falling back to the offline summary. */
  LLM_TIMEOUT_SECONDS: positiveInt(30),
  /**
   * Gateway shards, each in its own process (discord.js ShardingManager): a number, or "auto" for
   * the count Discord recommends. Unset: one process, one connection, as before.
   */
  SHARDS: z.union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)]).optional(),
  /**
   * A REST proxy (`npm run rest-proxy`) every process sends its Discord API calls through, so they
   * share one global and per-route rate limit. Unset: each process talks to DISCORD_API_URL itself.
   */
  DISCORD_REST_PROXY_URL: z.string().url().optional(),
  /** Where `npm run rest-proxy` listens (127.0.0.1 unless the bot runs on other machines/containers). */
  REST_PROXY_HOST: z.string().trim().min(1).default('127.0.0.1'),
  REST_PROXY_PORT: z.coerce.number().int().min(1).max(65_535).default(8790),
  /**
   * Requests per second the proxy lets through to Discord, evenly spaced, for all processes together.
   * Discord's global limit is 50; a little under it leaves room for latency jitter between the proxy
   * and Discord's one-second windows, so none costs a global 429.
   */
  REST_PROXY_GLOBAL_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(46),
});

export type Config = z.infer<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export interface LoadConfigOptions {
  /**
   * This process is one shard that a ShardingManager started: its SHARDS/SHARD_COUNT are the shard
   * id and count discord.js gave it (the Client reads them), not the SHARDS setting.
   */
  shardProcess?: boolean;
}

/** Reads settings from `env` (process.env by default); empty strings count as unset. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: LoadConfigOptions = {},
): ConfigResult {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(
      ([key, value]) =>
        key in schema.shape &&
        value !== undefined &&
        value !== '' &&
        !(options.shardProcess && key === 'SHARDS'),
    ),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`),
    };
  }
  if (parsed.data.DISCORD_TOKEN && !parsed.data.DISCORD_CLIENT_ID) {
    return { ok: false, problems: ['DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set'] };
  }
  if (parsed.data.LLM_BASE_URL && !parsed.data.LLM_MODEL) {
    return {
      ok: false,
      problems: ['LLM_MODEL: required when LLM_BASE_URL is set (e.g. gpt-4o-mini, llama3.1)'],
    };
  }
  if (
    parsed.data.SHARDS !== undefined &&
    !/^(redis|rediss|postgres|postgresql):\/\//.test(parsed.data.STORE_URL)
  ) {
    return {
      ok: false,
      problems: [
        'SHARDS: the shard processes share their state, so STORE_URL must be redis:// or postgres:// (not SQLite)',
      ],
    };
  }
  return { ok: true, config: parsed.data };
}

/**
 * Loads KEY=value lines from a `.env` file into process.env (variables already set win), using
 * Node's own parser. Returns false when there is no such file.
 */
export function loadDotEnv(path = '.env'): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
