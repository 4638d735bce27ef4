import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startDiscordServer } from '../../src/sandbox/discord/index.ts';

const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `src/index.ts` as `npm start` would, from an empty directory (no .env), with only `env` set. */
function startProcess(env: Record<string, string>) {
  // tsx by absolute path: the child runs from an empty directory where 'tsx' would not resolve.
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'src/index.ts')], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? scratch, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('npm start', () => {
  it('without a token explains what to configure and how to try the summarizer, and exits 0', async () => {
    const run = startProcess({});
    expect(await run.exited).toBe(0);
    const { stdout } = run.output();
    expect(stdout).toContain('.env.example');
    expect(stdout).toContain('DISCORD_TOKEN');
    expect(stdout).toContain('npx newsbrief summarize');
  });

  it('prints one line per configuration problem and exits 1', async () => {
    const run = startProcess({ STORE_URL: 'ftp://nowhere', SUMMARY_RATE_LIMIT: 'lots' });
    expect(await run.exited).toBe(1);
    const lines = run.output().stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).toMatch(/STORE_URL: must start with sqlite:\/\//);
    expect(lines.join('\n')).toMatch(/SUMMARY_RATE_LIMIT/);
  });

  it('connects, answers, and exits 0 on SIGTERM', async () => {
    const discord = await startDiscordServer();
    try {
      const guild = discord.addGuild();
      const run = startProcess({
        DISCORD_TOKEN: discord.botToken,
        DISCORD_CLIENT_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        STORE_URL: `sqlite://${join(scratch, 'bot.sqlite')}`,
        LOG_LEVEL: 'silent',
      });
      await discord.waitForGateway(() => discord.counters.gateway.identify > 0, 15_000);
      // READY arrives right after IDENTIFY; give discord.js a moment to attach its handlers by retrying.
      let answered = false;
      for (let attempt = 0; attempt < 10 && !answered; attempt += 1) {
        const handle = discord.sendSlashCommand({
          guildId: guild.id,
          channelId: guild.system_channel_id,
          userId: '400000000000000001',
          name: 'help',
        });
        answered = await handle
          .waitForResponse((m) => m.embeds.length > 0, 2000)
          .then(
            () => true,
            () => false,
          );
      }
      expect(answered).toBe(true);
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    } finally {
      await discord.close();
    }
  });
});
