import type { ModelSummarizer, Summarizer } from '../context.ts';
import { getGuildSettings } from './settings.ts';
import type { KeyValueStore } from './store/types.ts';
import type { Article, WrittenSummary } from './types.ts';

/**
 * Writes the summary of an article for a server: offline by default; by the language model when
 * the server chose it (/settings summarizer:llm) and one is configured. Only then does the
 * article's text leave the machine.
 */
export interface SummaryWriterDeps {
  summarizer: Summarizer;
  llm?: ModelSummarizer | null;
  /** Where servers' settings live; without it (the CLI) only forceModel chooses the model. */
  kv?: KeyValueStore;
}

const NO_MODEL_NOTE =
  'This server chose summaries by a language model, but none is configured any more, so this is the offline summary.';

export async function writeSummary(
  deps: SummaryWriterDeps,
  article: Article,
  guildId: string | null,
  options: { forceModel?: boolean } = {},
): Promise<WrittenSummary> {
  const summary = deps.summarizer.summarize(article);
  const wantsModel =
    options.forceModel === true ||
    (guildId !== null &&
      deps.kv !== undefined &&
      (await getGuildSettings(deps.kv, guildId)).summarizer === 'llm');
  if (!wantsModel) return { ...summary, by: { kind: 'offline' }, note: null };
  if (!deps.llm) return { ...summary, by: { kind: 'offline' }, note: NO_MODEL_NOTE };
  const allQuotes = deps.summarizer.summarize(article, { allQuotes: true }).quotes;
  return deps.llm.summarize(article, { summary, allQuotes }, guildId);
}
