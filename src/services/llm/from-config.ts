import type { Logger } from 'pino';
import type { Config } from '../../config.ts';
import type { ModelSummarizer } from '../../context.ts';
import type { KeyValueStore } from '../store/types.ts';
import { createTokenBudget } from './budget.ts';
import { createModelSummarizer } from './model-summarizer.ts';

/** The model summarizer the settings describe, or null when LLM_BASE_URL / LLM_MODEL are unset. */
export function modelSummarizerFor(
  config: Config,
  kv: KeyValueStore | null,
  logger?: Logger,
  now: () => Date = () => new Date(),
): ModelSummarizer | null {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return null;
  return createModelSummarizer(
    {
      baseUrl: config.LLM_BASE_URL,
      model: config.LLM_MODEL,
      ...(config.LLM_API_KEY ? { apiKey: config.LLM_API_KEY } : {}),
      timeoutMs: config.LLM_TIMEOUT_SECONDS * 1000,
    },
    {
      budget: kv ? createTokenBudget(kv, config.LLM_DAILY_TOKENS_PER_SERVER) : null,
      now,
      ...(logger ? { logger } : {}),
    },
  );
}
