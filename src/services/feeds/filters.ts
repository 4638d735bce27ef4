import { RE2JS } from 're2js';
import { UserFacingError } from '../errors.ts';
import { htmlToParagraphs } from './html-text.ts';
import type { FeedItem } from './types.ts';

/**
 * A feed's include/exclude filters. A term is a word or phrase (whole words, any case) or a
 * `/regex/flags`. Regexes run on RE2 (re2js): matching takes time linear in the text, so no
 * pattern an admin types can backtrack catastrophically; patterns and the text they read are
 * capped in size, and one item's evaluation has a time budget on top.
 */

export const MAX_TERMS = 20;
export const MAX_WORD_LENGTH = 100;
export const MAX_REGEX_LENGTH = 200;
/** Each field is read up to this many characters (a feed's summary can be a whole article). */
export const MAX_FIELD_CHARS = 4000;
/** One item's evaluation gives up after this long (a safety net; RE2 keeps far below it). */
export const FILTER_BUDGET_MS = 200;

export type FilterField = 'title' | 'summary' | 'categories';
const FIELDS: readonly FilterField[] = ['title', 'summary', 'categories'];
const FIELD_NAMES: Record<FilterField, string> = {
  title: 'the title',
  summary: 'the summary',
  categories: 'the categories',
};

interface CompiledTerm {
  /** As the admin typed it, for explanations. */
  source: string;
  test(text: string): boolean;
}

export interface CompiledFilters {
  include: CompiledTerm[];
  exclude: CompiledTerm[];
}

export interface FilterFields {
  title: string;
  summary: string;
  categories: string;
}

export type FilterVerdict =
  | { passes: true; reason: 'no_filters' }
  | { passes: true; reason: 'included'; term: string; field: FilterField }
  | { passes: false; reason: 'excluded'; term: string; field: FilterField }
  | { passes: false; reason: 'no_include' }
  | { passes: false; reason: 'too_slow' };

/**
 * Splits what an admin typed into terms: commas separate them, except inside a /regex/ (which may
 * contain commas). Empty input, or "none", gives no terms.
 */
export function parseFilterTerms(value: string | null | undefined): string[] {
  const text = (value ?? '').trim();
  if (text === '' || text.toLowerCase() === 'none') return [];
  const terms: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /[\s,]/.test(text[i]!)) i++;
    if (i >= text.length) break;
    let end = text[i] === '/' ? regexEnd(text, i) : -1;
    if (end < 0) {
      end = text.indexOf(',', i);
      if (end < 0) end = text.length;
    }
    const term = text.slice(i, end).trim();
    if (term) terms.push(term);
    i = end;
  }
  const unique = [...new Set(terms)];
  if (unique.length > MAX_TERMS)
    throw new UserFacingError('bad_input', `A filter holds at most ${MAX_TERMS} words or patterns.`);
  return unique;
}

/** Index just past `/pattern/flags` starting at `start` when it is followed by a comma or the end; else -1. */
function regexEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] !== '/') continue;
    const rest = /^[a-z]*\s*(,|$)/i.exec(text.slice(i + 1));
    if (rest) return i + 1 + rest[0].length - (rest[1] === ',' ? 1 : 0);
  }
  return -1;
}

const REGEX_TERM = /^\/(.+)\/([a-z]*)$/is;

function compileRegex(term: string, pattern: string, flagText: string): CompiledTerm {
  if (pattern.length > MAX_REGEX_LENGTH)
    throw new UserFacingError(
      'bad_input',
      `The pattern ${term.slice(0, 40)}… is too long: a regex may be at most ${MAX_REGEX_LENGTH} characters.`,
    );
  let flags = 0;
  for (const flag of flagText.toLowerCase()) {
    if (flag === 'i') flags |= RE2JS.CASE_INSENSITIVE;
    else if (flag === 's') flags |= RE2JS.DOTALL;
    else if (flag === 'm') flags |= RE2JS.MULTILINE;
    else
      throw new UserFacingError(
        'bad_input',
        `The pattern ${term} has an unknown flag "${flag}"; use i (any case), s or m.`,
      );
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(pattern, flags);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp:\s*/, '') : '';
    throw new UserFacingError(
      'bad_input',
      `The pattern ${term} cannot be used (${detail.slice(0, 120)}). Backreferences and lookaround are not supported: filters use a linear-time regex engine so that no pattern can stall the bot.`,
      { cause: error },
    );
  }
  return { source: term, test: (text) => compiled.matcher(text).find() };
}

function compileWord(term: string): CompiledTerm {
  if (term.length > MAX_WORD_LENGTH)
    throw new UserFacingError(
      'bad_input',
      `"${term.slice(0, 40)}…" is too long for a filter word (at most ${MAX_WORD_LENGTH} characters).`,
    );
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  // An escaped literal between word edges: no nested quantifiers, so no backtracking blow-up.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
  return { source: term, test: (text) => pattern.test(text) };
}

export function compileTerm(term: string): CompiledTerm {
  const regex = REGEX_TERM.exec(term);
  return regex ? compileRegex(term, regex[1]!, regex[2]!) : compileWord(term);
}

/** Compiles the terms; throws a UserFacingError naming the first term that cannot be used. */
export function compileFilters(filters: { include?: string[]; exclude?: string[] }): CompiledFilters {
  return {
    include: (filters.include ?? []).map(compileTerm),
    exclude: (filters.exclude ?? []).map(compileTerm),
  };
}

export const hasFilters = (filters: { include?: string[]; exclude?: string[] }) =>
  (filters.include?.length ?? 0) > 0 || (filters.exclude?.length ?? 0) > 0;

/** The text a filter reads from a feed item: its title, its summary (or content) and its categories. */
export function itemFilterFields(item: FeedItem): FilterFields {
  const summary = htmlToParagraphs(
    (item.summaryHtml ?? item.contentHtml ?? '').slice(0, MAX_FIELD_CHARS * 4),
  );
  return {
    title: (item.title ?? '').slice(0, MAX_FIELD_CHARS),
    summary: summary.join('\n').slice(0, MAX_FIELD_CHARS),
    categories: (item.categories ?? []).join('\n').slice(0, MAX_FIELD_CHARS),
  };
}

export interface EvaluateOptions {
  /** Monotonic milliseconds; injected in tests. */
  now?: () => number;
  budgetMs?: number;
}

/**
 * Whether an item passes: an exclude term in any field drops it; otherwise, when there are
 * include terms, one of them must appear in some field. Says which term and field decided.
 */
export function evaluateFilters(
  filters: CompiledFilters,
  fields: FilterFields,
  options: EvaluateOptions = {},
): FilterVerdict {
  if (filters.include.length === 0 && filters.exclude.length === 0)
    return { passes: true, reason: 'no_filters' };
  const now = options.now ?? (() => performance.now());
  const deadline = now() + (options.budgetMs ?? FILTER_BUDGET_MS);
  const find = (terms: CompiledTerm[]) => {
    for (const term of terms)
      for (const field of FIELDS) {
        if (now() > deadline) return 'too_slow' as const;
        if (fields[field] !== '' && term.test(fields[field])) return { term: term.source, field };
      }
    return null;
  };
  const excluded = find(filters.exclude);
  if (excluded === 'too_slow') return { passes: false, reason: 'too_slow' };
  if (excluded) return { passes: false, reason: 'excluded', ...excluded };
  if (filters.include.length === 0) return { passes: true, reason: 'no_filters' };
  const included = find(filters.include);
  if (included === 'too_slow') return { passes: false, reason: 'too_slow' };
  return included
    ? { passes: true, reason: 'included', ...included }
    : { passes: false, reason: 'no_include' };
}

/** The verdict in words, for /feed test. */
export function explainVerdict(verdict: FilterVerdict): string {
  switch (verdict.reason) {
    case 'no_filters':
      return 'passes: no filter applies';
    case 'included':
      return `passes: ${verdict.term} in ${FIELD_NAMES[verdict.field]}`;
    case 'excluded':
      return `left out: ${verdict.term} (exclude) in ${FIELD_NAMES[verdict.field]}`;
    case 'no_include':
      return 'left out: no include word in the title, summary or categories';
    case 'too_slow':
      return 'left out: the filters took too long on this item';
  }
}

/** An item filter for polling: true when the item passes (filters compiled once per feed). */
export function itemFilter(filters: { include?: string[]; exclude?: string[] }): (item: FeedItem) => boolean {
  if (!hasFilters(filters)) return () => true;
  const compiled = compileFilters(filters);
  return (item) => evaluateFilters(compiled, itemFilterFields(item)).passes;
}

/** The plain words and phrases among filter terms (not the /regex/ ones), e.g. to match forum tags. */
export const wordTerms = (terms: string[] | undefined): string[] =>
  (terms ?? []).filter((term) => !REGEX_TERM.test(term));
