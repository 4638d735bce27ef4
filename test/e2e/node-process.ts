/**
 * The bot's entry points as child processes for the e2e tests: the compiled dist/ that `npm start`
 * runs, or src/ through tsx; only the given environment is set (with PATH and HOME), and what the
 * process writes is collected.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../src/config.ts';
import { deployCommands } from '../../src/deploy-commands.ts';

export const root = join(import.meta.dirname, '../..');

export interface NodeProcess {
  child: ChildProcess;
  exited: Promise<number | null>;
  stdout(): string;
  stderr(): string;
  /** stdout and stderr as they came. */
  output(): string;
  /** SIGTERM unless it has exited; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** Arguments that run a compiled script of dist/ ("index.js", "worker.js"). */
export function compiled(script: string, ...args: string[]): string[] {
  const entry = join(root, 'dist', script);
  if (!existsSync(entry)) throw new Error('dist/ is missing: run npm run build');
  return [entry, ...args];
}

/** Arguments that run a file of src/ through tsx (by absolute path, so any working directory will do). */
export function throughTsx(file: string, ...args: string[]): string[] {
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  return ['--import', tsx, join(root, file), ...args];
}

export function startNode(args: string[], env: Record<string, string>, cwd = root): NodeProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Registers the bot's commands as a process started with `env` would (its config, validated). */
export async function deployCommandsWith(env: Record<string, string>): Promise<void> {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.problems.join('; '));
  await deployCommands(loaded.config);
}
