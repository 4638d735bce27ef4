import { DiscordAPIError, Routes, type REST } from 'discord.js';
import {
  ChannelMissingError,
  classify,
  messageBody,
  MissingPermissionError,
  NEEDS,
  type ForumPost,
} from './outgoing.ts';
import { truncate } from './limits.ts';

/**
 * Forum posts and threads on discord.js REST, for the ChannelPoster. Every request goes through
 * the poster's `call` (pacing and retries of transient failures); `classify` picks the failures
 * that retrying cannot help.
 */

type Call = <T>(request: () => Promise<T>, permanent: (error: unknown) => Error | null) => Promise<T>;

interface ChannelJson {
  id: string;
  type: number;
  name?: string;
  parent_id?: string | null;
  flags?: number;
  available_tags?: { id: string; name: string }[];
  message?: { id: string };
}

/** Discord's limit on thread and forum post names. */
export const THREAD_NAME_LIMIT = 100;
const FORUM_TYPES = new Set([15, 16]);
/** A forum post or thread stays open a week without activity (the longest Discord offers). */
const ARCHIVE_AFTER_MINUTES = 10_080;
const MAX_APPLIED_TAGS = 5;

export const threadName = (text: string) =>
  truncate(text.replace(/\s+/g, ' ').trim(), THREAD_NAME_LIMIT) || 'News';

/** The forum's tags whose names match one of `names` (any case), at most the 5 Discord allows. */
export function matchingTagIds(tags: { id: string; name: string }[], names: string[]): string[] {
  const wanted = new Set(names.map((name) => name.trim().toLowerCase()).filter(Boolean));
  return tags
    .filter((tag) => wanted.has(tag.name.trim().toLowerCase()))
    .map((tag) => tag.id)
    .slice(0, MAX_APPLIED_TAGS);
}

export function threadOperations(rest: REST, call: Call) {
  const getChannel = (channelId: string, needed: string) =>
    call(
      () => rest.get(Routes.channel(channelId)) as Promise<ChannelJson>,
      (error) => classify(error, channelId, needed),
    );

  async function createForumPost(forumId: string, post: ForumPost) {
    const forum = await getChannel(forumId, NEEDS.forum);
    const created = await call(
      () =>
        rest.post(Routes.threads(forumId), {
          body: {
            name: threadName(post.name),
            auto_archive_duration: ARCHIVE_AFTER_MINUTES,
            applied_tags: matchingTagIds(forum.available_tags ?? [], post.tagNames),
            message: messageBody(post.message),
          },
        }) as Promise<ChannelJson>,
      (error) => classify(error, forumId, NEEDS.forum),
    );
    // A forum post's first message has the thread's id.
    return { threadId: created.id, messageId: created.message?.id ?? created.id };
  }

  async function startThread(channelId: string, messageId: string, name: string) {
    try {
      const thread = await call(
        () =>
          rest.post(Routes.threads(channelId, messageId), {
            body: { name: threadName(name), auto_archive_duration: ARCHIVE_AFTER_MINUTES },
          }) as Promise<ChannelJson>,
        (error) =>
          error instanceof DiscordAPIError && error.code === 160004
            ? error
            : classify(error, channelId, NEEDS.startThread),
      );
      return { threadId: thread.id };
    } catch (error) {
      // Already started (a retry after a lost answer): a message's thread has the message's id.
      if (error instanceof DiscordAPIError && error.code === 160004) return { threadId: messageId };
      throw error;
    }
  }

  /**
   * Reopens a thread that refused a post (locked, or archived and locked). When the bot may not
   * reopen it, starts a new thread with the same name in the same parent (a forum gets a new post).
   */
  async function reopenThread(threadId: string): Promise<{ threadId: string }> {
    const thread = await getChannel(threadId, NEEDS.thread);
    try {
      await call(
        () => rest.patch(Routes.channel(threadId), { body: { archived: false, locked: false } }),
        (error) => classify(error, threadId, NEEDS.thread),
      );
      return { threadId };
    } catch (error) {
      if (!(error instanceof MissingPermissionError)) throw error;
    }
    const parentId = thread.parent_id;
    if (!parentId) throw new ChannelMissingError(threadId);
    const parent = await getChannel(parentId, NEEDS.startThread);
    const name = thread.name ?? 'News';
    if (FORUM_TYPES.has(parent.type)) {
      const post = await createForumPost(parentId, {
        name,
        tagNames: [],
        message: { content: 'NewsBrief posts here from now on: the previous post was locked.', embeds: [] },
      });
      return { threadId: post.threadId };
    }
    const created = await call(
      () =>
        rest.post(Routes.threads(parentId), {
          body: { name: threadName(name), type: 11, auto_archive_duration: ARCHIVE_AFTER_MINUTES },
        }) as Promise<ChannelJson>,
      (error) => classify(error, parentId, NEEDS.startThread),
    );
    return { threadId: created.id };
  }

  return { createForumPost, startThread, reopenThread };
}
