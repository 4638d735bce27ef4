#!/usr/bin/env node
// `npm run build` (also run by `npm install` through "prepare"): compiles src/ to dist/ with tsc,
// then copies the files the compiled code reads at run time (the sandbox page and sample data).
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  console.error(
    'newsbrief build: TypeScript is not installed; run `npm install` (with dev dependencies) first.',
  );
  process.exit(1);
}

rmSync(at('dist'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
for (const assets of ['sandbox/web', 'sandbox/samples']) {
  cpSync(at(`src/${assets}`), at(`dist/${assets}`), { recursive: true });
}
