/**
 * The people and organisations an article names, as the speaker model sees them: each mention's
 * full name (resolver.fullName), how often each is named, and what tells a name from a capitalised
 * word ("Indeed", "Wait"). Built once per article, when its first quote needs a speaker.
 */
import { paragraphOf, position } from '../position.ts';
import type { SpeakerResolver } from './resolver.ts';
import type { Mention } from './types.ts';

export class ArticleEntities {
  private readonly fullOf = new Map<Mention, string>();
  private readonly counts = new Map<string, number>();
  private readonly openers = new Map<string, boolean>();
  private readonly objectsAfter = new Set<string>();
  private readonly lowerCase = new Map<string, boolean>();
  /** Mentions outside quotes that name someone now (not a former name), in reading order. */
  private readonly present: Mention[];
  /** Whether positions never decrease along `present` (true unless a paragraph is over PARAGRAPH_SPAN). */
  private inOrder?: boolean;

  constructor(
    mentions: readonly Mention[],
    resolver: SpeakerResolver,
    private readonly paragraphs: readonly string[],
  ) {
    this.present = mentions.filter((m) => !m.inQuote && !m.former);
    for (const m of mentions) {
      if (m.former) continue;
      const full = resolver.fullName(m.name, m.at);
      this.fullOf.set(m, full);
      if (m.inQuote) continue;
      this.counts.set(full, (this.counts.get(full) ?? 0) + 1);
      if (full.includes(' ')) continue;
      // Whether every mention of a one-word name opens a sentence ("Instead, …", "Wait: …").
      this.openers.set(full, (this.openers.get(full) ?? true) && m.opensSentence);
      // "Send her a card", "Keep this with you": a capitalised word with an object right after it is a verb.
      const text = paragraphs[paragraphOf(m.at)] ?? '';
      const end = m.at - position(paragraphOf(m.at), 0) + m.name.length;
      if (m.opensSentence && OBJECT_AFTER.test(text.slice(end, end + 8))) this.objectsAfter.add(full);
    }
  }

  /** The full name a mention stands for. */
  full(m: Mention): string | undefined {
    return this.fullOf.get(m);
  }

  /** How many times the article names someone outside quotes. */
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  /** A one-word name written only at the start of sentences: often a capitalised word, no name at all. */
  opensOnly(name: string): boolean {
    return this.openers.get(name) === true;
  }

  /** A one-word name opening a sentence with an object right after it ("Send her …"): a verb, not a name. */
  takesObject(name: string): boolean {
    return this.objectsAfter.has(name);
  }

  /** A one-word name the article also writes in lower case ("Indeed" and "indeed"): a word, not a name. */
  alsoLowerCase(name: string): boolean {
    if (name.includes(' ')) return false;
    let known = this.lowerCase.get(name);
    if (known === undefined) {
      const lower = name.toLowerCase();
      known = lower !== name && this.paragraphs.some((p) => hasWord(p, lower));
      this.lowerCase.set(name, known);
    }
    return known;
  }

  /** Mentions outside quotes from paragraph `from` to the end of paragraph `to`, in reading order. */
  window(from: number, to: number): Mention[] {
    const low = position(Math.max(0, from), 0);
    const high = position(to + 1, 0);
    // Found by binary search: a scan of every mention per quote cost time quadratic in the article.
    this.inOrder ??= this.present.every((m, i) => i === 0 || this.present[i - 1]!.at <= m.at);
    if (this.inOrder) return this.present.slice(this.firstAtOrAfter(low), this.firstAtOrAfter(high));
    const out: Mention[] = [];
    for (const m of this.present) if (m.at >= low && m.at < high && paragraphOf(m.at) <= to) out.push(m);
    return out;
  }

  /** Index of the first present mention at or after `target` (mentions in order). */
  private firstAtOrAfter(target: number): number {
    let low = 0;
    let high = this.present.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.present[middle]!.at < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const OBJECT_AFTER = /^\s+(?:her|him|them|us|me|it|this|that|these|those|a|an|the|my|your|our|his|their)\s/iu;

/** Whether `word` stands in `text` with no letter right before or after it. */
function hasWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = text.charAt(i - 1);
    const after = text.charAt(i + word.length);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}
