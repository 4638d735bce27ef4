#!/usr/bin/env node
// Run by `npm run build` after the CLI is bundled: runs `newsbrief extract` once on a short pasted
// article and saves the code V8 compiled for it beside the bundle (bin/compiled-cli.cjs reads it).
// A short run on purpose: the cache holds the start-up path every command takes, and each command
// reads the whole cache, so a longer run (a page, a summary) made small commands slower to start.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { loadCompiledCli } = createRequire(import.meta.url)('../bin/compiled-cli.cjs');

const ARTICLE = `Council approves four new cycle lanes

The council approved four new cycle lanes on Monday after a public consultation drew 2,000 responses.

"Safer streets are good for everyone," said councillor Maya Lind.
`;

const cli = loadCompiledCli();
if (cli === null) {
  console.error('newsbrief build: dist/cli-bundle/cli.cjs is missing; bundle the CLI first.');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'newsbrief-cache-'));
try {
  const file = join(dir, 'article.txt');
  writeFileSync(file, ARTICLE);
  // Its output is not wanted: only the code compiled while making it.
  const write = process.stdout.write;
  process.stdout.write = () => true;
  let code;
  try {
    code = await cli.main(['extract', file]);
  } finally {
    process.stdout.write = write;
  }
  if (code !== 0) throw new Error(`newsbrief extract exited ${code} while warming the code cache`);
  cli.saveCodeCache();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
