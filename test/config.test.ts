import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('gives working defaults when nothing is set', () => {
    const result = loadConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.STORE_URL).toBe('sqlite://data/newsbrief.sqlite');
    expect(result.config.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(result.config.FETCH_ALLOW_PRIVATE_HOSTS).toEqual([]);
    expect(result.config.SUMMARY_RATE_LIMIT).toBe(5);
    expect(result.config.SANDBOX_PORT).toBe(8787);
  });

  it('sizes the summary pool to the cores but one (at least one) and gives each job 3 s', () => {
    const result = loadConfig({});
    expect(result.ok && result.config.SUMMARY_WORKERS).toBe(Math.max(1, availableParallelism() - 1));
    expect(result.ok && result.config.SUMMARY_TIMEOUT_MS).toBe(3000);
    const set = loadConfig({ SUMMARY_WORKERS: '4', SUMMARY_TIMEOUT_MS: '1500' });
    expect(set.ok && [set.config.SUMMARY_WORKERS, set.config.SUMMARY_TIMEOUT_MS]).toEqual([4, 1500]);
  });

  it('refuses a summary pool without workers or a budget that is not a number of milliseconds', () => {
    const none = loadConfig({ SUMMARY_WORKERS: '0' });
    expect(!none.ok && none.problems.join('\n')).toMatch(/SUMMARY_WORKERS/);
    const words = loadConfig({ SUMMARY_TIMEOUT_MS: '3s' });
    expect(!words.ok && words.problems.join('\n')).toMatch(/SUMMARY_TIMEOUT_MS/);
  });

  it('refuses a sandbox port that is not a TCP port', () => {
    const result = loadConfig({ SANDBOX_PORT: '70000' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join('\n')).toMatch(/SANDBOX_PORT/);
  });

  it('reports one clear line per problem', () => {
    const result = loadConfig({
      DISCORD_TOKEN: 'abc',
      DISCORD_CLIENT_ID: 'not-a-number',
      STORE_URL: 'mysql://x',
      FEED_POLL_MINUTES: '2',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join('\n')).toMatch(/DISCORD_CLIENT_ID: must be the numeric application id/);
    expect(result.problems.join('\n')).toMatch(/STORE_URL: must start with sqlite/);
    expect(result.problems.join('\n')).toMatch(/FEED_POLL_MINUTES/);
  });

  it('needs the application id with a token, and parses the private-host allow list', () => {
    expect(loadConfig({ DISCORD_TOKEN: 'abc' })).toEqual({
      ok: false,
      problems: ['DISCORD_CLIENT_ID: required when DISCORD_TOKEN is set'],
    });
    const result = loadConfig({ FETCH_ALLOW_PRIVATE_HOSTS: ' 127.0.0.1, LocalHost ,', DISCORD_TOKEN: '' });
    expect(result.ok && result.config.FETCH_ALLOW_PRIVATE_HOSTS).toEqual(['127.0.0.1', 'localhost']);
  });

  it('takes SHARDS as "auto" or a number, only with a store the shard processes can share', () => {
    const redis = { STORE_URL: 'redis://127.0.0.1:6379' };
    const auto = loadConfig({ ...redis, SHARDS: 'auto' });
    expect(auto.ok && auto.config.SHARDS).toBe('auto');
    const two = loadConfig({ ...redis, SHARDS: '2' });
    expect(two.ok && two.config.SHARDS).toBe(2);
    expect(loadConfig({ ...redis, SHARDS: 'many' }).ok).toBe(false);
    expect(loadConfig({ ...redis, SHARDS: '0' }).ok).toBe(false);
    const sqlite = loadConfig({ SHARDS: '2' });
    expect(!sqlite.ok && sqlite.problems.join('\n')).toMatch(/SHARDS: .*redis:\/\/ or postgres:\/\//);
    const unset = loadConfig({});
    expect(unset.ok && unset.config.SHARDS).toBeUndefined();
  });

  it('in a shard process, reads SHARDS as the shard id discord.js set, not as the setting', () => {
    const result = loadConfig({ SHARDS: '0', SHARD_COUNT: '2' }, { shardProcess: true });
    expect(result.ok && result.config.SHARDS).toBeUndefined();
  });

  it("takes a REST proxy URL and the proxy's own settings", () => {
    const result = loadConfig({ DISCORD_REST_PROXY_URL: 'http://127.0.0.1:8790/api' });
    expect(result.ok && result.config.DISCORD_REST_PROXY_URL).toBe('http://127.0.0.1:8790/api');
    expect(result.ok && result.config.REST_PROXY_GLOBAL_PER_SECOND).toBe(46);
    expect(loadConfig({ DISCORD_REST_PROXY_URL: 'not a url' }).ok).toBe(false);
  });
});
