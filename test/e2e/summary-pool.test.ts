/**
 * A member's input the summarizer is slow on, through the real bot: it runs on the summary pool, so
 * another member's /help is answered meanwhile, and past its budget the member is told privately
 * that the article is too complex, while the pool goes on summarizing.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPooledSummaryJobs } from '../../src/services/summary-jobs/pooled.ts';
import type { SummaryJobs } from '../../src/services/summary-jobs/types.ts';
import { SPIN_FOREVER, SPINNING_WORKER } from '../support/workers/markers.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
const BUDGET_MS = 1500;
let h: Harness;
let summaries: SummaryJobs;

beforeAll(async () => {
  // The real summary jobs, except that an input starting with SPIN_FOREVER never ends.
  summaries = createPooledSummaryJobs({
    size: 1,
    timeoutMs: BUDGET_MS,
    logger: pino({ level: 'silent' }),
    workerUrl: SPINNING_WORKER,
  });
  h = await startHarness({ overrides: { summaries } });
});
afterAll(async () => {
  await h?.close();
  await summaries?.close();
});

const crafted = `${SPIN_FOREVER}\n\n${'He said "this never ends and goes on and on '.repeat(2000)}`;

describe('summaries on the worker pool', () => {
  it('answers /help while a slow file is summarized, then tells its member privately it is too complex', async () => {
    const file = h.discord.addAttachment({
      channelId: h.channelId,
      filename: 'crafted.txt',
      content: crafted,
    });
    const slow = h.discord.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: '600000000000000001',
      name: 'summarize',
      options: [{ name: 'file', value: file.id }],
    });
    expect((await slow.waitForAck()).type).toBe(5);

    const help = h.discord.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: '600000000000000002',
      name: 'help',
    });
    const helpAnswer = await help.waitForResponse((m) => m.embeds.length > 0);
    expect(helpAnswer.embeds[0]?.title).toBe('NewsBrief');
    expect(help.callbackErrors).toEqual([]);
    // /help was answered while the slow summary was still running.
    expect(slow.responses.some((m) => m.content.includes('too complex'))).toBe(false);

    const refusal = await slow.waitForResponse(
      (m) => (m.flags & EPHEMERAL) !== 0 && m.content !== '',
      BUDGET_MS + 5000,
    );
    expect(refusal.content).toMatch(/^That article is too complex to summarize/);
    expect(slow.responses).toEqual([refusal]);
    expect(helpAnswer.createdAt).toBeLessThan(refusal.createdAt);
  });

  it('goes on summarizing for other members', async () => {
    const handle = h.discord.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: '600000000000000003',
      name: 'summarize',
      options: [{ name: 'url', value: h.site.url('/news/harbour-reopens') }],
    });
    // The worker that was stopped is replaced first; on a busy machine that takes a while.
    const message = await handle.waitForResponse((m) => m.embeds.length > 0, 45_000);
    expect(message.embeds[0]?.title).toBe('Harbour reopens to ferries after six months of storm repairs');
  }, 60_000);
});
