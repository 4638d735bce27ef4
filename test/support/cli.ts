import { PassThrough, Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

/** Runs the CLI in this process: its exit code and what it printed on stdout and stderr. */
export async function runCli(argv: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await main(argv, {
    stdout,
    stderr,
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {},
  });
  return { code, out, err };
}
