import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isElement, parseHtml, type AnyNode, type Element } from '../../../src/services/extract/dom.ts';
import { READ_ATTRIBUTES } from '../../../src/services/extract/page-parser.ts';
import { Utf8Page } from '../../../src/services/extract/utf8-page.ts';

function elements(node: AnyNode): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (isElement(n)) out.push(n);
    if ('children' in n) for (const child of n.children) walk(child);
  };
  walk(node);
  return out;
}

const PAGE = `<html lang="fr"><body>
<a href="/story?a=1&amp;b=2" data-track="click&amp;more" onclick="go()" rel="author" class="byline">Léa</a>
<time datetime="2024-05-01" data-ts="1714521600">1 May</time>
<div hidden data-layout='{"x": "&quot;"}' style="display:none" aria-hidden="true" id="x">hidden</div>
</body></html>`;

describe('the page parser keeps the attributes readers look at', () => {
  for (const [kind, input] of [
    ['text', PAGE],
    ['UTF-8 bytes', Utf8Page.of(Buffer.from(PAGE, 'utf8'))!],
  ] as const) {
    it(`keeps them with their decoded values and drops the rest (${kind})`, () => {
      const found = elements(parseHtml(input));
      const link = found.find((e) => e.name === 'a');
      expect(link?.attribs).toEqual({ href: '/story?a=1&b=2', rel: 'author', class: 'byline' });
      expect(found.find((e) => e.name === 'time')?.attribs).toEqual({ datetime: '2024-05-01' });
      expect(found.find((e) => e.name === 'div')?.attribs).toEqual({
        hidden: '',
        style: 'display:none',
        'aria-hidden': 'true',
        id: 'x',
      });
      expect(found.find((e) => e.name === 'html')?.attribs).toEqual({ lang: 'fr' });
    });
  }

  it('lists every attribute the extractor reads', () => {
    // The ways its sources read one: element.attribs['x'], attribs.x, and `const a = element.attribs; a['x']`.
    const dir = join(import.meta.dirname, '../../../src/services/extract');
    const read = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/\battribs(?:\[['"]([^'"]+)['"]\]|\.([a-z][\w]*))/gu))
        read.add((m[1] ?? m[2]) as string);
      for (const m of source.matchAll(/\ba\??\.?\[['"]([^'"]+)['"]\]/gu)) read.add(m[1] as string);
      // attr(element, 'x') reads one by name too.
      for (const m of source.matchAll(/\battr\([^,()]+,\s*['"]([^'"]+)['"]\)/gu)) read.add(m[1] as string);
    }
    expect(read.size).toBeGreaterThan(10);
    expect([...read].filter((name) => !READ_ATTRIBUTES.has(name))).toEqual([]);
  });

  it('is the only parser the extractor runs', () => {
    // htmlparser2's stock Parser, Tokenizer and DomHandler share their methods with the page parser's
    // classes; a second kind of object in those methods makes V8 deoptimize them mid-page (dom.ts).
    const dir = join(import.meta.dirname, '../../../src/services/extract');
    const others = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((file) =>
        /\bparseDocument\(|new (?:Parser|Tokenizer|DomHandler)\(/u.test(
          readFileSync(join(dir, file), 'utf8'),
        ),
      );
    expect(others).toEqual([]);
  });
});

describe('text between tags that is only whitespace', () => {
  const WHITESPACE = `<html><body><p class="byline"><span>Jane Doe</span>
      <span>John Roe</span><b>a</b> \t <b>b</b><i>c</i>\r\n<i>d</i><em> x </em>\n y</p></body></html>`;

  function texts(node: AnyNode): string[] {
    const out: string[] = [];
    const walk = (n: AnyNode): void => {
      if (n.type === 'text') out.push(n.data);
      if ('children' in n) for (const child of n.children) walk(child);
    };
    walk(node);
    return out;
  }

  for (const [kind, input] of [
    ['text', WHITESPACE],
    ['UTF-8 bytes', Utf8Page.of(Buffer.from(WHITESPACE, 'utf8'))!],
  ] as const) {
    it(`reads as a line break where the page breaks a line, else as a space (${kind})`, () => {
      // A line break between two names is where the byline reader splits them.
      expect(texts(parseHtml(input))).toEqual([
        'Jane Doe',
        '\n',
        'John Roe',
        'a',
        ' ',
        'b',
        'c',
        '\n',
        'd',
        ' x ',
        '\n y',
      ]);
    });
  }
});
