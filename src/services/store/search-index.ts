import type { Quote } from '../types.ts';
import { allowedTypos } from './edit-distance.ts';
import { DocumentTerms, type Postings } from './search-postings.ts';
import { isCjkToken, STOP_WORDS, tokenize } from './tokenize.ts';
import { Vocabulary } from './vocabulary.ts';

/** The parts of a story that search reads. */
export interface SearchableStory {
  id: string;
  createdAt: string;
  headline: string;
  bullets: string[];
  quotes: Quote[];
  body: string;
}

export interface SearchMatch {
  id: string;
  score: number;
  createdAt: number;
}

/** Query words and the index terms each one matched (exactly, by prefix or with a typo). */
export interface QueryExpansion {
  words: string[];
  /** Index term → positions in `words` it stands for. */
  termWords: Map<string, number[]>;
  /** Per word: matching index terms → how much a match counts (1 exact, less for prefix/typo). */
  candidates: Map<string, number>[];
}

/** Headline words say most about a story; bullets and quotes are its summary. */
const FIELD_WEIGHTS = { headline: 3, bullets: 1.5, quotes: 1.5, body: 1 } as const;
const K1 = 1.2;
const B = 0.75;
const MATCH_WEIGHT = { exact: 1, prefix: 0.75, typo1: 0.6, typo2: 0.4 } as const;
const MAX_PREFIX_TERMS = 64;
/** At most +20% for a story from today, halving every two weeks: recency breaks near-ties only. */
const RECENCY_BOOST = 0.2;
const RECENCY_HALF_LIFE_DAYS = 14;
const DAY_MS = 86_400_000;
/**
 * Only the start of a long body is indexed (headline, bullets and quotes always are): a news
 * article's lead carries what members search for, and long reads would otherwise dominate the
 * time to build a server's index. 16,000 characters keeps typical articles whole.
 */
export const MAX_INDEXED_BODY_CHARS = 16_000;

/** The indexed part of a body, cut at a space so no word is indexed half. */
function indexedBody(body: string): string {
  if (body.length <= MAX_INDEXED_BODY_CHARS) return body;
  const cut = body.lastIndexOf(' ', MAX_INDEXED_BODY_CHARS);
  return body.slice(0, cut > 0 ? cut : MAX_INDEXED_BODY_CHARS);
}

interface Doc {
  id: string;
  createdAt: number;
  length: number;
  /** Its distinct terms, to keep document frequencies right when it is replaced. */
  terms: string[];
}

/**
 * An in-memory inverted index over one server's stories, with BM25F-style scoring. Documents
 * live in slots; replacing a story frees its old slot and postings pointing at a freed slot are
 * skipped, so updates never rewrite posting lists.
 */
export class SearchIndex {
  private readonly docs: (Doc | null)[] = [];
  private readonly slotById = new Map<string, number>();
  private readonly postings = new Map<string, Postings>();
  private readonly vocabulary = new Vocabulary();
  private totalLength = 0;

  get size(): number {
    return this.slotById.size;
  }

  has(id: string): boolean {
    return this.slotById.has(id);
  }

  upsert(story: SearchableStory): void {
    this.remove(story.id);
    const slot = this.docs.length;
    const terms = new DocumentTerms(slot, this.postings, this.vocabulary);
    terms.field(story.headline, FIELD_WEIGHTS.headline);
    for (const bullet of story.bullets) terms.field(bullet, FIELD_WEIGHTS.bullets);
    for (const quote of story.quotes) {
      terms.field(quote.text, FIELD_WEIGHTS.quotes);
      if (quote.speaker) terms.field(quote.speaker, FIELD_WEIGHTS.quotes);
    }
    terms.field(indexedBody(story.body), FIELD_WEIGHTS.body);

    const length = terms.length;
    this.docs.push({
      id: story.id,
      createdAt: Date.parse(story.createdAt) || 0,
      length,
      terms: terms.distinct,
    });
    this.slotById.set(story.id, slot);
    this.totalLength += length;
  }

  remove(id: string): void {
    const slot = this.slotById.get(id);
    const doc = slot === undefined ? null : this.docs[slot];
    if (slot === undefined || !doc) return;
    this.totalLength -= doc.length;
    this.docs[slot] = null;
    this.slotById.delete(id);
    for (const term of doc.terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      list.live -= 1;
      // Drop entries of replaced stories once they outnumber the live ones.
      if (list.slots.length > 2 * list.live + 8) this.compact(list);
    }
  }

  private compact(list: Postings): void {
    const slots: number[] = [];
    const weights: number[] = [];
    list.slots.forEach((slot, i) => {
      if (this.docs[slot]) {
        slots.push(slot);
        weights.push(list.weights[i]!);
      }
    });
    list.slots = slots;
    list.weights = weights;
  }

  /** Does now the sorting the next search would otherwise do, so a build can spread it over its batches. */
  prepareForSearch(): void {
    this.vocabulary.prepare();
  }

  /** Turns query text into words and the index terms each one may match. */
  expand(query: string): QueryExpansion {
    const all = [...new Set(tokenize(query))];
    const meaningful = all.filter((word) => !STOP_WORDS.has(word));
    const words = meaningful.length > 0 ? meaningful : all;
    const termWords = new Map<string, number[]>();
    const candidates = words.map((word, position) => this.candidates(word, position === words.length - 1));
    candidates.forEach((terms, position) => {
      for (const term of terms.keys()) {
        const positions = termWords.get(term) ?? [];
        positions.push(position);
        termWords.set(term, positions);
      }
    });
    return { words, termWords, candidates };
  }

  /** Index terms a query word matches, with how much a match counts. */
  private candidates(word: string, isLast: boolean): Map<string, number> {
    const found = new Map<string, number>();
    if (this.postings.has(word)) found.set(word, MATCH_WEIGHT.exact);
    const cjk = isCjkToken(word);
    const length = [...word].length;
    // Prefixes: the word being typed last, or any word long enough to be meaningful.
    if ((isLast && (length >= 2 || cjk)) || length >= 3) {
      for (const term of this.vocabulary.withPrefix(word, MAX_PREFIX_TERMS)) {
        if (!found.has(term)) found.set(term, MATCH_WEIGHT.prefix);
      }
    }
    const typos = cjk ? 0 : allowedTypos(word);
    if (typos > 0) {
      for (const [term, distance] of this.vocabulary.withinEdits(word, typos)) {
        if (!found.has(term)) found.set(term, distance === 1 ? MATCH_WEIGHT.typo1 : MATCH_WEIGHT.typo2);
      }
    }
    return found;
  }

  /**
   * Ranks stories for `query`: `total` counts every match, `matches` holds the best `take`. Stories
   * matching every query word come first and alone; when none does, the stories matching the most
   * words are returned. Newer stories get a mild boost.
   */
  search(
    query: string,
    options: { now: number; days?: number; take: number },
  ): { matches: SearchMatch[]; total: number; expansion: QueryExpansion } {
    const expansion = this.expand(query);
    const { words, candidates } = expansion;
    const slotCount = this.docs.length;
    if (words.length === 0 || this.size === 0) return { matches: [], total: 0, expansion };
    const minCreatedAt = options.days === undefined ? -Infinity : options.now - options.days * DAY_MS;
    const averageLength = this.totalLength / this.size || 1;
    // Per-slot BM25 length normalisation; 0 marks a freed slot or one outside the date range.
    const norm = new Float64Array(slotCount);
    for (let slot = 0; slot < slotCount; slot++) {
      const doc = this.docs[slot];
      if (doc && doc.createdAt >= minCreatedAt) norm[slot] = K1 * (1 - B + (B * doc.length) / averageLength);
    }
    const totals = new Float64Array(slotCount);
    const coverage = new Uint16Array(slotCount);
    const best = new Float64Array(slotCount);
    for (const terms of candidates) {
      best.fill(0);
      for (const [term, matchWeight] of terms) {
        const { slots, weights, live } = this.postings.get(term)!;
        if (live <= 0) continue;
        const df = slots.length;
        const idf = matchWeight * Math.log(1 + (this.size - live + 0.5) / (live + 0.5)) * (K1 + 1);
        for (let i = 0; i < df; i++) {
          const slot = slots[i]!;
          const n = norm[slot]!;
          if (n === 0) continue;
          const tf = weights[i]!;
          const score = (idf * tf) / (tf + n);
          if (score > best[slot]!) best[slot] = score;
        }
      }
      for (let slot = 0; slot < slotCount; slot++) {
        const score = best[slot]!;
        if (score > 0) {
          totals[slot]! += score;
          coverage[slot]! += 1;
        }
      }
    }
    let needed = 0;
    for (let slot = 0; slot < slotCount; slot++) if (coverage[slot]! > needed) needed = coverage[slot]!;
    if (needed === 0) return { matches: [], total: 0, expansion };

    const top = new TopMatches(options.take);
    let total = 0;
    for (let slot = 0; slot < slotCount; slot++) {
      if (coverage[slot] !== needed) continue;
      const doc = this.docs[slot]!;
      total += 1;
      const ageDays = Math.max(0, (options.now - doc.createdAt) / DAY_MS);
      top.offer(doc, totals[slot]! * (1 + RECENCY_BOOST * Math.pow(0.5, ageDays / RECENCY_HALF_LIFE_DAYS)));
    }
    return { matches: top.sorted(), total, expansion };
  }
}

function ranksAbove(a: SearchMatch, b: SearchMatch): boolean {
  return (
    a.score > b.score ||
    (a.score === b.score && (a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id < b.id)))
  );
}

/** Keeps the best `capacity` matches in order; a page needs only those, not a sort of every hit. */
class TopMatches {
  private readonly items: SearchMatch[] = [];

  constructor(private readonly capacity: number) {}

  offer(doc: Doc, score: number): void {
    if (this.capacity <= 0) return;
    const items = this.items;
    const last = items[items.length - 1];
    if (
      items.length >= this.capacity &&
      last &&
      !ranksAbove({ id: doc.id, score, createdAt: doc.createdAt }, last)
    )
      return;
    const match = { id: doc.id, score, createdAt: doc.createdAt };
    let at = items.length;
    while (at > 0 && ranksAbove(match, items[at - 1]!)) at--;
    items.splice(at, 0, match);
    if (items.length > this.capacity) items.pop();
  }

  sorted(): SearchMatch[] {
    return this.items;
  }
}
