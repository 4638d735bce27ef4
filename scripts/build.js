#!/usr/bin/env node
// `npm run build` (also run by `npm install` through "prepare"):
// - tsc compiles src/ to dist/, file for file, for the bot and the sandbox (npm start);
// - the files the compiled code reads at run time (the sandbox page, sample data) are copied beside it;
// - esbuild bundles the `newsbrief` CLI with its dependencies into dist/cli-bundle/cli.cjs, so a
//   command starts without resolving and reading a hundred small modules (the summarizer and the
//   page pipeline are in the file but run only when a command first needs them);
// - a short command is run once to save the code V8 compiled for the CLI's start
//   (scripts/write-code-cache.js), which bin/compiled-cli.cjs hands back to V8 on every run.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

let tsc;
let esbuild;
try {
  tsc = require.resolve('typescript/bin/tsc');
  esbuild = await import('esbuild');
} catch {
  console.error('newsbrief build: TypeScript and esbuild are dev dependencies; run `npm install` first.');
  process.exit(1);
}

rmSync(at('dist'), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: at('.'), stdio: 'inherit' });
for (const assets of ['sandbox/web', 'sandbox/samples']) {
  cpSync(at(`src/${assets}`), at(`dist/${assets}`), { recursive: true });
}
// The given-name list is read beside the code that searches it, compiled or bundled.
for (const file of ['given-names.tsv', 'given-names.LICENSE']) {
  const from = at(`src/services/summarize/lexicon/${file}`);
  cpSync(from, at(`dist/services/summarize/lexicon/${file}`));
  cpSync(from, at(`dist/cli-bundle/${file}`));
}
// htmlparser2's index re-exports all of domutils, and through it dom-serializer and entities 4,
// whose tables are built as they load: about 75 KB of the bundle and milliseconds of every start
// that the CLI never uses. The bundle takes the parser's own modules and its parseDocument instead.
const parserModules = join(dirname(require.resolve('htmlparser2')), '..', 'esm');
const htmlparserCore = {
  name: 'htmlparser2-core',
  setup(build) {
    build.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2', namespace: 'parser-core' }));
    build.onLoad({ filter: /.*/, namespace: 'parser-core' }, () => ({
      resolveDir: parserModules,
      contents: `import { DomHandler } from 'domhandler';
import { Parser } from './Parser.js';
export { Parser };
export { default as Tokenizer } from './Tokenizer.js';
export function parseDocument(data, options) {
  const handler = new DomHandler(undefined, options);
  new Parser(handler, options).end(data);
  return handler.root;
}`,
    }));
  },
};
await esbuild.build({
  // batch-worker: the worker threads that read many files at once (src/cli/batch.ts).
  entryPoints: { cli: at('src/cli/main.ts'), 'batch-worker': at('src/cli/batch-worker.ts') },
  outdir: at('dist/cli-bundle'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  // CommonJS, one file per entry: Node starts a CommonJS script about 15 ms sooner than an ES module
  // (no module loader to set up, no graph of chunks to link), and V8 can keep a CommonJS script's
  // compiled code (bin/compiled-cli.cjs). Modules a command may not need (the summarizer, the
  // settings) stay in the file but are only run when first imported.
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // Template literals written as strings, so that a String.raw template's text is an escaped string
  // literal too: with every character ASCII, the bundle is read and kept as a one-byte string (see
  // asciiOnly below).
  supported: { 'template-literal': false },
  // import.meta.url (the given-name list and the worker are found beside the code) is the file's own
  // URL. iconv-lite is not bundled: src/services/fetch/charset.ts requires it from node_modules on
  // the first legacy charset.
  define: { 'import.meta.url': '__newsbriefModuleUrl' },
  banner: { js: 'var __newsbriefModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [htmlparserCore],
  logLevel: 'warning',
});
asciiOnly(at('dist/cli-bundle/cli.cjs'));
asciiOnly(at('dist/cli-bundle/batch-worker.cjs'));
execFileSync(process.execPath, [at('scripts/write-code-cache.js')], { cwd: at('.'), stdio: 'inherit' });

/**
 * esbuild escapes strings but writes regular expression literals as they are, so a pattern with "’"
 * or "«" made the whole bundle a two-byte string: twice the memory, and slower to read and to
 * compile (a short command started about 4 ms later). A \uXXXX escape means the same character in
 * a pattern, u flag or not; template literals are strings by now (supported above), and a character
 * after a backslash is refused rather than guessed at.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const escaped = source.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    if (slashes.length % 2 === 1)
      throw new Error(
        `newsbrief build: ${file}: a backslash before "${char}"; write it as \\u escape in src/`,
      );
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
}
