import type { APIEmbed } from 'discord.js';

/** Discord's hard limits for embeds and messages; a payload over any of them is rejected outright. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  total: 6000,
} as const;

export const MESSAGE_CONTENT_LIMIT = 2000;
export const CUSTOM_ID_LIMIT = 100;

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary when one is near and
 * ending with "…". Counts UTF-16 code units like Discord does, and never splits a surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max === 1) return '…';
  let cut = text.slice(0, max - 1);
  // A lone high surrogate at the end would render as garbage.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const endsAtWord = /\s/.test(text.charAt(cut.length));
  const lastSpace = cut.search(/\s\S*$/);
  // Only back up to the space when it keeps most of the text; one giant word is cut mid-word.
  if (!endsAtWord && lastSpace > max * 0.5) cut = cut.slice(0, lastSpace);
  return `${cut.trimEnd()}…`;
}

/** The characters Discord counts towards the 6000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

/** Total characters of several embeds sent in one message (Discord caps the sum at 6000). */
export function embedsLength(embeds: APIEmbed[]): number {
  return embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
}

/**
 * Joins lines into one block of at most `max` characters. Lines that do not fit whole are
 * truncated (the first) or dropped (the rest), so the block never ends mid-markdown-line.
 */
export function joinLinesWithin(lines: string[], max: number, separator = '\n'): string {
  let out = '';
  for (const line of lines) {
    const next = out === '' ? line : `${out}${separator}${line}`;
    if (next.length <= max) {
      out = next;
      continue;
    }
    const room = max - (out === '' ? 0 : out.length + separator.length);
    if (room >= 40) out = out === '' ? truncate(line, room) : `${out}${separator}${truncate(line, room)}`;
    break;
  }
  return out;
}

/** Makes article or member text safe to show inside embed markdown: no accidental bold, links or headings. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_~`|[\]]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([->#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(\s)/gm, '$1\\.$2');
}

/** Collapses runs of whitespace (newlines included) so one item stays on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
