/**
 * The sandbox in-process: the real bot against the local Discord server, driven through the same
 * /ui endpoints the page uses. (test/sandbox/browser/ drives the page itself in Chromium.)
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from '../../src/commands/index.ts';
import { loadConfig } from '../../src/config.ts';
import type { StoredMessage } from '../../src/sandbox/discord/index.ts';
import { startSandbox, type RunningSandbox } from '../../src/sandbox/start-sandbox.ts';
import { articlePage, HARBOUR_ARTICLE } from '../e2e/article-pages.ts';
import { startFixtureServer, type FixtureServer } from '../support/http-fixture-server.ts';

const EPHEMERAL = 64;
let sandbox: RunningSandbox;
let elsewhere: FixtureServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newsbrief-sandbox-'));
  // No FETCH_ALLOW_PRIVATE_HOSTS: the fetcher's address policy is the production one.
  const loaded = loadConfig({ LOG_LEVEL: 'silent' });
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  sandbox = await startSandbox(loaded.config, {
    port: 0,
    storeUrl: `sqlite://${join(dir, 'sandbox.sqlite')}`,
    logger: pino({ level: 'silent' }),
  });
  elsewhere = await startFixtureServer({ '/news/harbour': { body: articlePage(HARBOUR_ARTICLE) } });
});
afterAll(async () => {
  await sandbox?.stop();
  await elsewhere?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = () => ({
  general: sandbox.world.channels[0]!.id,
  admin: sandbox.world.members.find((m) => m.role === 'Admin')!.id,
  member: sandbox.world.members.find((m) => m.role === 'Member')!.id,
});

async function post(path: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, sandbox.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Sends a slash command as the page does and resolves with the first answer that matches. */
async function command(
  userId: string,
  name: string,
  options: { name: string; value: string | number | boolean }[],
  match: (message: StoredMessage) => boolean,
  subcommand?: string,
): Promise<StoredMessage> {
  const before = new Set(sandbox.discord.world.messages.keys());
  const sent = await post('/ui/commands', { channelId: ids().general, userId, name, subcommand, options });
  expect(sent.json).toEqual({ ok: true });
  return vi.waitFor(
    () => {
      const found = sandbox.discord.world
        .channelMessagesWithEphemeral(ids().general)
        .find((m) => !before.has(m.id) && match(m));
      if (!found) throw new Error(`no answer to /${name} yet`);
      return found;
    },
    { timeout: 10_000 },
  );
}

describe('sandbox', () => {
  it('shows a server with channels, an admin, a member, and exactly the commands the bot registers', async () => {
    const state = (await (await fetch(new URL('/ui/state', sandbox.url))).json()) as {
      channels: { name: string }[];
      members: { name: string; role: string }[];
      commands: { name: string }[];
    };
    expect(state.channels.map((c) => c.name)).toEqual(['general', 'news', 'digest']);
    expect(state.members.map((m) => m.role)).toEqual(['Admin', 'Member']);
    expect(state.commands.map((c) => c.name).sort()).toEqual(commands.map((c) => c.data.name).sort());
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('summarizes a bundled sample article from its own address, answered for the member who asked', async () => {
    const state = (await (await fetch(new URL('/ui/state', sandbox.url))).json()) as {
      samples: { articles: { title: string; url: string }[] };
    };
    const sample = state.samples.articles[0]!;
    const answer = await command(
      ids().admin,
      'summarize',
      [{ name: 'url', value: sample.url }],
      (m) => m.embeds.length > 0,
    );
    expect(answer.embeds[0]?.title).toBe(sample.title);
    expect(answer.embeds[0]?.description).toMatch(/— (head librarian )?Mei Tanaka/);
    expect(answer.interaction).toMatchObject({ name: 'summarize', user: { username: 'Ada' } });
  });

  it('still refuses other local addresses: only the sandbox’s own port is allowed', async () => {
    const answer = await command(
      ids().member,
      'summarize',
      [{ name: 'url', value: elsewhere.url('/news/harbour') }],
      (m) => m.content !== '',
    );
    expect(answer.content).toMatch(/private network/);
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('lets the admin follow the sample feed, and refuses the member privately', async () => {
    const feedUrl = new URL('/samples/feed.xml', sandbox.url).href;
    const followed = await command(
      ids().admin,
      'feed',
      [{ name: 'url', value: feedUrl }],
      (m) => m.content.startsWith('Following'),
      'add',
    );
    expect(followed.content).toMatch(/^Following \*\*NewsBrief sample news\*\* \(4 items right now\)/);
    const refused = await command(
      ids().member,
      'feed',
      [{ name: 'url', value: feedUrl }],
      (m) => m.content !== '',
      'add',
    );
    expect(refused.content).toBe('Only members with the Manage Server permission can manage feeds.');
    expect(refused.flags & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('pushes a member’s message to open pages as a live event', async () => {
    const response = await fetch(new URL('/ui/events', sandbox.url));
    const reader = response.body!.getReader();
    const sent = await post('/ui/messages', {
      channelId: ids().general,
      userId: ids().member,
      content: 'Hi all',
    });
    expect(sent.json.ok).toBe(true);
    let text = '';
    while (!text.includes('"content":"Hi all"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await reader.cancel();
    expect(text).toMatch(/event: message\ndata: \{.*"username":"Sam".*"content":"Hi all"/);
  });

  it('answers only its own page: another origin, a foreign Host or a non-JSON post is refused', async () => {
    const body = { channelId: ids().general, userId: ids().member, content: 'x' };
    expect((await post('/ui/messages', body, { Origin: 'https://evil.example' })).status).toBe(403);
    const form = await fetch(new URL('/ui/messages', sandbox.url), { method: 'POST', body: 'content=x' });
    expect(form.status).toBe(415);
    const port = Number(new URL(sandbox.url).port);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/ui/state', headers: { Host: 'evil.example' } });
      req
        .on('response', (res) => (res.resume(), resolve(res.statusCode ?? 0)))
        .on('error', reject)
        .end();
    });
    expect(status).toBe(403);
  });
});
