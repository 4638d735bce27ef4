'use strict';
// Loads the compiled CLI (dist/cli-bundle/cli.cjs, written by `npm run build`) with the code V8
// compiled for it at build time (cli.code-cache, see scripts/write-code-cache.js), so that a command
// neither parses the whole bundle nor compiles its start-up functions again. A cache this Node
// cannot use (another version, other V8 flags) is set aside by V8 itself: the bundle is then
// compiled as usual, only a little slower.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { dirname, join } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const { Script } = require('node:vm');

// A command's run is short, so most of it is spent before V8 has optimized the pipeline. V8 then
// compiles big functions with their callees inlined (up to 460 bytes of bytecode each), and compiles
// them again after each deoptimization; inlining only small callees cuts that work by a third. Over
// the 123 bench pages in one process: 0.96 s instead of 1.11 s (median of 11, interleaved), and the
// same speed once warm.
// V8 also compiles each regular expression twice by default: to bytecode on its first run, and to
// machine code on its second. The summarizer's patterns (speech verbs, names, attributions) are
// large and most run more than once, so a command compiles them once, to machine code: summarize of
// a short article 364 -> 231 ms, of the 123 bench pages 3.0 -> 2.5 s (medians, interleaved).
// And V8 optimizes a function's loops without peeling off their first turn (loop peeling gives its
// later passes more to work with, at the price of a bigger graph to compile): in so short a run the
// compile time weighs more than what peeling saves. Over the 123 bench pages: 56 ms less (median of
// 41 paired runs, faster in 30), and again 53 ms (28 of 41); summarize and a small file unchanged.
// Set before the bundle is compiled: V8 keys its code cache to its flags.
setFlagsFromString('--max-inlined-bytecode-size=60 --no-regexp-tier-up --no-turbo-loop-peeling');

const BUNDLE = join(__dirname, '..', 'dist', 'cli-bundle', 'cli.cjs');
const CODE_CACHE = join(dirname(BUNDLE), 'cli.code-cache');

/**
 * The compiled CLI's `main`, with `cacheAccepted` (whether V8 used the code cache) and `saveCodeCache`
 * (writes what V8 has compiled so far); null when the CLI is not built.
 */
function loadCompiledCli(bundle = BUNDLE, codeCache = CODE_CACHE) {
  let source;
  try {
    source = readFileSync(bundle, 'utf8');
  } catch (error) {
    if (error && error.code === 'ENOENT') return null;
    throw error;
  }
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    // No cache (not built with one, or removed): compiled as usual.
  }
  const script = new Script(wrap(source), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return {
    main: module.exports.main,
    cacheAccepted: cachedData !== undefined && script.cachedDataRejected === false,
    saveCodeCache: () => writeFileSync(codeCache, script.createCachedData()),
  };
}

module.exports = { loadCompiledCli };
