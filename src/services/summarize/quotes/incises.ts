/**
 * The narrator's clause inside the quotation marks, as French, Spanish and Portuguese news write it
 * (the lexicon says which languages do, `incisesInQuotes`): « Ce texte est nécessaire, assure le
 * ministre. Il protège les passagers. », « Nous ne céderons pas, a-t-il ajouté, car … », «No lo vamos a
 * permitir —dijo el ministro—, es una vergüenza». The clause opens with a comma or a dash and a speech
 * verb, names its subject after the verb (or carries it: "a-t-il ajouté"), and ends with a comma, a
 * full stop or a dash. Such a quote is two quotes in a row with the clause between them, read as the
 * clause after the first (quotes/find.ts), which quotes/parts.ts joins again into one quote in parts.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasSpeechVerb } from './attribution.ts';
import type { DialogueReading } from './dialogue.ts';
import { normalizeSpace, type QuoteRun, type QuoteSpan } from './spans.ts';

/**
 * ", assure Morvan." / ", a-t-il ajouté," : a comma, a speech verb, up to six words of subject, and a
 * comma, a full stop or the end of the words. " —dijo el alcalde, Tomás Aranda—," : a dash, a speech
 * verb, anything but a dash, and the dash that closes the clause (or the end of the words).
 */
function incisePattern(lex: Lexicon): RegExp {
  const verb = `(?:${alternation(lex.speechVerbs)})(?![\\p{L}-])`;
  const comma = String.raw`,\s+${verb}(?:\s+(?:[\p{L}'’.-]+\s+){0,5}?[\p{L}'’-]+)?(?:[,.…](?:\s+|$)|\s*$)`;
  const dash = String.raw`\s[—–]\s?${verb}[^—–]{0,100}?(?:[—–]\s*[,.;]?(?:\s+|$)|$)`;
  return new RegExp(`${comma}|${dash}`, 'u');
}

/** Whether words hold a narrator's clause (see incisePattern) with words before it. */
export function hasIncise(words: string, lex: Lexicon): boolean {
  return inciseIn(words, lex) !== null;
}

/** The first narrator's clause inside a span's words: where it starts and ends in `inner`, or null. */
function inciseIn(inner: string, lex: Lexicon): { from: number; to: number } | null {
  const m = lex.compile(incisePattern).exec(inner);
  // Words before the clause are needed: "—dijo" opening the words is a line of dialogue, not an incise.
  if (!m || !/\p{L}/u.test(inner.slice(0, m.index))) return null;
  return { from: m.index, to: m.index + m[0].length };
}

function toRun(spans: QuoteSpan[]): QuoteRun {
  return { spans, text: normalizeSpace(spans.map((s) => normalizeSpace(s.inner)).join(' ')) };
}

/**
 * The runs with each narrator's clause inside the marks taken out: a span holding one becomes the span
 * up to the clause and the span after it (none when the clause ends the words).
 */
export function splitIncises(runs: QuoteRun[], paragraphs: readonly string[], lex: Lexicon): QuoteRun[] {
  const out: QuoteRun[] = [];
  for (const run of runs) {
    let pending: QuoteSpan[] = [];
    const queue = [...run.spans];
    while (queue.length > 0) {
      const span = queue.shift()!;
      const incise = inciseIn(span.inner, lex);
      if (!incise) {
        pending.push(span);
        continue;
      }
      // Where the words start in the paragraph: after the opening mark (or a dash and the punctuation after it).
      const innerAt = (paragraphs[span.paragraph] ?? '').indexOf(span.inner, span.start);
      const before: QuoteSpan = {
        ...span,
        end: innerAt + incise.from,
        inner: span.inner.slice(0, incise.from),
        open: false,
      };
      out.push(toRun([...pending, before]));
      pending = [];
      const rest = span.inner.slice(incise.to);
      if (/\p{L}/u.test(rest)) queue.unshift({ ...span, start: innerAt + incise.to, inner: rest });
    }
    if (pending.length > 0) out.push(toRun(pending));
  }
  return out;
}

/** How an article's lexicon reads dialogue written with dashes (dialogue.ts), or null when its language writes none. */
export function dialogueReading(lex: Lexicon): DialogueReading | null {
  return lex.compile(readingOf);
}

function readingOf(lex: Lexicon): DialogueReading | null {
  const kind = lex.dialogueDashes;
  if (kind === null) return null;
  return {
    kind,
    spoken: (clause: string) => hasSpeechVerb(clause, lex),
    narratedInside: (words: string) => hasIncise(words, lex),
  };
}
