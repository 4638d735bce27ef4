import { DiscordAPIError, HTTPError, type APIEmbed } from 'discord.js';

/** What the bot posts, and the failures of posting that retrying cannot help. */

export interface OutgoingMessage {
  content?: string;
  embeds: APIEmbed[];
  /** Message flags (4: suppress link previews, for one-line posts). */
  flags?: number;
  /**
   * The one role this message may ping (its mention is in `content`). allowed_mentions then lists
   * exactly that role; without it nothing in the message can ping anyone.
   */
  pingRoleId?: string | null;
}

/** A post in a forum channel: a new thread titled `name`, opened by `message`. */
export interface ForumPost {
  name: string;
  message: OutgoingMessage;
  /** Names of the forum's tags to apply (matched case-insensitively; unknown names are ignored). */
  tagNames: string[];
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

/**
 * The bot lacks a permission it needs there (Discord 50013), or the forum requires a tag that no
 * name matched (40067). `needed` names what to allow, as Discord's settings call it.
 */
export class MissingPermissionError extends Error {
  override readonly name = 'MissingPermissionError';
  constructor(
    readonly channelId: string,
    readonly needed = 'Send Messages and Embed Links',
    options?: { cause?: unknown },
  ) {
    super(`Missing permission in channel ${channelId} (needs ${needed})`, options);
  }
}

export const isPermanentPostError = (error: unknown): error is ChannelMissingError | MissingPermissionError =>
  error instanceof ChannelMissingError || error instanceof MissingPermissionError;

/** What each operation needs, in the words of Discord's permission settings. */
export const NEEDS = {
  text: 'Send Messages and Embed Links',
  thread: 'Send Messages in Threads and Embed Links',
  forum: 'Create Posts, Send Messages in Threads and Embed Links',
  startThread: 'Create Public Threads',
  forumTag: 'a forum tag named after the feed (this forum requires a tag on every post)',
} as const;

/** allowed_mentions for a message: nothing, or exactly its one role. */
export const allowedMentionsFor = (message: OutgoingMessage) =>
  message.pingRoleId && /^\d{15,25}$/.test(message.pingRoleId)
    ? { parse: [], roles: [message.pingRoleId] }
    : { parse: [] };

/** The body Discord gets for a message (pingRoleId is ours, not Discord's). */
export function messageBody(message: OutgoingMessage): Record<string, unknown> {
  const { pingRoleId: _ping, ...rest } = message;
  return { ...rest, allowed_mentions: allowedMentionsFor(message) };
}

/**
 * The failure itself when retrying cannot help (4xx), null when it can: 5xx after discord.js's own
 * retries, network failures, timeouts.
 */
export function permanentFailure(error: unknown): Error | null {
  if (error instanceof DiscordAPIError) return error.status >= 500 ? null : error;
  if (error instanceof HTTPError && error.status < 500 && error.status !== 429) return error;
  return null;
}

/** A thread that is archived and locked (or locked): posting needs it reopened first. */
export const isClosedThreadError = (error: unknown) =>
  error instanceof DiscordAPIError && (error.code === 50083 || error.code === 160005);

export function classify(error: unknown, channelId: string, needed: string = NEEDS.text): Error | null {
  if (error instanceof DiscordAPIError) {
    if (error.code === 10003 || error.code === 50001)
      return new ChannelMissingError(channelId, { cause: error });
    if (error.code === 50013) return new MissingPermissionError(channelId, needed, { cause: error });
    if (error.code === 40067) return new MissingPermissionError(channelId, NEEDS.forumTag, { cause: error });
    if (error.status === 404) return new ChannelMissingError(channelId, { cause: error });
  }
  return permanentFailure(error);
}
