import type { FeedReading } from '../services/feeds/first-read.ts';
import type { FeedRecord } from '../services/feeds/types.ts';
import { feedTroubleNote, nameList, plural, readingNote } from './digest-outlook.ts';
import { EMBED_LIMITS, escapeMarkdown, oneLine, truncate } from './limits.ts';

/** Why /recent or /search found nothing, told as it is, with what to try instead. */

export interface ServerStoryFacts {
  /** Every story the server has. */
  serverStories: number;
  feeds: FeedRecord[];
  reading: FeedReading[];
}

const quoted = (text: string) => `“${escapeMarkdown(truncate(oneLine(text), 60))}”`;
const within = (text: string) => truncate(text, EMBED_LIMITS.description);

/** A server with no stories at all: what is being read, or where stories come from. */
function noStoriesYet(facts: ServerStoryFacts, what: string): string {
  const reading = readingNote(facts.reading);
  if (reading) return `This server has no stories ${what}yet. ${reading}`;
  if (facts.feeds.length === 0)
    return `This server has no stories ${what}yet: nobody has used /summarize here, and it follows no feeds. Try /summarize with a link, or (with Manage Server) /feed add.`;
  const feeds = facts.feeds.length === 1 ? 'its feed has' : `its ${facts.feeds.length} feeds have`;
  return [
    `This server has no stories ${what}yet: nobody has used /summarize here, and ${feeds} brought none so far.`,
    feedTroubleNote(facts.feeds),
  ]
    .filter(Boolean)
    .join(' ');
}

export function recentEmptyText(
  facts: ServerStoryFacts & { source: string; knownSources: string[] },
): string {
  if (facts.serverStories === 0) return within(noStoriesYet(facts, ''));
  const sources =
    facts.knownSources.length > 0
      ? ` Sources here include ${nameList(
          facts.knownSources.map((name) => escapeMarkdown(truncate(oneLine(name), 40))),
          5,
        )}.`
      : '';
  const none =
    facts.serverStories === 1
      ? `This server’s one story is not from ${quoted(facts.source)}`
      : `None of this server’s ${facts.serverStories} stories is from ${quoted(facts.source)}`;
  return within(
    `${none} (a source matches a site’s name or web address).${sources} Try /recent without source.`,
  );
}

export function searchEmptyText(
  facts: ServerStoryFacts & {
    query: string;
    days: number | undefined;
    /** Stories within `days` (all of them without days). */
    storiesInRange: number;
    /** With days: how many stories outside them match. */
    olderMatches: number;
  },
): string {
  if (facts.serverStories === 0) return within(noStoriesYet(facts, 'to search '));
  const { days } = facts;
  const period = days ? ` from the last ${plural(days, 'day', 'days')}` : '';
  if (days && facts.olderMatches > 0)
    return within(
      `No story${period} matches ${quoted(facts.query)}, but ${plural(facts.olderMatches, 'older one does', 'older ones do')}: search again without days.`,
    );
  const scope =
    days && facts.storiesInRange !== facts.serverStories
      ? `the ${plural(facts.storiesInRange, 'story', 'stories')}${period} (of ${facts.serverStories} in all)`
      : `this server’s ${plural(facts.serverStories, 'story', 'stories')}`;
  return within(
    [
      `No story matches ${quoted(facts.query)}.`,
      `The search covers the headlines, key points, quotes and text of ${scope}, from /summarize and followed feeds, and forgives small typos.`,
      'Try a shorter query: the start of a word is enough (“elect” finds “election”).',
      readingNote(facts.reading),
    ]
      .filter(Boolean)
      .join(' '),
  );
}
