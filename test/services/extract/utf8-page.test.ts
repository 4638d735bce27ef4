import { describe, expect, it } from 'vitest';
import type { AnyNode } from 'domhandler';
import { parseHtml } from '../../../src/services/extract/dom.ts';
import { extractArticle } from '../../../src/services/extract/index.ts';
import { aboveAscii, decodePiece, Utf8Page } from '../../../src/services/extract/utf8-page.ts';
import { articleFromHtmlBytes } from '../../../src/services/pipeline.ts';

/** The tree as text: every element with its attributes, every text node, in document order. */
function shape(node: AnyNode, out: string[] = []): string[] {
  if (node.type === 'text') out.push(`text ${JSON.stringify(node.data)}`);
  else if ('attribs' in node) out.push(`<${node.name} ${JSON.stringify(node.attribs)}>`);
  if ('children' in node) for (const child of node.children) shape(child, out);
  return out;
}

const page = (bytes: Buffer): Utf8Page => {
  const read = Utf8Page.of(bytes);
  if (read === null) throw new Error('expected the bytes to read as UTF-8');
  return read;
};

const MIXED = `<!doctype html><html lang="fr"><head><title>Été à Zürich — “quoted” 日本 😀</title>
<meta property="og:title" content="Café naïve &amp; co — 🎉"></head>
<body><DIV CLASS="Ärger">Ça&nbsp;va, caf&eacute; &#x1F600; ß<p title='é"ü'>“Bonjour”, dit-elle…</p>
<script type="application/ld+json">{"headline":"Ünïcödé — ok"}</script><script>var s = "é";</script>
<img alt="Ωmega"><p>Ends with an accent: é</p></DIV></body></html>`;

describe('reading a page from its UTF-8 bytes', () => {
  it('builds the same tree as the decoded page: text, attribute values, entities and names', () => {
    const bytes = Buffer.from(MIXED, 'utf8');
    expect(shape(parseHtml(page(bytes)))).toEqual(shape(parseHtml(MIXED)));
    expect(shape(parseHtml(page(bytes))).join('\n')).toContain('text "Ça\u00a0va, café 😀 ß"');
  });

  it('reads a page longer than a chunk, with characters and values across the cuts, as one', () => {
    // 1-, 2-, 3- and 4-byte characters in turn, so that some chunk cut falls inside each width.
    const text = 'aé€😀'.repeat(12_000);
    const html = `<html><body><p title="${text}">${text}</p><p>&amp; ${text} &eacute;</p></body></html>`;
    const tree = shape(parseHtml(page(Buffer.from(html, 'utf8'))));
    expect(tree).toEqual(shape(parseHtml(html)));
    expect(tree.join('\n')).not.toContain('\ufffd');
  });

  it('reads a page nested too deep for the tree the way it reads the decoded page', () => {
    const html = `<html><body>${'<div>'.repeat(3000)}<p>Ça va</p>${'</div>'.repeat(3000)}<p>Fin é</p></body></html>`;
    expect(shape(parseHtml(page(Buffer.from(html, 'utf8'))))).toEqual(shape(parseHtml(html)));
  });

  it('reads a page with a byte-order mark as the page without it', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MIXED, 'utf8')]);
    expect(shape(parseHtml(page(bytes)))).toEqual(shape(parseHtml(MIXED)));
  });

  it('gives the same article as the decoded page', () => {
    const paragraph =
      'Le conseil a voté « oui » à l’unanimité lundi, après une consultation publique très suivie.';
    const html = `<html lang="fr"><head><title>Vélos à Genève</title><meta name="author" content="Zoë Müller"></head>
<body><article><h1>Vélos à Genève</h1>${`<p>${paragraph}</p>`.repeat(6)}</article></body></html>`;
    const bytes = Buffer.from(html, 'utf8');
    const fromBytes = extractArticle(page(bytes));
    expect(fromBytes).toEqual(extractArticle(html));
    expect(fromBytes.headline).toBe('Vélos à Genève');
    expect(fromBytes.paragraphs[0]).toBe(paragraph);
  });

  it('leaves bytes that are not UTF-8 to the decoder, which reads their charset', () => {
    const latin = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>',
      'latin1',
    );
    expect(Utf8Page.of(latin)).toBeNull();
    expect(Utf8Page.of(Buffer.from('<p>café</p>', 'utf8'))).not.toBeNull();
  });

  it('decodes only pieces that hold a byte above ASCII', () => {
    expect(decodePiece('plain')).toBe('plain');
    expect(decodePiece(Buffer.from('naïve “x”', 'utf8').toString('latin1'))).toBe('naïve “x”');
  });

  it('finds a byte above ASCII anywhere in short and long pieces alike', () => {
    for (const length of [1, 23, 24, 25, 200])
      for (const at of [0, length - 1]) {
        const ascii = 'a'.repeat(length);
        expect(aboveAscii(ascii)).toBe(false);
        expect(aboveAscii(`${ascii.slice(0, at)}\u00e9${ascii.slice(at + 1)}`)).toBe(true);
      }
    expect(aboveAscii('')).toBe(false);
  });
});

describe('articleFromHtmlBytes', () => {
  const body =
    '<p>The council approved four new cycle lanes on Monday after a consultation drew 2,000 responses.</p>';

  it('reads a windows-1252 file by its declared charset', () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\xe9 closes</title></head><body><article>${body.repeat(5)}</article></body></html>`;
    expect(articleFromHtmlBytes(Buffer.from(html, 'latin1')).headline).toBe('Café closes');
  });

  it('calls a file of white space (and a byte-order mark) empty', () => {
    for (const bytes of [Buffer.from(' \n\t '), Buffer.from('\ufeff \u00a0\n', 'utf8'), Buffer.alloc(0)])
      expect(() => articleFromHtmlBytes(bytes)).toThrow('That input is empty');
  });
});
