import {
  InteractionContextType,
  SlashCommandBuilder,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AppContext } from '../context.ts';
import { decodePagerId } from '../discord/pager-id.ts';
import { buildStoryListReply, STORIES_PER_PAGE } from '../discord/story-list.ts';
import { UserFacingError } from '../services/errors.ts';
import { searchEmptyText } from '../discord/empty-answers.ts';
import { assertButtonOwner, serverStoryFacts } from './recent.ts';
import { requireGuild } from './summarize.ts';
import type { SlashCommand } from './types.ts';

/** Short enough that `search:<page>:<user id>:<days>:<query>` always fits Discord's 100-character custom id. */
const QUERY_MAX_LENGTH = 60;

interface SearchParams {
  ownerUserId: string;
  query: string;
  days: number | undefined;
}

async function searchPage(ctx: AppContext, guildId: string, params: SearchParams, page: number) {
  const result = await ctx.store.stories.search(guildId, {
    query: params.query,
    days: params.days,
    now: ctx.clock.now(),
    offset: page * STORIES_PER_PAGE,
    limit: STORIES_PER_PAGE,
  });
  const pageCount = Math.ceil(result.total / STORIES_PER_PAGE);
  const within = params.days ? ` in the last ${params.days} day${params.days === 1 ? '' : 's'}` : '';
  return buildStoryListReply({
    title: `Search: “${params.query}”${within}`,
    entries: result.hits.map((hit) => ({ story: hit.story, snippet: hit.snippet })),
    page,
    pageCount,
    total: result.total,
    emptyText:
      result.total > 0 ? 'No stories on this page any more.' : await searchEmptyReason(ctx, guildId, params),
    pager: {
      command: 'search',
      ownerUserId: params.ownerUserId,
      params: [params.days ? String(params.days) : '', params.query],
    },
  });
}

async function searchEmptyReason(ctx: AppContext, guildId: string, params: SearchParams): Promise<string> {
  const facts = await serverStoryFacts(ctx, guildId);
  const now = ctx.clock.now();
  let storiesInRange = facts.serverStories;
  let olderMatches = 0;
  if (params.days && facts.serverStories > 0) {
    const since = new Date(now.getTime() - params.days * 86_400_000);
    [{ total: storiesInRange }, { total: olderMatches }] = await Promise.all([
      ctx.store.stories.recent(guildId, { since, limit: 0 }),
      ctx.store.stories.search(guildId, { query: params.query, now, limit: 0 }),
    ]);
  }
  return searchEmptyText({ ...facts, query: params.query, days: params.days, storiesInRange, olderMatches });
}

export const search = {
  kind: 'slash',
  data: new SlashCommandBuilder()
    .setName('search')
    .setDescription('Search the stories summarized in this server')
    .setContexts(InteractionContextType.Guild)
    .addStringOption((option) =>
      option
        .setName('query')
        .setDescription('Words to look for')
        .setRequired(true)
        .setMaxLength(QUERY_MAX_LENGTH),
    )
    .addIntegerOption((option) =>
      option
        .setName('days')
        .setDescription('Only stories from the last N days')
        .setMinValue(1)
        .setMaxValue(3650),
    ),

  async execute(interaction: ChatInputCommandInteraction, ctx: AppContext): Promise<void> {
    const guildId = requireGuild(interaction);
    const query = interaction.options.getString('query', true).trim().slice(0, QUERY_MAX_LENGTH);
    if (!query)
      throw new UserFacingError('bad_input', 'Tell me what to look for: give some words in `query`.');
    const params = {
      ownerUserId: interaction.user.id,
      query,
      days: interaction.options.getInteger('days') ?? undefined,
    };
    await interaction.deferReply();
    await interaction.editReply(await searchPage(ctx, guildId, params, 0));
  },

  async button(interaction: ButtonInteraction, ctx: AppContext): Promise<void> {
    const id = decodePagerId(interaction.customId, 2);
    if (!id || !interaction.guildId || !id.params[1]) {
      throw new UserFacingError('bad_input', 'That button has expired. Run /search again.');
    }
    assertButtonOwner(interaction, id.ownerUserId, 'search');
    const days = Number(id.params[0]) || undefined;
    await interaction.deferUpdate();
    await interaction.editReply(
      await searchPage(
        ctx,
        interaction.guildId,
        { ownerUserId: id.ownerUserId, query: id.params[1], days },
        Math.max(0, id.page),
      ),
    );
  },
} satisfies SlashCommand;
