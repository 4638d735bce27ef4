import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The deployment files, checked without Docker: compose.yaml's services, commands and settings,
 * and the Dockerfile's basic hygiene (what hadolint would flag first). `.ci/run` also runs
 * `docker compose config` where Docker Compose is installed.
 */
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const compose = parse(read('compose.yaml'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;
const exampleKeys = new Set(
  read('.env.example')
    .split('\n')
    .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
    .filter((key): key is string => key !== undefined),
);
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
const NEWSBRIEF = ['bot', 'worker', 'rest-proxy'];

describe('compose.yaml', () => {
  it('has the bot, workers, the REST proxy, Redis and PostgreSQL', () => {
    expect(Object.keys(services).sort()).toEqual(['bot', 'postgres', 'redis', 'rest-proxy', 'worker']);
    for (const name of NEWSBRIEF) expect(services[name]?.image, name).toBe('newsbrief:local');
  });

  it('sets only settings that .env.example lists and explains', () => {
    for (const name of NEWSBRIEF) {
      const keys = Object.keys(services[name]?.environment ?? {});
      expect(keys.length, name).toBeGreaterThan(0);
      for (const key of keys)
        expect(exampleKeys.has(key), `${name}: ${key} is not in .env.example`).toBe(true);
    }
  });

  it('points bot and workers at the shared Redis, PostgreSQL and REST proxy, and splits the work', () => {
    for (const name of ['bot', 'worker']) {
      const env = services[name]?.environment ?? {};
      expect(env.REDIS_URL).toBe('redis://redis:6379');
      expect(env.STORE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
      expect(env.DISCORD_REST_PROXY_URL).toMatch(/^http:\/\/rest-proxy:(\d+)\/api$/);
      expect(env.DISCORD_REST_PROXY_URL).toContain(
        `:${services['rest-proxy']?.environment?.REST_PROXY_PORT}/`,
      );
      expect(Object.keys(services[name]?.depends_on ?? {})).toEqual(
        expect.arrayContaining(['redis', 'postgres']),
      );
    }
    expect(services.bot?.environment?.WORKERS).toBe('0');
    expect(Number(services.worker?.environment?.WORKERS)).toBeGreaterThan(0);
    for (const dependency of ['redis', 'postgres'])
      expect(services[dependency]?.healthcheck?.test.length, dependency).toBeGreaterThan(0);
  });

  it('runs the compiled entry points that npm scripts run', () => {
    const command = (name: string) => services[name]?.command?.join(' ');
    expect(command('bot')).toBe(scripts.start);
    expect(command('worker')).toBe(scripts.worker);
    for (const name of ['bot', 'worker']) {
      const entry = /dist\/([\w-]+)\.js/.exec(command(name) ?? '')?.[1];
      expect(existsSync(join(root, `src/${entry}.ts`)), `${name}: src/${entry}.ts`).toBe(true);
    }
  });

  it.skipIf(!scripts['rest-proxy'])('runs the REST proxy as npm run rest-proxy does', () => {
    expect(services['rest-proxy']?.command?.join(' ')).toBe(scripts['rest-proxy']);
  });
});

describe('Dockerfile', () => {
  const lines = read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages = lines.filter((line) => line.startsWith('FROM '));

  it('builds in one stage and runs the compiled output in another, from pinned base images', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const from of stages) {
      expect(from).toMatch(/^FROM \S+:\S+ AS \w+$/);
      expect(from).not.toMatch(/:latest\b/);
    }
    expect(lines).toContain('RUN npm ci --ignore-scripts --no-audit --no-fund');
    expect(lines.some((line) => line.includes('npm run build'))).toBe(true);
    expect(lines.some((line) => /^COPY --from=build .*\/app\/dist \.\/dist$/.test(line))).toBe(true);
  });

  it('copies into the build stage every folder `npm run build` reads before running it', () => {
    const build = lines.findIndex((line) => line.includes('npm run build'));
    const copied = lines
      .slice(0, build)
      .filter((line) => line.startsWith('COPY ') && !line.includes('--from='))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    // scripts/build.js, the sources it compiles, and the CLI loader it runs to save V8's code cache.
    for (const path of ['scripts', 'src', 'bin', 'tsconfig.json', 'tsconfig.build.json'])
      expect(copied).toContain(path);
  });

  it('runs as a user other than root, with the command in exec form', () => {
    const runtime = lines.slice(lines.lastIndexOf(stages.at(-1) ?? ''));
    const user = runtime.filter((line) => line.startsWith('USER ')).at(-1);
    expect(user).toBeDefined();
    expect(user).not.toMatch(/USER (root|0)\b/);
    const cmd = runtime.find((line) => line.startsWith('CMD '));
    expect(JSON.parse(cmd?.slice(4) ?? 'null')).toEqual(scripts.start?.split(' '));
  });

  it('installs system packages without recommends and cleans the apt lists in the same layer', () => {
    for (const line of lines.filter((l) => l.includes('apt-get install'))) {
      expect(line).toContain('--no-install-recommends');
      expect(line).toContain('rm -rf /var/lib/apt/lists/*');
    }
  });

  it('keeps secrets and local build output out of the build context', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const path of ['.env', 'node_modules', 'dist', 'data']) expect(ignored).toContain(path);
  });
});
