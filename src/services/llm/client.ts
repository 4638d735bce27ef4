import { MAX_ANSWER_TOKENS, SUMMARY_SCHEMA, type ChatMessage } from './prompt.ts';

/**
 * One chat completion from an OpenAI-compatible endpoint (OpenAI, OpenRouter, Ollama's /v1). The
 * answer is asked for as structured output (a JSON schema); an endpoint that refuses that field
 * is asked once more without it. Every failure is an LlmUnavailableError saying what happened.
 */

export type LlmFailure = 'timeout' | 'rate_limited' | 'server' | 'unreachable' | 'refused' | 'bad_answer';

export class LlmUnavailableError extends Error {
  override readonly name = 'LlmUnavailableError';
  constructor(
    readonly failure: LlmFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface LlmEndpoint {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export interface Completion {
  content: string;
  /** Tokens the endpoint counted (prompt + answer), when it says. */
  totalTokens: number | null;
}

/** A 400 that names response_format / json_schema: the endpoint does not do structured output. */
const refusesStructuredOutput = (status: number, text: string) =>
  status === 400 && /response_format|json_schema|structured/i.test(text);

async function post(endpoint: LlmEndpoint, body: Record<string, unknown>, signal: AbortSignal) {
  const url = `${endpoint.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  try {
    return await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
      },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted)
      throw new LlmUnavailableError('timeout', `no answer within ${endpoint.timeoutMs / 1000} s`, {
        cause: error,
      });
    throw new LlmUnavailableError('unreachable', 'the endpoint could not be reached', { cause: error });
  }
}

export async function completeChat(endpoint: LlmEndpoint, messages: ChatMessage[]): Promise<Completion> {
  const signal = AbortSignal.timeout(endpoint.timeoutMs);
  const base = { model: endpoint.model, messages, temperature: 0.2, max_tokens: MAX_ANSWER_TOKENS };
  const structured = {
    ...base,
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'news_summary', strict: true, schema: SUMMARY_SCHEMA },
    },
  };
  try {
    let response = await post(endpoint, structured, signal);
    if (response.status === 400) {
      const text = await response.text();
      if (!refusesStructuredOutput(response.status, text))
        throw new LlmUnavailableError('refused', `the endpoint refused the request (400)`);
      response = await post(endpoint, base, signal);
    }
    if (response.status === 429)
      throw new LlmUnavailableError('rate_limited', 'the endpoint is rate limiting (429)');
    if (response.status >= 500)
      throw new LlmUnavailableError('server', `the endpoint failed (${response.status})`);
    if (!response.ok)
      throw new LlmUnavailableError('refused', `the endpoint refused the request (${response.status})`);
    const json = (await response.json().catch(() => null)) as {
      choices?: { message?: { content?: unknown } }[];
      usage?: { total_tokens?: unknown };
    } | null;
    const content = json?.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new LlmUnavailableError('bad_answer', 'the answer had no message');
    const total = json?.usage?.total_tokens;
    return { content, totalTokens: typeof total === 'number' && total >= 0 ? total : null };
  } catch (error) {
    if (error instanceof LlmUnavailableError) throw error;
    if (signal.aborted)
      throw new LlmUnavailableError('timeout', `no answer within ${endpoint.timeoutMs / 1000} s`, {
        cause: error,
      });
    throw new LlmUnavailableError('unreachable', 'the endpoint could not be read', { cause: error });
  }
}
