/**
 * The word lists an article is read with: its language's lists (en.ts, fr.ts …) and the words of
 * names (names.ts), merged into one Lexicon and built once per language. An article whose language
 * is unknown, or has no lists here, is read with every language's lists at once, as it was before
 * the lists were split by language. Callers get a Lexicon once per article (lexiconForArticle) and
 * pass it down; modules compile their patterns from it with `compile`, once per lexicon.
 */
import { cjk } from './cjk.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { names } from './names.ts';
import { pt } from './pt.ts';
import type { LanguageWords } from './words.ts';
import { buildLists } from './build.ts';
import type { Lists } from './lists.ts';

/** The lists of each language code an article may carry. */
const BY_LANGUAGE: Readonly<Record<string, LanguageWords>> = {
  en,
  fr,
  de,
  es,
  pt,
  it,
  id,
  ja: cjk,
  zh: cjk,
  ko: cjk,
};
/** Every language's lists, English first (the order the lists had when they were one). */
const EVERY_LANGUAGE: readonly LanguageWords[] = [en, fr, de, es, pt, it, id, cjk];

export interface Lexicon extends Lists {
  /** The language whose lists it holds, or null for the union of every language's. */
  readonly lang: string | null;
  /** The patterns `build` makes from this lexicon, made on the first call (`build` is the cache key). */
  compile<T>(build: (lex: Lexicon) => T): T;
}

const cache = new Map<string | null, Lexicon>();

/** The lexicon of a language code ("en", "fr-CA"); the union of every language for null or one without lists. */
export function lexiconFor(lang: string | null | undefined): Lexicon {
  const primary = lang?.toLowerCase().split(/[-_]/u)[0] ?? '';
  const key = primary in BY_LANGUAGE ? primary : null;
  let lexicon = cache.get(key);
  if (!lexicon) {
    const words = key === null ? EVERY_LANGUAGE : [BY_LANGUAGE[key] as LanguageWords];
    const compiled = new Map<(lex: Lexicon) => unknown, unknown>();
    const built: Lexicon = {
      ...buildLists(words, names),
      lang: key,
      compile<T>(build: (lex: Lexicon) => T): T {
        if (!compiled.has(build)) compiled.set(build, build(built));
        return compiled.get(build) as T;
      },
    };
    cache.set(key, (lexicon = built));
  }
  return lexicon;
}

/**
 * The lexicon of an article: its language's, or every language's when the article has no language.
 * Guessing the language of such an article from its words (text/language.ts) read English text that
 * names foreign things ("La Fracture", "Y. He" after "D-N.Y.") worse than every language's lists do:
 * on the 204 quote fixtures, which carry no language, it changed 2 speakers, both for the worse, and
 * every language's lists changed none. The extractor already sets a page's language (declared or
 * guessed), so this is for pasted text and callers that give none.
 */
export function lexiconForArticle(article: { lang: string | null }): Lexicon {
  return lexiconFor(article.lang);
}
