import type { APIEmbed } from 'discord.js';
import type { Story } from '../services/types.ts';
import { EMBED_LIMITS, embedLength, escapeMarkdown, joinLinesWithin, oneLine, truncate } from './limits.ts';

/** The one place that decides how a summary looks in Discord. */

export const SUMMARY_COLOR = 0x2b6cb0;
const WORDS_PER_MINUTE = 230;
const ITEM_LIMIT = 700;

/** Whole minutes to read `body` at ~230 words per minute, at least 1. */
export function readingMinutes(body: string): number {
  const words = body.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Only http(s) URLs may be used as links or images; anything else (javascript:, data:) is dropped. */
export function httpUrlOrUndefined(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** "bbc.co.uk" from "https://www.bbc.co.uk/news/…"; null when there is no usable URL. */
export function sourceDomain(url: string | null): string | null {
  const href = httpUrlOrUndefined(url);
  return href ? new URL(href).hostname.replace(/^www\./, '') : null;
}

/** "12 Mar 2025" for an ISO date; null when the date is missing or unreadable. */
export function formatPublishedDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** The bullets then the quotes, as markdown lines, escaped so article text cannot break the layout. */
function descriptionLines(story: Story): string[] {
  // Each item is capped so one runaway bullet cannot crowd out all the others.
  const bullets = story.bullets.map((bullet) => `• ${truncate(escapeMarkdown(oneLine(bullet)), ITEM_LIMIT)}`);
  const quotes = story.quotes.map((quote) => {
    const words = `“${truncate(escapeMarkdown(oneLine(quote.text)), ITEM_LIMIT)}”`;
    return quote.speaker ? `${words} — ${truncate(escapeMarkdown(oneLine(quote.speaker)), 100)}` : words;
  });
  return quotes.length > 0 && bullets.length > 0 ? [...bullets, '', ...quotes] : [...bullets, ...quotes];
}

/** Said on a paywalled page's summary: only the part the page shows was read. */
export const PREVIEW_LINE =
  '🔒 **Preview**: this page is paywalled, so this summarizes only the part it shows.';

/** Which summarizer made the summary, for its footer (nothing for stories stored before this was known). */
export function summarizerLabel(story: Pick<Story, 'summarizedBy'>): string | null {
  if (!story.summarizedBy) return null;
  return story.summarizedBy.kind === 'llm'
    ? `summary by ${oneLine(story.summarizedBy.model).slice(0, 60)} (AI; quotes are the article’s own words)`
    : 'offline summary';
}

/** Builds the summary embed for a stored story; always within every Discord embed limit. */
export function buildSummaryEmbed(story: Story): APIEmbed {
  const url = httpUrlOrUndefined(story.url);
  const embed: APIEmbed = {
    title: truncate(escapeMarkdown(oneLine(story.headline)) || 'Untitled article', EMBED_LIMITS.title),
    color: SUMMARY_COLOR,
  };
  if (url) embed.url = url;

  const author = [story.siteName, story.byline].map((part) => (part ? oneLine(part) : '')).filter(Boolean);
  if (author.length > 0) embed.author = { name: truncate(author.join(' · '), EMBED_LIMITS.author) };

  const footer = [
    sourceDomain(story.url) ?? 'pasted text',
    formatPublishedDate(story.publishedAt),
    `${readingMinutes(story.body)} min read`,
    summarizerLabel(story),
  ].filter((part): part is string => Boolean(part));
  embed.footer = { text: truncate(footer.join(' · '), EMBED_LIMITS.footer) };

  const image = httpUrlOrUndefined(story.imageUrl);
  if (image) embed.thumbnail = { url: image };

  const lines = [...(story.preview ? [PREVIEW_LINE] : []), ...descriptionLines(story)];
  // Whatever the other parts take, the description gets the rest of the 6000-character budget.
  const room = Math.min(EMBED_LIMITS.description, EMBED_LIMITS.total - embedLength(embed));
  const description = joinLinesWithin(lines, room).trim();
  embed.description = description || 'No key points could be found in this article.';
  return embed;
}
