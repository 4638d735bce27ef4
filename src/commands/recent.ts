import {
  InteractionContextType,
  SlashCommandBuilder,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../context.ts';
import { decodePagerId } from '../discord/pager-id.ts';
import { recentEmptyText, type ServerStoryFacts } from '../discord/empty-answers.ts';
import { buildStoryListReply, STORIES_PER_PAGE } from '../discord/story-list.ts';
import { sourceDomain } from '../discord/summary-embed.ts';
import { pendingFirstReads } from '../services/feeds/first-read.ts';
import { UserFacingError } from '../services/errors.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

const DEFAULT_COUNT = 25;
/** Newest stories read to name a few sources when a source filter matched none. */
const SOURCE_SAMPLE = 50;
const MAX_COUNT = 100;

interface RecentParams {
  ownerUserId: string;
  count: number;
  source: string;
}

/** Refuses a paging button pressed by someone other than the member who ran the command. */
export function assertButtonOwner(
  interaction: ButtonInteraction,
  ownerUserId: string,
  command: string,
): void {
  if (interaction.user.id !== ownerUserId) {
    throw new UserFacingError(
      'forbidden',
      `These buttons are for <@${ownerUserId}>, who ran /${command}. Run /${command} yourself to browse.`,
    );
  }
}

async function recentPage(ctx: AppContext, guildId: string, params: RecentParams, page: number) {
  const { count, source } = params;
  const offset = page * STORIES_PER_PAGE;
  const limit = Math.max(0, Math.min(STORIES_PER_PAGE, count - offset));
  const result = await ctx.store.stories.recent(guildId, { offset, limit, source: source || undefined });
  const total = Math.min(result.total, count);
  const pageCount = Math.ceil(total / STORIES_PER_PAGE);
  const title = source ? `Recent stories from “${source}”` : 'Recent stories';
  return buildStoryListReply({
    title,
    entries: limit > 0 ? result.stories.slice(0, limit).map((story) => ({ story })) : [],
    page,
    pageCount,
    total,
    emptyText:
      total > 0 ? 'No stories on this page any more.' : await recentEmptyReason(ctx, guildId, source),
    pager: { command: 'recent', ownerUserId: params.ownerUserId, params: [String(count), source] },
  });
}

/** What the server has, for answers that found nothing: its stories, feeds and first reads running. */
export async function serverStoryFacts(ctx: AppContext, guildId: string): Promise<ServerStoryFacts> {
  const feeds = await ctx.store.feeds.listForGuild(guildId);
  const [{ total }, reading] = await Promise.all([
    ctx.store.stories.recent(guildId, { limit: 0 }),
    pendingFirstReads(ctx.store.feeds, feeds),
  ]);
  return { serverStories: total, feeds, reading };
}

async function recentEmptyReason(ctx: AppContext, guildId: string, source: string): Promise<string> {
  const facts = await serverStoryFacts(ctx, guildId);
  const { stories } = await ctx.store.stories.recent(guildId, { limit: SOURCE_SAMPLE });
  const knownSources = [...new Set(stories.map((story) => story.siteName ?? sourceDomain(story.url)))].filter(
    (name): name is string => Boolean(name),
  );
  return recentEmptyText({ ...facts, source, knownSources });
}

export const recent = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('recent')
    .setDescription('The newest stories summarized in this server')
    .setContexts(InteractionContextType.Guild)
    .addIntegerOption((option) =>
      option
        .setName('count')
        .setDescription(`How many stories to list (default ${DEFAULT_COUNT})`)
        .setMinValue(1)
        .setMaxValue(MAX_COUNT),
    )
    .addStringOption((option) =>
      option.setName('source').setDescription('Only stories from this site, e.g. "bbc"').setMaxLength(50),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
    const guildId = requireGuild(interaction);
    const params: RecentParams = {
      ownerUserId: interaction.user.id,
      count: interaction.options.getInteger('count') ?? DEFAULT_COUNT,
      source: (interaction.options.getString('source') ?? '').trim().replace(/:/g, ' '),
    };
    await interaction.deferReply();
    await interaction.editReply(await recentPage(ctx, guildId, params, 0));
  },

  async button(interaction: ButtonInteraction, ctx: AppContext): Promise<void> {
    const id = decodePagerId(interaction.customId, 2);
    if (!id || !interaction.guildId)
      throw new UserFacingError('bad_input', 'That button has expired. Run /recent again.');
    assertButtonOwner(interaction, id.ownerUserId, 'recent');
    const count = Math.min(MAX_COUNT, Math.max(1, Number(id.params[0]) || DEFAULT_COUNT));
    await interaction.deferUpdate();
    const page = Math.max(0, id.page);
    await interaction.editReply(
      await recentPage(
        ctx,
        interaction.guildId,
        { ownerUserId: id.ownerUserId, count, source: id.params[1] ?? '' },
        page,
      ),
    );
  },
} satisfies SlashCommand;
