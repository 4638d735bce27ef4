import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { UserFacingError } from '../services/errors.ts';
import { getGuildSettings, saveGuildSettings, type GuildSettings } from '../services/settings.ts';
import { requireManageGuild } from './feed.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

function describe(settings: GuildSettings, ctx: AppContext): string {
  if (settings.summarizer === 'llm' && ctx.llm)
    return `Summaries here are written by the language model **${ctx.llm.model}**: it rewrites the key points, and the quotes shown are always the article’s own words. Page text of this server’s articles is sent to that model. Back to offline: /settings summarizer:offline.`;
  return `Summaries here are made offline by NewsBrief itself: nothing is sent anywhere.${ctx.llm ? ` A language model (**${ctx.llm.model}**) is available: /settings summarizer:llm.` : ''}`;
}

export const settings = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('settings')
    .setDescription('How NewsBrief works in this server')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addStringOption((o) =>
      o
        .setName('summarizer')
        .setDescription('offline (default, nothing leaves the bot) or llm (the configured language model)')
        .addChoices({ name: 'offline', value: 'offline' }, { name: 'llm', value: 'llm' }),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext) {
    const guildId = requireGuild(interaction);
    requireManageGuild(interaction, 'change settings');
    const current = await getGuildSettings(ctx.store.kv, guildId);
    const choice = interaction.options.getString('summarizer') as GuildSettings['summarizer'] | null;
    if (choice === 'llm' && !ctx.llm)
      throw new UserFacingError(
        'bad_input',
        'This bot has no language model configured (its host sets LLM_BASE_URL and LLM_MODEL), so summaries stay offline.',
      );
    const updated = choice ? { ...current, summarizer: choice } : current;
    if (choice) await saveGuildSettings(ctx.store.kv, guildId, updated);
    await interaction.reply({
      content: `${choice ? 'Saved. ' : ''}${describe(updated, ctx)}`,
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
    });
  },
} satisfies SlashCommand;
