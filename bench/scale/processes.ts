/** The bench's processes: spawned by role, their children found in /proc, peak memory read from VmHWM. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');

export interface Role {
  name: string;
  /** argv after `node`. */
  args: string[];
  env: Record<string, string>;
}

export interface Running {
  role: string;
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node ...role.args`; its output is kept (the last 20 kB) and written to `logFile`. */
export function startRole(role: Role, logFile: string): Running {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, role.args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...role.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    log.write(chunk);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      log.end();
      resolve(code);
    }),
  );
  return { role: role.name, child, output: () => output, exited };
}

/** Direct children of a process (the shard processes of a ShardingManager). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** Peak resident memory of a live process in MB (VmHWM), or undefined once it is gone. */
export function peakRssMb(pid: number): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the highest VmHWM seen per labelled pid, so a killed process's peak is kept too. */
export class MemoryWatch {
  readonly peaks = new Map<string, number>();
  private timer?: NodeJS.Timeout;

  start(labels: () => Map<string, number>): void {
    const sample = () => {
      for (const [label, pid] of labels()) {
        const mb = peakRssMb(pid);
        if (mb !== undefined) this.peaks.set(label, Math.max(this.peaks.get(label) ?? 0, mb));
      }
    };
    sample();
    this.timer = setInterval(sample, 500);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A redis-server of the bench's own (never the shared one on 6379), with an append-only file. */
export async function startOwnRedis(port: number, dir: string): Promise<{ stop(): Promise<void> }> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--dir', dir],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 50; i++) {
    await sleep(100);
    if (await redisPing(port)) break;
  }
  return {
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SHUTDOWN as an operator's restart does: the append-only file is flushed first.
      spawn('redis-cli', ['-p', String(port), 'shutdown'], { stdio: 'ignore' });
      await exited;
    },
  };
}

async function redisPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const ping = spawn('redis-cli', ['-p', String(port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    ping.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    ping.on('exit', () => resolve(out.trim() === 'PONG'));
  });
}
