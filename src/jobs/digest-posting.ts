import type { AppContext } from '../context.ts';
import {
  isPermanentPostError,
  messageNonce,
  type ChannelPoster,
  type OutgoingMessage,
} from '../discord/channel-poster.ts';
import { threadName } from '../discord/thread-operations.ts';
import type { DigestSlot } from '../services/digest/schedule.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import { channelKindOf } from '../services/posting.ts';
import { tellAdminsOnce } from './admin-notice.ts';

/** What one slot of one digest came to; kept so no process ever sends it again or twice. */
export interface SlotRecord {
  status: 'delivering' | 'delivered' | 'skipped' | 'abandoned';
  late: boolean;
  builtAt: string;
  messages: OutgoingMessage[];
  /** Discord message id per posted part; null until that part is posted. */
  posted: (string | null)[];
  /** A forum post's title (and a discussion thread's name): the date and the lead story. */
  postTitle?: string;
  /** Names of forum tags to apply. */
  tagNames?: string[];
  /** The forum post, or the discussion thread under the first part (null: could not be started). */
  threadId?: string | null;
  /** Where the parts went when that is not the digest's channel (a locked thread was replaced). */
  channelId?: string;
}

/**
 * Posts a digest's parts where the digest lives: in a text channel or a thread one message per
 * part (with `thread`, a thread is then started under the first); in a forum, the first part opens
 * a new post and the others follow inside it. Each step is recorded before the next so a resumed
 * delivery picks up where the last one stopped.
 */
export async function postSlotParts(
  ctx: AppContext,
  poster: ChannelPoster,
  digest: DigestRecord,
  slot: DigestSlot,
  record: SlotRecord,
  save: () => Promise<void>,
): Promise<void> {
  const kind = channelKindOf(digest);
  for (const [part, message] of record.messages.entries()) {
    if (!record.posted[part]) {
      if (kind === 'forum' && part === 0) {
        const post = await poster.createForumPost(digest.channelId, {
          name: record.postTitle ?? 'News digest',
          message,
          tagNames: record.tagNames ?? [],
        });
        record.threadId = post.threadId;
        record.posted[0] = post.messageId;
      } else {
        const target = (kind === 'forum' ? record.threadId : record.channelId) ?? digest.channelId;
        const sent = await poster.send(target, message, {
          nonce: messageNonce('digest', digest.id, slot.key, part),
        });
        if (sent.channelId !== target) await movedToNewThread(ctx, poster, digest, target, sent.channelId);
        if (kind !== 'forum') record.channelId = sent.channelId;
        record.posted[part] = sent.id;
      }
      await save();
    }
    if (part === 0 && kind === 'text' && digest.thread && record.threadId === undefined) {
      record.threadId = await startDiscussion(ctx, poster, digest, record);
      await save();
    }
  }
}

/** The thread under the digest's first message; null (and the admins told once) when it cannot be made. */
async function startDiscussion(
  ctx: AppContext,
  poster: ChannelPoster,
  digest: DigestRecord,
  record: SlotRecord,
): Promise<string | null> {
  const channelId = record.channelId ?? digest.channelId;
  try {
    const { threadId } = await poster.startThread(
      channelId,
      record.posted[0]!,
      threadName(record.postTitle ?? 'News digest'),
    );
    return threadId;
  } catch (error) {
    if (!isPermanentPostError(error)) throw error; // transient: the next cycle tries again
    await tellAdminsOnce(
      ctx,
      poster,
      digest.guildId,
      `digestthread:${digest.id}:${channelId}`,
      `⚠️ The news digest in <#${channelId}> was posted without its discussion thread: NewsBrief may not start threads there (needs: ${'needed' in error ? error.needed : 'Create Public Threads'}). Allow that in the channel’s permissions, or /digest set it again with thread: False.`,
      digest.createdBy,
    );
    return null;
  }
}

/** A locked thread was replaced by a new one: the digest posts there from now on, and the admins hear of it once. */
async function movedToNewThread(
  ctx: AppContext,
  poster: ChannelPoster,
  digest: DigestRecord,
  from: string,
  to: string,
) {
  const current = (await ctx.store.digests.get(digest.id)) ?? digest;
  if (current.channelId === from) await ctx.store.digests.save({ ...current, channelId: to });
  await tellAdminsOnce(
    ctx,
    poster,
    digest.guildId,
    `digestmoved:${digest.id}:${from}`,
    `ℹ️ The thread <#${from}> of a news digest is locked and NewsBrief may not reopen it, so the digest now posts in the new thread <#${to}>.`,
    digest.createdBy,
  );
}
