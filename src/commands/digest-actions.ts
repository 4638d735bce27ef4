import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { channelAccessIn } from '../discord/channel-access.ts';
import { createChannelPoster } from '../discord/channel-poster.ts';
import { renderDigestMessages } from '../discord/digest-embeds.ts';
import { digestSummaryLine, emptyDigestText, readingNote } from '../discord/digest-outlook.ts';
import { buildDigestListEmbed } from '../discord/feed-embeds.ts';
import { MESSAGE_CONTENT_LIMIT, truncate } from '../discord/limits.ts';
import { deliverSlot } from '../jobs/digest-delivery.ts';
import { digestTitle } from '../services/digest/compose.ts';
import { buildDigest, MAX_DIGESTS_PER_GUILD, parseDays, parseKeywords } from '../services/digest/manage.ts';
import { digestOutlook } from '../services/digest/outlook.ts';
import { describeDays } from '../services/digest/schedule.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import { UserFacingError } from '../services/errors.ts';
import { findGuildFeed } from '../services/feeds/add-feed.ts';
import { feedsOfDigest, waitForFirstReads } from '../services/feeds/first-read.ts';

/** The /digest subcommands (the command's definition and routing are in digest.ts). */

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
const privateEdit = (content: string) => ({
  content: truncate(content, MESSAGE_CONTENT_LIMIT),
  allowedMentions: NO_MENTIONS,
});

/** The digest of a channel, or (for a channel that no longer exists) the digest with that id. */
export async function digestFor(
  ctx: AppContext,
  guildId: string,
  ref: { channelId?: string | null; id?: string | null },
): Promise<DigestRecord> {
  const digests = await ctx.store.digests.listForGuild(guildId);
  const id = ref.id?.trim();
  const found = id ? digests.find((d) => d.id === id) : digests.find((d) => d.channelId === ref.channelId);
  if (!found) {
    const what = id ? `with the id \`${id.replace(/`/g, '').slice(0, 40)}\`` : `for <#${ref.channelId}>`;
    throw new UserFacingError('not_found', `There is no digest ${what}. See /digest list.`);
  }
  return found;
}

/** A new feed's first read may still be running: give it a few seconds before saying what is there. */
async function settledOutlook(ctx: AppContext, digest: DigestRecord) {
  await waitForFirstReads(async () =>
    feedsOfDigest(await ctx.store.feeds.listForGuild(digest.guildId), digest.feedIds),
  );
  return digestOutlook(ctx.store, digest, ctx.clock.now());
}

export async function setDigest(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const channelId = interaction.options.getChannel('channel', true).id;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const digests = await ctx.store.digests.listForGuild(guildId);
  const existing = digests.find((d) => d.channelId === channelId);
  if (!existing && digests.length >= MAX_DIGESTS_PER_GUILD) {
    throw new UserFacingError(
      'bad_input',
      `A server can have ${MAX_DIGESTS_PER_GUILD} digests; remove one first.`,
    );
  }
  const feedRefs = parseKeywords(interaction.options.getString('feeds'));
  const feedIds = await Promise.all(
    feedRefs.map(async (ref) => (await findGuildFeed(ctx.store.feeds, guildId, ref)).id),
  );
  const built = buildDigest(
    {
      guildId,
      channelId,
      time: interaction.options.getString('time', true),
      timezone: interaction.options.getString('timezone', true).trim(),
      days: parseDays(interaction.options.getString('days')),
      max: interaction.options.getInteger('max') ?? 10,
      feedIds,
      include: parseKeywords(interaction.options.getString('include')),
      exclude: parseKeywords(interaction.options.getString('exclude')),
      postWhenEmpty: interaction.options.getBoolean('when-empty') ?? false,
      createdBy: interaction.user.id,
    },
    ctx.clock.now(),
  );
  // Editing a digest keeps its history: the next one still starts after the last one sent.
  const digest = existing
    ? {
        ...built,
        createdAt: existing.createdAt,
        lastSlotKey: existing.lastSlotKey,
        lastDeliveredAt: existing.lastDeliveredAt,
        lastPostedAt: existing.lastPostedAt,
      }
    : built;
  await ctx.store.digests.save(digest);
  const access = channelAccessIn(interaction.guild)(channelId);
  const warning =
    access.kind === 'no_permission'
      ? `⚠️ The bot may not post in <#${channelId}> yet (missing: ${access.missing.join(', ')}): allow that for NewsBrief in the channel’s permissions before then.`
      : null;
  const outlook = await settledOutlook(ctx, digest);
  const lines = [
    `Digest for <#${channelId}> set: ${digest.time} ${digest.timezone}, ${describeDays(digest.days)}, up to ${digest.max} items. Next one <t:${Math.floor(Date.parse(digest.nextDueAt) / 1000)}:F>.`,
    warning,
    digestSummaryLine(outlook, digest),
  ];
  await interaction.editReply(privateEdit(lines.filter(Boolean).join('\n')));
}

export async function previewDigest(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
  const digest = await digestFor(ctx, guildId, { channelId });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const outlook = await settledOutlook(ctx, digest);
  if (outlook.items.length === 0) {
    const tail = digest.postWhenEmpty
      ? 'Sent now, it would post only its short “no new stories” note.'
      : 'So it would not be posted now.';
    await interaction.editReply(privateEdit(emptyDigestText(outlook, digest, tail)));
    return;
  }
  const now = ctx.clock.now();
  const [first, ...rest] = renderDigestMessages({
    title: `Preview · ${digestTitle(digest, now)}`,
    items: outlook.items,
  });
  const reading = readingNote(outlook.reading);
  await interaction.editReply({
    ...(reading ? { content: truncate(reading, MESSAGE_CONTENT_LIMIT) } : {}),
    embeds: first!.embeds,
    allowedMentions: NO_MENTIONS,
  });
  for (const message of rest) await interaction.followUp({ embeds: message.embeds, ...privately });
}

export async function sendDigestNow(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const digest = await digestFor(ctx, guildId, {
    channelId: interaction.options.getChannel('channel', true).id,
  });
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const outlook = await settledOutlook(ctx, digest);
  const reading = readingNote(outlook.reading);
  // Sent now, it would miss those stories, and the next digest starts after it: they would be lost.
  if (reading) {
    await interaction.editReply(privateEdit(`Nothing was posted yet. ${reading}`));
    return;
  }
  if (outlook.items.length === 0 && !digest.postWhenEmpty) {
    await interaction.editReply(privateEdit(`Nothing was posted. ${emptyDigestText(outlook, digest)}`));
    return;
  }
  const now = ctx.clock.now();
  const slot = { key: `now-${now.toISOString().slice(0, 16)}`, at: now };
  const poster = createChannelPoster(interaction.client.rest);
  const result = await deliverSlot(ctx, poster, digest, slot, now, false, { leaseMs: 5 * 60_000 });
  const outcome: Record<string, string> = {
    delivered: `Digest posted in <#${digest.channelId}>.`,
    empty: 'Nothing was posted: the stories it would have held were gone by the time it was built.',
    done: 'That digest was already sent this minute.',
    busy: 'That digest is being sent right now.',
    disabled:
      'The digest could not be posted (channel gone or permission lost) and was turned off. See /digest list.',
    failed: 'Discord did not accept the digest; it will not be retried automatically. Try again in a moment.',
    skipped: 'Skipped.',
  };
  await interaction.editReply(privateEdit(outcome[result] ?? result));
}

export async function listDigests(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const [digests, feeds] = await Promise.all([
    ctx.store.digests.listForGuild(guildId),
    ctx.store.feeds.listForGuild(guildId),
  ]);
  await interaction.reply({
    embeds: [buildDigestListEmbed(digests, feeds, channelAccessIn(interaction.guild))],
    ...privately,
  });
}

export async function removeDigest(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const channelId = interaction.options.getChannel('channel')?.id ?? null;
  const id = interaction.options.getString('digest');
  if (!channelId && !id)
    throw new UserFacingError(
      'bad_input',
      'Say which digest to remove: pick its channel, or (for a channel that is gone) its id from /digest list.',
    );
  const found = await digestFor(ctx, guildId, { channelId, id });
  await ctx.store.digests.remove(found);
  await interaction.reply({ content: `Removed the digest for <#${found.channelId}>.`, ...privately });
}
