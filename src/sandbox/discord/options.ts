/** The local Discord server's options with their defaults filled in. */
import { randomBytes } from 'node:crypto';
import type { DiscordServerOptions, ResolvedOptions } from './types.ts';

export function resolveOptions(options: DiscordServerOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    globalRateLimitPerSecond: options.globalRateLimitPerSecond ?? 50,
    channelRateLimit: options.channelRateLimit ?? null,
    interactionTimeoutMs: options.interactionTimeoutMs ?? 3000,
    interactionTokenTtlMs: options.interactionTokenTtlMs ?? 15 * 60_000,
    maxConcurrency: options.maxConcurrency ?? 16,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    nonceWindowMs: options.nonceWindowMs ?? 5 * 60_000,
    guildsPerRecommendedShard: options.guildsPerRecommendedShard ?? 1000,
    maxGuildsPerShard: options.maxGuildsPerShard ?? 2500,
    sessionStartLimit: options.sessionStartLimit ?? 1000,
    botToken:
      options.botToken ??
      `${Buffer.from(randomBytes(9)).toString('base64url')}.test.${randomBytes(16).toString('base64url')}`,
  };
}
