/**
 * Whole-process timings for bench:speed: what a person waits for when they run a command, start-up
 * included; the median wall time of `runs` runs is kept.
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

function runOnce(name: string, args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] });
  const took = performance.now() - t0;
  if (result.error) throw result.error;
  // Exit 1 only says some input had no article; anything else means the command itself broke.
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${name} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  return took;
}

/**
 * Runs every command once per round, `runs` rounds, so that a busy neighbour on the host slows
 * all of them alike rather than whichever happened to run during the busy stretch.
 */
function timeInterleaved(commands: { name: string; args: string[] }[], runs: number): ProcessTiming[] {
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    commands.forEach((command, i) => times[i]!.push(runOnce(command.name, command.args)));
  }
  return commands.map((command, i) => {
    const sorted = [...times[i]!].sort((a, b) => a - b);
    return { name: command.name, medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs: times[i]! };
  });
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
    const cli = join(repo, 'bin', 'newsbrief.cjs');
    return timeInterleaved(
      [
        { name: 'node -e 0 (Node alone)', args: ['-e', '0'] },
        { name: 'newsbrief extract, one small file (compiled, dist/)', args: [cli, 'extract', small] },
        {
          name: 'newsbrief extract, one small file (src/ through tsx, as before the build)',
          args: [
            '--import',
            'tsx',
            '--input-type=module',
            '-e',
            `const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(['extract', ${JSON.stringify(small)}]);`,
          ],
        },
        {
          name: `newsbrief extract, all ${files.length} pages in one process (default threads)`,
          args: [cli, 'extract', ...files],
        },
        {
          name: `newsbrief extract --jobs 1, all ${files.length} pages on one thread`,
          args: [cli, 'extract', '--jobs', '1', ...files],
        },
        {
          name: `Readability 0.6 on jsdom, all ${files.length} pages in one process`,
          args: [join(repo, 'bench', 'lib', 'readability-process.js'), ...files],
        },
      ],
      runs,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
