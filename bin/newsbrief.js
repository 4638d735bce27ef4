#!/usr/bin/env node
// The `newsbrief` command: runs the compiled CLI in dist/ (`npm run build`, which `npm install` runs).
import { setFlagsFromString } from 'node:v8';

// A command's run is short, so most of it is spent before V8 has optimized the pipeline. V8 then
// compiles big functions with their callees inlined (up to 460 bytes of bytecode each), and compiles
// them again after each deoptimization; inlining only small callees cuts that work by a third. Over
// the 123 bench pages in one process: 0.96 s instead of 1.11 s (median of 11, interleaved), and the
// same speed once warm.
setFlagsFromString('--max-inlined-bytecode-size=60');

let cli;
try {
  cli = await import('../dist/cli-bundle/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli-bundle/cli.js'))
    throw error;
  console.error('newsbrief: not built yet. Run `npm run build` (or `npm install`) in the NewsBrief folder.');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
