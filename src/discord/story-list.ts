import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  type APIEmbed,
  type InteractionEditReplyOptions,
} from 'discord.js';
import type { Story } from '../services/types.ts';
import { encodePagerId, type PagerId } from './pager-id.ts';
import {
  CUSTOM_ID_LIMIT,
  EMBED_LIMITS,
  escapeMarkdown,
  joinLinesWithin,
  oneLine,
  truncate,
} from './limits.ts';
import { httpUrlOrUndefined, sourceDomain, SUMMARY_COLOR } from './summary-embed.ts';

/** How /recent and /search pages look: one entry per story, with Previous/Next buttons. */

export const STORIES_PER_PAGE = 5;

export interface StoryListEntry {
  story: Story;
  /** The matching text shown under a search hit. */
  snippet?: string | null;
}

export interface StoryListPage {
  title: string;
  entries: StoryListEntry[];
  /** Zero-based. */
  page: number;
  pageCount: number;
  total: number;
  emptyText: string;
}

/** A markdown link whose URL cannot end the link early (parentheses and spaces are encoded). */
function markdownLink(text: string, url: string | null): string {
  const href = httpUrlOrUndefined(url);
  if (!href) return text;
  return `[${text}](${href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}

function whoAsked(story: Story): string {
  return story.source.kind === 'member' ? `asked by <@${story.source.userId}>` : 'from a followed feed';
}

function entryText(entry: StoryListEntry, position: number): string {
  const { story } = entry;
  const headline = truncate(escapeMarkdown(oneLine(story.headline)) || 'Untitled article', 200);
  const site = story.siteName
    ? truncate(oneLine(story.siteName), 60)
    : (sourceDomain(story.url) ?? 'pasted text');
  const created = Math.floor(new Date(story.createdAt).getTime() / 1000);
  const details = [
    escapeMarkdown(site),
    Number.isFinite(created) ? `<t:${created}:R>` : null,
    whoAsked(story),
  ]
    .filter(Boolean)
    .join(' · ');
  const lines = [`**${position}. ${markdownLink(headline, story.url)}**`, details];
  if (entry.snippet) lines.push(`> ${truncate(escapeMarkdown(oneLine(entry.snippet)), 300)}`);
  return lines.join('\n');
}

export function buildStoryListEmbed(list: StoryListPage): APIEmbed {
  const first = list.page * STORIES_PER_PAGE;
  const entries = list.entries.map((entry, index) => entryText(entry, first + index + 1));
  const description =
    entries.length > 0 ? joinLinesWithin(entries, EMBED_LIMITS.description, '\n\n') : list.emptyText;
  const footer =
    list.total > 0
      ? `Page ${list.page + 1} of ${Math.max(1, list.pageCount)} · ${list.total} stories`
      : 'No stories';
  return {
    title: truncate(list.title, EMBED_LIMITS.title),
    description: description || list.emptyText,
    color: SUMMARY_COLOR,
    footer: { text: footer },
  };
}

/** Previous/Next buttons; `customIdFor(page)` must give an id of at most 100 characters. */
export function buildPagerRow(
  page: number,
  pageCount: number,
  customIdFor: (page: number) => string,
): ActionRowBuilder<ButtonBuilder> | null {
  if (pageCount <= 1) return null;
  const button = (label: string, target: number, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(customIdFor(target).slice(0, CUSTOM_ID_LIMIT))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  return new ActionRowBuilder<ButtonBuilder>().addComponents(
    button('◀ Previous', page - 1, page <= 0),
    button('Next ▶', page + 1, page >= pageCount - 1),
  );
}

/** A whole paged story-list answer: the embed, Previous/Next buttons that carry `pager`, no mentions. */
export function buildStoryListReply(list: StoryListPage & { pager: Omit<PagerId, 'page'> }) {
  const row = buildPagerRow(list.page, list.pageCount, (target) =>
    encodePagerId({ ...list.pager, page: target }),
  );
  return {
    embeds: [buildStoryListEmbed(list)],
    components: row ? [row] : [],
    allowedMentions: { parse: [] },
  } satisfies InteractionEditReplyOptions;
}
