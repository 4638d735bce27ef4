import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleInput } from '../../../src/services/article-input.ts';
import { UserFacingError } from '../../../src/services/errors.ts';
import { createSummarizer } from '../../../src/services/summarize/index.ts';
import { createPooledSummaryJobs } from '../../../src/services/summary-jobs/pooled.ts';
import { runSummaryJob } from '../../../src/services/summary-jobs/run-job.ts';
import { jobOwner, type SummaryJob, type SummaryJobs } from '../../../src/services/summary-jobs/types.ts';
import { HOG_MEMORY, SPIN_FOREVER, SPINNING_WORKER } from '../../support/workers/markers.ts';

const fixtures = new URL('../../fixtures/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, fixtures), 'utf8');
const summarizer = createSummarizer();
const inProcess = (job: SummaryJob) => runSummaryJob(job, summarizer);

/** The seed inputs: the pasted seed article, the golden pages and the extraction fixtures, as the bot reads them. */
function seedInputs(): { name: string; input: ArticleInput }[] {
  const pages = (dir: string, file: string) =>
    readdirSync(new URL(dir, fixtures), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map(({ name }) => ({
        name: `${dir}${name}`,
        input: {
          content: read(`${dir}${name}/${file}`),
          format: 'html' as const,
          pageUrl: `https://news.example/${name}`,
        },
      }));
  return [
    {
      name: 'seed-article',
      input: { content: read('seed-article/input.txt'), format: 'text', pageUrl: null },
    },
    {
      name: 'markdown',
      input: {
        content:
          '# Ferries return\n\nThe **ferry** service resumed on Monday, the port said.\n\n- Four sailings a day',
        format: 'markdown',
        pageUrl: null,
      },
    },
    ...pages('golden-pages/', 'page.html'),
    ...pages('extract/', 'input.html').slice(0, 6),
  ];
}

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title><link>https://news.example/</link>
<item><title>Ferries return</title><link>https://news.example/ferries</link><pubDate>Tue, 05 May 2026 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Ferries sail again.&lt;/p&gt;</description></item></channel></rss>`;

let jobs: SummaryJobs;
beforeAll(() => {
  jobs = createPooledSummaryJobs({ size: 2, timeoutMs: 20_000, logger: pino({ level: 'silent' }) });
});
afterAll(async () => {
  await jobs.close();
});

describe('summary jobs on the pool', () => {
  it('give the same articles and summaries as the summarizer in this thread, for every seed input', async () => {
    const inputs = seedInputs();
    expect(inputs.length).toBeGreaterThan(20);
    for (const { name, input } of inputs) {
      const pooled = await jobs.readAndSummarize(input, { allQuotes: true }).catch((error: unknown) => error);
      let expected: unknown;
      try {
        expected = inProcess({ kind: 'readAndSummarize', input, allQuotes: true });
      } catch (error) {
        expected = error;
      }
      if (expected instanceof UserFacingError) {
        expect(pooled, name).toBeInstanceOf(UserFacingError);
        expect((pooled as UserFacingError).code, name).toBe(expected.code);
      } else {
        expect(pooled, name).toEqual(expected);
      }
    }
  }, 60_000);

  it('read, summarize and parse feeds as in this thread', async () => {
    const input: ArticleInput = { content: read('seed-article/input.txt'), format: 'text', pageUrl: null };
    const article = await jobs.read(input);
    expect(article).toEqual(inProcess({ kind: 'read', input }));
    expect(await jobs.summarize(article, { allQuotes: false })).toEqual(
      inProcess({ kind: 'summarize', article, allQuotes: false }),
    );
    const feed = await jobs.parseFeed(RSS, 'https://news.example/feed');
    expect(feed.items[0]?.title).toBe('Ferries return');
    expect(feed).toEqual(inProcess({ kind: 'parseFeed', body: RSS, url: 'https://news.example/feed' }));
  });

  it('reject an empty input with the same UserFacingError as in this thread', async () => {
    const error = await jobs
      .readAndSummarize({ content: '  \n', format: 'text', pageUrl: null }, { allQuotes: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({
      code: 'no_article',
      message: 'That input is empty: there is no article to read.',
    });
  });
});

describe('a job past SUMMARY_TIMEOUT_MS', () => {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  let slow: SummaryJobs;
  beforeAll(() => {
    slow = createPooledSummaryJobs({
      size: 1,
      timeoutMs: 300,
      logger: pino({ level: 'info' }, sink),
      workerUrl: SPINNING_WORKER,
    });
  });
  afterAll(async () => {
    await slow.close();
  });

  const secret = `${SPIN_FOREVER} He said "this never ends and the member's private words`;

  it('is stopped with a polite too_complex error, logged with its kind and size but never its content', async () => {
    const error = await slow
      .readAndSummarize({ content: secret, format: 'markdown', pageUrl: null }, { allQuotes: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect(error).toMatchObject({ code: 'too_complex' });
    expect((error as Error).message).toMatch(/^That article is too complex to summarize/);
    const logged = lines.find((line) => line.msg === 'summary job stopped: past its time budget');
    expect(logged).toMatchObject({ kind: 'markdown', bytes: Buffer.byteLength(secret), timeoutMs: 300 });
    expect(JSON.stringify(lines)).not.toContain('private words');
  });

  it('says so of a feed, and the pool goes on serving', async () => {
    const error = await slow.parseFeed(`${SPIN_FOREVER}<rss/>`, null).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too_complex' });
    expect((error as Error).message).toMatch(/^That feed is too complex to read/);
    expect(lines.at(-1)).toMatchObject({ kind: 'feed' });
    const input: ArticleInput = { content: read('seed-article/input.txt'), format: 'text', pageUrl: null };
    expect(await slow.read(input)).toEqual(inProcess({ kind: 'read', input }));
  });
});

describe('members waiting for a worker', () => {
  it("answer a member past SUMMARY_QUEUE_PER_MEMBER with a polite busy error, and still queue others' work", async () => {
    const busy = createPooledSummaryJobs({
      size: 1,
      timeoutMs: 60_000,
      queue: { total: 10, perOwner: 2 },
      logger: pino({ level: 'silent' }),
      workerUrl: SPINNING_WORKER,
    });
    await busy.ready();
    const input = (text: string): ArticleInput => ({ content: text, format: 'text', pageUrl: null });
    const a = { allQuotes: false, owner: jobOwner('a') };
    // The first holds the only worker; two more wait; the fourth is one too many for member a.
    const held = [1, 2, 3].map(() =>
      busy.readAndSummarize(input(`${SPIN_FOREVER} worst case`), a).catch((e: unknown) => e),
    );
    const refused = await busy.readAndSummarize(input('One more file.'), a).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserFacingError);
    expect(refused).toMatchObject({ code: 'busy' });
    expect((refused as Error).message).toMatch(/busy .* try again in a moment/);
    // Another member's job and a feed poll are queued, not refused: they end only when the pool closes.
    const others = [
      busy.read(input('Another member.'), { owner: jobOwner('b') }).catch((e: unknown) => e),
      busy.parseFeed(RSS, null).catch((e: unknown) => e),
    ];
    await busy.close();
    for (const outcome of await Promise.all([...held, ...others]))
      expect(outcome).toMatchObject({ name: 'PoolClosedError' });
  });
});

describe('a job past SUMMARY_WORKER_MEMORY_MB', () => {
  it('is stopped with the polite too_complex error, and a new worker serves the next', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean))
          lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const limited = createPooledSummaryJobs({
      size: 1,
      timeoutMs: 20_000,
      memoryMb: 64,
      logger: pino({ level: 'info' }, sink),
      workerUrl: SPINNING_WORKER,
    });
    try {
      const content = `${HOG_MEMORY} a member's private words`;
      const error = await limited
        .readAndSummarize({ content, format: 'text', pageUrl: null }, { allQuotes: false })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect(error).toMatchObject({ code: 'too_complex' });
      expect((error as Error).message).toMatch(
        /^That article is too complex to summarize: it needed more memory/,
      );
      expect(lines.find((line) => line.msg === 'summary job stopped: past its memory limit')).toMatchObject({
        kind: 'text',
        bytes: Buffer.byteLength(content),
        memoryMb: 64,
      });
      expect(JSON.stringify(lines)).not.toContain('private words');
      const input: ArticleInput = { content: read('seed-article/input.txt'), format: 'text', pageUrl: null };
      expect(await limited.read(input)).toEqual(inProcess({ kind: 'read', input }));
    } finally {
      await limited.close();
    }
  });
});
