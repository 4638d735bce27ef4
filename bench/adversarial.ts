/**
 * Worst CPU time of extract + summarize (feeds: parse + summarize of the first items) for each
 * adversarial input class (test/fixtures/adversarial), at 64 KB to 1 MB, before and after the
 * issue-18 fixes. Target: ≤ 250 ms for any input up to 1 MB (text is capped at 200,000 characters
 * when read, so a 1 MB text file costs what 200 KB does).
 *
 * "before" is the code at BEFORE_COMMIT, checked out as a git worktree with its own node_modules:
 *   git worktree add --detach /tmp/before-18 1c5f3c5 && (cd /tmp/before-18 && npm ci)
 * Without it, only "after" is measured. `--before DIR` points elsewhere; `--only NAME` picks classes.
 *
 * How it measures, and why (run as `npm run bench:adversarial`, i.e. node --expose-gc):
 * - Each tree is measured in a process of its own: in one process the second tree paid for the
 *   garbage the first left (many-short-quotes cost 330 ms at 64 KB and 147 ms at 1 MB), and the
 *   two trees would share the type feedback of the libraries they have in common.
 * - Each class is warmed up on itself (one untimed run at 64 KB) before it is timed, so a class is
 *   not charged for compiling code that the classes before it did not reach, nor flattered by them.
 * - Each timed run starts after a full collection (global.gc()). That is the state a job finds on
 *   a worker that sat idle: V8's memory reducer runs a full collection a few seconds after the
 *   last allocation, which frees the last job's garbage and also the hidden classes (maps) that no
 *   live object has any more, deoptimizing every function compiled against them ("weak objects"
 *   in --trace-deopt). Without it, back-to-back runs of one input in a busy process would report
 *   the cheapest case a member can hit, not the worst.
 * - CPU is process.cpuUsage (user + system of the whole process): it includes V8's background
 *   compiler and collector threads, which on a worker pool sized to the cores take CPU from the
 *   other workers. The worst of RUNS runs is reported.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  adversarialClasses,
  canCollectGarbage,
  grow,
  worstCpuMs,
  type AdversarialClass,
} from '../test/support/adversarial.ts';

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
const beforeDir = resolve(option('--before') ?? '/tmp/before-18');
const only = option('--only');
const here = resolve(import.meta.dirname, '..');

async function load(root: string): Promise<Pipeline> {
  const mod = (path: string) => import(pathToFileURL(resolve(root, path)).href);
  const [pipeline, summarize, parse, itemStory, extract] = await Promise.all([
    mod('src/services/pipeline.ts'),
    mod('src/services/summarize/index.ts'),
    mod('src/services/feeds/parse.ts'),
    mod('src/services/feeds/item-story.ts'),
    mod('src/services/extract/index.ts'),
  ]);
  // What a summary worker keeps alive for its life (summary-jobs/worker.ts); a tree from before
  // these existed kept them on its first page.
  extract.keepExtractionShapes?.();
  summarize.keepSummaryShapes?.();
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

/** What one tree's process reports: per class, the worst ms at each size (null: not run). */
type TreeResult = { classes: Record<string, (number | null)[]>; peakRss: number };

/** Measures every class on the tree at `root`, in this process (the child's side). */
async function measureTree(root: string, giveUpMs: number, runs: number): Promise<TreeResult> {
  const p = await load(root);
  const classes = adversarialClasses().filter((c) => !only || c.name.includes(only));
  // Lexicons, given-name lists and compiled patterns are loaded once, by no class's clock.
  for (const c of classes) runOnce(p, c, grow(c, 4_000));
  const result: TreeResult = { classes: {}, peakRss: 0 };
  for (const c of classes) {
    runOnce(p, c, grow(c, SIZES[0] as number));
    const cells: (number | null)[] = [];
    let gaveUp = false;
    for (const size of SIZES) {
      if (gaveUp) {
        cells.push(null);
        continue;
      }
      const input = grow(c, size);
      const ms = worstCpuMs(() => runOnce(p, c, input), runs, { afterFullGc: true });
      cells.push(ms);
      if (ms > giveUpMs) gaveUp = true;
      result.peakRss = Math.max(result.peakRss, process.memoryUsage().rss);
    }
    result.classes[c.name] = cells;
  }
  return result;
}

/** Measures one tree in a child process of its own (see the header). */
function measureInChild(root: string, giveUpMs: number, runs: number): TreeResult {
  const out = execFileSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      resolve(here, 'bench/adversarial.ts'),
      '--measure',
      root,
      '--give-up',
      String(giveUpMs),
      '--runs',
      String(runs),
      ...(only ? ['--only', only] : []),
    ],
    { cwd: here, encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop() as string) as TreeResult;
}

const measureRoot = option('--measure');
if (measureRoot) {
  const result = await measureTree(
    measureRoot,
    Number(option('--give-up') ?? Infinity),
    Number(option('--runs') ?? RUNS),
  );
  console.log(JSON.stringify(result));
} else {
  if (!canCollectGarbage)
    console.log(
      '(run with node --expose-gc, as npm run bench:adversarial does, for the measurement described above)',
    );
  const hasBefore = existsSync(resolve(beforeDir, 'src/services/pipeline.ts'));
  if (!hasBefore) console.log(`(no "before" tree at ${beforeDir}: see the header of bench/adversarial.ts)`);
  const after = measureInChild(here, Infinity, RUNS);
  const before = hasBefore ? measureInChild(beforeDir, BEFORE_GIVE_UP_MS, 1) : null;

  const header = [
    'class',
    ...SIZES.map((s) => `${s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`} before → after`),
    `worst ≤1 MB (≤ ${TARGET_MS} ms)`,
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  let failures = 0;
  const classes = adversarialClasses().filter((c) => !only || c.name.includes(only));
  for (const c of classes) {
    const a = after.classes[c.name] ?? [];
    const b = before?.classes[c.name];
    const cells = SIZES.map((_, i) => {
      const beforeMs = b?.[i];
      const shown = !b
        ? '–'
        : beforeMs === null || beforeMs === undefined
          ? `>${BEFORE_GIVE_UP_MS}`
          : beforeMs.toFixed(0);
      return `${shown} → ${(a[i] ?? NaN).toFixed(0)}`;
    });
    const worstAfter = Math.max(...a.map((ms) => ms ?? Infinity));
    const ok = worstAfter <= TARGET_MS;
    if (!ok) failures++;
    console.log(
      `| ${c.name} (${c.format}) | ${cells.join(' | ')} | ${worstAfter.toFixed(0)} ms ${ok ? 'pass' : 'FAIL'} |`,
    );
  }
  console.log(
    `\nCPU ms (user + system, process.cpuUsage), each run after a full GC, each tree in its own process, ` +
      `each class warmed up on itself; worst of ${RUNS} runs after, 1 run before; ` +
      `peak RSS ${(after.peakRss / 1e6).toFixed(0)} MB after.`,
  );
  console.log(`${classes.length - failures}/${classes.length} classes within ${TARGET_MS} ms up to 1 MB.`);
}
