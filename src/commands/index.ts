import { digest } from './digest.ts';
import { feed } from './feed.ts';
import { help } from './help.ts';
import { recent } from './recent.ts';
import { search } from './search.ts';
import { settings } from './settings.ts';
import { summarize } from './summarize.ts';
import { summarizeArticle } from './summarize-article.ts';
import type { Command } from './types.ts';

/** Every command the bot offers; listed explicitly so registration and routing never drift apart. */
export const commands: readonly Command[] = [
  summarize,
  summarizeArticle,
  recent,
  search,
  feed,
  digest,
  settings,
  help,
];
