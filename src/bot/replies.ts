import { MessageFlags, type InteractionReplyOptions, type RepliableInteraction } from 'discord.js';

/** Mentions never ping: article and member text may contain @everyone or <@id>. */
export const NO_MENTIONS = { parse: [] as [] };

export const GENERIC_FAILURE_MESSAGE = 'Something went wrong on our side. Please try again in a moment.';

/**
 * Answers with a message only the member sees, whatever state the interaction is in: a fresh
 * interaction gets a reply; a private deferred reply is edited; a public deferred reply is removed
 * and replaced by a private follow-up (an error should not sit in the channel for everyone);
 * a button press already acknowledged gets a private follow-up.
 */
export async function answerPrivately(interaction: RepliableInteraction, content: string): Promise<void> {
  const privateMessage: InteractionReplyOptions = {
    content,
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  };
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(privateMessage);
    return;
  }
  if (interaction.isMessageComponent() || interaction.replied) {
    await interaction.followUp(privateMessage);
    return;
  }
  if (interaction.ephemeral) {
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
    return;
  }
  try {
    await interaction.deleteReply();
  } catch {
    // Could not remove the public "thinking…" message: say it there instead of leaving it hanging.
    await interaction.editReply({ content, embeds: [], components: [], allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.followUp(privateMessage);
}
