import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { startDiscordServer } from '../../src/sandbox/discord/index.ts';
import { compiled, startNode, throughTsx } from './node-process.ts';

const scratch = mkdtempSync(join(tmpdir(), 'newsbrief-process-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Runs the bot's entry point from an empty directory (no .env), with only `env` set: `src/index.ts`
 * through tsx, or the compiled `dist/index.js` that `npm start` runs (built by npm install).
 */
function startProcess(env: Record<string, string>, build: 'src' | 'dist' = 'src') {
  return startNode(build === 'dist' ? compiled('index.js') : throughTsx('src/index.ts'), env, scratch);
}

describe('npm start', () => {
  it('without a token opens the sandbox (compiled build): one line with its address, the page, a clean stop on Ctrl-C', async () => {
    const port = await freePort();
    const started = performance.now();
    const run = startProcess({ SANDBOX_PORT: String(port) }, 'dist');
    const line = `NewsBrief sandbox: open http://127.0.0.1:${port}`;
    await vi.waitFor(
      () => {
        if (!run.stdout().includes('\n')) throw new Error('no line yet');
      },
      { timeout: 30_000, interval: 20 },
    );
    console.log(`npm start to the sandbox line: ${(performance.now() - started).toFixed(0)} ms`);
    expect(run.stdout()).toBe(`${line}\n`);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>NewsBrief sandbox</title>');
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect({ stdout: run.stdout(), stderr: run.stderr() }).toEqual({ stdout: `${line}\n`, stderr: '' });
    // The sandbox keeps its own store and log apart from the real bot's.
    expect(existsSync(join(scratch, 'data/sandbox.sqlite'))).toBe(true);
    expect(existsSync(join(scratch, 'data/newsbrief.sqlite'))).toBe(false);
  });

  it('says in one line when the sandbox port is taken, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const run = startProcess({ SANDBOX_PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.stderr()).toBe(
        `NewsBrief sandbox: port ${port} is in use. Set SANDBOX_PORT to a free port (for example SANDBOX_PORT=${port + 1} npm start).\n`,
      );
    } finally {
      taken.close();
    }
  });

  it('prints one line per configuration problem and exits 1', async () => {
    const run = startProcess({ STORE_URL: 'ftp://nowhere', SUMMARY_RATE_LIMIT: 'lots' });
    expect(await run.exited).toBe(1);
    const lines = run.stderr().trim().split('\n');
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
