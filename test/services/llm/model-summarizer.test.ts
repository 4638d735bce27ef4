/** The language-model summarizer against a fake OpenAI-compatible endpoint: every canned answer ends in a verbatim summary. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenBudget } from '../../../src/services/llm/budget.ts';
import { createModelSummarizer } from '../../../src/services/llm/model-summarizer.ts';
import { normaliseForQuoteCheck } from '../../../src/services/llm/verbatim.ts';
import { MemoryKeyValueStore } from '../../../src/services/store/memory.ts';
import { createSummarizer } from '../../../src/services/summarize/index.ts';
import { writeSummary } from '../../../src/services/summary-writer.ts';
import { saveGuildSettings } from '../../../src/services/settings.ts';
import type { Article, WrittenSummary } from '../../../src/services/types.ts';
import { modelJson, startFakeLlmServer, type FakeLlmServer } from '../../support/fake-llm-server.ts';

const ARTICLE: Article = {
  url: 'https://news.example/harbour',
  canonicalUrl: 'https://news.example/harbour',
  headline: 'Harbour reopens after storm repairs',
  byline: 'Jane Doe',
  publishedAt: '2026-06-01',
  siteName: 'Coast Post',
  lang: 'en',
  imageUrl: null,
  keyPoints: [],
  paragraphs: [
    'The northern quay reopened on Monday after six months of repairs to the sea wall, the port authority said.',
    '“We are ready to welcome passengers again,” said Maria Lopez, the harbour master.',
    'Forty ferry sailings a week will resume, and a night crossing is planned for July.',
    '“The winter was hard for every shop on the front,” said Tom Reed, who runs a café by the quay.',
    'The repairs cost 12 million euros, paid by the regional government.',
  ],
};

const offlineSummarizer = createSummarizer();
const offline = {
  summary: offlineSummarizer.summarize(ARTICLE),
  allQuotes: offlineSummarizer.summarize(ARTICLE, { allQuotes: true }).quotes,
};
const articleText = normaliseForQuoteCheck(`${ARTICLE.headline}\n${ARTICLE.paragraphs.join('\n')}`);

/** Every quote shown, and every quoted span inside a bullet, is in the article word for word. */
function expectVerbatim(summary: WrittenSummary) {
  for (const quote of summary.quotes) expect(articleText).toContain(normaliseForQuoteCheck(quote.text));
  for (const bullet of summary.bullets)
    for (const span of bullet.match(/“[^”]+”|"[^"]+"/g) ?? [])
      expect(articleText).toContain(normaliseForQuoteCheck(span.slice(1, -1)));
}

const GOOD_BULLETS = [
  'The northern quay has reopened after half a year of sea wall repairs.',
  'Forty weekly ferry sailings are coming back, with a night crossing planned in July.',
  'The regional government paid the 12 million euro bill.',
];

let fake: FakeLlmServer;
const endpoint = (timeoutMs = 2000) => ({
  baseUrl: fake.baseUrl,
  model: 'fake-model',
  apiKey: 'sk-test',
  timeoutMs,
});
const summarizer = (timeoutMs?: number) =>
  createModelSummarizer(endpoint(timeoutMs), { budget: null, now: () => new Date('2026-06-01T10:00:00Z') });

beforeAll(async () => {
  fake = await startFakeLlmServer();
});
afterAll(() => fake.close());

describe('a summary written by a language model', () => {
  it('has the model’s bullets and the quotes it picked by number, taken from the article', async () => {
    expect(offline.allQuotes.map((quote) => quote.speaker)).toEqual(['Maria Lopez', 'Tom Reed']);
    fake.answer(() => ({ content: modelJson(GOOD_BULLETS, [2, 1, 2, 9]) }));
    const summary = await summarizer().summarize(ARTICLE, offline, null);
    expect(summary.by).toEqual({ kind: 'llm', model: 'fake-model' });
    expect(summary.note).toBeNull();
    expect(summary.bullets).toEqual(GOOD_BULLETS);
    expect(summary.quotes).toEqual([offline.allQuotes[1], offline.allQuotes[0]]);
    expectVerbatim(summary);

    const request = fake.requests.at(-1)!;
    expect(request.model).toBe('fake-model');
    expect(request.authorization).toBe('Bearer sk-test');
    expect(request.response_format).toMatchObject({ type: 'json_schema' });
    expect(request.messages[1]!.content).toContain(
      '1. “We are ready to welcome passengers again” — Maria Lopez',
    );
  });

  it('removes a quotation the model invented, and keeps one it copied exactly', async () => {
    fake.answer(() => ({
      content: modelJson(
        [
          'The harbour master said “we will never close the quay again” after the repairs ended.',
          '“We are ready to welcome passengers again,” the harbour master said as the quay reopened.',
          ...GOOD_BULLETS.slice(1),
        ],
        [1],
      ),
    }));
    const summary = await summarizer().summarize(ARTICLE, offline, null);
    expect(summary.by.kind).toBe('llm');
    expect(summary.quoteCheck).toEqual({ removed: ['“we will never close the quay again”'], kept: 1 });
    expect(summary.bullets[0]).toBe('The harbour master said after the repairs ended.');
    expect(summary.bullets.join(' ')).not.toContain('never close');
    expectVerbatim(summary);
  });

  it('falls back to the offline summary, saying why in one line, on broken JSON, a slow answer, 429 and 5xx', async () => {
    const cases: [() => void, RegExp][] = [
      [
        () => fake.answer(() => ({ content: '{"bullets": ["The quay reopened", ' })),
        /answer could not be used/,
      ],
      [
        () => fake.answer(() => ({ content: modelJson(GOOD_BULLETS, [1]), delayMs: 1500 })),
        /did not answer in time/,
      ],
      [() => fake.answer(() => ({ status: 429 })), /busy right now \(429\)/],
      [() => fake.answer(() => ({ status: 503 })), /had an error/],
      [
        () => fake.answer(() => ({ content: modelJson(['Mayor: “Never.”', 'Yes.'], [1]) })),
        /answer could not be used/,
      ],
    ];
    for (const [setUp, note] of cases) {
      setUp();
      const summary = await summarizer(300).summarize(ARTICLE, offline, null);
      expect(summary.by).toEqual({ kind: 'offline' });
      expect(summary.note).toMatch(note);
      expect(summary.note!.split('\n')).toHaveLength(1);
      expect(summary.bullets).toEqual(offline.summary.bullets);
      expect(summary.quotes).toEqual(offline.summary.quotes);
      expectVerbatim(summary);
    }
  });

  it('asks again without structured output when the endpoint does not support it, and reads JSON inside prose', async () => {
    fake.answer((request) =>
      request.response_format
        ? { status: 400, body: '{"error":{"message":"response_format json_schema is not supported"}}' }
        : {
            content: `Sure! Here it is:\n\`\`\`json\n${modelJson(GOOD_BULLETS, ['2'] as unknown as number[])}\n\`\`\``,
          },
    );
    const before = fake.requests.length;
    const summary = await summarizer().summarize(ARTICLE, offline, null);
    expect(fake.requests.slice(before).map((r) => r.response_format === undefined)).toEqual([false, true]);
    expect(summary.by.kind).toBe('llm');
    expect(summary.quotes).toEqual([offline.allQuotes[1]]);
  });

  it('stops at the server’s daily token budget', async () => {
    const kv = new MemoryKeyValueStore(() => Date.parse('2026-06-01T10:00:00Z'));
    const budget = createTokenBudget(kv, 3000);
    const limited = createModelSummarizer(endpoint(), {
      budget,
      now: () => new Date('2026-06-01T10:00:00Z'),
    });
    fake.answer(() => ({ content: modelJson(GOOD_BULLETS, [1]), totalTokens: 2000 }));
    expect((await limited.summarize(ARTICLE, offline, 'guild-1')).by.kind).toBe('llm');
    expect(await budget.used('guild-1', new Date('2026-06-01T11:00:00Z'))).toBe(2000);
    const before = fake.requests.length;
    const second = await limited.summarize(ARTICLE, offline, 'guild-1');
    expect(second.note).toMatch(/allowance for today/);
    expect(fake.requests.length).toBe(before);
    // Another server has its own budget.
    expect((await limited.summarize(ARTICLE, offline, 'guild-2')).by.kind).toBe('llm');
  });
});

describe('which servers use the model', () => {
  it('sends page text only for a server that chose the model', async () => {
    const kv = new MemoryKeyValueStore(() => Date.now());
    fake.answer(() => ({ content: modelJson(GOOD_BULLETS, [1]) }));
    const deps = { summarizer: offlineSummarizer, llm: summarizer(), kv };
    const before = fake.requests.length;
    expect((await writeSummary(deps, ARTICLE, 'quiet-guild')).by.kind).toBe('offline');
    expect(fake.requests.length).toBe(before);
    await saveGuildSettings(kv, 'chosen-guild', { summarizer: 'llm' });
    expect((await writeSummary(deps, ARTICLE, 'chosen-guild')).by.kind).toBe('llm');
    expect(fake.requests.length).toBe(before + 1);
    const without = await writeSummary({ ...deps, llm: null }, ARTICLE, 'chosen-guild');
    expect(without.by.kind).toBe('offline');
    expect(without.note).toMatch(/none is configured/);
  });
});
