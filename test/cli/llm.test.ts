import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { modelJson, startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.ts';

const seed = join(resolve(import.meta.dirname, '../..'), 'test/fixtures/seed-article/input.txt');

const run = (argv: string[], env: Record<string, string>) => runCli(argv, { env });

let fake: FakeLlmServer;
beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());

describe('newsbrief summarize --llm', () => {
  it('needs a configured model', async () => {
    const result = await run(['summarize', seed, '--llm'], {});
    expect(result.code).toBe(2);
    expect(result.err).toContain('--llm needs LLM_BASE_URL and LLM_MODEL');
  });

  it('prints the model’s bullets with the article’s quotes, and says which summarizer made them', async () => {
    const env = { LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model' };
    fake.answer(() => ({
      content: modelJson(['First point in the model’s words.', 'Second point, also rewritten.'], [1]),
    }));
    const ok = await run(['summarize', seed, '--llm', '--json'], env);
    expect(ok.code).toBe(0);
    const record = JSON.parse(ok.out) as { bullets: string[]; quotes: unknown[]; summarizer: string };
    expect(record.summarizer).toBe('llm:fake-model');
    expect(record.bullets).toEqual(['First point in the model’s words.', 'Second point, also rewritten.']);
    expect(record.quotes).toHaveLength(1);

    fake.answer(() => ({ status: 503 }));
    const fallback = await run(['summarize', seed, '--llm', '--json'], env);
    expect(fallback.code).toBe(0);
    expect(JSON.parse(fallback.out)).toMatchObject({ summarizer: 'offline' });
    expect(fallback.err).toContain('The language model had an error, so this is the offline summary.');
  });
});
