import type { Logger } from 'pino';
import type { ModelSummarizer } from '../../context.ts';
import type { Article, Quote, Summary, WrittenSummary } from '../types.ts';
import type { TokenBudget } from './budget.ts';
import { completeChat, LlmUnavailableError, type LlmEndpoint, type LlmFailure } from './client.ts';
import { parseModelAnswer } from './answer.ts';
import { articleText, buildPrompt, estimateTokens, MAX_PICKED_QUOTES, MAX_QUOTES_OFFERED } from './prompt.ts';
import { checkBulletQuotes, normaliseForQuoteCheck } from './verbatim.ts';

/** Fewer usable bullets than this and the model's answer is not used. */
const MIN_BULLETS = 2;
const MAX_BULLETS = 5;
const MAX_BULLET_CHARS = 400;

const FALLBACK_NOTES: Record<LlmFailure | 'budget', string> = {
  timeout: 'The language model did not answer in time, so this is the offline summary.',
  rate_limited: 'The language model is busy right now (429), so this is the offline summary.',
  server: 'The language model had an error, so this is the offline summary.',
  unreachable: 'The language model could not be reached, so this is the offline summary.',
  refused: 'The language model refused the request, so this is the offline summary.',
  bad_answer: 'The language model’s answer could not be used, so this is the offline summary.',
  budget: 'This server has used its language-model allowance for today, so this is the offline summary.',
};

export interface ModelSummarizerDeps {
  /** Null: nobody's budget is counted (the CLI). */
  budget: TokenBudget | null;
  now: () => Date;
  logger?: Logger;
}

/**
 * The bullets from the model, each quoted span checked against the article; the quotes it picked,
 * taken from the offline extractor's list (so from the article text). Null when too few bullets
 * survive to make a summary.
 */
export function assembleModelSummary(
  article: Article,
  offline: { summary: Summary; allQuotes: Quote[] },
  answerText: string,
): (Summary & { quoteCheck: { removed: string[]; kept: number } }) | null {
  const answer = parseModelAnswer(answerText);
  if (!answer) return null;
  const normalisedArticle = normaliseForQuoteCheck(`${article.headline}\n${articleText(article)}`);
  const removed: string[] = [];
  let kept = 0;
  const bullets: string[] = [];
  for (const raw of answer.bullets.slice(0, MAX_BULLETS)) {
    const checked = checkBulletQuotes(raw.slice(0, MAX_BULLET_CHARS), normalisedArticle);
    removed.push(...checked.removed);
    kept += checked.kept.length;
    if (checked.text) bullets.push(checked.text);
  }
  if (bullets.length < MIN_BULLETS) return null;
  const offered = offline.allQuotes.slice(0, MAX_QUOTES_OFFERED);
  const picked = answer.quotes
    ? [...new Set(answer.quotes)]
        .map((n) => offered[n - 1])
        .filter((quote): quote is Quote => quote !== undefined)
        .slice(0, MAX_PICKED_QUOTES)
    : offline.summary.quotes;
  return { headline: offline.summary.headline, bullets, quotes: picked, quoteCheck: { removed, kept } };
}

export function createModelSummarizer(endpoint: LlmEndpoint, deps: ModelSummarizerDeps): ModelSummarizer {
  const offlineWith = (summary: Summary, reason: LlmFailure | 'budget'): WrittenSummary => ({
    ...summary,
    by: { kind: 'offline' },
    note: FALLBACK_NOTES[reason],
  });
  return {
    model: endpoint.model,
    async summarize(article, offline, budgetKey) {
      const messages = buildPrompt(article, offline.allQuotes);
      const estimate = estimateTokens(messages);
      const now = deps.now();
      if (budgetKey && deps.budget && !(await deps.budget.reserve(budgetKey, estimate, now)))
        return offlineWith(offline.summary, 'budget');
      let spent = estimate;
      try {
        const completion = await completeChat(endpoint, messages);
        spent = completion.totalTokens ?? estimate;
        const summary = assembleModelSummary(article, offline, completion.content);
        if (!summary) return offlineWith(offline.summary, 'bad_answer');
        return { ...summary, by: { kind: 'llm', model: endpoint.model }, note: null };
      } catch (error) {
        if (!(error instanceof LlmUnavailableError)) throw error;
        deps.logger?.warn({ err: error, failure: error.failure }, 'language model not used for a summary');
        return offlineWith(offline.summary, error.failure);
      } finally {
        if (budgetKey && deps.budget) await deps.budget.settle(budgetKey, estimate, spent, now);
      }
    },
  };
}
