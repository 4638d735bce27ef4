/**
 * bin/compiled-cli.cjs: the compiled CLI is run with the code V8 compiled for it at build time, and
 * still runs, the same, when that code cache is missing or of no use to this Node.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const loader = join(root, 'bin/compiled-cli.cjs');
const bundle = join(root, 'dist/cli-bundle/cli.cjs');
const seed = join(root, 'test/fixtures/seed-article/input.txt');
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-compiled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `newsbrief ARGS` in a fresh Node through loadCompiledCli(BUNDLE, CACHE): whether V8 took the
 * cache, and what the command printed. A fresh process, as V8 keys its code cache to its flags.
 */
async function runWith(bundlePath: string, cachePath: string, args: string[]) {
  const script = `
    const { loadCompiledCli } = require(${JSON.stringify(loader)});
    const cli = loadCompiledCli(${JSON.stringify(bundlePath)}, ${JSON.stringify(cachePath)});
    if (cli === null) process.stdout.write('not built');
    else {
      const out = [];
      const write = process.stdout.write.bind(process.stdout);
      process.stdout.write = (chunk) => (out.push(String(chunk)), true);
      cli.main(${JSON.stringify(args)}).then((code) => {
        process.stdout.write = write;
        write(JSON.stringify({ cacheAccepted: cli.cacheAccepted, code, out: out.join('') }));
      });
    }`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script]);
  return stdout === 'not built'
    ? null
    : (JSON.parse(stdout) as { cacheAccepted: boolean; code: number; out: string });
}

describe('the compiled CLI and its code cache', () => {
  it('runs with the code cache the build wrote, which this Node accepts', async () => {
    const run = await runWith(bundle, join(root, 'dist/cli-bundle/cli.code-cache'), ['summarize', seed]);
    expect(run?.cacheAccepted).toBe(true);
    expect(run?.code).toBe(0);
    expect(run?.out).toMatch(/^Washington says working with Pakistan/);
    expect(run?.out).toMatch(/— Matthew Miller/);
  });

  it('prints the same when the cache is missing or is not one this Node can use', async () => {
    const copy = join(dir, 'cli.cjs');
    copyFileSync(bundle, copy);
    const foreign = join(dir, 'foreign.code-cache');
    writeFileSync(foreign, Buffer.alloc(4096, 7));
    const [cached, missing, unusable] = await Promise.all([
      runWith(bundle, join(root, 'dist/cli-bundle/cli.code-cache'), ['extract', seed]),
      runWith(copy, join(dir, 'none.code-cache'), ['extract', seed]),
      runWith(copy, foreign, ['extract', seed]),
    ]);
    expect(missing?.cacheAccepted).toBe(false);
    expect(unusable?.cacheAccepted).toBe(false);
    expect(missing?.out).toBe(cached?.out);
    expect(unusable?.out).toBe(cached?.out);
    expect(cached?.out).toContain('Washington says working with Pakistan');
  });

  it('is ASCII, and still reads the quotation marks and letters of other languages', async () => {
    // The build escapes every other character (scripts/build.js): a bundle of one-byte text starts sooner.
    expect(readFileSync(bundle, 'latin1')).not.toMatch(/[\u0080-\uffff]/);
    const input = JSON.parse(
      readFileSync(join(root, 'test/fixtures/quotes-languages/fr/input.json'), 'utf8'),
    ) as { title: string; paragraphs: string[] };
    const article = join(dir, 'greve.txt');
    writeFileSync(article, [input.title, ...input.paragraphs].join('\n\n'));
    const run = await runWith(bundle, join(root, 'dist/cli-bundle/cli.code-cache'), [
      'summarize',
      '--all-quotes',
      article,
    ]);
    expect(run?.out).toMatch(/^Grève du contrôle aérien/);
    // « … » in the text, attributed by French cue verbs ("a déclaré", "a précisé").
    expect(run?.out).toContain(
      "“Nous avons annulé près de 4 000 vols depuis le début du mois, c'est du jamais vu” — Antoine Lefèvre",
    );
    expect(run?.out).toContain(
      '“Le service minimum doit devenir une réalité dans nos aéroports” — Julien Morvan',
    );
  });

  it('tells that the CLI is not built when its bundle is missing', async () => {
    expect(await runWith(join(dir, 'missing.cjs'), join(dir, 'missing.code-cache'), ['extract', seed])).toBe(
      null,
    );
  });
});
