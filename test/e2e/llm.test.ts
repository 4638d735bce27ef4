/**
 * /settings summarizer:llm end to end: the real bot against the local Discord server, with a fake
 * OpenAI-compatible endpoint. Offline stays the default (nothing is sent); a server that chose the
 * model gets its bullets, never an invented quote; a busy model falls back with a one-line note.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelJson, startFakeLlmServer, type FakeLlmServer } from '../support/fake-llm-server.ts';
import { articlePage, HARBOUR_ARTICLE, ROVER_ARTICLE } from './article-pages.ts';
import { defaultRoutes, startHarness, type Harness } from './harness.ts';
import { newsroom, textOf } from './newsroom.ts';

let h: Harness;
let fake: FakeLlmServer;

beforeAll(async () => {
  fake = await startFakeLlmServer();
  h = await startHarness({
    env: { LLM_BASE_URL: fake.baseUrl, LLM_MODEL: 'fake-model', LLM_TIMEOUT_SECONDS: '2' },
    routes: {
      ...defaultRoutes(),
      '/news/harbour-2': { body: articlePage(HARBOUR_ARTICLE) },
      '/science/rover-2': { body: articlePage(ROVER_ARTICLE) },
    },
  });
});
afterAll(async () => {
  await h?.close();
  await fake?.close();
});

const summarize = async (room: Awaited<ReturnType<typeof newsroom>>, path: string) => {
  const answer = await room
    .run('summarize', undefined, [{ name: 'url', value: h.site.url(path) }])
    .waitForResponse((m) => m.embeds.length > 0, 10_000);
  expect(answer.allowed_mentions).toEqual({ parse: [] });
  return answer;
};

describe('/settings summarizer', () => {
  it('keeps summaries offline until a server chooses the model, which then never misquotes', async () => {
    const room = await newsroom(h);
    const offline = await summarize(room, '/news/harbour-reopens');
    expect(offline.embeds[0]!.footer!.text).toContain('offline summary');
    expect(fake.requests).toHaveLength(0);

    const saved = await room.ask('settings', undefined, [{ name: 'summarizer', value: 'llm' }]);
    expect(saved).toContain('Saved. Summaries here are written by the language model **fake-model**');

    fake.answer(() => ({
      content: modelJson(
        [
          'A rover drilled into a shadowed lunar crater and confirmed water ice there.',
          'Dr Samuel Okafor called it “the greatest discovery in the history of science” on Wednesday.',
          'The ice could supply water, oxygen and fuel to future crews.',
        ],
        [1],
      ),
    }));
    const written = await summarize(room, '/science/rover-ice');
    const embed = written.embeds[0]!;
    expect(embed.footer!.text).toContain('summary by fake-model');
    expect(embed.description).toContain('A rover drilled into a shadowed lunar crater');
    expect(embed.description).not.toContain('greatest discovery');
    expect(embed.description).toContain(
      '“This is the first time we have touched lunar ice directly rather than inferring it from orbit” — Samuel Okafor',
    );
    expect(fake.requests.at(-1)!.messages[1]!.content).toContain('Lunar rover finds water ice');

    fake.answer(() => ({ status: 429 }));
    const busy = await summarize(room, '/science/rover-2');
    expect(busy.content).toBe(
      'ℹ️ The language model is busy right now (429), so this is the offline summary.',
    );
    expect(busy.embeds[0]!.footer!.text).toContain('offline summary');
    expect(textOf(busy)).toContain('Okafor');
  });

  it('says so when a member without Manage Server tries to change it', async () => {
    const room = await newsroom(h);
    const member = h.discord.addMember(room.guild.id, {});
    const answer = await room
      .run('settings', undefined, [{ name: 'summarizer', value: 'llm' }], member.user.id)
      .waitForResponse();
    expect(answer.content).toBe('Only members with the Manage Server permission can change settings.');
  });
});
