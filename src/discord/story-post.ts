import type { PostSettings, PostStyle } from '../services/posting.ts';
import type { Story } from '../services/types.ts';
import type { OutgoingMessage } from './channel-poster.ts';
import { escapeMarkdown, MESSAGE_CONTENT_LIMIT, oneLine, truncate } from './limits.ts';
import { buildSummaryEmbed, httpUrlOrUndefined, sourceDomain } from './summary-embed.ts';

/** Discord's flag that keeps a message from unfolding link previews: a headline stays one line. */
export const SUPPRESS_EMBEDS = 4;

/**
 * Article text can carry "@everyone", "@here" or "<@&id>": a zero-width space after the "@" keeps
 * Discord from reading a mention at all (allowed_mentions already keeps it from pinging).
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<@\u200b');
}

/** The mention that opens a post that pings its role ("" without one). */
export const roleMention = (pingRoleId: string | null | undefined) => (pingRoleId ? `<@&${pingRoleId}>` : '');

/** "[Headline](url) · site": the headline style's one line, within Discord's content limit. */
export function headlineLine(story: Pick<Story, 'headline' | 'url' | 'siteName'>, prefix = ''): string {
  const headline = escapeMarkdown(neutraliseMentions(truncate(oneLine(story.headline) || 'Untitled', 300)));
  const url = httpUrlOrUndefined(story.url);
  const site = story.siteName ? oneLine(story.siteName) : sourceDomain(story.url);
  const link = url ? `**[${headline}](${url.replace(/\)/g, '%29')})**` : `**${headline}**`;
  const source = site ? ` · ${escapeMarkdown(neutraliseMentions(truncate(site, 80)))}` : '';
  return truncate(`${prefix ? `${prefix} ` : ''}📰 ${link}${source}`, MESSAGE_CONTENT_LIMIT);
}

/** One story as a feed posts it, in the feed's style, pinging its role when it has one. */
export function storyPost(story: Story, settings: PostSettings): OutgoingMessage {
  const style: PostStyle = settings.style ?? 'full';
  const ping = roleMention(settings.pingRoleId);
  const pingRoleId = settings.pingRoleId ?? null;
  if (style === 'headline')
    return { content: headlineLine(story, ping), embeds: [], flags: SUPPRESS_EMBEDS, pingRoleId };
  const embed = buildSummaryEmbed(style === 'compact' ? { ...story, quotes: [] } : story);
  if (style === 'compact') delete embed.thumbnail;
  return { ...(ping ? { content: ping } : {}), embeds: [embed], pingRoleId };
}
