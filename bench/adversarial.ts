/**
 * Worst CPU time of extract + summarize (feeds: parse + summarize of the first items) for each
 * adversarial input class (test/fixtures/adversarial), at 64 KB to 1 MB, before and after the
 * issue-18 fixes. Target: ≤ 250 ms for any input up to 1 MB (text is capped at 200,000 characters
 * when read, so a 1 MB text file costs what 200 KB does).
 *
 * "before" is the code at BEFORE_COMMIT, checked out as a git worktree (default /tmp/before-18f):
 *   git worktree add --detach /tmp/before-18f 1c5f3c5 && ln -s "$PWD/node_modules" /tmp/before-18f/
 * Without it, only "after" is measured. `--before DIR` points elsewhere; `--only NAME` picks classes.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { adversarialClasses, grow, worstCpuMs, type AdversarialClass } from '../test/support/adversarial.ts';

interface Pipeline {
  articleFromContent: (content: string, format: 'html' | 'text') => unknown;
  summarizeArticle: (article: never) => unknown;
  parseFeed: (body: string, base: string | null) => { items: unknown[] };
  articleFromItem: (item: never, feed: { title: string }) => unknown;
}

const SIZES = [64_000, 128_000, 256_000, 1_000_000];
const TARGET_MS = 250;
/** A "before" run this slow is not repeated at larger sizes (it only grows). */
const BEFORE_GIVE_UP_MS = 4_000;
const RUNS = 3;

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const beforeDir = resolve(option('--before') ?? '/tmp/before-18f');
const only = option('--only');

async function load(root: string): Promise<Pipeline> {
  const mod = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const [pipeline, summarize, parse, itemStory] = await Promise.all([
    mod('src/services/pipeline.ts'),
    mod('src/services/summarize/index.ts'),
    mod('src/services/feeds/parse.ts'),
    mod('src/services/feeds/item-story.ts'),
  ]);
  return {
    articleFromContent: pipeline.articleFromContent,
    summarizeArticle: summarize.summarizeArticle,
    parseFeed: parse.parseFeed,
    articleFromItem: itemStory.articleFromItem,
  };
}

/** Runs one input through the pipeline; an error people are shown (UserFacingError) is a fine answer. */
function runOnce(p: Pipeline, c: AdversarialClass, input: string): void {
  try {
    if (c.format === 'feed') {
      for (const item of p.parseFeed(input, null).items.slice(0, 3))
        p.summarizeArticle(p.articleFromItem(item as never, { title: 'Feed' }) as never);
    } else p.summarizeArticle(p.articleFromContent(input, c.format) as never);
  } catch (error) {
    if ((error as Error).name !== 'UserFacingError') throw error;
  }
}

const after = await load(resolve(import.meta.dirname, '..'));
const before = existsSync(resolve(beforeDir, 'src/services/pipeline.ts')) ? await load(beforeDir) : null;
if (!before) console.log(`(no "before" tree at ${beforeDir}: see the header of bench/adversarial.ts)`);

const classes = adversarialClasses().filter((c) => !only || c.name.includes(only));
// Warm both up (lexicons, given-name lists, compiled patterns) so no class pays for loading.
for (const p of [after, before]) if (p) for (const c of classes) runOnce(p, c, grow(c, 4_000));

const header = [
  'class',
  ...SIZES.map((s) => `${s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`} before → after`),
  `worst ≤1 MB (≤ ${TARGET_MS} ms)`,
];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
let failures = 0;
let peakRss = 0;
for (const c of classes) {
  const cells: string[] = [];
  let beforeGaveUp = !before;
  let worstAfter = 0;
  for (const size of SIZES) {
    const input = grow(c, size);
    let b = '–';
    if (before && !beforeGaveUp) {
      const ms = worstCpuMs(() => runOnce(before, c, input), 1);
      b = ms.toFixed(0);
      if (ms > BEFORE_GIVE_UP_MS) beforeGaveUp = true;
    } else if (before) b = `>${BEFORE_GIVE_UP_MS}`;
    const a = worstCpuMs(() => runOnce(after, c, input), RUNS);
    worstAfter = Math.max(worstAfter, a);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    cells.push(`${b} → ${a.toFixed(0)}`);
  }
  const ok = worstAfter <= TARGET_MS;
  if (!ok) failures++;
  console.log(
    `| ${c.name} (${c.format}) | ${cells.join(' | ')} | ${worstAfter.toFixed(0)} ms ${ok ? 'pass' : 'FAIL'} |`,
  );
}
console.log(
  `\nCPU ms (user + system, process.cpuUsage), worst of ${RUNS} runs after, 1 run before; peak RSS ${(peakRss / 1e6).toFixed(0)} MB.`,
);
console.log(`${classes.length - failures}/${classes.length} classes within ${TARGET_MS} ms up to 1 MB.`);
