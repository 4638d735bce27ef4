import {
  ChannelType,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type SlashCommandSubcommandBuilder,
} from 'discord.js';
import { channelKindOfType } from '../discord/channel-access.ts';
import { UserFacingError } from '../services/errors.ts';
import { parseFilterTerms } from '../services/feeds/filters.ts';
import { parseStyle, type ChannelKind, type PostStyle } from '../services/posting.ts';

/** The option builders and readers /feed add, /feed edit and /digest set share. */

/** Where feeds and digests may post: text and announcement channels, forums, and threads. */
export const POSTABLE_CHANNEL_TYPES = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
  ChannelType.PublicThread,
  ChannelType.PrivateThread,
  ChannelType.AnnouncementThread,
] as const;

export function addPostingOptions(sub: SlashCommandSubcommandBuilder, what: 'feed' | 'digest') {
  return sub
    .addStringOption((o) =>
      o
        .setName('style')
        .setDescription(
          'full (default): summary card; compact: bullets only; headline: one line with the link',
        )
        .addChoices(
          { name: 'full', value: 'full' },
          { name: 'compact', value: 'compact' },
          { name: 'headline', value: 'headline' },
        ),
    )
    .addRoleOption((o) =>
      o
        .setName('ping')
        .setDescription(
          `A role to mention on each new ${what === 'feed' ? 'post' : 'digest'} (default: no ping)`,
        ),
    );
}

export function addFilterOptions(sub: SlashCommandSubcommandBuilder, verb = 'Only items with') {
  return sub
    .addStringOption((o) =>
      o
        .setName('include')
        .setDescription(`${verb} one of these words or /regex/i in title, summary or categories`)
        .setMaxLength(1000),
    )
    .addStringOption((o) =>
      o
        .setName('exclude')
        .setDescription('Leave out items with these words or /regex/i (comma-separated; "none" clears)')
        .setMaxLength(1000),
    );
}

export interface PostingChoice {
  channelId?: string;
  channelKind?: ChannelKind;
  style?: PostStyle;
  pingRoleId?: string;
}

/** The channel option (or none), its kind, style and ping, as given. */
export function readPostingOptions(interaction: ChatInputCommandInteraction): PostingChoice {
  const channel = interaction.options.getChannel('channel');
  const role = interaction.options.getRole('ping');
  if (role && role.id === interaction.guildId)
    throw new UserFacingError(
      'bad_input',
      'NewsBrief does not ping @everyone: pick a role that members join to be told about news.',
    );
  const style = parseStyle(interaction.options.getString('style'));
  return {
    ...(channel ? { channelId: channel.id, channelKind: channelKindOfType(channel.type) } : {}),
    ...(style ? { style } : {}),
    ...(role ? { pingRoleId: role.id } : {}),
  };
}

/** The channel the command was used in, and its kind (a command used in a thread posts there). */
export function hereChannel(interaction: ChatInputCommandInteraction) {
  return { channelId: interaction.channelId, channelKind: channelKindOfType(interaction.channel?.type) };
}

/** Filter terms given (undefined when the option was left out; "none" clears them). */
export function readFilterOption(interaction: ChatInputCommandInteraction, name: 'include' | 'exclude') {
  const value = interaction.options.getString(name);
  return value === null ? undefined : parseFilterTerms(value);
}

/**
 * A warning when the chosen role would be shown but not pinged: Discord only pings a role that is
 * mentionable, or any role when the bot has Mention Everyone in the channel.
 */
export function pingWarning(
  interaction: ChatInputCommandInteraction,
  roleId: string | undefined,
  channelId: string,
) {
  if (!roleId) return null;
  const role = interaction.guild?.roles.cache.get(roleId);
  const me = interaction.guild?.members.me;
  const channel = interaction.guild?.channels.cache.get(channelId);
  if (!role || !me || !channel || role.mentionable) return null;
  if (channel.permissionsFor(me).has(PermissionFlagsBits.MentionEveryone)) return null;
  return `⚠️ <@&${roleId}> is not mentionable and NewsBrief lacks Mention Everyone there, so Discord will show the mention without notifying anyone: make the role mentionable (Server Settings → Roles).`;
}
