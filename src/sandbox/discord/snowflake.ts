/** Discord snowflakes: discord.js derives createdTimestamp from them, so they must encode real time. */
const DISCORD_EPOCH = 1420070400000n;
const DAY_MS = 86_400_000;

export class SnowflakeFactory {
  private increment = 0n;
  private lastMs = 0n;
  private guildCount = 0;
  private readonly workerBits: bigint;
  private readonly guildEpoch = Date.now() - DAY_MS;

  constructor() {
    // A random worker/process id keeps ids from two servers in one test run from colliding.
    this.workerBits = BigInt(Math.floor(Math.random() * 1024)) << 12n;
  }

  next(at: number = Date.now()): string {
    let ms = BigInt(at) - DISCORD_EPOCH;
    // Strictly increasing even past 4,096 ids in one millisecond: the clock part then runs ahead.
    if (ms <= this.lastMs) {
      ms = this.lastMs;
      this.increment = (this.increment + 1n) & 0xfffn;
      if (this.increment === 0n) ms++;
    } else {
      this.increment = 0n;
    }
    this.lastMs = ms;
    return ((ms << 22n) | this.workerBits | this.increment).toString();
  }

  /**
   * A guild id. Real guilds were created at different times, and the gateway puts a guild on shard
   * (id >> 22) % count, so guilds made in one burst get one millisecond each from a day ago.
   */
  nextGuild(): string {
    const ms = BigInt(this.guildEpoch + this.guildCount++) - DISCORD_EPOCH;
    return ((ms << 22n) | this.workerBits).toString();
  }
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
