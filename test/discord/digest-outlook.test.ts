import { describe, expect, it } from 'vitest';
import {
  digestSummaryLine,
  emptyDigestReason,
  emptyDigestText,
  readingNote,
} from '../../src/discord/digest-outlook.ts';
import { buildDigestListEmbed, buildFeedListEmbed } from '../../src/discord/feed-embeds.ts';
import { EMBED_LIMITS, MESSAGE_CONTENT_LIMIT } from '../../src/discord/limits.ts';
import { emptyDigestNote } from '../../src/jobs/digest-delivery.ts';
import { fixedClock } from '../../src/services/clock.ts';
import { buildDigest } from '../../src/services/digest/manage.ts';
import { digestOutlook, type DigestOutlook } from '../../src/services/digest/outlook.ts';
import type { DigestRecord } from '../../src/services/digest/types.ts';
import type { FeedRecord } from '../../src/services/feeds/types.ts';
import { testContext } from '../jobs/test-context.ts';

const NOW = new Date('2026-05-01T10:00:00Z');

function feedRecord(n: number, changes: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id: `feed${n}`,
    guildId: 'g1',
    url: `https://feeds.example/${n}/${'path/'.repeat(80)}rss`,
    title: `Feed number ${n} ${'with a very long title '.repeat(12)}`,
    siteUrl: null,
    channelId: `${100 + n}`,
    mode: 'digest',
    intervalMinutes: 15,
    addedBy: 'u1',
    createdAt: NOW.toISOString(),
    primed: true,
    paused: false,
    pausedReason: null,
    etag: null,
    lastModified: null,
    nextPollAt: NOW.toISOString(),
    lastPolledAt: NOW.toISOString(),
    lastSuccessAt: NOW.toISOString(),
    lastError: null,
    failingSince: null,
    consecutiveFailures: 0,
    itemsIngested: 0,
    ...changes,
  };
}

const digest = (changes: Partial<DigestRecord> = {}): DigestRecord => ({
  ...buildDigest(
    {
      guildId: 'g1',
      channelId: 'c1',
      time: '18:00',
      timezone: 'Europe/Paris',
      days: { kind: 'daily' },
      createdBy: 'u1',
    },
    NOW,
  ),
  ...changes,
});

function outlook(changes: Partial<DigestOutlook> = {}): DigestOutlook {
  return {
    items: [],
    since: new Date(NOW.getTime() - 7 * 86_400_000),
    sinceLastRun: false,
    windowStories: [],
    matchingStories: 0,
    serverStories: 0,
    serverFeeds: [],
    digestFeeds: [],
    missingFeedIds: [],
    reading: [],
    ...changes,
  };
}

describe('empty digest reasons', () => {
  it('speaks of "the last digest" only when one was posted', () => {
    const ran = NOW.toISOString();
    const facts = outlook({ sinceLastRun: true, serverStories: 4 });
    expect(emptyDigestReason(facts, digest({ lastDeliveredAt: ran, lastPostedAt: ran }))).toMatch(
      /^Nothing new since the last digest, posted <t:\d+:f>\.$/,
    );
    expect(emptyDigestReason(facts, digest({ lastDeliveredAt: ran, lastPostedAt: null }))).toMatch(
      /^Nothing new since this digest last ran, <t:\d+:f> \(it had nothing to post then\)\.$/,
    );
    // Saved before lastPostedAt was recorded: nothing is claimed about what it posted.
    expect(emptyDigestReason(facts, digest({ lastDeliveredAt: ran, lastPostedAt: undefined }))).toMatch(
      /^Nothing new since this digest last ran, <t:\d+:f>\.$/,
    );
  });

  it('names a digest whose every feed was removed, and says how to fix it', () => {
    const text = emptyDigestReason(outlook({ serverStories: 3 }), digest({ feedIds: ['gone'] }));
    expect(text).toBe(
      'This digest draws only from feeds this server no longer follows, so it has nothing to post: run /digest set again with other feeds, or with none to use every story.',
    );
  });

  it('a first read running is the reason when nothing else is there; feeds in trouble are named', () => {
    const reading = [
      { feed: feedRecord(1, { title: 'Daily Courier' }), remaining: 2, total: 3 },
      { feed: feedRecord(2, { title: 'Orbit News' }), remaining: 3, total: 3 },
      { feed: feedRecord(3, { title: 'Night Desk' }), remaining: null, total: null },
    ];
    expect(readingNote(reading)).toBe(
      'Still reading 5 of 6 stories from **Daily Courier** and **Orbit News**; try again in a moment. **Night Desk** has not been read yet; it will be within a minute.',
    );
    const paused = feedRecord(4, { title: 'Wire', paused: true, pausedReason: 'failing for 24 hours: 404' });
    const text = emptyDigestText(
      outlook({ reading, digestFeeds: [paused], serverFeeds: [paused] }),
      digest(),
    );
    expect(text).toBe(`${readingNote(reading)} **Wire** is paused: see /feed list.`);
  });

  it('stays within a message however many long feed names and keywords there are', () => {
    const feeds = Array.from({ length: 50 }, (_, i) =>
      feedRecord(i, { paused: i % 2 === 0, failingSince: NOW.toISOString(), lastError: 'x'.repeat(300) }),
    );
    const facts = outlook({
      serverFeeds: feeds,
      digestFeeds: feeds,
      serverStories: 9,
      reading: feeds.map((feed) => ({ feed, remaining: 1, total: 3 })),
    });
    const long = digest({
      feedIds: feeds.map((f) => f.id),
      include: Array.from({ length: 20 }, (_, i) => `${'keyword'.repeat(14)}${i}`),
    });
    expect(emptyDigestText(facts, long, 'So it would not be posted now.').length).toBeLessThanOrEqual(
      MESSAGE_CONTENT_LIMIT,
    );
    expect(digestSummaryLine(facts, long).length).toBeLessThanOrEqual(MESSAGE_CONTENT_LIMIT);
  });

  it('the note a digest posts when empty mentions a last digest only when there was one', () => {
    const at = NOW.toISOString();
    expect(emptyDigestNote({ lastDeliveredAt: null, lastPostedAt: null })).toBe(
      'No stories for this digest from the last 7 days.',
    );
    expect(emptyDigestNote({ lastDeliveredAt: at, lastPostedAt: null })).toBe(
      'No new stories since this digest last ran.',
    );
    expect(emptyDigestNote({ lastDeliveredAt: at, lastPostedAt: at })).toBe(
      'No new stories since the last digest.',
    );
  });
});

describe('/digest set summary', () => {
  it('counts the items and where their stories come from, from the store', async () => {
    const ctx = testContext({ clock: fixedClock(NOW) });
    const texts = [
      ['Ferries return to the harbour after storm repairs', 'Forty sailings a week resume in July.'],
      ['Signalling box ends weeks of railway delays', 'Commuters expect punctual trains from Thursday.'],
      ['Nasal flu vaccine trial enrols volunteers', 'Three hundred people joined the clinic study.'],
    ];
    for (const [i, [headline, body]] of texts.entries()) {
      await ctx.store.stories.save({
        id: `s${i}`,
        guildId: 'g1',
        url: `https://news.example/${i}`,
        headline: headline!,
        bullets: [body!],
        quotes: [],
        byline: null,
        siteName: 'Example',
        publishedAt: null,
        imageUrl: null,
        lang: 'en',
        body: body!,
        createdAt: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
        channelId: null,
        source: i === 2 ? { kind: 'member', userId: 'u2' } : { kind: 'feed', feedId: 'f1' },
      });
    }
    const line = digestSummaryLine(await digestOutlook(ctx.store, digest(), NOW), digest());
    expect(line).toMatch(
      /^Right now it would post 3 stories \(from 1 feed and 1 member summary\); first: “.+”\.$/,
    );
  });
});

describe('list embeds', () => {
  it('/feed list stays within the description limit and says how many feeds it could not show', () => {
    const feeds = Array.from({ length: 50 }, (_, i) =>
      feedRecord(i, { failingSince: NOW.toISOString(), consecutiveFailures: 3, lastError: 'e'.repeat(400) }),
    );
    const embed = buildFeedListEmbed(feeds, () => ({ kind: 'missing' }));
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.description).toMatch(/…and \d+ more feeds not shown\.$/);
  });

  it('/digest list names digests drawing from removed feeds, with the fix', () => {
    const embed = buildDigestListEmbed([digest({ feedIds: ['gone1', 'feed1'] })], [feedRecord(1)], () => ({
      kind: 'ok',
    }));
    expect(embed.description).toContain(
      '⚠️ One of the feeds it draws from is no longer followed. Fix: /digest set it again with other feeds, or with none to use every story.',
    );
  });
});
