// The whole-process baseline of bench:speed: Mozilla Readability on jsdom over the HTML files named
// on the command line, in one plain Node process (no TypeScript loader), printing each title.
import { readFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

const virtualConsole = new VirtualConsole();
for (const file of process.argv.slice(2)) {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url: 'https://example.com/article', virtualConsole });
  const article = new Readability(dom.window.document).parse();
  process.stdout.write(`${article?.title ?? ''}\n`);
  dom.window.close();
}
