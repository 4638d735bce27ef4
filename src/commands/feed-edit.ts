import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { buildFeedTestEmbed } from '../discord/feed-test-embed.ts';
import { escapeMarkdown, MESSAGE_CONTENT_LIMIT, oneLine, truncate } from '../discord/limits.ts';
import { findGuildFeed } from '../services/feeds/add-feed.ts';
import { changedSettings, editFeed, type FeedChanges } from '../services/feeds/edit-feed.ts';
import { testFeedFilters } from '../services/feeds/feed-test.ts';
import type { FeedMode } from '../services/feeds/types.ts';
import { jobOwner } from '../services/summary-jobs/types.ts';
import { pingWarning, readFilterOption, readPostingOptions } from './posting-options.ts';

/** /feed edit and /feed test (the command's definition and routing are in feed.ts). */

const SETTING_NAMES: Record<string, string> = {
  channelId: 'channel',
  channelKind: '',
  mode: 'mode',
  intervalMinutes: 'interval',
  include: 'include',
  exclude: 'exclude',
  style: 'style',
  pingRoleId: 'ping',
};

export async function editFeedCommand(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const feed = await findGuildFeed(ctx.store.feeds, guildId, interaction.options.getString('feed', true));
  const posting = readPostingOptions(interaction);
  const changes: FeedChanges = {
    ...posting,
    mode: (interaction.options.getString('mode') ?? undefined) as FeedMode | undefined,
    intervalMinutes: interaction.options.getInteger('interval') ?? undefined,
    include: readFilterOption(interaction, 'include'),
    exclude: readFilterOption(interaction, 'exclude'),
    ...(interaction.options.getBoolean('no-ping') ? { pingRoleId: null } : {}),
  };
  const updated = await editFeed(ctx.store.feeds, feed, changes, ctx.clock.now());
  const names = changedSettings(changes)
    .map((key) => SETTING_NAMES[key])
    .filter(Boolean)
    .join(', ');
  const lines = [
    `Changed ${names} of **${escapeMarkdown(truncate(oneLine(updated.title), 200))}**. Its history is kept: items it already saw are not posted again.`,
    pingWarning(interaction, posting.pingRoleId, updated.channelId),
  ];
  await interaction.reply({
    content: truncate(lines.filter(Boolean).join('\n'), MESSAGE_CONTENT_LIMIT),
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}

export async function testFeedCommand(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
) {
  const feed = await findGuildFeed(ctx.store.feeds, guildId, interaction.options.getString('feed', true));
  // Filters given here are tried without being saved; left out, the feed's own apply.
  const filters = {
    include: readFilterOption(interaction, 'include') ?? feed.include ?? [],
    exclude: readFilterOption(interaction, 'exclude') ?? feed.exclude ?? [],
  };
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const result = await testFeedFilters(ctx.fetcher, { url: feed.url, ...filters }, (body, url) =>
    ctx.summaries.parseFeed(body, url, { owner: jobOwner(interaction.user.id) }),
  );
  await interaction.editReply({
    embeds: [buildFeedTestEmbed(feed.title, result, filters)],
    allowedMentions: NO_MENTIONS,
  });
}
