import { DiscordAPIError, HTTPError, Routes, type REST } from 'discord.js';
import type { APIEmbed } from 'discord.js';

export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
}

/** Posts the bot's own messages (digests, instant feed items, notices) to channels. */
export interface ChannelPoster {
  /**
   * Posts one message. `nonce` is deterministic per logical message and sent with
   * enforce_nonce, so a retry of a post whose answer was lost returns the first message
   * instead of a duplicate. Rejects with ChannelMissingError / MissingPermissionError, or with
   * the last transient error once retries are exhausted; never resolves without posting.
   */
  send(channelId: string, message: OutgoingMessage, options: { nonce: string }): Promise<{ id: string }>;
  /** Tells a server's admins something (its system channel). False when there was nowhere to say it. */
  notifyGuildAdmins(guildId: string, text: string): Promise<boolean>;
}

/** The channel is gone (Discord 10003) or the bot cannot see it (50001). */
export class ChannelMissingError extends Error {
  override readonly name = 'ChannelMissingError';
  constructor(
    readonly channelId: string,
    options?: { cause?: unknown },
  ) {
    super(`Channel ${channelId} no longer exists or is hidden from the bot`, options);
  }
}

/** The bot lost the permission to post there (Discord 50013). */
export class MissingPermissionError extends Error {
  override readonly name = 'MissingPermissionError';
  constructor(
    readonly channelId: string,
    options?: { cause?: unknown },
  ) {
    super(`Missing permission to post in channel ${channelId}`, options);
  }
}

export const isPermanentPostError = (error: unknown): error is ChannelMissingError | MissingPermissionError =>
  error instanceof ChannelMissingError || error instanceof MissingPermissionError;

/** Discord nonces are at most 25 characters. */
export function messageNonce(...parts: (string | number)[]): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of parts.join('|')) {
    hash ^= BigInt(char.codePointAt(0) ?? 0);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(10).padStart(20, '0').slice(0, 25);
}

function classify(error: unknown, channelId: string): Error | null {
  if (error instanceof DiscordAPIError) {
    if (error.code === 10003 || error.code === 50001)
      return new ChannelMissingError(channelId, { cause: error });
    if (error.code === 50013) return new MissingPermissionError(channelId, { cause: error });
    if (error.status === 404) return new ChannelMissingError(channelId, { cause: error });
    if (error.status >= 500) return null; // transient
    return error; // other 4xx: retrying cannot help
  }
  if (error instanceof HTTPError && error.status < 500 && error.status !== 429) return error;
  return null; // 5xx after discord.js's own retries, network failures, timeouts
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

  async function send(channelId: string, message: OutgoingMessage, { nonce }: { nonce: string }) {
    const body = { ...message, nonce, enforce_nonce: true, allowed_mentions: { parse: [] } };
    let lastError: unknown;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await pace();
        const posted = (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
        return { id: posted.id };
      } catch (error) {
        const permanent = classify(error, channelId);
        if (permanent) throw permanent;
        lastError = error;
        if (attempt < attempts) await sleep(Math.min(1000 * 2 ** (attempt - 1), 15_000));
      }
    }
    throw lastError;
  }

  return {
    send,
    async notifyGuildAdmins(guildId, text) {
      const guild = (await rest.get(Routes.guild(guildId))) as { system_channel_id?: string | null };
      if (!guild.system_channel_id) return false;
      try {
        await send(
          guild.system_channel_id,
          { content: text.slice(0, 2000), embeds: [] },
          { nonce: messageNonce('notice', guildId, text) },
        );
        return true;
      } catch (error) {
        if (isPermanentPostError(error)) return false;
        throw error;
      }
    },
  };
}
