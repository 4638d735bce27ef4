import type { AppContext } from '../context.ts';
import type { ChannelPoster } from '../discord/channel-poster.ts';

const NOTICE_CLAIM_MS = 30 * 24 * 3600_000;

/**
 * Tells a server's admins about a delivery problem once (per `key`, across processes and restarts):
 * in the system channel, or by DM to the member who set the thing up. Never throws: a notice that
 * cannot be sent is logged, and the delivery it is about goes on.
 */
export async function tellAdminsOnce(
  ctx: AppContext,
  poster: ChannelPoster,
  guildId: string,
  key: string,
  text: string,
  fallbackUserId: string | null,
): Promise<void> {
  try {
    if (!(await ctx.store.kv.setIfAbsent(`claim:notice:${key}`, 1, NOTICE_CLAIM_MS))) return;
    const told = await poster.notifyGuildAdmins(guildId, text.slice(0, 2000), { fallbackUserId });
    if (!told) ctx.logger.warn({ guildId, key }, 'nobody could be told about a delivery problem');
  } catch (error) {
    ctx.logger.warn(
      { err: error, guildId, key },
      'could not tell the server admins about a delivery problem',
    );
  }
}
