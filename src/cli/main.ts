import { parseArgs } from 'node:util';
import { loadConfig, loadDotEnv } from '../config.ts';
import { isUserFacingError } from '../services/errors.ts';
import type { Fetcher } from '../services/fetch/types.ts';
import type { Summarizer } from '../context.ts';
import { modelSummarizerFor } from '../services/llm/from-config.ts';
import { writeSummary } from '../services/summary-writer.ts';
import { explanationRecord, formatExplanation } from './explain.ts';
import { readArticle } from './inputs.ts';
import { extractRecord, formatArticle, formatSummary, summaryRecord } from './output.ts';

const USAGE = `Usage:
  newsbrief summarize <url|file|->... [--json] [--all-quotes] [--explain] [--llm]
  newsbrief extract <url|file|->... [--json]

Files ending in .html/.htm are read as web pages, anything else as pasted article text; "-" reads
standard input. With --json the output is JSON Lines, one object per input, in order. --explain adds,
for every quote, the candidate speakers the model weighed, their probabilities and main features. --llm
has the language model set by LLM_BASE_URL and LLM_MODEL write the key points (quotes stay the
article's own).`;

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env?: Record<string, string | undefined>;
  fetcher?: Fetcher;
}

const defaultIo: CliIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };

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
  if (io.env === undefined) loadDotEnv();
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    for (const problem of loaded.problems) write(io.stderr, `newsbrief: setting ${problem}`);
    return 2;
  }
  const allowPrivateHosts = loaded.config.FETCH_ALLOW_PRIVATE_HOSTS;
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
  // Loaded only for `summarize`: the summarizer's word and name lists are most of a cold start.
  let summarizer: Summarizer | undefined;
  const loadSummarizerModule = () => import('../services/summarize/index.ts');
  const loadSummarizer = async () => (summarizer ??= (await loadSummarizerModule()).createSummarizer());
  const llm = parsed.values.llm ? modelSummarizerFor(loaded.config, null) : null;
  if (parsed.values.llm && !llm) {
    write(io.stderr, 'newsbrief: --llm needs LLM_BASE_URL and LLM_MODEL (see .env.example)');
    return 2;
  }
  const json = parsed.values.json;
  let failed = false;
  let first = true;

  for (const input of inputs) {
    try {
      const article = await readArticle(input, { fetcher, stdin: io.stdin });
      if (command === 'extract') {
        write(io.stdout, json ? JSON.stringify(extractRecord(input, article)) : formatArticle(article));
      } else {
        const offline = await loadSummarizer();
        const summary = llm
          ? await writeSummary({ summarizer: offline, llm }, article, null, { forceModel: true })
          : offline.summarize(article, { allQuotes: parsed.values['all-quotes'] });
        if (llm && 'note' in summary && summary.note)
          write(io.stderr, `newsbrief: ${input}: ${summary.note}`);
        if (!json && !first) write(io.stdout, '');
        const explained = parsed.values.explain
          ? (await loadSummarizerModule()).explainQuotes(article)
          : null;
        const record = summaryRecord(input, article, summary);
        write(
          io.stdout,
          json
            ? JSON.stringify(explained ? { ...record, explanation: explanationRecord(explained) } : record)
            : formatSummary(article, summary) + (explained ? `\n\n${formatExplanation(explained)}` : ''),
        );
      }
      first = false;
    } catch (error) {
      failed = true;
      const message = isUserFacingError(error)
        ? error.message
        : `unexpected error: ${(error as Error).message}`;
      write(io.stderr, `newsbrief: ${input}: ${message}`);
      if (json) write(io.stdout, JSON.stringify({ input, error: message }));
    }
  }
  return failed ? 1 : 0;
}
