/**
 * Dialogue written with dashes (the lexicon says which languages write it, and how: `dialogueDashes`).
 * A dash opening a paragraph, or following the end of a sentence or a colon, opens someone's words.
 * - `narrator` (Spanish, Portuguese): "—Es una vergüenza —dijo el ministro—. No lo vamos a permitir.",
 *   "— Vamos vencer — afirmou a ministra.": the next dash opens the narrator's clause ("dijo el
 *   ministro"); a dash after that closes it and gives the words back, and so on to the paragraph's end.
 * - `line` (French): "– Nous ne céderons pas, a-t-il dit, car ce texte est juste.": the words run to
 *   the paragraph's end, with the narrator's clause set off by commas inside them (quotes/incises.ts).
 * English never reads dashes so: there they set off an aside.
 *
 * The words are quote spans (spans.ts) whose marks are the dashes: a span ends at the dash that opens the
 * narrator's clause, so the clause after the quote is the narrator's (quotes/find.ts reads it as the
 * attribution after the quote), and the words given back start at the dash that closes it.
 */
/** Someone's words in a line of dialogue: from the dash that opens them to the one that ends them. */
export interface DialogueWords {
  /** Index of the dash that opens the words (for words given back, the dash closing the narrator's clause). */
  start: number;
  /** Index of the dash that opens the narrator's clause, or the paragraph's length. */
  end: number;
  /** The words, without the dash and the punctuation that closed the narrator's clause. */
  inner: string;
}

const DASH = /[—–]/gu;

/** A dash that sits against a space or punctuation on one side at least: not one inside "2010–2020". */
function isDialogueDash(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  return before === undefined || after === undefined || /\s/u.test(before) || /[\s.,;:!?…]/u.test(after);
}

/** Someone's words start after the dash: a capital, an opening question or exclamation mark, a quote mark or a digit. */
const WORDS_START = /^\s?[\p{Lu}¿¡«“"\d]/u;

/** The dash at `i` opens the words: it opens the paragraph or follows a sentence's end or a colon. */
function opensWords(text: string, i: number): boolean {
  if (!WORDS_START.test(text.slice(i + 1, i + 3))) return false;
  const before = text.slice(0, i);
  return /^\s*$/u.test(before) || /[.!?…:]["”»’]?\s+$/u.test(before.slice(-6));
}

/** Where the words after the dash at `dash` start: past the punctuation that closes the narrator's clause. */
function wordsStart(text: string, dash: number): number {
  const lead = /^[\s.,;:]*/u.exec(text.slice(dash + 1))?.[0] ?? '';
  return dash + 1 + lead.length;
}

/** How an article's language writes dialogue, with what the lexicon tells of its clauses. */
export interface DialogueReading {
  kind: 'narrator' | 'line';
  /** Whether a clause reports speech (a speech verb): "El ministro respondió:" introduces the next line. */
  spoken: (clause: string) => boolean;
  /** Whether words hold a narrator's clause set off by commas (", a-t-il dit,"): for `line` dialogue. */
  narratedInside: (words: string) => boolean;
}

/** The reading, and the paragraph before the one read (a line with no narrator's clause looks back). */
export interface DialogueContext extends DialogueReading {
  previous: string | undefined;
}

/** The dialogue dashes of a paragraph, and the index among them of the one that opens someone's words (-1: none). */
function dashesOf(text: string): { dashes: number[]; first: number } {
  const dashes: number[] = [];
  DASH.lastIndex = 0;
  for (let m = DASH.exec(text); m; m = DASH.exec(text))
    if (isDialogueDash(text, m.index)) dashes.push(m.index);
  return { dashes, first: dashes.findIndex((i) => opensWords(text, i)) };
}

/** A paragraph that opens with someone's words and has a narrator's clause (a line of a dialogue). */
function isNarratedLine(text: string | undefined, reading: DialogueReading): boolean {
  if (!text) return false;
  const { dashes, first } = dashesOf(text);
  if (first === -1 || !/^\s*$/u.test(text.slice(0, dashes[first]))) return false;
  return reading.kind === 'line'
    ? reading.narratedInside(text.slice(dashes[first]! + 1))
    : dashes.length > first + 1;
}

/** The words of a line: alternating with the narrator's clauses (`narrator`), or to the paragraph's end (`line`). */
function wordsOf(
  text: string,
  dashes: number[],
  first: number,
  kind: DialogueReading['kind'],
): DialogueWords[] {
  const open = dashes[first]!;
  if (kind === 'line') return [{ start: open, end: text.length, inner: text.slice(open + 1) }];
  const spans: DialogueWords[] = [];
  for (let k = first; k < dashes.length; k += 2) {
    const start = dashes[k]!;
    const end = dashes[k + 1] ?? text.length;
    const from = k === first ? start + 1 : wordsStart(text, start);
    if (/\p{L}/u.test(text.slice(from, end))) spans.push({ start, end, inner: text.slice(from, end) });
  }
  return spans;
}

/**
 * The spans of someone's words in a paragraph written as dialogue (see the module comment). Words
 * with no narrator's clause in their paragraph count only where a dialogue goes on: after a colon in
 * their paragraph, after a paragraph whose last clause reports speech and ends in a colon ("El
 * ministro respondió:"), or after a line of dialogue with its narrator's clause. Otherwise a paragraph
 * opened by a dash is more likely an item of a list.
 */
export function dialogueWords(text: string, context: DialogueContext): DialogueWords[] {
  const { dashes, first } = dashesOf(text);
  if (first === -1) return [];
  const words = wordsOf(text, dashes, first, context.kind);
  const narrated =
    context.kind === 'line' ? words.some((w) => context.narratedInside(w.inner)) : dashes.length > first + 1;
  const previous = context.previous?.trim() ?? '';
  const goesOn =
    /:\s*$/u.test(text.slice(0, dashes[first])) ||
    (previous.endsWith(':') && context.spoken(previous.slice(previous.lastIndexOf('.') + 1))) ||
    isNarratedLine(previous, context);
  return narrated || goesOn ? words : [];
}
