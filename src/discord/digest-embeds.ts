import type { APIEmbed } from 'discord.js';
import type { DigestItem } from '../services/digest/types.ts';
import type { PostStyle } from '../services/posting.ts';
import type { OutgoingMessage } from './channel-poster.ts';
import { EMBED_LIMITS, escapeMarkdown, oneLine, truncate } from './limits.ts';
import { roleMention } from './story-post.ts';

export const DIGEST_COLOR = 0x2f855a;
/** Headroom under Discord's limits for the title and footer added after packing. */
const DESCRIPTION_BUDGET = EMBED_LIMITS.description - 96;
const MESSAGE_BUDGET = EMBED_LIMITS.total - 600;
const EMBEDS_PER_MESSAGE = 10;
const ITEM_BUDGET = 1500;

const httpUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url.replace(/\)/g, '%29') : null);

/**
 * One item: headline as link, its strongest bullets, every source that reported it (full); the
 * headline and its strongest bullet (compact); or the headline and its source on one line.
 */
export function renderDigestItem(item: DigestItem, style: PostStyle = 'full'): string {
  const headline = escapeMarkdown(truncate(oneLine(item.headline), 240));
  const url = httpUrl(item.url);
  const link = url ? `**[${headline}](${url})**` : `**${headline}**`;
  if (style === 'headline') {
    const source = item.sources[0] ? ` · ${escapeMarkdown(truncate(oneLine(item.sources[0].name), 60))}` : '';
    return `${link}${source}`;
  }
  const lines = [link];
  for (const bullet of item.bullets.slice(0, style === 'compact' ? 1 : 2))
    lines.push(`• ${escapeMarkdown(truncate(oneLine(bullet), 400))}`);
  if (style === 'compact') return lines.join('\n');
  const sources = item.sources.map((source) => {
    const name = escapeMarkdown(truncate(oneLine(source.name), 60));
    const link = httpUrl(source.url);
    return link ? `[${name}](${link})` : name;
  });
  if (sources.length > 0) {
    const label = sources.length > 1 ? `Sources (${sources.length})` : 'Source';
    let joined = sources.join(' · ');
    // A huge source list must not push the item over its budget; keep as many whole links as fit.
    while (joined.length > 600 && sources.length > 1) {
      sources.pop();
      joined = `${sources.join(' · ')} · …`;
    }
    lines.push(`-# ${label}: ${joined}`);
  }
  const block = lines.join('\n');
  return block.length <= ITEM_BUDGET ? block : lines.slice(0, 1).join('\n');
}

export interface DigestRenderInput {
  title: string;
  items: DigestItem[];
  /** Set when the digest goes out after its time (downtime): shown to readers. */
  lateNote?: string | null;
  /** Shown when there are no items and the digest is set to say so. */
  emptyNote?: string;
  style?: PostStyle;
  /** The role the digest's first message pings; none by default. */
  pingRoleId?: string | null;
}

/**
 * Packs a digest into as few messages as Discord allows (description 4096, 10 embeds and 6000
 * characters per message), items in ranking order, never splitting an item.
 */
export function renderDigestMessages(input: DigestRenderInput): OutgoingMessage[] {
  const blocks = input.items.map((item) => renderDigestItem(item, input.style));
  if (blocks.length === 0)
    blocks.push(escapeMarkdown(input.emptyNote ?? 'No new stories since the last digest.'));
  const messages: APIEmbed[][] = [[]];
  let description = '';
  let messageChars = 0;
  const closeEmbed = () => {
    if (description === '') return;
    messages.at(-1)!.push({ description, color: DIGEST_COLOR });
    messageChars += description.length;
    description = '';
  };
  for (const block of blocks) {
    const grown = description === '' ? block : `${description}\n\n${block}`;
    if (grown.length <= DESCRIPTION_BUDGET && messageChars + grown.length <= MESSAGE_BUDGET) {
      description = grown;
      continue;
    }
    closeEmbed();
    if (messages.at(-1)!.length >= EMBEDS_PER_MESSAGE || messageChars + block.length > MESSAGE_BUDGET) {
      messages.push([]);
      messageChars = 0;
    }
    description = block;
  }
  closeEmbed();
  const total = messages.length;
  return messages.map((embeds, index) => {
    const first = embeds[0]!;
    first.title = truncate(
      total > 1 ? `${input.title} (${index + 1}/${total})` : input.title,
      EMBED_LIMITS.title,
    );
    if (index === total - 1 && input.lateNote)
      embeds.at(-1)!.footer = { text: truncate(input.lateNote, 200) };
    const ping = index === 0 ? roleMention(input.pingRoleId) : '';
    return ping ? { content: ping, embeds, pingRoleId: input.pingRoleId ?? null } : { embeds };
  });
}
