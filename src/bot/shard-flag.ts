/**
 * The argument a shard process is started with, so it reads SHARDS as the shard id discord.js gave
 * it rather than as the setting. Apart from shard-manager.ts so `npm start` need not load discord.js.
 */
export const SHARD_PROCESS_FLAG = '--shard-process';
