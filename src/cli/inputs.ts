import { UserFacingError } from '../services/errors.ts';
import { decodeBody } from '../services/fetch/charset.ts';
import type { Fetcher } from '../services/fetch/types.ts';
import { formatOfFile } from '../services/article-input.ts';
import { articleFromPasted } from '../services/pasted-article.ts';
import type { Article } from '../services/types.ts';
import { readInputFile } from './file-reader.ts';

/** The largest file or stdin the CLI reads, the same cap the fetcher puts on pages. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export function isUrl(input: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(input);
}

/** 1 for the control bytes that text does not hold (all below 32 but tab, line breaks and form feed). */
const CONTROL_BYTE = Uint8Array.from({ length: 256 }, (_, byte) =>
  byte < 9 || (byte > 13 && byte < 32) ? 1 : 0,
);

/** Refuses bytes that are too many or not text (NUL bytes or mostly control characters). */
function checkTextInput(bytes: Buffer, label: string): void {
  if (bytes.length > MAX_INPUT_BYTES) throw new UserFacingError('too_large', `${label} is larger than 5 MB.`);
  const sample = bytes.subarray(0, 8192);
  // A table lookup rather than comparisons: a branch first taken on the hundredth file would send
  // the optimized loop back to the interpreter (a deoptimization per file in a batch).
  let control = 0;
  for (let i = 0; i < sample.length; i++) control += CONTROL_BYTE[sample[i] as number] as number;
  if (sample.includes(0) || (sample.length > 0 && control / sample.length > 0.1)) {
    throw new UserFacingError('bad_input', `${label} is not a text or HTML file.`);
  }
}

/**
 * Checks the bytes (checkTextInput), then decodes them by BOM or UTF-8 with a windows-1252 fallback,
 * as fetched text is (HTML files are read from their bytes by the page pipeline).
 */
function decodeTextInput(bytes: Buffer, label: string): string {
  checkTextInput(bytes, label);
  return decodeBody(bytes, { mediaType: 'text/plain' }).text.replace(/^\uFEFF/, '');
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw new UserFacingError('too_large', 'Standard input is larger than 5 MB.');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

// The page pipeline (the extractor, htmlparser2 and its entity tables) is loaded on the first page
// or URL: a run over pasted text does without it.
const loadPages = () => import('../services/pipeline.ts');

/** Reads one CLI input (URL, file path or "-" for stdin) into an Article. */
export async function readArticle(
  input: string,
  deps: { fetcher: Fetcher; stdin: NodeJS.ReadableStream },
): Promise<Article> {
  if (isUrl(input)) return (await loadPages()).articleFromUrl(deps.fetcher, input);
  if (input === '-')
    return articleFromText(decodeTextInput(await readStdin(deps.stdin), 'Standard input'), '');
  // The file's bytes are read into a reused buffer (file-reader.ts): used at once, with no await
  // between the read and the decode or parse.
  if (formatOfFile(input, '') === 'html') {
    const pages = await loadPages();
    const bytes = readInputFile(input, MAX_INPUT_BYTES);
    checkTextInput(bytes, 'The file');
    return pages.articleFromHtmlBytes(bytes);
  }
  return articleFromText(decodeTextInput(readInputFile(input, MAX_INPUT_BYTES), 'The file'), input);
}

/** Text read from a file or standard input: a page when it reads as HTML, otherwise pasted text. */
async function articleFromText(text: string, name: string): Promise<Article> {
  const format = formatOfFile(name, text);
  return format === 'html'
    ? (await loadPages()).articleFromContent(text, 'html')
    : articleFromPasted(text, format);
}
