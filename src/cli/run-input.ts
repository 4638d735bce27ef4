/**
 * One input of `newsbrief extract|summarize`, read and formatted: what it prints on stdout and
 * stderr, so that the main thread and the batch workers (batch.ts) produce exactly the same output.
 */
import { isUserFacingError } from '../services/errors.ts';
import type { Fetcher } from '../services/fetch/types.ts';
import type { Summarizer } from '../context.ts';
import type { modelSummarizerFor } from '../services/llm/from-config.ts';
import { writeSummary } from '../services/summary-writer.ts';
import { explanationRecord, formatExplanation } from './explain.ts';
import { readArticle } from './inputs.ts';
import { extractRecord, formatArticle, formatSummary, summaryRecord } from './output.ts';

export interface RunOptions {
  command: 'extract' | 'summarize';
  json: boolean;
  allQuotes: boolean;
  explain: boolean;
}

export interface InputDeps {
  fetcher: Fetcher;
  stdin: NodeJS.ReadableStream;
  llm: ReturnType<typeof modelSummarizerFor>;
}

/** What one input printed: lines for stdout and stderr, and whether it was read. */
export interface InputOutcome {
  stdout: string[];
  stderr: string[];
  ok: boolean;
}

// Loaded only for `summarize`: the summarizer's word and name lists are most of a cold start.
const loadSummarizerModule = () => import('../services/summarize/index.ts');
let summarizer: Summarizer | undefined;
const loadSummarizer = async () => (summarizer ??= (await loadSummarizerModule()).createSummarizer());

export async function runInput(input: string, options: RunOptions, deps: InputDeps): Promise<InputOutcome> {
  const { command, json } = options;
  const outcome: InputOutcome = { stdout: [], stderr: [], ok: true };
  try {
    // deps as they are: their stdin is a getter, read only for "-".
    const article = await readArticle(input, deps);
    if (command === 'extract') {
      outcome.stdout.push(json ? JSON.stringify(extractRecord(input, article)) : formatArticle(article));
      return outcome;
    }
    const offline = await loadSummarizer();
    const { llm } = deps;
    const summary = llm
      ? await writeSummary({ summarizer: offline, llm }, article, null, { forceModel: true })
      : offline.summarize(article, { allQuotes: options.allQuotes });
    if (llm && 'note' in summary && summary.note) outcome.stderr.push(`newsbrief: ${input}: ${summary.note}`);
    const explained = options.explain ? (await loadSummarizerModule()).explainQuotes(article) : null;
    const record = summaryRecord(input, article, summary);
    outcome.stdout.push(
      json
        ? JSON.stringify(explained ? { ...record, explanation: explanationRecord(explained) } : record)
        : formatSummary(article, summary) + (explained ? `\n\n${formatExplanation(explained)}` : ''),
    );
  } catch (error) {
    outcome.ok = false;
    const message = isUserFacingError(error)
      ? error.message
      : `unexpected error: ${(error as Error).message}`;
    outcome.stderr.push(`newsbrief: ${input}: ${message}`);
    if (json) outcome.stdout.push(JSON.stringify({ input, error: message }));
  }
  return outcome;
}
