/** Self-test: the local Discord-compatible server's REST answers, spoken to with plain fetch (no discord.js). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordServer, type DiscordServer } from '../../../src/sandbox/discord/index.ts';

describe('local Discord server: raw REST answers', () => {
  let raw: DiscordServer;
  let rawChannel: string;
  const post = (path: string, body: unknown, auth = true) =>
    fetch(`${raw.apiUrl}/v10${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(auth ? { Authorization: `Bot ${raw.botToken}` } : {}),
      },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    raw = await startDiscordServer({ channelRateLimit: { count: 2, windowMs: 60_000 } });
    rawChannel = raw.addGuild().system_channel_id;
  });
  afterAll(() => raw.close());

  it('requires the bot token and validates content length', async () => {
    expect((await post(`/channels/${rawChannel}/messages`, { content: 'x' }, false)).status).toBe(401);
    const tooLong = await post(`/channels/${rawChannel}/messages`, { content: 'x'.repeat(2001) });
    expect(tooLong.status).toBe(400);
    expect(await tooLong.json()).toMatchObject({
      code: 50035,
      errors: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
    });
  });

  it('limits messages per channel with a non-global 429 and rate-limit headers', async () => {
    const guildId = [...raw.world.guilds.keys()][0] ?? '';
    const fresh = raw.addChannel(guildId, { name: 'fresh' }).id;
    const answers = [];
    for (let n = 0; n < 3; n++) answers.push(await post(`/channels/${fresh}/messages`, { content: `m${n}` }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(answers[1]?.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(answers[2]?.headers.get('retry-after')).toBeTruthy();
    expect(await answers[2]?.json()).toMatchObject({ global: false });
    expect(raw.counters.rateLimited).toBe(1);
    expect(raw.channelMessages(fresh)).toHaveLength(2);
  });

  it('refuses a second callback with 40060', async () => {
    const guildId = [...raw.world.guilds.keys()][0] ?? '';
    const handle = raw.sendSlashCommand({
      guildId,
      channelId: rawChannel,
      userId: '80351110224678912',
      name: 'ping',
    });
    const callback = () =>
      post(
        `/interactions/${handle.id}/${handle.token}/callback`,
        { type: 4, data: { content: 'pong' } },
        false,
      );
    expect((await callback()).status).toBe(204);
    const second = await callback();
    expect(second.status).toBe(400);
    expect(await second.json()).toMatchObject({ code: 40060 });
    expect(handle.original()?.content).toBe('pong');
  });
});
