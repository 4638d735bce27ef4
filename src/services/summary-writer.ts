import type { ModelSummarizer, Summarizer } from '../context.ts';
import { getGuildSettings } from './settings.ts';
import type { KeyValueStore } from './store/types.ts';
import type { OfflineSummary } from './summary-jobs/types.ts';
import type { Article, WrittenSummary } from './types.ts';

/**
 * Writes the summary of an article for a server: offline by default; by the language model when
 * the server chose it (/settings summarizer:llm) and one is configured. Only then does the
 * article's text leave the machine.
 */
export interface SummaryWriterDeps {
  llm?: ModelSummarizer | null;
  /** Where servers' settings live; without it (the CLI) only forceModel chooses the model. */
  kv?: KeyValueStore;
}

const NO_MODEL_NOTE =
  'This server chose summaries by a language model, but none is configured any more, so this is the offline summary.';

/** Who writes this server's summary: decided before the offline summary is made (the model needs every quote). */
export type SummaryChoice = 'offline' | 'model' | 'model-unavailable';

export async function summaryChoice(
  deps: SummaryWriterDeps,
  guildId: string | null,
  options: { forceModel?: boolean } = {},
): Promise<SummaryChoice> {
  const wantsModel =
    options.forceModel === true ||
    (guildId !== null &&
      deps.kv !== undefined &&
      (await getGuildSettings(deps.kv, guildId)).summarizer === 'llm');
  if (!wantsModel) return 'offline';
  return deps.llm ? 'model' : 'model-unavailable';
}

/** The written summary from the offline one; `offline.allQuotes` must be there when the choice is 'model'. */
export async function finishSummary(
  deps: SummaryWriterDeps,
  article: Article,
  offline: OfflineSummary,
  guildId: string | null,
  choice: SummaryChoice,
): Promise<WrittenSummary> {
  const { summary } = offline;
  if (choice === 'offline') return { ...summary, by: { kind: 'offline' }, note: null };
  if (choice === 'model-unavailable' || !deps.llm)
    return { ...summary, by: { kind: 'offline' }, note: NO_MODEL_NOTE };
  const allQuotes = offline.allQuotes ?? summary.quotes;
  return deps.llm.summarize(article, { summary, allQuotes }, guildId);
}

/** The whole of it with a summarizer in this thread (the CLI). */
export async function writeSummary(
  deps: SummaryWriterDeps & { summarizer: Summarizer },
  article: Article,
  guildId: string | null,
  options: { forceModel?: boolean } = {},
): Promise<WrittenSummary> {
  const choice = await summaryChoice(deps, guildId, options);
  const offline: OfflineSummary = {
    summary: deps.summarizer.summarize(article),
    allQuotes: choice === 'model' ? deps.summarizer.summarize(article, { allQuotes: true }).quotes : null,
  };
  return finishSummary(deps, article, offline, guildId, choice);
}
