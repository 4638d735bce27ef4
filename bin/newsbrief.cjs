#!/usr/bin/env node
'use strict';
// The `newsbrief` command: runs the compiled CLI in dist/ (`npm run build`, which `npm install` runs).
// CommonJS, as the bundle is: Node starts it without setting up its ES module loader.
const { loadCompiledCli } = require('./compiled-cli.cjs');

const cli = loadCompiledCli();
if (cli === null) {
  console.error('newsbrief: not built yet. Run `npm run build` (or `npm install`) in the NewsBrief folder.');
  process.exit(1);
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
