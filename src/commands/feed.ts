import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type SlashCommandChannelOption,
  type SlashCommandIntegerOption,
  type SlashCommandStringOption,
} from 'discord.js';
import { NO_MENTIONS } from '../bot/replies.ts';
import type { AppContext } from '../context.ts';
import { channelAccessIn } from '../discord/channel-access.ts';
import { buildFeedListEmbed } from '../discord/feed-embeds.ts';
import { feedAddedText } from '../discord/feed-added.ts';
import { escapeMarkdown, MESSAGE_CONTENT_LIMIT, oneLine, truncate } from '../discord/limits.ts';
import { readNewFeed } from '../jobs/first-read.ts';
import { addFeed, findGuildFeed, MIN_INTERVAL_MINUTES, resumedFeed } from '../services/feeds/add-feed.ts';
import { UserFacingError } from '../services/errors.ts';
import { pendingFirstReads } from '../services/feeds/first-read.ts';
import { jobOwner } from '../services/summary-jobs/types.ts';
import type { FeedMode, FeedRecord } from '../services/feeds/types.ts';
import { editFeedCommand, testFeedCommand } from './feed-edit.ts';
import {
  addFilterOptions,
  addPostingOptions,
  hereChannel,
  pingWarning,
  POSTABLE_CHANNEL_TYPES,
  readFilterOption,
  readPostingOptions,
} from './posting-options.ts';
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

const channelOption = (description: string) => (option: SlashCommandChannelOption) =>
  option
    .setName('channel')
    .setDescription(description)
    .addChannelTypes(...POSTABLE_CHANNEL_TYPES);
const modeOption = (option: SlashCommandStringOption) =>
  option
    .setName('mode')
    .setDescription('digest: only in digests (default); instant: also post each new item')
    .addChoices({ name: 'digest', value: 'digest' }, { name: 'instant', value: 'instant' });
const intervalOption = (option: SlashCommandIntegerOption) =>
  option
    .setName('interval')
    .setDescription('Minutes between checks (at least 5)')
    .setMinValue(MIN_INTERVAL_MINUTES)
    .setMaxValue(1440);

async function add(interaction: ChatInputCommandInteraction, ctx: AppContext, guildId: string) {
  const url = interaction.options.getString('url', true).trim();
  const posting = { ...hereChannel(interaction), ...readPostingOptions(interaction) };
  const include = readFilterOption(interaction, 'include') ?? [];
  const exclude = readFilterOption(interaction, 'exclude') ?? [];
  const mode = (interaction.options.getString('mode') ?? 'digest') as FeedMode;
  const interval = interaction.options.getInteger('interval') ?? ctx.config.FEED_POLL_MINUTES;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const { feed, itemCount, readCount } = await addFeed(
    {
      fetcher: ctx.fetcher,
      feeds: ctx.store.feeds,
      parseFeed: (body, feedUrl) =>
        ctx.summaries.parseFeed(body, feedUrl, { owner: jobOwner(interaction.user.id) }),
    },
    {
      guildId,
      url,
      mode,
      intervalMinutes: interval,
      addedBy: interaction.user.id,
      ...posting,
      include,
      exclude,
    },
    ctx.clock.now(),
  );
  const warning = pingWarning(interaction, posting.pingRoleId, feed.channelId);
  const answer = [feedAddedText(feed, itemCount, readCount), warning].filter(Boolean).join('\n');
  await interaction.editReply({ content: answer, allowedMentions: NO_MENTIONS });
  // The first read runs after the answer: the admin sees it at once, and this handler stays in
  // flight until the read is done, so a shutdown waits for it.
  const result = await readNewFeedSafely(ctx, feed);
  if (result)
    await interaction.editReply({
      content: truncate(`${answer}\n${result}`, MESSAGE_CONTENT_LIMIT),
      allowedMentions: NO_MENTIONS,
    });
}

/** Reads the new feed now; returns a line for the admin, or null when another worker read it. */
async function readNewFeedSafely(ctx: AppContext, feed: FeedRecord): Promise<string | null> {
  try {
    const outcome = await readNewFeed(ctx, feed, ctx.clock.now());
    if (outcome.kind === 'ok')
      return outcome.firstReadStories > 0
        ? `✅ Read: ${outcome.firstReadStories === 1 ? '1 story' : `${outcome.firstReadStories} stories`} from it ${outcome.firstReadStories === 1 ? 'is' : 'are'} ready (try /digest preview or /recent).`
        : '✅ Read: it lists no items yet; new ones are added as they appear.';
    if (outcome.kind === 'failed' || outcome.kind === 'paused')
      return `⚠️ Reading it failed (${escapeMarkdown(truncate(oneLine(outcome.error), 200))}); it is tried again automatically. See /feed list.`;
    return null;
  } catch (error) {
    ctx.logger.error({ err: error, feedId: feed.id }, 'first read of a new feed failed');
    return '⚠️ Reading it right away failed; a later check will read it. See /feed list.';
  }
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
      addFilterOptions(
        addPostingOptions(
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
            .addChannelOption(
              channelOption('Where its items go: a channel, a forum or a thread (default: here)'),
            )
            .addStringOption(modeOption)
            .addIntegerOption(intervalOption),
          'feed',
        ),
      ),
    )
    .addSubcommand((sub) =>
      addFilterOptions(
        addPostingOptions(
          sub
            .setName('edit')
            .setDescription('Change a feed without losing its history')
            .addStringOption(feedOption('The feed to change')),
          'feed',
        ),
      )
        .addChannelOption(channelOption('Where its items go'))
        .addStringOption(modeOption)
        .addIntegerOption(intervalOption)
        .addBooleanOption((o) => o.setName('no-ping').setDescription('Stop pinging a role on new posts')),
    )
    .addSubcommand((sub) =>
      addFilterOptions(
        sub
          .setName('test')
          .setDescription('Which of the feed’s current items pass its filters, and why')
          .addStringOption(feedOption('The feed to test')),
        'Try: only items with',
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
      case 'edit':
        return editFeedCommand(interaction, ctx, guildId);
      case 'test':
        return testFeedCommand(interaction, ctx, guildId);
      case 'list': {
        const feeds = await ctx.store.feeds.listForGuild(guildId);
        const reading = await pendingFirstReads(ctx.store.feeds, feeds);
        await interaction.reply({
          embeds: [buildFeedListEmbed(feeds, channelAccessIn(interaction.guild), reading)],
          ...privately,
        });
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
