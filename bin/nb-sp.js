#!/usr/bin/env node
// The `newsbrief` command: runs the compiled CLI in dist/ (`npm run build`, which `npm install` runs).
import v8 from "node:v8"; v8.setFlagsFromString("--always-sparkplug");
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
