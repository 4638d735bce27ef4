/**
 * Sentence splitting for news text in English and the main European languages (cased or the
 * lower-cased, tokenized "it 's ... . '" style of news corpora), plus Japanese, Chinese and Korean.
 * Rule-based on purpose: deterministic, dependency-free and fast enough for every paragraph we read.
 */

import { lexiconFor } from '../summarize/lexicon/lexicon.ts';
import { collapseWhitespace } from './whitespace.ts';

/** Common sentence openers: after an ambiguous abbreviation they signal a new sentence. */
const STARTERS = new Set(
  (
    'the a an he she it they we you his her its their this that these those there but and so yet ' +
    'in on at after before when while however meanwhile now then last earlier later police officials'
  ).split(' '),
);

const CLOSERS = `"'”’»)]」』“`;
const OPENERS = `"'“‘«([¿¡„「『`;
const QUOTE_TOKEN = /^(?:''|``|["'“”‘’«»„])$/;
const LOOK_AROUND = 80;
const GERMAN_MONTH =
  /^(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;
const CJK_TERMINATORS = /[。！？][」』）)"”’]*/g;
const CJK_CONTINUATION = /^[とってのが、]/;

/**
 * Splits text into sentences. `lang` (a BCP 47 tag) only breaks ties, e.g. German “ closing a quote.
 * Blank lines always end a sentence; single newlines are treated as spaces.
 */
export function splitSentences(text: string, lang?: string | null): string[] {
  const sentences: string[] = [];
  // Only a newline can start a blank line: most paragraphs have none and need no split.
  for (const block of text.includes('\n') ? text.split(/\n\s*\n/) : [text]) {
    const flat = collapseWhitespace(block).trim();
    if (flat === '') continue;
    const flatLowerCased = isLowerCased(flat);
    for (const run of splitWebChrome(flat, flatLowerCased)) {
      for (const piece of splitCjk(run)) {
        // Usually the block is one piece: its casing is already known.
        const lowerCased = piece === flat ? flatLowerCased : isLowerCased(piece);
        for (const sentence of splitBlock(piece, lang ?? null, lowerCased)) {
          const trimmed = sentence.trim();
          if (opensAlphanumeric(trimmed) || /[\p{L}\p{N}]/u.test(trimmed)) sentences.push(trimmed);
        }
      }
    }
  }
  return sentences;
}

/** Whether a string's first character is an ASCII letter or digit (a quick yes before a Unicode test). */
function opensAlphanumeric(text: string): boolean {
  const code = text.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Page chrome that copied web articles carry inline, with no punctuation around it. */
const INLINE_CHROME = /\b(?:Scroll down for (?:the )?video|WARNING: GRAPHIC CONTENT|Click here for more)\b/g;
/** "… (pictured) Next caption" / "… in contact Blunder: Charity runners …": photo captions run together. */
const CAPTION_SEAM =
  /(?<=\((?:pictured|above|below|left|right|centre|center|file|file photo|stock image|stock photo)\)) (?=['‘"“]?\p{Lu})|(?<=[\p{Ll})]) (?=\p{Lu}[\p{Ll}-]+(?: [\p{Ll}-]+){0,2}: ['‘"“]?\p{Lu})/gu;

/**
 * Separates inline chrome ("Scroll down for video") and run-together photo captions, which come
 * without sentence punctuation, so neither gets glued to a real sentence. `text` is one flattened
 * block: trimmed, not empty, without newlines.
 */
function splitWebChrome(text: string, lowerCased: boolean): string[] {
  if (lowerCased) return [text];
  // Chrome is one of three phrases, and a seam a space after ")" or before a "Caption: " label:
  // without them the patterns (the seam's lookbehind is slow) cannot match.
  const chrome =
    text.includes('Scroll down for') ||
    text.includes('WARNING: GRAPHIC') ||
    text.includes('Click here for more');
  const marked = chrome ? text.replace(INLINE_CHROME, '\n$&\n') : text;
  const seam = marked.includes(') ') || marked.includes(': ');
  const cut = seam ? marked.replace(CAPTION_SEAM, '\n') : marked;
  // Nothing cut (the usual case): the block is its one part.
  if (cut === text) return [text];
  return cut
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** CJK sentences end at full-width terminators without a following space. */
function splitCjk(text: string): string[] {
  if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(text)) return [text];
  const parts: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CJK_TERMINATORS)) {
    const end = match.index + match[0].length;
    // 「…。」と言った: the quote ends but the sentence goes on.
    if (/[」』]$/.test(match[0]) && CJK_CONTINUATION.test(text.slice(end, end + 2))) continue;
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts.filter((part) => part.trim() !== '');
}

/**
 * True when the text has (almost) no capital letters, as in lower-cased news corpora: of the words
 * /\b[a-zA-Z]\w*\/g finds (runs of [A-Za-z0-9_] that open with a letter), counted in one pass.
 */
function isLowerCased(text: string): boolean {
  let latinWords = 0;
  let capitalised = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const upper = code >= 65 && code <= 90;
    const lower = code >= 97 && code <= 122;
    const wordChar = upper || lower || (code >= 48 && code <= 57) || code === 95;
    if (wordChar && !inWord && (upper || lower)) {
      latinWords += 1;
      if (upper) {
        capitalised += 1;
        // The rest of the text holds at most one word per two characters: once even that many
        // could not bring capitals under 2% (1 in 50), the answer is no (cased text stops early).
        if (capitalised * 50 >= latinWords + ((text.length - i) >> 1) + 1) return false;
      }
    }
    inWord = wordChar;
  }
  if (latinWords < 8) return false;
  return capitalised / latinWords < 0.02;
}

function splitBlock(text: string, lang: string | null, lowerCased: boolean): string[] {
  const parts: string[] = [];
  let start = 0;
  const candidates = /[.!?…]+/g;
  for (const match of text.matchAll(candidates)) {
    let end = match.index + match[0].length;
    while (end < text.length && CLOSERS.includes(text[end] ?? '')) end += 1;
    if (end < text.length && text[end] !== ' ') continue; // "3.5", "U.S.-led", "example.com"
    const current = text.slice(start, end);
    // Only a short look ahead and behind is needed; slicing to the ends would make long texts quadratic.
    const rest = text.slice(end, end + LOOK_AROUND).trimStart();
    if (rest === '') break;
    const boundary = isBoundary(text, match.index, match[0], rest, lowerCased);
    if (!boundary) continue;
    // A detached quote mark after the terminator: closes this sentence or opens the next.
    const quote = /^(\S+) /.exec(rest)?.[1];
    if (quote !== undefined && QUOTE_TOKEN.test(quote) && closesOpenQuote(current, quote, lang)) {
      end = text.indexOf(quote, end) + quote.length;
    }
    parts.push(text.slice(start, end));
    start = end;
  }
  parts.push(text.slice(start));
  return parts;
}

function isBoundary(
  text: string,
  at: number,
  terminator: string,
  rest: string,
  lowerCased: boolean,
): boolean {
  const next = nextWord(rest);
  const first = rest[0] ?? '';
  const startsUpper = /^[¿¡]?\p{Lu}/u.test(next) || /^\p{N}/u.test(next) || /^[\p{Lo}]/u.test(next);
  // In cased text a sentence starts with a capital, a digit, an uncased script or an opening mark.
  const canStart = lowerCased ? /^[\p{L}\p{N}$£€]/u.test(next) || OPENERS.includes(first) : startsUpper;
  if (!canStart) return false;
  const starter = STARTERS.has(next.toLowerCase().replace(/^\W+/, ''));
  if (terminator.includes('…') || terminator.startsWith('..')) return lowerCased ? starter : true;
  if (!terminator.endsWith('.') || terminator.length > 1) return true;
  if (at > 0 && text[at - 1] === ' ') return true; // tokenized " . " always ends a sentence
  // German ordinal dates: "am 3. Oktober".
  if (/(?:^|\D)\d{1,2}$/.test(text.slice(Math.max(0, at - 3), at)) && GERMAN_MONTH.test(next)) return false;
  const word = wordEndingAt(text, at).replace(/^['’-]+/, '');
  const bare = word.toLowerCase();
  // The abbreviations of every language the summarizer has word lists for (summarize/lexicon/):
  // titles and the like never end a sentence ("Dr.", "No. 5"), months not before a date ("Jan. 3"),
  // companies and "etc." only before a sentence opener.
  const { neverFinal, maybeFinal, months } = lexiconFor(null);
  if (neverFinal.has(bare)) {
    // "No. 5" and "Jan. 3" are abbreviations; "said no." before "The" is not.
    if (bare === 'no') return !/^\d/.test(next);
    return months.has(bare) && !/^\d/.test(next) && starter;
  }
  if (maybeFinal.has(bare)) return starter;
  // Initials ("J. K. Rowling") and dotted acronyms ("U.S.", "a.m.") end a sentence only before an opener.
  if (/^\p{L}$/u.test(bare) || /^(\p{L}\.)+\p{L}$/u.test(bare)) return starter && next !== 'I';
  return true;
}

const WORD_CHAR = /^[\p{L}\p{N}.'’-]$/u;

/**
 * The run of letters, digits, dots, apostrophes and hyphens ending at `at`, within LOOK_AROUND
 * characters: what /([\p{L}\p{N}.'’-]+)$/u finds in that window, read backwards from its end
 * instead of tried from every position of it.
 */
function wordEndingAt(text: string, at: number): string {
  const start = Math.max(0, at - LOOK_AROUND);
  let i = at;
  while (i > start) {
    const low = text.charCodeAt(i - 1);
    const high = i - 2 >= start ? text.charCodeAt(i - 2) : 0;
    // A letter outside the BMP is a surrogate pair: one character to the pattern.
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(i - width, i))) break;
    i -= width;
  }
  return text.slice(i, at);
}

function nextWord(rest: string): string {
  const word = /^\S+/.exec(rest)?.[0] ?? '';
  // Skip a detached opening quote token to see the word behind it.
  if (QUOTE_TOKEN.test(word)) return /^\S+\s+(\S+)/.exec(rest)?.[1] ?? word;
  return word.replace(/^[«"“‘'„([]+/, '') || word;
}

/** Whether a quote mark standing after a terminator closes a quotation still open in `sentence`. */
function closesOpenQuote(sentence: string, quote: string, lang: string | null): boolean {
  if (quote === '»' || quote === '”' || quote === '’') return true;
  if (quote === '«' || quote === '„' || quote === '‘' || quote === '``') return false;
  if (quote === '“') return lang === 'de' || count(sentence, /„/g) > count(sentence, /“/g);
  const tokens = sentence.split(' ').filter((token) => token === quote).length;
  // Opening marks attached to a word, but not the clitics of tokenized text ("it 's").
  const leading = quote === "'" ? /(^|\s)'(?!(s|re|ll|ve|d|m|t)\b)\S/g : /(^|\s)"\S/g;
  return (tokens + count(sentence, leading)) % 2 === 1;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
