import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';

const root = resolve(import.meta.dirname, '../..');
const seed = join(root, 'test/fixtures/seed-article/input.txt');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cli-'));

const ARTICLE_HTML = `<!doctype html><html lang="en"><head><title>Harbour bridge reopens after repairs | Coast Times</title>
<meta property="og:site_name" content="Coast Times"><meta name="author" content="Dana Reyes">
<meta property="article:published_time" content="2026-03-04T09:00:00Z"></head><body><article>
<h1>Harbour bridge reopens after repairs</h1>
<p>The harbour bridge in Port Elm reopened to traffic on Tuesday after six months of repairs that cost the city 42 million dollars, officials said.</p>
<p>About 80,000 vehicles crossed the bridge each day before it was closed in September, when inspectors found cracks in two of its steel supports.</p>
<p>“We are proud that the work finished on time and under budget, and drivers will notice a smoother crossing,” said Mayor Lena Ortiz at the reopening ceremony.</p>
<p>Local businesses had complained that the closure cut their sales by as much as a third during the autumn months.</p>
<p>The city plans to inspect the bridge every year from now on, Ortiz said, instead of every five years as before.</p>
</article></body></html>`;

const run = runCli;

const jsonLines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let server: Server;
let base: string;
let requests = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    requests++;
    if (request.url === '/article') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(ARTICLE_HTML);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('newsbrief summarize', () => {
  it('prints the seed article summary as one JSON line with every field present', async () => {
    const { code, out } = await run(['summarize', seed, '--json']);
    expect(code).toBe(0);
    const [record] = jsonLines(out);
    expect(Object.keys(record!).sort()).toEqual(
      [
        'bullets',
        'byline',
        'bylineSource',
        'headline',
        'headlineSource',
        'imageUrl',
        'input',
        'lang',
        'publishedAt',
        'publishedAtSource',
        'quotes',
        'siteName',
        'url',
      ].sort(),
    );
    expect(record!.headline).toBe(
      'Washington says working with Pakistan to enhance civilian and military anti-terror capabilities',
    );
    expect(record!.headlineSource).toBe('first-line');
    expect(record!.url).toBeNull();
    const quotes = record!.quotes as { text: string; speaker: string }[];
    expect(quotes.find((q) => q.text.startsWith('We continue to have'))?.speaker).toBe('Matthew Miller');
  });

  it('keeps going after a failing input, reports it in order and exits 1', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { code, out, err } = await run(['summarize', join(dir, 'missing.txt'), seed, empty, '--json']);
    expect(code).toBe(1);
    const records = jsonLines(out);
    expect(records.map((r) => r.input)).toEqual([join(dir, 'missing.txt'), seed, empty]);
    expect(records[0]!.error).toMatch(/No such file/);
    expect(records[1]!.headline).toBeTruthy();
    expect(records[2]!.error).toMatch(/empty/i);
    expect(err).toMatch(/missing\.txt: No such file/);
  });

  it('refuses a binary file politely instead of summarizing noise', async () => {
    const binary = join(dir, 'photo.jpg');
    writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 2, 3]));
    const { code, err } = await run(['summarize', binary]);
    expect(code).toBe(1);
    expect(err).toMatch(/not a text or HTML file/);
  });

  it('refuses a page over 5 MB, then reads the next file whole', async () => {
    const huge = join(dir, 'huge.html');
    writeFileSync(huge, `<p>${'word '.repeat(1_100_000)}</p>`);
    const small = join(dir, 'after-huge.html');
    writeFileSync(small, ARTICLE_HTML);
    const { code, out, err } = await run(['extract', huge, small, '--json']);
    expect(code).toBe(1);
    // The path once, before the message.
    expect(err).toBe(`newsbrief: ${huge}: The file is larger than 5 MB.\n`);
    const [refused, read] = jsonLines(out);
    expect(refused!.error).toMatch(/larger than 5 MB/);
    expect(read!.headline).toBe('Harbour bridge reopens after repairs');
  });

  it('reads pasted text from standard input with "-"', async () => {
    const { code, out } = await run(['summarize', '-', '--json'], {
      stdin:
        'Storm closes schools\n\nHeavy snow closed every school in the county on Monday, the district said. Roads were blocked by drifts of up to two metres. Officials expect classes to resume on Wednesday.',
    });
    expect(code).toBe(0);
    expect(jsonLines(out)[0]!.headline).toBe('Storm closes schools');
  });

  it('summarizes text pasted as one paragraph, with a headline derived from it and marked so', async () => {
    const { code, out } = await run(['summarize', '-', '--json'], {
      stdin:
        'Heavy snow closed every school in the county on Monday, the district said. Roads were blocked by drifts of up to two metres. Officials expect classes to resume on Wednesday.',
    });
    expect(code).toBe(0);
    const [record] = jsonLines(out);
    expect(record!.headline).toBe(
      'Heavy snow closed every school in the county on Monday, the district said.',
    );
    expect(record!.headlineSource).toBe('derived');
    expect((record!.bullets as string[]).length).toBeGreaterThan(0);
  });

  it('summarizes a URL served on an allowed private host and refuses it when not allowed', async () => {
    const allowed = await run(['summarize', `${base}/article`, '--json'], {
      env: { FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
    });
    expect(allowed.code).toBe(0);
    const [record] = jsonLines(allowed.out);
    expect(record!.headline).toBe('Harbour bridge reopens after repairs');
    expect(record!.byline).toBe('Dana Reyes');
    expect(record!.quotes).toContainEqual(expect.objectContaining({ speaker: 'Lena Ortiz' }));

    const before = requests;
    const refused = await run(['summarize', `${base}/article`]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/private network/i);
    expect(requests).toBe(before);
  });

  it('refuses to fetch with a bad setting, and reads local files whatever the settings say', async () => {
    const env = { FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1', LOG_LEVEL: 'loud' };
    const before = requests;
    const fetching = await run(['summarize', `${base}/article`], { env });
    expect(fetching.code).toBe(2);
    expect(fetching.err).toMatch(/setting LOG_LEVEL/);
    expect(requests).toBe(before);

    const file = join(dir, 'bad-settings.html');
    writeFileSync(file, ARTICLE_HTML);
    const local = await run(['summarize', file, '--json'], { env });
    expect(local.code).toBe(0);
    expect(jsonLines(local.out)[0]!.headline).toBe('Harbour bridge reopens after repairs');
  });

  it('reports a missing page as not found', async () => {
    const { code, err } = await run(['summarize', `${base}/gone`], {
      env: { FETCH_ALLOW_PRIVATE_HOSTS: '127.0.0.1' },
    });
    expect(code).toBe(1);
    expect(err).toMatch(/not found/i);
  });
});

describe('newsbrief summarize --explain', () => {
  const story = [
    'Council backs the harbour plan',
    '',
    'Mayor Lena Ortiz and treasurer Tom Hill met the harbour board on Monday.',
    '',
    '“We will rebuild the north pier before the winter storms,” Ortiz said.',
    '',
    '“The money is there, and the council will vote on it in March,” said Hill, the city treasurer.',
  ].join('\n');

  it('prints, for each quote, the candidate speakers with their probabilities and main features', async () => {
    const file = join(dir, 'explain.txt');
    writeFileSync(file, story);
    const { code, out } = await run(['summarize', file, '--all-quotes', '--explain']);
    expect(code).toBe(0);
    const quote = out.indexOf('Quote 1: “We will rebuild the north pier');
    expect(quote).toBeGreaterThan(0);
    // The speaker the model picked, then each candidate: probability, name and the features behind it.
    expect(out.slice(quote)).toMatch(
      /— Lena Ortiz \(p 0\.\d\d\)\n {2}0\.\d\d {2}Lena Ortiz +.*s:after:name \+\d/u,
    );
    expect(out).toMatch(/Quote 2: .* — Tom Hill \(p /u);
    expect(out).toMatch(/\(nobody\)/u);
  });

  it('adds the same explanation to the JSON record', async () => {
    const file = join(dir, 'explain-json.txt');
    writeFileSync(file, story);
    const { code, out } = await run(['summarize', file, '--all-quotes', '--explain', '--json']);
    expect(code).toBe(0);
    const [record] = jsonLines(out);
    const explanation = record!.explanation as Array<{
      speaker: string | null;
      candidates: Array<{ name: string | null; probability: number; features: Record<string, number> }>;
    }>;
    expect(explanation.map((q) => q.speaker)).toEqual(['Lena Ortiz', 'Tom Hill']);
    const first = explanation[0]!.candidates;
    expect(first[0]!.name).toBe('Lena Ortiz');
    expect(first.reduce((sum, c) => sum + c.probability, 0)).toBeCloseTo(1, 5);
    expect(Object.keys(first[0]!.features)).toContain('s:after:name');
  });
});

describe('newsbrief extract', () => {
  it('prints the article body with paragraphs separated by a blank line', async () => {
    const page = join(dir, 'bridge.html');
    writeFileSync(page, ARTICLE_HTML);
    const { code, out } = await run(['extract', page, '--json']);
    expect(code).toBe(0);
    const [record] = jsonLines(out);
    expect(record!.publishedAt).toMatch(/^2026-03-04/);
    expect(record!.siteName).toBe('Coast Times');
    const body = record!.body as string;
    expect(body.split('\n\n')).toHaveLength(5);
    expect(body).not.toMatch(/Harbour bridge reopens after repairs/);
  });
});

describe('refusals', () => {
  it('says what a page without an article is instead, and summarizes a page with only a little prose', async () => {
    const video = join(dir, 'video.html');
    writeFileSync(
      video,
      '<html><head><meta property="og:type" content="video.other"></head><body><h1>Watch: the bridge reopens</h1><video src="clip.mp4"></video><p>Watch the moment.</p></body></html>',
    );
    const refused = await run(['extract', video, '--json']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/video\.html: That page is a video with fewer than 40 words of text/);
    expect(jsonLines(refused.out)[0]!.error).toMatch(/is a video/);

    const brief = join(dir, 'brief.html');
    const sentence = 'The harbour bridge reopened on Monday after six months of repairs, the city said';
    writeFileSync(
      brief,
      `<html><body><aside><p>${sentence}. ${sentence}. ${sentence}.</p></aside></body></html>`,
    );
    const read = await run(['summarize', brief, '--json']);
    expect(read.code).toBe(0);
    expect(jsonLines(read.out)[0]!.headlineSource).toBe('derived');
  });
});

describe('the newsbrief executable', () => {
  it('runs the compiled CLI (dist/cli-bundle) through the package bin', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(root, 'bin/newsbrief.cjs'),
      'summarize',
      seed,
    ]);
    expect(stdout).toMatch(/^Washington says working with Pakistan/);
    expect(stdout).toMatch(/— Matthew Miller/);
  });

  it('reads a page in a legacy charset from the compiled CLI too (iconv-lite is loaded when needed)', async () => {
    const file = join(dir, 'latin1-page.html');
    const paragraph =
      '<p>Le café du coin a rouvert après des mois de travaux, et les habitués sont revenus dès le premier matin.</p>';
    writeFileSync(
      file,
      Buffer.from(
        `<html><head><meta charset="iso-8859-1"><title>Café près de la gare</title></head><body><article>${paragraph.repeat(8)}</article></body></html>`,
        'latin1',
      ),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [
      join(root, 'bin/newsbrief.cjs'),
      'extract',
      file,
    ]);
    expect(stdout).toMatch(/^Café près de la gare\n/);
    expect(stdout).toContain('les habitués sont revenus dès le premier matin');
  });

  it('explains its usage on a bad command', async () => {
    const { code, err } = await run(['frobnicate']);
    expect(code).toBe(2);
    expect(err).toMatch(/Usage:/);
  });
});

describe('file encodings', () => {
  it('reads a windows-1252 text file with its accents intact', async () => {
    const file = join(dir, 'latin1.txt');
    writeFileSync(
      file,
      Buffer.from(
        'Café owners protest new rules\n\nCafé owners in the old town protested on Monday against new rules that limit terrace seating, the city council said.',
        'latin1',
      ),
    );
    const { code, out } = await run(['summarize', file, '--json']);
    expect(code).toBe(0);
    expect(jsonLines(out)[0]!.headline).toBe('Café owners protest new rules');
  });
});
