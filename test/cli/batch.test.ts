import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import {
  defaultThreads,
  INPUTS_PER_THREAD,
  runBatch,
  threadsFor,
  type ReadingThread,
  type WorkerData,
} from '../../src/cli/batch.ts';
import type { InputOutcome } from '../../src/cli/run-input.ts';
import { runCli } from '../support/cli.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-batch-'));
const TOWNS = ['Port Elm', 'Ashford', 'Brill', 'Calder', 'Dunmore', 'Easton', 'Fallow', 'Garth', 'Hale'];

/** A made-up page per town, so that every output names its own input. */
function page(town: string): string {
  const paragraph = `The council of ${town} voted on Monday to rebuild the old market hall, which closed three years ago after a storm damaged its roof, the town clerk said.`;
  return `<html><head><title>${town} will rebuild its market hall</title></head><body><article><h1>${town} will rebuild its market hall</h1>
<p>${paragraph}</p><p>Work starts in spring and should take two years, according to the plans published by the council this week.</p>
<p>“We have waited long enough for this hall to open again,” said Mara Quill, who runs a bakery on the square in ${town}.</p></article></body></html>`;
}

const inputs: string[] = [];
for (let i = 0; i < 3 * INPUTS_PER_THREAD; i++) {
  const town = `${TOWNS[i % TOWNS.length]} ${i}`;
  const file = join(dir, `page-${i}.html`);
  writeFileSync(file, page(town));
  inputs.push(file);
}
// One input that cannot be read, in the middle: its error keeps its place.
inputs.splice(11, 0, join(dir, 'missing.html'));

const run = (argv: string[]) => runCli(argv);

describe('threadsFor', () => {
  const files = Array.from({ length: 40 }, (_, i) => `page-${i}.html`);

  it(`uses one thread per ${INPUTS_PER_THREAD} files, up to --jobs`, () => {
    expect(threadsFor(files, 16, true)).toBe(5);
    expect(threadsFor(files, 3, true)).toBe(3);
    expect(threadsFor(files.slice(0, INPUTS_PER_THREAD), 16, true)).toBe(1);
    expect(threadsFor(files, 1, true)).toBe(1);
  });

  it('defaults to one thread per two cores, and one thread on two cores', () => {
    expect(defaultThreads(2)).toBe(1);
    expect(defaultThreads(1)).toBe(1);
    expect(defaultThreads(8)).toBe(4);
  });

  it('keeps URLs, standard input and an injected fetcher or model on one thread', () => {
    expect(threadsFor([...files, 'https://example.com/a'], 4, true)).toBe(1);
    expect(threadsFor([...files, '-'], 4, true)).toBe(1);
    expect(threadsFor(files, 4, false)).toBe(1);
  });
});

describe('many files at once', () => {
  it('prints the same output, in the order of the inputs, on several threads as on one', async () => {
    const one = await run(['extract', '--jobs', '1', ...inputs]);
    const three = await run(['extract', '--jobs', '3', ...inputs]);
    expect(three).toEqual(one);
    expect(one.code).toBe(1);
    const headlines = one.out.split('\n').filter((line) => line.endsWith('will rebuild its market hall'));
    expect(headlines).toHaveLength(3 * INPUTS_PER_THREAD);
    expect(headlines[0]).toMatch(/^Port Elm 0 /);
    expect(headlines.at(-1)).toMatch(new RegExp(`^\\w+ ${3 * INPUTS_PER_THREAD - 1} `));
    expect(one.err).toMatch(/missing\.html: No such file/);
  }, 60_000);

  it('separates summaries the same way, and JSON Lines keep one line per input in order', async () => {
    const one = await run(['summarize', '--jobs', '1', ...inputs]);
    const two = await run(['summarize', '--jobs', '2', ...inputs]);
    expect(two).toEqual(one);
    expect(one.out).toContain('— Mara Quill');
    const json = await run(['extract', '--json', '--jobs', '2', ...inputs]);
    const records = json.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { input: string });
    expect(records.map((record) => record.input)).toEqual(inputs);
  }, 60_000);

  it('runs the threads of the compiled CLI (dist/cli-bundle) too', async () => {
    const exec = (jobs: string) =>
      promisify(execFile)(process.execPath, [
        join(root, 'bin/newsbrief.cjs'),
        'extract',
        '--jobs',
        jobs,
        ...inputs,
      ]).catch((error: { code: number; stdout: string; stderr: string }) => error);
    const [one, two] = await Promise.all([exec('1'), exec('2')]);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stdout).toContain('Hale 8 will rebuild its market hall');
  }, 60_000);

  it('refuses a --jobs that is not a whole number from 1 to 64', async () => {
    const { code, err } = await run(['extract', '--jobs', 'many', ...inputs]);
    expect(code).toBe(2);
    expect(err).toMatch(/--jobs takes a whole number from 1 to 64/);
  });
});

describe('a reading thread that dies', () => {
  it('loses no input: what it took and never answered is read on the main thread, in order', async () => {
    const files = inputs.slice(0, 6);
    let taken: number[] = [];
    // A stand-in thread: takes the next two inputs from the shared counter, then ends without answering.
    const dying = (data: WorkerData): ReadingThread => {
      const thread = new EventEmitter();
      const claims = new Int32Array(data.counter);
      taken = [Atomics.add(claims, 0, 1), Atomics.add(claims, 0, 1)];
      setImmediate(() => {
        thread.emit('error', new Error('out of memory'));
        thread.emit('exit', 1);
      });
      return thread as unknown as ReadingThread;
    };
    const printed: InputOutcome[] = [];
    const warnings: string[] = [];
    await runBatch(
      files,
      { command: 'extract', json: false, allQuotes: false, explain: false },
      {
        fetcher: {
          fetch() {
            throw new Error('no network in this test');
          },
        },
        stdin: Readable.from([]),
        llm: null,
      },
      2,
      (outcome) => printed.push(outcome),
      (message) => warnings.push(message),
      dying,
    );
    expect(taken).toEqual([0, 1]);
    expect(printed.map((o) => o.ok)).toEqual(files.map(() => true));
    // Every page printed once, in the order given: each names its own town.
    const towns = printed.map((o) => /([\w ]+ \d+) will rebuild/.exec(o.stdout.join('\n'))?.[1]);
    expect(towns).toEqual(files.map((_, i) => `${TOWNS[i % TOWNS.length]} ${i}`));
    expect(warnings).toEqual(['a reading thread failed (out of memory); reading its inputs here']);
  });
});
