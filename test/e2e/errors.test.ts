import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPooledSummaryJobs } from '../../src/services/summary-jobs/pooled.ts';
import type { SummaryJobs } from '../../src/services/summary-jobs/types.ts';
import { EXPLODING_WORKER } from '../support/workers/markers.ts';
import { startHarness, type Harness } from './harness.ts';

const EPHEMERAL = 64;
const MEMBER = '500000000000000001';
const logLines: Record<string, unknown>[] = [];
let h: Harness;
let summaries: SummaryJobs | undefined;

beforeAll(async () => {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logLines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'error' }, sink);
  // A bug in the summarizer, thrown in a pool worker: the bot must answer anyway and log what happened.
  summaries = createPooledSummaryJobs({ size: 1, timeoutMs: 10_000, logger, workerUrl: EXPLODING_WORKER });
  h = await startHarness({ overrides: { logger, summaries } });
});
afterAll(async () => {
  await h?.close();
  await summaries?.close();
});

describe('unexpected failures', () => {
  it('answers a short private apology and logs the error with its context', async () => {
    const handle = h.discord.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: MEMBER,
      name: 'summarize',
      options: [{ name: 'url', value: h.site.url('/news/harbour-reopens') }],
    });
    const answer = await handle.waitForResponse((m) => m.content !== '');
    expect(answer.content).toMatch(/^Something went wrong on our side/);
    expect(answer.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(handle.responses).toEqual([answer]);
    expect(answer.content).not.toContain('exploded');
    const logged = logLines.find((line) => line.msg === 'interaction failed');
    expect(logged).toMatchObject({ command: 'summarize', guildId: h.guildId, userId: MEMBER });
    expect(JSON.stringify(logged)).toContain('summarizer exploded');
  });

  it('keeps answering afterwards', async () => {
    const handle = h.discord.sendSlashCommand({
      guildId: h.guildId,
      channelId: h.channelId,
      userId: MEMBER,
      name: 'help',
    });
    expect((await handle.waitForResponse((m) => m.embeds.length > 0)).embeds[0]?.title).toBe('NewsBrief');
  });
});
