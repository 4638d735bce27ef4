import {
  InteractionContextType,
  MessageFlags,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
  type CommandInteraction,
} from 'discord.js';
import { checkAttachment, downloadAttachment } from '../bot/attachment-download.ts';
import { NO_MENTIONS } from '../bot/replies.ts';
import { takeSummarySlot } from '../bot/summary-rate-limit.ts';
import type { AppContext } from '../context.ts';
import { truncate } from '../discord/limits.ts';
import { buildSummaryEmbed } from '../discord/summary-embed.ts';
import { UserFacingError } from '../services/errors.ts';
import { formatOfFile } from '../services/article-input.ts';
import { summarizeContentForGuild, summarizeUrlForGuild } from '../services/summary-service.ts';
import type { Story } from '../services/types.ts';
import type { SlashCommand } from './types.ts';

/** Stories belong to a server; summaries are only offered inside servers. */
export function requireGuild(interaction: CommandInteraction): string {
  if (!interaction.guildId) {
    throw new UserFacingError(
      'bad_input',
      'NewsBrief works inside servers. Please use this command in a server channel.',
    );
  }
  return interaction.guildId;
}

/** Edits the deferred reply into the summary embed. */
export async function showSummary(interaction: CommandInteraction, story: Story): Promise<void> {
  // A model that could not be used is said in one line above the (offline) summary.
  const note = story.summaryNote ? { content: `ℹ️ ${truncate(story.summaryNote, 300)}` } : {};
  await interaction.editReply({ ...note, embeds: [buildSummaryEmbed(story)], allowedMentions: NO_MENTIONS });
}

export const summarize = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('summarize')
    .setDescription('Summarize an article: headline, key points and quotes')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option.setName('url').setDescription('Link to the article').setMaxLength(2000),
    )
    .addStringOption((option) =>
      option.setName('text').setDescription('The article text, pasted').setMaxLength(6000),
    )
    .addAttachmentOption((option) =>
      option.setName('file').setDescription('A .txt, .md or .html file with the article (up to 1 MB)'),
    )
    .addBooleanOption((option) =>
      option.setName('private').setDescription('Only you see the summary (default: everyone in the channel)'),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
    // Everything before deferReply is synchronous so the acknowledgement goes out at once.
    const url = interaction.options.getString('url');
    const text = interaction.options.getString('text');
    const file = interaction.options.getAttachment('file');
    const given = [url, text, file].filter((value) => value !== null && value !== '').length;
    if (given !== 1) {
      throw new UserFacingError(
        'bad_input',
        given === 0
          ? 'Tell me what to summarize: give a `url`, paste the `text`, or attach a `file`.'
          : 'Please give just one of `url`, `text` or `file` — I summarize one article at a time.',
      );
    }
    const guildId = requireGuild(interaction);
    // A file of the wrong type or size is refused before deferring, so the refusal is private from the start.
    if (file) checkAttachment({ name: file.name, url: file.url, size: file.size });
    await takeSummarySlot(ctx, interaction.user.id);
    const isPrivate = interaction.options.getBoolean('private') ?? false;
    await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});

    const requester = { guildId, channelId: interaction.channelId, userId: interaction.user.id };
    let story: Story;
    if (url) {
      story = await summarizeUrlForGuild(ctx, { ...requester, url });
    } else if (file) {
      const content = await downloadAttachment(
        { name: file.name, url: file.url, size: file.size },
        ctx.config.DISCORD_API_URL,
      );
      story = await summarizeContentForGuild(ctx, {
        ...requester,
        content,
        format: formatOfFile(file.name, content),
      });
    } else {
      story = await summarizeContentForGuild(ctx, { ...requester, content: text ?? '', format: 'text' });
    }
    await showSummary(interaction, story);
  },
} satisfies SlashCommand;
