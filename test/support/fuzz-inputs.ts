/**
 * fast-check generators of hostile inputs (issue 18): text made of the pieces the extractor and
 * summarizer react to (every quote mark they read, capitalised names, abbreviations and dots,
 * speech verbs), mixed scripts, emoji, NUL and broken UTF-8; random HTML trees; random feeds.
 */
import fc from 'fast-check';

/** Every quotation mark or dash the quote reader knows (quotes/spans.ts, dialogue.ts, single-marks.ts). */
export const QUOTE_MARKS = [
  '"',
  '“',
  '”',
  '«',
  '»',
  '„',
  '‚',
  '‘',
  '’',
  "'",
  '「',
  '」',
  '『',
  '』',
  '‹',
  '›',
  '—',
  '–',
];
const WORDS = [
  'the',
  'said',
  'says',
  'told',
  'he',
  'she',
  'they',
  'according to',
  'and',
  'of',
  'a',
  'that',
  'dijo',
  'a déclaré',
  'sagte',
];
const NAMES = [
  'John',
  'Smith',
  'Mary',
  'Jane Doe',
  'Dr. Alice Brown',
  'President',
  'Minister',
  'Reuters',
  'NASA',
  'United Nations',
  'Mr.',
];
const DOTS = [
  'U.S.',
  'Dr.',
  'e.g.',
  'i.e.',
  'J.',
  'R.',
  '...',
  '…',
  '.',
  '!',
  '?',
  '?!',
  'No.',
  'St.',
  ',',
  ':',
  ';',
  '(',
  ')',
];
const SCRIPTS = [
  'قال',
  'الرئيس',
  'שלום',
  'עולם',
  '日本語',
  '한국어',
  'Привет',
  'Ελλάδα',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u200f',
  '\u202e',
  '\u200b',
  '\ufeff',
];
const BROKEN = ['\u0000', '\ud800', '\udfff', '\ufffd', '\u0007', '\u001b[0m', '\r', '\u2028', '\u00a0'];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n'];

/** One piece of text: a word, name, mark, dot run, script sample or broken character, maybe with a space. */
const token = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
      { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
      { weight: 2, arbitrary: fc.constantFrom(...DOTS) },
      { weight: 1, arbitrary: fc.constantFrom(...SCRIPTS) },
      { weight: 1, arbitrary: fc.constantFrom(...BROKEN) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    fc.constantFrom('', ...SPACES),
  )
  .map(([piece, space]) => piece + space);

/** Pasted text of up to `maxTokens` pieces. */
export function hostileText(maxTokens = 300): fc.Arbitrary<string> {
  return fc.array(token, { minLength: 1, maxLength: maxTokens }).map((pieces) => pieces.join(''));
}

/** Bytes that are mostly not valid UTF-8, decoded the way a file upload is (U+FFFD for bad bytes). */
export const invalidUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 2000 })
  .map((bytes) => `Headline\n\n${Buffer.from(bytes).toString('utf8')} the minister said.`);

/** A short hostile unit repeated into one long line with no breaks (`size` characters). */
export function repeatedLine(size: number): fc.Arbitrary<string> {
  return hostileText(12)
    .map((unit) => unit.replace(/[\n\r\u2028]/g, ' '))
    .filter((unit) => unit.trim() !== '')
    .map((unit) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size));
}

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'section',
  'main',
  'b',
  'i',
  'a',
  'h1',
  'h2',
  'ul',
  'li',
  'table',
  'td',
  'blockquote',
  'figure',
  'figcaption',
  'header',
  'footer',
  'nav',
  'time',
  'aside',
  'q',
  'br',
  'img',
  'meta',
];
const ATTRS = [
  'class',
  'id',
  'itemprop',
  'data-x',
  'content',
  'datetime',
  'href',
  'rel',
  'property',
  'name',
  'style',
  'hidden',
  'aria-hidden',
];

const attrValue = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'article',
      'byline',
      'author',
      'content',
      'headline',
      'datePublished',
      'og:title',
      'https://example.com/a',
      '2024-01-02',
      'display:none',
      '',
    ),
  },
  { weight: 2, arbitrary: hostileText(6) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), attrValue)
  .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`);

/** A random HTML fragment: nested elements (some left unclosed), text, comments, scripts and styles. */
export const htmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: hostileText(25).map((t) => t.replace(/</g, '&lt;')) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...TAGS),
          fc.array(attribute, { maxLength: 3 }),
          fc.array(tie('node'), { maxLength: 6 }),
          fc.boolean(),
        )
        .map(
          ([tag, attrs, children, closed]) =>
            `<${tag}${attrs.join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
        ),
    },
    { weight: 1, arbitrary: hostileText(8).map((t) => `<!-- ${t} -->`) },
    {
      weight: 1,
      arbitrary: hostileText(8).map((t) => `<script>var s = "${t}"; // <p>not text</p></script>`),
    },
    { weight: 1, arbitrary: fc.constant('<style>p { color: red } /* <p> */</style>') },
    {
      weight: 1,
      arbitrary: hostileText(8).map(
        (t) =>
          `<script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(t)},"author":[{"name":${JSON.stringify(t)}}]}</script>`,
      ),
    },
  ),
})).node;

/** A whole page around random fragments, with a head that has metadata to read. */
export const htmlPage = fc
  .tuple(hostileText(10), fc.array(htmlFragment, { minLength: 1, maxLength: 8 }))
  .map(
    ([title, body]) =>
      `<!doctype html><html><head><title>${title.replace(/</g, '&lt;')}</title><meta property="og:title" content="${title.replace(/"/g, '&quot;')}"></head><body>${body.join('')}</body></html>`,
  );

/** Deeply nested elements (`depth` levels) with some prose at the bottom, unclosed or closed. */
export const deepNesting = fc
  .tuple(
    fc.integer({ min: 200, max: 5000 }),
    fc.constantFrom('div', 'span', 'b', 'blockquote', 'li'),
    fc.boolean(),
  )
  .map(
    ([depth, tag, closed]) =>
      `<html><body>${`<${tag}>`.repeat(depth)}<p>The council voted on the budget today, the mayor said. “It is done,” she said.</p>${closed ? `</${tag}>`.repeat(depth) : ''}</body></html>`,
  );

/** Thousands of sibling elements. */
export const manySiblings = fc
  .tuple(
    fc.integer({ min: 1000, max: 8000 }),
    fc.constantFrom('p', 'div', 'li', 'span', 'a', 'br'),
    hostileText(8),
  )
  .map(
    ([count, tag, text]) =>
      `<html><body><article>${`<${tag}>${text.replace(/</g, '')}</${tag}>`.repeat(count)}</article></body></html>`,
  );

/** A random feed item, RSS or Atom, with hostile text and entities. */
const feedItem = fc
  .tuple(
    fc.boolean(),
    hostileText(8),
    hostileText(20),
    fc.constantFrom(
      '&amp;',
      '&lt;b&gt;',
      '&nbsp;',
      '&undefined;',
      '&#0;',
      '&#xD800;',
      '<![CDATA[<p>x</p>]]>',
      '',
    ),
  )
  .map(([atom, title, text, entity]) => {
    const t = title.replace(/[<&]/g, ' ');
    const body = `${text.replace(/[<&]/g, ' ')} ${entity}`;
    return atom
      ? `<entry><title>${t}</title><link href="https://example.com/${t.length}"/><summary>${body}</summary><updated>${t}</updated></entry>`
      : `<item><title>${t}</title><link>https://example.com/a</link><description>${body}</description><pubDate>${t}</pubDate><category>${t}</category></item>`;
  });

/** A random feed document: RSS or Atom root, any mix of items, maybe an internal DTD. */
export const feedDocument = fc
  .tuple(fc.constantFrom('rss', 'feed', 'rdf:RDF'), fc.array(feedItem, { maxLength: 40 }), fc.boolean())
  .map(([root, items, dtd]) => {
    const doctype = dtd
      ? '<!DOCTYPE r [<!ENTITY e "expanded"><!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'
      : '';
    const inner =
      root === 'rss' ? `<channel><title>Feed &e; &x;</title>${items.join('')}</channel>` : items.join('');
    return `<?xml version="1.0"?>${doctype}<${root}>${inner}</${root}>`;
  });
