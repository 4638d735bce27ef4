import { parseFeed } from './parse.ts';
import type { ParsedFeed } from './types.ts';

/** Parses a fetched feed: on the worker pool in the bot (ctx.summaries.parseFeed), in this thread by default. */
export type FeedParser = (body: string, url: string) => Promise<ParsedFeed>;

export const parseFeedHere: FeedParser = async (body, url) => parseFeed(body, url);
