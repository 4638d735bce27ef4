import type { AppContext } from '../../src/context.ts';
import { buildDigest, type DigestInput } from '../../src/services/digest/manage.ts';
import type { DigestRecord } from '../../src/services/digest/types.ts';
import type { Story } from '../../src/services/types.ts';

/** Words that share nothing, so stories built on them are never merged as one event. */
export const DISTINCT_TOPICS = [
  'harbour',
  'railway',
  'vaccine',
  'festival',
  'election',
  'satellite',
  'drought',
  'museum',
  'tariff',
  'glacier',
  'startup',
  'library',
  'bridge',
  'orchestra',
  'volcano',
  'chess',
  'reactor',
  'marathon',
  'vineyard',
  'airport',
  'telescope',
  'ferry',
  'senate',
  'wildfire',
  'robotics',
];

let storyCounter = 0;

/** Distinct stories (no two about the same event) created `minutesAgo` before `now`. */
export async function addStories(
  ctx: AppContext,
  guildId: string,
  count: number,
  now: Date,
  options: { minutesAgo?: number; bulletLength?: number } = {},
) {
  const stories: Story[] = [];
  for (let i = 0; i < count; i++) {
    const n = ++storyCounter;
    const topic = `${DISTINCT_TOPICS[i % DISTINCT_TOPICS.length]}${n}`;
    const filler = ` Details about ${topic} keep coming`
      .repeat(Math.ceil((options.bulletLength ?? 80) / 34))
      .slice(0, options.bulletLength ?? 80);
    const story: Story = {
      id: `story-${n}`,
      guildId,
      url: `https://news${n}.example/${topic}`,
      headline: `${topic} report number ${n}`,
      bullets: [
        `First point on ${topic}.${filler}`,
        `Second point on ${topic}.${filler}`,
        `Third point on ${topic}.`,
      ],
      quotes: [],
      byline: null,
      siteName: `Outlet ${n}`,
      publishedAt: null,
      imageUrl: null,
      lang: 'en',
      body: `Body of ${topic}.`,
      createdAt: new Date(now.getTime() - (options.minutesAgo ?? 30) * 60_000).toISOString(),
      channelId: null,
      source: { kind: 'feed', feedId: 'f1' },
    };
    await ctx.store.stories.save(story);
    stories.push(story);
  }
  return stories;
}

export async function addDigest(
  ctx: AppContext,
  input: Partial<DigestInput> & { guildId: string; channelId: string },
  now: Date,
): Promise<DigestRecord> {
  const digest = buildDigest(
    { time: '08:00', timezone: 'America/New_York', days: { kind: 'daily' }, createdBy: 'admin', ...input },
    now,
  );
  await ctx.store.digests.save(digest);
  return digest;
}
