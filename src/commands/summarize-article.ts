import {
  ApplicationCommandType,
  ContextMenuCommandBuilder,
  InteractionContextType,
  type Message,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import { takeSummarySlot } from '../bot/summary-rate-limit.ts';
import type { AppContext } from '../context.ts';
import { UserFacingError } from '../services/errors.ts';
import { summarizeUrlForGuild } from '../services/summary-service.ts';
import { requireGuild, showSummary } from './summarize.ts';
import type { MessageCommand } from './types.ts';

const LINK_PATTERN = /https?:\/\/[^\s<>"'`]+/i;

/** The first http(s) link in a message: its text first, then its embeds' URLs. */
export function firstLinkOf(message: Pick<Message, 'content' | 'embeds'>): string | null {
  const match = LINK_PATTERN.exec(message.content ?? '');
  if (match) {
    let link = match[0].replace(/[.,;:!?*_~|]+$/, '');
    // A closing parenthesis belongs to the link only when the link opened one ("…/Foo_(bar)").
    while (link.endsWith(')') && (link.match(/\(/g)?.length ?? 0) < (link.match(/\)/g)?.length ?? 0)) {
      link = link.slice(0, -1);
    }
    return link;
  }
  for (const embed of message.embeds ?? []) {
    if (embed.url && /^https?:\/\//i.test(embed.url)) return embed.url;
  }
  return null;
}

export const summarizeArticle = {
  kind: 'message',
  data: new ContextMenuCommandBuilder()
    .setName('Summarize article')
    .setType(ApplicationCommandType.Message)
    .setContexts(InteractionContextType.Guild),

  async execute(interaction: MessageContextMenuCommandInteraction, ctx: AppContext): Promise<void> {
    const url = firstLinkOf(interaction.targetMessage);
    if (!url) {
      throw new UserFacingError(
        'bad_input',
        'That message has no link to an article. Pick a message with an http(s) link.',
      );
    }
    const guildId = requireGuild(interaction);
    await takeSummarySlot(ctx, interaction.user.id);
    await interaction.deferReply();
    const story = await summarizeUrlForGuild(ctx, {
      guildId,
      channelId: interaction.channelId,
      userId: interaction.user.id,
      url,
    });
    await showSummary(interaction, story);
  },
} satisfies MessageCommand;
