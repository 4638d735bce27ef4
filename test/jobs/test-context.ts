import pino from 'pino';
import { memoryCoordination } from '../../src/services/coordination/memory.ts';
import { createMetrics } from '../../src/services/metrics.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AppContext, Summarizer } from '../../src/context.ts';
import type {
  AdminNoticeOptions,
  ChannelPoster,
  ForumPost,
  OutgoingMessage,
} from '../../src/discord/channel-poster.ts';
import { ChannelMissingError, MissingPermissionError, NEEDS } from '../../src/discord/channel-poster.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { createDigestStore } from '../../src/services/digest/digest-store.ts';
import { createFeedStore } from '../../src/services/feeds/feed-store.ts';
import { createSafeFetcher } from '../../src/services/fetch/safe-fetcher.ts';
import type { Fetcher } from '../../src/services/fetch/types.ts';
import { MemoryKeyValueStore } from '../../src/services/store/memory.ts';
import { inProcessSummaryJobs } from '../../src/services/summary-jobs/run-job.ts';
import { createStoryStore } from '../../src/services/store/story-store.ts';
import type { KeyValueStore } from '../../src/services/store/types.ts';

/** Bullets are the first sentences of the first paragraphs: predictable, enough for assertions. */
export const simpleSummarizer: Summarizer = {
  summarize: (article) => ({
    headline: article.headline,
    bullets: article.paragraphs.slice(0, 3),
    quotes: [],
  }),
};

export function testConfig(overrides: Partial<Config> = {}): Config {
  const result = loadConfig({});
  if (!result.ok) throw new Error(result.problems.join('; '));
  return { ...result.config, ...overrides };
}

export type TestClock = ReturnType<typeof fixedClock>;

/** An AppContext on one KeyValueStore (memory by default, sharing the test clock for TTLs). */
export function testContext(options: {
  clock: TestClock;
  kv?: KeyValueStore;
  fetcher?: Fetcher;
  config?: Partial<Config>;
}): AppContext {
  const kv = options.kv ?? new MemoryKeyValueStore(() => options.clock.now().getTime());
  return {
    config: testConfig(options.config),
    store: { kv, stories: createStoryStore(kv), feeds: createFeedStore(kv), digests: createDigestStore(kv) },
    fetcher: options.fetcher ?? createSafeFetcher({ allowPrivateHosts: ['127.0.0.1', 'localhost'] }),
    summaries: inProcessSummaryJobs(simpleSummarizer),
    logger: pino({ level: 'silent' }),
    clock: options.clock,
    coordination: memoryCoordination({ summaryLimit: 5 }),
    metrics: createMetrics(),
  };
}

export interface PostedMessage extends OutgoingMessage {
  id: string;
  nonce: string;
}

/**
 * A ChannelPoster that records messages per channel and, like Discord with enforce_nonce,
 * answers a repeated nonce with the first message instead of posting again.
 */
export class RecordingPoster implements ChannelPoster {
  readonly channels = new Map<string, PostedMessage[]>();
  readonly notices: { guildId: string; text: string; fallbackUserId: string | null }[] = [];
  /** False: the server has no system channel and the member refuses DMs, so nobody is told. */
  adminsReachable = true;
  readonly missingChannels = new Set<string>();
  /** Channels where starting a thread or creating a forum post is refused (missing permission). */
  readonly noThreadChannels = new Set<string>();
  /** Forum posts and threads started, in order. */
  readonly forumPosts: { forumId: string; threadId: string; post: ForumPost }[] = [];
  readonly threads: { channelId: string; messageId: string; name: string }[] = [];
  sends = 0;
  /** The next this-many sends fail like a Discord outage (after discord.js gave up retrying). */
  transientFailures = 0;
  /** Runs after a message is stored and before its id is returned (to simulate crashes). */
  afterPost: ((message: PostedMessage, channelId: string) => Promise<void>) | null = null;
  private nextId = 1;

  /** dedupeNonces false: every send posts, so a test sees duplicates that nonces would hide. */
  constructor(private readonly dedupeNonces = true) {}

  messages(channelId: string): PostedMessage[] {
    return this.channels.get(channelId) ?? [];
  }

  async send(
    channelId: string,
    message: OutgoingMessage,
    options: { nonce: string },
  ): Promise<{ id: string; channelId: string }> {
    this.sends++;
    if (this.missingChannels.has(channelId)) throw new ChannelMissingError(channelId);
    if (this.transientFailures > 0) {
      this.transientFailures--;
      throw new Error('503 Service Unavailable');
    }
    const list = this.channels.get(channelId) ?? [];
    this.channels.set(channelId, list);
    const existing = this.dedupeNonces ? list.find((posted) => posted.nonce === options.nonce) : undefined;
    if (existing) return { id: existing.id, channelId };
    const posted = { ...message, id: String(this.nextId++), nonce: options.nonce };
    list.push(posted);
    if (this.afterPost) await this.afterPost(posted, channelId);
    return { id: posted.id, channelId };
  }

  async createForumPost(forumId: string, post: ForumPost): Promise<{ threadId: string; messageId: string }> {
    if (this.missingChannels.has(forumId)) throw new ChannelMissingError(forumId);
    if (this.noThreadChannels.has(forumId)) throw new MissingPermissionError(forumId, NEEDS.forum);
    const threadId = `thread-${this.nextId++}`;
    this.forumPosts.push({ forumId, threadId, post });
    const posted = { ...post.message, id: threadId, nonce: '' };
    this.channels.set(threadId, [posted]);
    return { threadId, messageId: threadId };
  }

  async startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }> {
    if (this.noThreadChannels.has(channelId)) throw new MissingPermissionError(channelId, NEEDS.startThread);
    if (!this.threads.some((thread) => thread.messageId === messageId))
      this.threads.push({ channelId, messageId, name });
    return { threadId: messageId };
  }

  async notifyGuildAdmins(guildId: string, text: string, options: AdminNoticeOptions = {}): Promise<boolean> {
    this.notices.push({ guildId, text, fallbackUserId: options.fallbackUserId ?? null });
    return this.adminsReachable;
  }
}
