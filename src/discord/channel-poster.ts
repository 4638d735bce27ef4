import { DiscordAPIError, Routes, type REST } from 'discord.js';
import {
  classify,
  isClosedThreadError,
  isPermanentPostError,
  messageBody,
  permanentFailure,
  type ForumPost,
  type OutgoingMessage,
} from './outgoing.ts';
import { threadOperations } from './thread-operations.ts';

export {
  ChannelMissingError,
  isPermanentPostError,
  MissingPermissionError,
  NEEDS,
  type ForumPost,
  type OutgoingMessage,
} from './outgoing.ts';

/** Posts the bot's own messages (digests, instant feed items, notices) to channels. */
export interface ChannelPoster {
  /**
   * Posts one message in a text channel or a thread. `nonce` is deterministic per logical message
   * and sent with enforce_nonce, so a retry of a post whose answer was lost returns the first
   * message instead of a duplicate. An archived thread is reopened (Discord unarchives it on a
   * post); a locked one the bot cannot reopen is replaced by a new thread in the same parent, and
   * the answer's `channelId` says where the message went. Rejects with ChannelMissingError /
   * MissingPermissionError, or with the last transient error once retries are exhausted.
   */
  send(
    channelId: string,
    message: OutgoingMessage,
    options: { nonce: string },
  ): Promise<{ id: string; channelId: string }>;
  /** Creates a post (a thread with its first message) in a forum channel. */
  createForumPost(forumId: string, post: ForumPost): Promise<{ threadId: string; messageId: string }>;
  /** Starts a public thread under a message in a text channel (the same thread again if it exists). */
  startThread(channelId: string, messageId: string, name: string): Promise<{ threadId: string }>;
  /**
   * Tells a server's admins something: in its system channel, or, when it has none or the bot
   * may not post there, by DM to `fallbackUserId` (who set the thing up). False when neither
   * could be told (a refused DM included); throws only on transient failures.
   */
  notifyGuildAdmins(guildId: string, text: string, options?: AdminNoticeOptions): Promise<boolean>;
}

export interface AdminNoticeOptions {
  /** The member who set up what the notice is about (FeedRecord.addedBy, DigestRecord.createdBy). */
  fallbackUserId?: string | null;
}

/** Discord nonces are at most 25 characters. */
export function messageNonce(...parts: (string | number)[]): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of parts.join('|')) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(10).padStart(20, '0').slice(0, 25);
}

/**
 * Discord's answers for a member the bot cannot DM: privacy settings or a block (50007), no server
 * in common any more (50278), account gone (10013). Ordinary outcomes, not failures.
 */
const UNREACHABLE_BY_DM = new Set([50007, 50278, 10013]);
const isDmRefused = (error: unknown) =>
  error instanceof DiscordAPIError && typeof error.code === 'number' && UNREACHABLE_BY_DM.has(error.code);

/** A DM arrives outside the server, so it says which server it is about. */
function dmNoticeText(guildName: string | undefined, text: string): string {
  const name = (guildName ?? '').replace(/[*_~`|\\]/g, '').trim();
  return (name ? `From the server **${name}**:\n${text}` : text).slice(0, 2000);
}

export interface PosterOptions {
  /** Attempts per message for transient failures (discord.js already waits on 429s). */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  /**
   * Posts spaced evenly at this rate (default 45/s, under Discord's 50/s global limit). Bursts
   * that discord.js's own one-second window lets through meet global 429s, which stall every
   * request of the bot; an even pace avoids them.
   */
  maxPerSecond?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A ChannelPoster on discord.js REST (the Client's `client.rest` or a standalone REST). */
export function createChannelPoster(rest: REST, options: PosterOptions = {}): ChannelPoster {
  const attempts = options.attempts ?? 5;
  const sleep = options.sleep ?? defaultSleep;
  const spacingMs = 1000 / (options.maxPerSecond ?? 45);
  let nextSlotAt = 0;
  const pace = async () => {
    const now = performance.now();
    const at = Math.max(now, nextSlotAt);
    nextSlotAt = at + spacingMs;
    if (at > now) await sleep(at - now);
  };

  /** Runs one request, retrying transient failures with backoff; `permanent` picks those to throw at once. */
  async function withRetries<T>(request: () => Promise<T>, permanent: (error: unknown) => Error | null) {
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await pace();
        return await request();
      } catch (error) {
        const failure = permanent(error);
        if (failure) throw failure;
        lastError = error;
        if (attempt < attempts) await sleep(Math.min(1000 * 2 ** (attempt - 1), 15_000));
      }
    }
    throw lastError;
  }

  const threads = threadOperations(rest, withRetries);

  async function send(channelId: string, message: OutgoingMessage, { nonce }: { nonce: string }) {
    const body = { ...messageBody(message), nonce, enforce_nonce: true };
    const post = (target: string) =>
      withRetries(
        () => rest.post(Routes.channelMessages(target), { body }) as Promise<{ id: string }>,
        (error) => (isClosedThreadError(error) ? (error as Error) : classify(error, target)),
      );
    try {
      return { id: (await post(channelId)).id, channelId };
    } catch (error) {
      if (!isClosedThreadError(error)) throw error;
    }
    const { threadId } = await threads.reopenThread(channelId);
    return { id: (await post(threadId)).id, channelId: threadId };
  }

  /** DMs the notice to one member; false when Discord says they cannot be messaged. */
  async function notifyByDm(guildId: string, guildName: string | undefined, userId: string, text: string) {
    try {
      const dm = await withRetries(
        () => rest.post(Routes.userChannels(), { body: { recipient_id: userId } }) as Promise<{ id: string }>,
        permanentFailure,
      );
      await send(
        dm.id,
        { content: dmNoticeText(guildName, text), embeds: [] },
        { nonce: messageNonce('notice-dm', guildId, userId, text) },
      );
      return true;
    } catch (error) {
      if (isDmRefused(error) || isPermanentPostError(error)) return false;
      throw error;
    }
  }

  return {
    send,
    createForumPost: threads.createForumPost,
    startThread: threads.startThread,
    async notifyGuildAdmins(guildId, text, { fallbackUserId } = {}) {
      const guild = (await rest.get(Routes.guild(guildId))) as {
        name?: string;
        system_channel_id?: string | null;
      };
      if (guild.system_channel_id) {
        try {
          await send(
            guild.system_channel_id,
            { content: text.slice(0, 2000), embeds: [] },
            { nonce: messageNonce('notice', guildId, text) },
          );
          return true;
        } catch (error) {
          if (!isPermanentPostError(error)) throw error;
        }
      }
      // Many servers have no system channel, or keep the bot out of it: the member who set the
      // feed or digest up is the one who can fix it.
      if (!fallbackUserId) return false;
      return notifyByDm(guildId, guild.name, fallbackUserId, text);
    },
  };
}
