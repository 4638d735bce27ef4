import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomHandler, type AnyNode, type Document } from 'domhandler';
import { Parser, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { FastTokenizer } from '../../../src/services/extract/tokenizer.ts';

const OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/** The tree as text, with every node, attribute and decoded character. */
function printTree(doc: Document): string {
  const lines: string[] = [];
  const walk = (node: AnyNode, depth: number): void => {
    const own = 'attribs' in node ? `<${node.name} ${JSON.stringify(node.attribs)}>` : '';
    lines.push(`${' '.repeat(depth)}${node.type} ${'data' in node ? JSON.stringify(node.data) : own}`);
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(doc, 0);
  return lines.join('\n');
}

function tree(html: string, fast: boolean): string {
  return printTree(parseDocument(html, fast ? { ...OPTIONS, Tokenizer: FastTokenizer } : OPTIONS));
}

/** The tree of `html` written to the parser seven characters at a time: each piece is a new buffer. */
function treeInPieces(html: string): string {
  const handler = new DomHandler();
  const parser = new Parser(handler, { ...OPTIONS, Tokenizer: FastTokenizer });
  for (let i = 0; i < html.length; i += 7) parser.write(html.slice(i, i + 7));
  parser.end();
  return printTree(handler.root);
}

const TRICKY = [
  '<p>Fish &amp; chips &copy 2024 &#8220;quoted&#x201D; &notanentity; AT&T</p>',
  '<a href="/search?q=a&amp;b=c&lang=en" title=\'it&apos;s\' data-x=unquoted&amp;more>link</a>',
  '<a href="?x=1&copy=2">legacy entity before = in an attribute stays as written</a>',
  '<title>Tom &amp; Jerry &mdash; news</title><p>a < b && c > d</p>',
  '<script>if (a && b < c) { x = "&amp;"; }</script><style>a>b{content:"&"}</style>',
  '<p>text that ends without a tag &amp',
  '<p>ends in an ampersand &',
  '<div class="a&quot;b" id=\'x\'>ends inside an attribute value <img alt="unclosed',
  '<!-- a comment with & and < --><![CDATA[ & ]]><svg><path d="M0 0L10 10"/></svg>',
  '<p>Quotes “curly” and « guillemets » — and emoji 🎉 &#128512; &#x1F600;</p>',
  '<ul><li>one<li>two &gt; three</ul><p>unclosed <b>bold &lt; <i>italic</p>',
  '<!DOCTYPE html><!----><!-- x --><!--->text<?php echo 1 ?></p ><p></p\n>',
  '<script></script><script>a</script><script><</script><style>x<y</style><script>"</scr" + "ipt>"</script>',
  '<p>a<</p><p>b</b</p><div>c</div ><span>d</span\t>',
  '<p>text then an unclosed comment<!-- to the end',
  '<p>text then an unclosed script<script>var a = 1;',
  '<p>text then an unclosed end tag</p',
  `<p>${'R&amp;D, '.repeat(40)}then a tag</p><a href="?${'a=1&amp;'.repeat(30)}" title='&lt;${'x'.repeat(50)}'>x</a>`,
];

describe('FastTokenizer', () => {
  it.each(TRICKY.map((html) => [html]))('builds the same tree as htmlparser2 for %s', (html) => {
    expect(tree(html, true)).toBe(tree(html, false));
  });

  it('builds the same tree when the page arrives in small pieces', () => {
    // Where the last buffer had its next "<" or "&" counts for nothing in the next one.
    const html = TRICKY.join('\n');
    expect(treeInPieces(html)).toBe(tree(html, false));
  });

  it('decodes entities in text and attributes as the stock tokenizer does', () => {
    const doc = parseDocument('<p title="a&amp;b">R&amp;D &lt;3</p>', {
      ...OPTIONS,
      Tokenizer: FastTokenizer,
    });
    const p = doc.children[0] as unknown as { attribs: Record<string, string>; children: { data: string }[] };
    expect(p.attribs['title']).toBe('a&b');
    expect(p.children[0]?.data).toBe('R&D <3');
  });

  it('builds the same tree as htmlparser2 for every extraction fixture page', () => {
    const root = join(import.meta.dirname, '../../fixtures/extract');
    const pages = readdirSync(root).map((dir) => join(root, dir, 'input.html'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      expect(tree(html, true), page).toBe(tree(html, false));
    }
  });
});
