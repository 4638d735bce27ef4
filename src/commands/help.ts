import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { SUMMARY_COLOR } from '../discord/summary-embed.ts';
import type { SlashCommand } from './types.ts';

/** What each command does, in the order members are most likely to need them. */
export const HELP_LINES = [
  '**/summarize** `url` | `text` | `file` — headline, 3–5 key points and who said what. Add `private:true` to see it alone.',
  '**Summarize article** (right-click a message › Apps) — summarizes the first link in that message.',
  '**/recent** `[count]` `[source]` — the newest stories summarized here, 5 per page.',
  '**/search** `query` `[days]` — find stories summarized here, with the matching passage.',
  '**/feed** — follow RSS/Atom feeds (channel, forum or thread; filters, style, a role ping; `edit`, `test`); **/digest** — scheduled digests of what they publish.',
  '**/settings** `summarizer` — offline summaries (default) or the configured language model (admins).',
  '**/help** — this message.',
];

export const help = {
  kind: 'slash',
  data: new SlashCommandBuilder().setName('help').setDescription('What NewsBrief does and how to use it'),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
    const limit = ctx.config.SUMMARY_RATE_LIMIT;
    await interaction.reply({
      flags: MessageFlags.Ephemeral,
      allowedMentions: NO_MENTIONS,
      embeds: [
        {
          title: 'NewsBrief',
          color: SUMMARY_COLOR,
          description: [
            'I read news articles so you can skim them: a headline, the key points and direct quotes with their speakers.',
            '',
            ...HELP_LINES,
            '',
            `Each member can ask for ${limit} summar${limit === 1 ? 'y' : 'ies'} a minute. Links to private networks are never fetched.`,
          ].join('\n'),
        },
      ],
    });
  },
} satisfies SlashCommand;
