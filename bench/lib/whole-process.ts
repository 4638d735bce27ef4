/**
 * Whole-process timings for bench:speed: what a person waits for when they run a command, start-up
 * included. Each command runs `runs` times one after another and the median wall time is kept.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..', '..');

export interface ProcessTiming {
  name: string;
  medianMs: number;
  runsMs: number[];
}

function timeProcess(name: string, args: string[], runs: number): ProcessTiming {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
    runsMs.push(performance.now() - t0);
    if (result.error) throw result.error;
    // Exit 1 only says some input had no article; anything else means the command itself broke.
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${name} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { name, medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs };
}

/** A short pasted article, the smallest real input of `newsbrief extract`. */
const SMALL_ARTICLE = `Council approves four new cycle lanes

The council approved four new cycle lanes on Monday after a public consultation drew 2,000 responses.

"Safer streets are good for everyone," said councillor Maya Lind.
`;

export function wholeProcessTimings(pages: readonly string[], runs = 5): ProcessTiming[] {
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-speed-'));
  try {
    const small = join(dir, 'small.txt');
    writeFileSync(small, SMALL_ARTICLE);
    const files = pages.map((html, i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    const cli = join(repo, 'bin', 'newsbrief.js');
    return [
      timeProcess('node -e 0 (Node alone)', ['-e', '0'], runs),
      timeProcess('newsbrief extract, one small file (compiled, dist/)', [cli, 'extract', small], runs),
      timeProcess(
        'newsbrief extract, one small file (src/ through tsx, as before the build)',
        [
          '--import',
          'tsx',
          '--input-type=module',
          '-e',
          `const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(['extract', ${JSON.stringify(small)}]);`,
        ],
        runs,
      ),
      timeProcess(
        `newsbrief extract, all ${files.length} pages in one process`,
        [cli, 'extract', ...files],
        runs,
      ),
      timeProcess(
        `Readability 0.6 on jsdom, all ${files.length} pages in one process`,
        [join(repo, 'bench', 'lib', 'readability-process.js'), ...files],
        runs,
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
