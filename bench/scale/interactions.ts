/** /summarize load spread over the shards: acknowledgement latency and fetches per distinct URL. */
import type { DiscordServer, InteractionHandle } from '../../src/sandbox/discord/index.ts';
import { sleep } from './processes.ts';

export interface InteractionLoad {
  handles: InteractionHandle[];
  /** Per command: ms from sending it until its answer (a summary or a refusal) replaced "thinking". */
  answers: Promise<{ ms: number; summary: boolean; text: string }[]>;
  done: Promise<void>;
}

/** How long the bench waits for a summary after the last command was sent. */
const ANSWER_WAIT_MS = 60_000;

/** Sends `count` /summarize commands evenly over `durationMs`, round-robin over the servers given. */
export function startSummarizeLoad(
  server: DiscordServer,
  guilds: { id: string; system_channel_id: string }[],
  webBase: string,
  count: number,
  distinctUrls: number,
  durationMs: number,
): InteractionLoad {
  const handles: InteractionHandle[] = [];
  const answered: Promise<{ ms: number; summary: boolean; text: string } | null>[] = [];
  const done = (async () => {
    const start = performance.now();
    for (let i = 0; i < count; i++) {
      const at = start + (i * durationMs) / count;
      const wait = at - performance.now();
      if (wait > 0) await sleep(wait);
      const guild = guilds[(i * 7919) % guilds.length]!;
      const handle = server.sendSlashCommand({
        guildId: guild.id,
        channelId: guild.system_channel_id,
        // A member of their own each time: the per-member limit (5 a minute) is not what is measured.
        userId: String(500000000000000000n + BigInt(i)),
        name: 'summarize',
        options: [{ name: 'url', value: `${webBase}/article/s-${i % distinctUrls}` }],
      });
      handles.push(handle);
      answered.push(
        handle
          .waitForResponse(undefined, durationMs - (i * durationMs) / count + ANSWER_WAIT_MS)
          .then((message) => ({
            ms: performance.now() - handle.createdAt,
            summary: message.embeds.length > 0,
            text: message.content,
          }))
          .catch(() => null),
      );
    }
  })();
  const answers = done.then(async () =>
    (await Promise.all(answered)).filter((a): a is NonNullable<typeof a> => a !== null),
  );
  return { handles, answers, done };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Ack latencies (ms) of the handles acknowledged, and how many were never acknowledged. */
export function ackLatencies(handles: InteractionHandle[]): { ms: number[]; unacked: number } {
  const ms: number[] = [];
  let unacked = 0;
  for (const handle of handles) {
    if (handle.ackedAt === undefined) unacked++;
    else ms.push(handle.ackedAt - handle.createdAt);
  }
  return { ms, unacked };
}
