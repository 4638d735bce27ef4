import {
  ChannelType,
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SlashCommandChannelOption,
} from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { createChannelPoster } from '../discord/channel-poster.ts';
import { renderDigestMessages } from '../discord/digest-embeds.ts';
import { buildDigestListEmbed } from '../discord/feed-embeds.ts';
import { deliverSlot } from '../jobs/digest-delivery.ts';
import { composeDigest, digestTitle } from '../services/digest/compose.ts';
import { buildDigest, MAX_DIGESTS_PER_GUILD, parseDays, parseKeywords } from '../services/digest/manage.ts';
import { describeDays } from '../services/digest/schedule.ts';
import type { DigestRecord } from '../services/digest/types.ts';
import { UserFacingError } from '../services/errors.ts';
import { findGuildFeed } from '../services/feeds/add-feed.ts';
import { requireManageGuild } from './feed.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

const privately = { flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS } as const;
const DAY_CHOICES = [
  'daily',
  'weekdays',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((d) => `weekly:${d}`),
];
let timeZones: string[] | null = null;
const allTimeZones = () => (timeZones ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])]);

const channelOption = (required: boolean, description: string) => (option: SlashCommandChannelOption) =>
  option
    .setName('channel')
    .setDescription(description)
    .setRequired(required)
    .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement);

async function digestFor(ctx: AppContext, guildId: string, channelId: string): Promise<DigestRecord> {
  const found = (await ctx.store.digests.listForGuild(guildId)).find((d) => d.channelId === channelId);
  if (!found)
    throw new UserFacingError('not_found', `There is no digest for <#${channelId}>. See /digest list.`);
  return found;
}

async function set(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const channelId = interaction.options.getChannel('channel', true).id;
  const existing = (await ctx.store.digests.listForGuild(guildId)).find((d) => d.channelId === channelId);
  if (!existing && (await ctx.store.digests.listForGuild(guildId)).length >= MAX_DIGESTS_PER_GUILD) {
    throw new UserFacingError(
      'bad_input',
      `A server can have ${MAX_DIGESTS_PER_GUILD} digests; remove one first.`,
    );
  }
  const feedRefs = parseKeywords(interaction.options.getString('feeds'));
  const feedIds = await Promise.all(
    feedRefs.map(async (ref) => (await findGuildFeed(ctx.store.feeds, guildId, ref)).id),
  );
  const now = ctx.clock.now();
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
    now,
  );
  // Editing a digest keeps its history: the next one still starts after the last one sent.
  const digest = existing
    ? {
        ...built,
        createdAt: existing.createdAt,
        lastSlotKey: existing.lastSlotKey,
        lastDeliveredAt: existing.lastDeliveredAt,
      }
    : built;
  await ctx.store.digests.save(digest);
  await interaction.reply({
    content: `Digest for <#${channelId}> set: ${digest.time} ${digest.timezone}, ${describeDays(digest.days)}, up to ${digest.max} items. Next one <t:${Math.floor(Date.parse(digest.nextDueAt) / 1000)}:F>.`,
    ...privately,
  });
}

async function preview(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
  const digest = await digestFor(ctx, guildId, channelId);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const now = ctx.clock.now();
  const items = await composeDigest(ctx.store.stories, digest, now);
  if (items.length === 0) {
    await interaction.editReply({
      content: 'Nothing new since the last digest: it would not be posted now.',
      allowedMentions: NO_MENTIONS,
    });
    return;
  }
  const [first, ...rest] = renderDigestMessages({ title: `Preview · ${digestTitle(digest, now)}`, items });
  await interaction.editReply({ embeds: first!.embeds, allowedMentions: NO_MENTIONS });
  for (const message of rest) await interaction.followUp({ embeds: message.embeds, ...privately });
}

async function sendNow(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const digest = await digestFor(ctx, guildId, interaction.options.getChannel('channel', true).id);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const now = ctx.clock.now();
  const slot = { key: `now-${now.toISOString().slice(0, 16)}`, at: now };
  const poster = createChannelPoster(interaction.client.rest);
  const result = await deliverSlot(ctx, poster, digest, slot, now, false, { leaseMs: 5 * 60_000 });
  const outcome: Record<string, string> = {
    delivered: `Digest posted in <#${digest.channelId}>.`,
    empty: 'Nothing new since the last digest, so nothing was posted.',
    done: 'That digest was already sent this minute.',
    busy: 'That digest is being sent right now.',
    disabled: 'The digest could not be posted (channel gone or permission lost) and was turned off.',
    failed: 'Discord did not accept the digest; it will not be retried automatically. Try again in a moment.',
    skipped: 'Skipped.',
  };
  await interaction.editReply({ content: outcome[result] ?? result, allowedMentions: NO_MENTIONS });
}

export const digest = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('digest')
    .setDescription('Scheduled news digests of this server’s stories')
    .setContexts(InteractionContextType.Guild)
    .addSubcommand((sub) =>
      sub
        .setName('set')
        .setDescription('Create or change the digest of a channel (Manage Server)')
        .addChannelOption(channelOption(true, 'Where the digest is posted'))
        .addStringOption((o) =>
          o
            .setName('time')
            .setDescription('HH:MM, 24-hour clock, e.g. 07:30')
            .setRequired(true)
            .setMaxLength(5),
        )
        .addStringOption((o) =>
          o
            .setName('timezone')
            .setDescription('IANA time zone, e.g. Europe/Paris')
            .setRequired(true)
            .setAutocomplete(true),
        )
        .addStringOption((o) =>
          o.setName('days').setDescription('daily (default), weekdays or weekly:<day>').setAutocomplete(true),
        )
        .addIntegerOption((o) =>
          o
            .setName('max')
            .setDescription('Most items per digest (1-25, default 10)')
            .setMinValue(1)
            .setMaxValue(25),
        )
        .addStringOption((o) =>
          o.setName('feeds').setDescription('Only these feeds (comma-separated names or ids)'),
        )
        .addStringOption((o) =>
          o.setName('include').setDescription('Only stories mentioning one of these words (comma-separated)'),
        )
        .addStringOption((o) =>
          o.setName('exclude').setDescription('Leave out stories mentioning these words (comma-separated)'),
        )
        .addBooleanOption((o) =>
          o.setName('when-empty').setDescription('Post a short note when there is nothing new'),
        ),
    )
    .addSubcommand((sub) => sub.setName('list').setDescription('This server’s digests'))
    .addSubcommand((sub) =>
      sub
        .setName('remove')
        .setDescription('Delete a channel’s digest (Manage Server)')
        .addChannelOption(channelOption(true, 'The digest’s channel')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('preview')
        .setDescription('See privately what the digest would post now')
        .addChannelOption(channelOption(false, 'The digest’s channel (default: here)')),
    )
    .addSubcommand((sub) =>
      sub
        .setName('send-now')
        .setDescription('Post the digest now (Manage Server)')
        .addChannelOption(channelOption(true, 'The digest’s channel')),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext) {
    const guildId = requireGuild(interaction);
    const sub = interaction.options.getSubcommand();
    if (sub === 'preview') return preview(interaction, ctx, guildId);
    requireManageGuild(interaction, 'manage digests');
    switch (sub) {
      case 'set':
        return set(interaction, ctx, guildId);
      case 'list': {
        const digests = await ctx.store.digests.listForGuild(guildId);
        const feeds = await ctx.store.feeds.listForGuild(guildId);
        await interaction.reply({
          embeds: [buildDigestListEmbed(digests, new Map(feeds.map((f) => [f.id, f.title])))],
          ...privately,
        });
        return;
      }
      case 'remove': {
        const found = await digestFor(ctx, guildId, interaction.options.getChannel('channel', true).id);
        await ctx.store.digests.remove(found);
        await interaction.reply({ content: `Removed the digest for <#${found.channelId}>.`, ...privately });
        return;
      }
      case 'send-now':
        return sendNow(interaction, ctx, guildId);
      default:
        throw new UserFacingError('bad_input', 'Unknown /digest action.');
    }
  },

  async autocomplete(interaction: AutocompleteInteraction) {
    const focused = interaction.options.getFocused(true);
    const typed = focused.value.toLowerCase().replace(/\s+/g, '_');
    const pool = focused.name === 'timezone' ? allTimeZones() : DAY_CHOICES;
    const matches = pool.filter((value) => value.toLowerCase().includes(typed));
    await interaction.respond(matches.slice(0, 25).map((value) => ({ name: value, value })));
  },
} satisfies SlashCommand;
