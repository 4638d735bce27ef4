/**
 * What must hold for any input to extract + summarize (issue 18): it answers or refuses with a
 * UserFacingError, and its answer fits the CLI's JSON contract and Discord's embed limits.
 */
import { expect } from 'vitest';
import { summaryRecord } from '../../src/cli/output.ts';
import { EMBED_LIMITS, embedLength } from '../../src/discord/limits.ts';
import { buildSummaryEmbed } from '../../src/discord/summary-embed.ts';
import { isUserFacingError } from '../../src/services/errors.ts';
import { articleFromContent, type InputFormat } from '../../src/services/pipeline.ts';
import { summarizeArticle } from '../../src/services/summarize/index.ts';
import type { Article, Summary } from '../../src/services/types.ts';
import { storyOf } from '../../src/services/story.ts';

const NULLABLE_STRINGS = ['url', 'byline', 'publishedAt', 'siteName', 'imageUrl', 'lang'] as const;

/** Extracts and summarizes `content`; returns null when it was refused with a UserFacingError. */
export function summarizeAny(
  content: string,
  format: InputFormat,
  allQuotes = false,
): { article: Article; summary: Summary } | null {
  try {
    const article = articleFromContent(content, format);
    return { article, summary: summarizeArticle(article, { allQuotes }) };
  } catch (error) {
    if (isUserFacingError(error)) return null;
    throw error;
  }
}

/** The JSON record of `newsbrief summarize --json` has every field, of its type, and survives JSON. */
export function expectJsonContract(article: Article, summary: Summary): void {
  const record = summaryRecord('input', article, summary);
  const parsed = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
  expect(typeof parsed.headline).toBe('string');
  for (const key of NULLABLE_STRINGS)
    expect(parsed[key] === null || typeof parsed[key] === 'string').toBe(true);
  expect(Array.isArray(parsed.bullets)).toBe(true);
  for (const bullet of parsed.bullets as unknown[]) expect(typeof bullet).toBe('string');
  expect(summary.bullets.length).toBeLessThanOrEqual(5);
  for (const quote of parsed.quotes as { text: unknown; speaker: unknown }[]) {
    expect(typeof quote.text).toBe('string');
    expect(quote.speaker === null || typeof quote.speaker === 'string').toBe(true);
  }
}

/** The summary embed fits every Discord limit. */
export function expectWithinDiscordLimits(article: Article, summary: Summary): void {
  const story = storyOf(article, summary, {
    id: 's1',
    guildId: 'g1',
    createdAt: '2026-01-01T00:00:00.000Z',
    channelId: null,
    source: { kind: 'member', userId: 'u1' },
  });
  const embed = buildSummaryEmbed(story);
  expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.author);
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
}

/** Any input: answered within the contract and the limits, or refused politely. */
export function expectBoundedAnswer(content: string, format: InputFormat): void {
  const result = summarizeAny(content, format);
  if (!result) return;
  expectJsonContract(result.article, result.summary);
  expectWithinDiscordLimits(result.article, result.summary);
}
