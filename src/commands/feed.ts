import {
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SlashCommandStringOption,
} from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { buildFeedListEmbed } from '../discord/feed-embeds.ts';
import { addFeed, findGuildFeed, MIN_INTERVAL_MINUTES, resumedFeed } from '../services/feeds/add-feed.ts';
import { UserFacingError } from '../services/errors.ts';
import type { FeedMode } from '../services/feeds/types.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

/** Discord hides the command from members without Manage Server; this check holds even if an admin overrides that. */
export function requireManageGuild(interaction: ChatInputCommandInteraction, what: string): void {
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('forbidden', `Only members with the Manage Server permission can ${what}.`);
  }
}

const feedOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName('feed').setDescription(description).setRequired(true).setAutocomplete(true);

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;

async function add(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const url = interaction.options.getString('url', true).trim();
  const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
  const mode = (interaction.options.getString('mode') ?? 'digest') as FeedMode;
  const interval = interaction.options.getInteger('interval') ?? ctx.config.FEED_POLL_MINUTES;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { feed, itemCount } = await addFeed(
    { fetcher: ctx.fetcher, feeds: ctx.store.feeds },
    { guildId, channelId, url, mode, intervalMinutes: interval, addedBy: interaction.user.id },
    ctx.clock.now(),
  );
  const modeText =
    mode === 'instant'
      ? 'each new item will be posted there as it arrives'
      : 'its new items go into this server’s digests';
  await interaction.editReply({
    content:
      `Following **${feed.title}** (${itemCount} items right now) for <#${channelId}>, checked every ${feed.intervalMinutes} minutes; ${modeText}. ` +
      `Items already in the feed are not posted (the newest few are kept for digests and /recent).`,
    allowedMentions: NO_MENTIONS,
  });
}

async function setPaused(
  interaction: ChatInputCommandInteraction,
  ctx: AppContext,
  guildId: string,
  paused: boolean,
) {
  const feed = await findGuildFeed(ctx.store.feeds, guildId, interaction.options.getString('feed', true));
  const now = ctx.clock.now();
  const updated = paused
    ? { ...feed, paused: true, pausedReason: `paused by <@${interaction.user.id}>` }
    : resumedFeed(feed, now);
  await ctx.store.feeds.save(updated);
  const text = paused
    ? `Paused **${feed.title}**. Resume it with /feed resume.`
    : `Resumed **${feed.title}**; it will be checked within a minute.`;
  await interaction.reply({ content: text, ...privately });
}

export const feed = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('feed')
    .setDescription('Follow RSS, Atom or JSON feeds in this server')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addSubcommand((sub) =>
      sub
        .setName('add')
        .setDescription('Follow a feed (or a website that links one)')
        .addStringOption((option) =>
          option
            .setName('url')
            .setDescription('Feed or website address')
            .setRequired(true)
            .setMaxLength(2000),
        )
        .addChannelOption((option) =>
          option
            .setName('channel')
            .setDescription('Where its items go (default: here)')
            .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement),
        )
        .addStringOption((option) =>
          option
            .setName('mode')
            .setDescription('digest: only in digests (default); instant: also post each new item')
            .addChoices({ name: 'digest', value: 'digest' }, { name: 'instant', value: 'instant' }),
        )
        .addIntegerOption((option) =>
          option
            .setName('interval')
            .setDescription('Minutes between checks (at least 5)')
            .setMinValue(MIN_INTERVAL_MINUTES)
            .setMaxValue(1440),
        ),
    )
    .addSubcommand((sub) =>
      sub.setName('list').setDescription('Feeds this server follows, with their status'),
    )
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Stop following a feed')
        .addStringOption(feedOption('The feed to remove')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('pause')
        .setDescription('Stop checking a feed for now')
        .addStringOption(feedOption('The feed to pause')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('resume')
        .setDescription('Check a paused feed again')
        .addStringOption(feedOption('The feed to resume')),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext) {
    const guildId = requireGuild(interaction);
    requireManageGuild(interaction, 'manage feeds');
    switch (interaction.options.getSubcommand()) {
      case 'add':
        return add(interaction, ctx, guildId);
      case 'list': {
        const feeds = await ctx.store.feeds.listForGuild(guildId);
        await interaction.reply({ embeds: [buildFeedListEmbed(feeds)], ...privately });
        return;
      }
      case 'remove': {
        const found = await findGuildFeed(
          ctx.store.feeds,
          guildId,
          interaction.options.getString('feed', true),
        );
        await ctx.store.feeds.remove(found);
        await interaction.reply({
          content: `No longer following **${found.title}**. Its stories stay searchable.`,
          ...privately,
        });
        return;
      }
      case 'pause':
        return setPaused(interaction, ctx, guildId, true);
      case 'resume':
        return setPaused(interaction, ctx, guildId, false);
      default:
        throw new UserFacingError('bad_input', 'Unknown /feed action.');
    }
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: AppContext) {
    if (!interaction.guildId) return interaction.respond([]);
    const typed = interaction.options.getFocused().toLowerCase();
    const feeds = await ctx.store.feeds.listForGuild(interaction.guildId);
    const choices = feeds
      .filter((f) => f.title.toLowerCase().includes(typed) || f.url.toLowerCase().includes(typed))
      .slice(0, 25)
      .map((f) => ({ name: `${f.paused ? '⏸ ' : ''}${f.title} — ${f.url}`.slice(0, 100), value: f.id }));
    await interaction.respond(choices);
  },
} satisfies SlashCommand;
