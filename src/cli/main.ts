import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import type { Fetcher } from '../services/fetch/types.ts';
import { runBatch, threadsFor } from './batch.ts';
import { isUrl } from './inputs.ts';
import type { RunOptions } from './run-input.ts';

const USAGE = `Usage:
  newsbrief summarize <url|file|->... [--json] [--all-quotes] [--explain] [--llm] [--jobs N]
  newsbrief extract <url|file|->... [--json] [--jobs N]

Files ending in .html/.htm are read as web pages, anything else as pasted article text; "-" reads
standard input. With --json the output is JSON Lines, one object per input, in order. --explain adds,
for every quote, the candidate speakers the model weighed, their probabilities and main features. --llm
has the language model set by LLM_BASE_URL and LLM_MODEL write the key points (quotes stay the
article's own). Many files are read on one thread per two cores (--jobs N: at most N threads);
the output is the same, in the order of the inputs.`;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
  fetcher?: Fetcher;
}

// Getters: Node builds a process stream (and loads its stream modules) on first use, and most runs
// never read standard input.
const defaultIo: CliIo = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
};

/** Runs the CLI and returns its exit code: 0 when every input worked, 1 when any failed, 2 on bad usage. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  const write = (stream: NodeJS.WritableStream, text: string) =>
    stream.write(text.endsWith('\n') ? text : `${text}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        'all-quotes': { type: 'boolean', default: false },
        llm: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        jobs: { type: 'string', short: 'j' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    write(io.stderr, `newsbrief: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [command, ...inputs] = parsed.positionals;
  if (parsed.values.help || command === 'help' || command === undefined) {
    write(command === undefined && !parsed.values.help ? io.stderr : io.stdout, USAGE);
    return command === undefined && !parsed.values.help ? 2 : 0;
  }
  if (command !== 'summarize' && command !== 'extract') {
    write(io.stderr, `newsbrief: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  if (inputs.length === 0) {
    write(io.stderr, `newsbrief: ${command} needs at least one URL, file or "-"\n\n${USAGE}`);
    return 2;
  }
  const jobs = parsed.values.jobs === undefined ? undefined : Number(parsed.values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
    write(io.stderr, `newsbrief: --jobs takes a whole number from 1 to 64\n\n${USAGE}`);
    return 2;
  }
  // Settings matter only to URLs (which addresses the fetcher may reach) and to --llm: a run over
  // local files neither reads nor validates them, and does without zod and the schema at start-up.
  let config: Config | null = null;
  if (parsed.values.llm || (!io.fetcher && inputs.some(isUrl))) {
    const { loadConfig, loadDotEnv } = await import('../config.ts');
    if (io.env === undefined) loadDotEnv();
    const loaded = loadConfig(io.env);
    if (!loaded.ok) {
      for (const problem of loaded.problems) write(io.stderr, `newsbrief: setting ${problem}`);
      return 2;
    }
    config = loaded.config;
  }
  const allowPrivateHosts = config?.FETCH_ALLOW_PRIVATE_HOSTS ?? [];
  // The network stack is loaded only when an input is a URL.
  let safeFetcher: Promise<Fetcher> | undefined;
  const fetcher: Fetcher = io.fetcher ?? {
    async fetch(url, request) {
      safeFetcher ??= import('../services/fetch/safe-fetcher.ts').then((m) =>
        m.createSafeFetcher({ allowPrivateHosts }),
      );
      return (await safeFetcher).fetch(url, request);
    },
  };
  const llm =
    parsed.values.llm && config
      ? (await import('../services/llm/from-config.ts')).modelSummarizerFor(config, null)
      : null;
  if (parsed.values.llm && !llm) {
    write(io.stderr, 'newsbrief: --llm needs LLM_BASE_URL and LLM_MODEL (see .env.example)');
    return 2;
  }
  const options: RunOptions = {
    command,
    json: parsed.values.json,
    allQuotes: parsed.values['all-quotes'],
    explain: parsed.values.explain,
  };
  // Worker threads read local files only, with the built-in fetcher and no language model.
  const threads = threadsFor(inputs, jobs, !llm && !io.fetcher);
  let failed = false;
  let printedSummary = false;
  await runBatch(
    inputs,
    options,
    {
      fetcher,
      get stdin() {
        return io.stdin;
      },
      llm,
    },
    threads,
    (outcome) => {
      // One write per input and stream: each is a system call when the output is a file.
      const gap = outcome.ok && command === 'summarize' && !options.json && printedSummary;
      const lines = (list: string[]) =>
        list.map((line) => (line.endsWith('\n') ? line : `${line}\n`)).join('');
      if (gap || outcome.stdout.length > 0) io.stdout.write((gap ? '\n' : '') + lines(outcome.stdout));
      if (outcome.stderr.length > 0) io.stderr.write(lines(outcome.stderr));
      failed ||= !outcome.ok;
      printedSummary ||= outcome.ok;
    },
    (message) => write(io.stderr, `newsbrief: ${message}`),
  );
  return failed ? 1 : 0;
}
