import { Parser } from 'htmlparser2';
import { BLOCK_TAGS } from '../extract/hints.ts';
import { FastTokenizer } from '../extract/tokenizer.ts';
import { MAX_PARAGRAPH_CHARS, MAX_SUMMARIZED_CHARS } from '../text/paragraph-bounds.ts';

// Paragraph boundaries as the article extractor sees them; in feed snippets a <br> also ends a line.
const BLOCK = new Set([...BLOCK_TAGS, 'br']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const SPACES = /\s+/g;

/**
 * How much text of one feed item is read: what the summarizer reads of an article
 * (MAX_SUMMARIZED_CHARS), plus twice the length of the pieces it reads a long paragraph in
 * (MAX_PARAGRAPH_CHARS), since it looks that far ahead for where to cut one. So the summary of an
 * item is the same as if it were read whole, and a single item of megabytes (issue 18) costs what
 * its first 240,000 characters do; real items, teasers or whole articles, are far shorter.
 */
export const MAX_ITEM_TEXT_CHARS = MAX_SUMMARIZED_CHARS + 2 * MAX_PARAGRAPH_CHARS;

class Enough extends Error {}

/**
 * Feed text fields are often HTML (escaped or in CDATA) with HTML entities that an XML parser
 * does not know (&nbsp;, &mdash;). Parsing them as HTML decodes entities and strips markup.
 * Returns one string per paragraph, reading up to about `maxChars` characters of text (the
 * paragraph that reaches it is the last).
 *
 * One pass over the parser's events, with no tree: text outside skipped elements is gathered, and
 * a block element's start and end close a paragraph.
 */
export function htmlToParagraphs(html: string, maxChars = Infinity): string[] {
  if (!/[<&]/.test(html)) return splitPlain(html);
  // One small reading kept alive for the shapes of its parser (see extract/shapes.ts).
  reference ??= read(REFERENCE_HTML, Infinity);
  return read(html, maxChars).paragraphs;
}

const REFERENCE_HTML = '<p>One &amp; two.</p><p>Three<br>four <a href="/x">five</a></p><script>six</script>';
let reference: { paragraphs: string[]; parser: Parser } | null = null;

function read(html: string, maxChars: number): { paragraphs: string[]; parser: Parser } {
  const out: string[] = [];
  let current: string[] = [];
  let currentRaw = 0;
  // When the paragraph being read is next checked against maxChars (see ontext).
  let checkAt = maxChars;
  let total = 0;
  let skipped = 0;
  const flush = () => {
    if (current.length === 0) return;
    const text = current.join('').replace(SPACES, ' ').trim();
    current = [];
    currentRaw = 0;
    checkAt = maxChars;
    if (!text) return;
    out.push(text);
    total += text.length;
    if (total >= maxChars) throw new Enough();
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIP.has(name)) skipped++;
        else if (skipped === 0 && BLOCK.has(name)) flush();
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipped--;
        else if (skipped === 0 && BLOCK.has(name)) flush();
      },
      ontext(data) {
        if (skipped > 0) return;
        current.push(data);
        currentRaw += data.length;
        // One paragraph of megabytes: once it is long enough collapsed, the rest goes unread. Its
        // collapsed length is checked each time the raw text doubles, so checking stays linear.
        if (total + currentRaw < checkAt) return;
        const text = current.join('').replace(SPACES, ' ').trim();
        if (total + text.length < maxChars) {
          checkAt = total + 2 * currentRaw;
          return;
        }
        out.push(text.slice(0, maxChars - total));
        throw new Enough();
      },
    },
    { decodeEntities: true, Tokenizer: FastTokenizer },
  );
  try {
    parser.end(html);
    flush();
  } catch (error) {
    if (!(error instanceof Enough)) throw error;
  }
  return { paragraphs: out, parser };
}

function splitPlain(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A single line of text from an HTML-or-text field (titles, authors). */
export function htmlToLine(html: string): string {
  return htmlToParagraphs(html).join(' ').trim();
}
