import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePage, HARBOUR_ARTICLE } from './article-pages.ts';
import { startHarness, type Harness } from './harness.ts';

const MEMBER = '300000000000000001';
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const slash = (name: string, options: { name: string; value: string | number | boolean }[] = []) =>
  h.discord.sendSlashCommand({ guildId: h.guildId, channelId: h.channelId, userId: MEMBER, name, options });

describe('bot lifecycle', () => {
  it('keeps stories across a restart on the same SQLite file', async () => {
    const summary = slash('summarize', [{ name: 'url', value: h.site.url('/news/harbour-reopens') }]);
    await summary.waitForResponse((m) => m.embeds.length > 0);
    await h.restartBot();
    const listed = await slash('recent').waitForResponse((m) => m.embeds.length > 0);
    expect(listed.embeds[0]?.description).toContain(
      'Harbour reopens to ferries after six months of storm repairs',
    );
    // Still cached after the restart: no second fetch.
    await slash('summarize', [{ name: 'url', value: h.site.url('/news/harbour-reopens') }]).waitForResponse(
      (m) => m.embeds.length > 0,
    );
    expect(h.hits('/news/harbour-reopens')).toBe(1);
  });

  it('resumes after the gateway connection drops and still answers', async () => {
    const resumesBefore = h.discord.counters.gateway.resume;
    h.discord.dropGatewayConnections();
    await h.discord.waitForGateway(() => h.discord.counters.gateway.resume > resumesBefore, 15_000);
    const help = await slash('help').waitForResponse((m) => m.embeds.length > 0);
    expect(help.embeds[0]?.title).toBe('NewsBrief');
  });

  it('finishes an interaction already in flight when asked to stop', async () => {
    h.site.route('/news/slow', {
      delayMs: 500,
      body: articlePage({ ...HARBOUR_ARTICLE, headline: 'Slow news day' }),
    });
    const inFlight = slash('summarize', [{ name: 'url', value: h.site.url('/news/slow') }]);
    await inFlight.waitForAck();
    await h.bot.stop();
    const message = await inFlight.waitForResponse((m) => m.embeds.length > 0, 1000);
    expect(message.embeds[0]?.title).toBe('Slow news day');
    await h.restartBot();
  });
});
