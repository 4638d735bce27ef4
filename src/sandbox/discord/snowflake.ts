/** Discord snowflakes: discord.js derives createdTimestamp from them, so they must encode real time. */
const DISCORD_EPOCH = 1420070400000n;

export class SnowflakeFactory {
  private increment = 0n;
  private readonly workerBits: bigint;

  constructor() {
    // A random worker/process id keeps ids from two servers in one test run from colliding.
    this.workerBits = BigInt(Math.floor(Math.random() * 1024)) << 12n;
  }

  next(at: number = Date.now()): string {
    this.increment = (this.increment + 1n) & 0xfffn;
    // Stay strictly increasing even when many ids are made in the same millisecond.
    const ms = BigInt(at) - DISCORD_EPOCH;
    const id = (ms << 22n) | this.workerBits | this.increment;
    return id.toString();
  }
}

export function snowflakeTimestamp(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}
