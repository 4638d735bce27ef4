/**
 * What the text around a he/she tells about who it is: the names inside nearby quotes (people
 * seldom name themselves) and earlier "He says" sentences that a later pronoun continues.
 */
import type { Mention } from './types.ts';
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { pronounGender } from './gender.ts';
import { doubleQuotedWords } from '../../text/mark-scan.ts';
import { paragraphOf, position } from '../position.ts';

/** The words inside quote marks (at least 3 characters) in `paragraph`, joined. */
export function quotedWords(paragraph: string): string {
  let out = '';
  for (const words of doubleQuotedWords(paragraph, 3)) out += ` ${words}`;
  return out;
}

/**
 * Whether `quoted` names the person `name`: by surname, or by two of their names. A first name
 * alone is not enough: people do say their own first name (a film character they inspired).
 */
export function namedIn(quoted: string, name: string): boolean {
  if (!quoted) return false;
  const parts = name.split(' ').filter((w) => w.length > 2 && /^\p{Lu}/u.test(w));
  const found = parts.filter((w) => hasWord(quoted, w));
  return found.length >= 2 || (parts.length > 1 && found.includes(parts[parts.length - 1] as string));
}

/** Whether `word` occurs in `text` with no letter right before or after it (a scan, not a RegExp per call). */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (!isLetter(text, i - 1) && !isLetter(text, i + word.length)) return true;
  }
  return false;
}

function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text.charAt(i));
}

/** "He says", "She told": a he/she subject and a plain verb of reporting words opening a sentence. */
function pronounSpeaks(lex: Lexicon): RegExp {
  const heOrShe = lex.subjectPronouns
    .filter((p) => lex.masculinePronouns.has(p) || lex.femininePronouns.has(p))
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  return new RegExp(
    String.raw`(?:^|[.!?]["”’']?\s+)(${alternation(heOrShe)})\s+(?:also\s+|later\s+)?(?:${alternation(lex.plainFinite)})\b`,
    'gu',
  );
}

/** A sentence opening with "He says"/"She said" outside quotes: its pronoun (lower case) and where it stands. */
export interface PronounSpeaker {
  pronoun: string;
  where: number;
}

/**
 * The "He says" sentences of each paragraph, read once per paragraph when first asked: a paragraph is
 * asked about again for every quote near it, and reading it each time cost time quadratic in its length.
 */
export class PronounSpeakers {
  private readonly byParagraph = new Map<number, PronounSpeaker[]>();

  constructor(
    private readonly paragraphs: readonly string[],
    private readonly lex: Lexicon,
  ) {}

  /** The paragraph's "He says" sentences outside quotes (after an even number of quote marks), in order. */
  in(p: number): PronounSpeaker[] {
    let found = this.byParagraph.get(p);
    if (found) return found;
    found = [];
    const text = this.paragraphs[p] ?? '';
    // Quote marks before each match, counted on from the last match rather than from the start.
    let marks = 0;
    let counted = 0;
    for (const m of text.matchAll(this.lex.compile(pronounSpeaks))) {
      const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      for (; counted < start; counted++) if (QUOTE_MARKS.includes(text.charAt(counted))) marks++;
      if (marks % 2 === 0) found.push({ pronoun: (m[1] ?? '').toLowerCase(), where: position(p, start) });
    }
    this.byParagraph.set(p, found);
    return found;
  }

  /** The "He says" sentences strictly between `from` and `to`, latest last. */
  between(from: number, to: number): PronounSpeaker[] {
    const out: PronounSpeaker[] = [];
    for (let p = Math.max(0, paragraphOf(from)); p <= paragraphOf(to); p++)
      for (const s of this.in(p)) if (s.where > from && s.where < to) out.push(s);
    return out;
  }
}

/** The marks counted to tell whether a "He says" stands inside a quote. */
const QUOTE_MARKS = '"“”«»„';

/** A person a he/she could mean: a mention and its paragraph. */
export interface PronounCandidate {
  m: Mention;
  para: number;
}

/**
 * "He says that …" in the paragraph before, after anyone named there speaks or opens a sentence:
 * that "he" is who the text is about now, so a following "he recalls" is the same person, found
 * by resolving the earlier pronoun where it stands. Null when there is none, or when someone was
 * named speaking or as a subject after it.
 */
export function earlierPronounSpeaker(
  speakers: PronounSpeakers,
  at: number,
  pronoun: string,
  people: PronounCandidate[],
  lex: Lexicon,
): PronounSpeaker | null {
  if (!pronounGender(pronoun, lex)) return null;
  const paragraph = paragraphOf(at);
  const chain = speakers
    .between(position(paragraph - 1, 0) - 1, at)
    .filter((c) => c.pronoun === pronoun.toLowerCase());
  const last = chain[chain.length - 1];
  if (!last) return null;
  const laterName = people.some(
    (r) => r.para >= paragraph - 1 && r.m.at > last.where && (r.m.speaks || r.m.subjectLike),
  );
  return laterName ? null : last;
}
