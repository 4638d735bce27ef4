import {
  ChannelType,
  InteractionContextType,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SlashCommandChannelOption,
} from 'discord.js';
import type { AppContext } from '../context.ts';
import { UserFacingError } from '../services/errors.ts';
import { describeDays } from '../services/digest/schedule.ts';
import { listDigests, previewDigest, removeDigest, sendDigestNow, setDigest } from './digest-actions.ts';
import { requireManageGuild } from './feed.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

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

/** The server's digests by channel name (or "deleted channel") and schedule, for /digest remove. */
async function digestChoices(interaction: AutocompleteInteraction, ctx: AppContext) {
  if (!interaction.guildId) return [];
  const typed = interaction.options.getFocused().toLowerCase();
  const digests = await ctx.store.digests.listForGuild(interaction.guildId);
  return digests
    .map((d) => {
      const channel = interaction.guild?.channels.cache.get(d.channelId);
      const place = channel ? `#${channel.name}` : 'deleted channel';
      return {
        name: `${place} · ${d.time} ${d.timezone}, ${describeDays(d.days)} · ${d.id}`.slice(0, 100),
        value: d.id,
      };
    })
    .filter((choice) => choice.name.toLowerCase().includes(typed))
    .slice(0, 25);
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
        .addChannelOption(channelOption(false, 'The digest’s channel'))
        .addStringOption((o) =>
          o
            .setName('digest')
            .setDescription('Or its id from /digest list (for a channel that is gone)')
            .setAutocomplete(true)
            .setMaxLength(40),
        ),
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
    if (sub === 'preview') return previewDigest(interaction, ctx, guildId);
    requireManageGuild(interaction, 'manage digests');
    switch (sub) {
      case 'set':
        return setDigest(interaction, ctx, guildId);
      case 'list':
        return listDigests(interaction, ctx, guildId);
      case 'remove':
        return removeDigest(interaction, ctx, guildId);
      case 'send-now':
        return sendDigestNow(interaction, ctx, guildId);
      default:
        throw new UserFacingError('bad_input', 'Unknown /digest action.');
    }
  },

  async autocomplete(interaction: AutocompleteInteraction, ctx: AppContext) {
    const focused = interaction.options.getFocused(true);
    if (focused.name === 'digest') return interaction.respond(await digestChoices(interaction, ctx));
    const typed = focused.value.toLowerCase().replace(/\s+/g, '_');
    const pool = focused.name === 'timezone' ? allTimeZones() : DAY_CHOICES;
    const matches = pool.filter((value) => value.toLowerCase().includes(typed));
    await interaction.respond(matches.slice(0, 25).map((value) => ({ name: value, value })));
  },
} satisfies SlashCommand;
