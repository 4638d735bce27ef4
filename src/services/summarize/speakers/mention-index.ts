import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Mention } from './types.ts';
import { looksLikeOrganisation } from './name-runs.ts';
import { initialsOf } from './reference.ts';
import { paragraphOf, position } from '../position.ts';

/** A generational suffix as a word ("Jr.", "III"), and at the end of a name. */
function suffixPatterns(lex: Lexicon) {
  const suffix = lex.nameSuffixes
    .map((s) => (lex.abbreviatedSuffixes.includes(s) ? `${alternation([s])}\\.?` : alternation([s])))
    .join('|');
  return { word: new RegExp(`^(?:${suffix})$`, 'u'), atEnd: new RegExp(`\\s(?:${suffix})$`, 'u') };
}

/**
 * Lookups over an article's mentions, built once per article. Each answers exactly what a scan of
 * the mentions in reading order would (the first match in order), without the scan.
 */
export class MentionIndex {
  private readonly words: string[][];
  /** Mentions of two or more words, by their last word, in reading order. */
  private readonly byLastWord = new Map<string, Mention[]>();
  /** Mentions of three or more words ending in a generational suffix, by first word and suffix ("Will Snr"). */
  private readonly byFirstAndSuffix = new Map<string, Mention[]>();
  private readonly longer = new Map<string, Mention[]>();
  private initials?: Map<string, Mention>;
  private firstWords?: Map<string, Mention>;
  private longNameWords?: Map<string, Mention[]>;
  private firstAts?: Map<string, number>;
  private dotted?: Map<string, string>;
  private aliases?: Map<string, string>;
  private surnameInitials?: Map<string, Mention[]>;
  private readonly organisations = new Map<string, boolean>();
  /** Whether positions never decrease along the mentions (a paragraph over PARAGRAPH_SPAN characters breaks it). */
  private inOrder?: boolean;

  private readonly suffix: RegExp;
  private readonly suffixAtEnd: RegExp;

  constructor(
    private readonly mentions: Mention[],
    private readonly lex: Lexicon,
  ) {
    ({ word: this.suffix, atEnd: this.suffixAtEnd } = lex.compile(suffixPatterns));
    this.words = mentions.map((m) => m.name.split(' '));
    mentions.forEach((m, i) => {
      const words = this.words[i] ?? [];
      if (words.length < 2) return;
      // "Robert F. Kennedy Jr.": the surname is the word before a generational suffix.
      const suffixed = words.length > 2 && this.suffix.test(words[words.length - 1] ?? '');
      const last = words[words.length - (suffixed ? 2 : 1)] ?? '';
      const list = this.byLastWord.get(last);
      if (list) list.push(m);
      else this.byLastWord.set(last, [m]);
      if (!suffixed) return;
      const key = `${words[0] ?? ''} ${words[words.length - 1] ?? ''}`;
      const same = this.byFirstAndSuffix.get(key);
      if (same) same.push(m);
      else this.byFirstAndSuffix.set(key, [m]);
    });
  }

  /**
   * Mentions with more words than `name` ending in its surname, a generational suffix aside (and,
   * for a multi-word name, in all of it); for a first name and a suffix, those with both.
   */
  longerForms(name: string, tokens: string[]): Mention[] {
    let list = this.longer.get(name);
    // "Will Snr" after "his dad, Will Brown Snr": a first name with the suffix names the same person.
    if (list === undefined && tokens.length === 2 && this.suffix.test(tokens[1] ?? '')) {
      list = this.byFirstAndSuffix.get(name) ?? [];
      this.longer.set(name, list);
    }
    if (list === undefined) {
      const last = tokens[tokens.length - 1] ?? name;
      // "Much of Key’s career", "Members of Musk’s circle": a run joined by "of" or "for" is a
      // phrase or an organisation, never the long form of a person's name.
      list = (this.byLastWord.get(last) ?? []).filter(
        (m) =>
          m.name.split(' ').length > tokens.length &&
          (tokens.length === 1 ||
            m.name.endsWith(name) ||
            m.name.replace(this.suffixAtEnd, '').endsWith(name)) &&
          !/ (?:of|for) /u.test(m.name),
      );
      this.longer.set(name, list);
    }
    return list;
  }

  /** First multi-word mention spelling each set of initials. */
  byInitials(): Map<string, Mention> {
    this.initials ??= this.firstBy((m, words) => (words.length > 1 ? initialsOf(m.name, this.lex) : null));
    return this.initials;
  }

  /** First multi-word mention starting with each word. */
  byFirstWord(): Map<string, Mention> {
    this.firstWords ??= this.firstBy((_, words) => (words.length > 1 ? (words[0] ?? '') : null));
    return this.firstWords;
  }

  /** Mentions of three or more words, under each of their words, in reading order. */
  byWordOfLongName(): Map<string, Mention[]> {
    if (!this.longNameWords) {
      const map = new Map<string, Mention[]>();
      this.mentions.forEach((m, i) => {
        const words = this.words[i] ?? [];
        if (words.length < 3) return;
        for (const word of new Set(words)) {
          const list = map.get(word);
          if (list) list.push(m);
          else map.set(word, [m]);
        }
      });
      this.longNameWords = map;
    }
    return this.longNameWords;
  }

  /**
   * Multi-word mentions outside quotes whose surname starts with `initial` (one UTF-16 unit), in
   * reading order: the only ones nearMissSurname can pick for a surname with that initial.
   */
  bySurnameInitial(initial: string): Mention[] {
    if (!this.surnameInitials) {
      const map = new Map<string, Mention[]>();
      this.mentions.forEach((m, i) => {
        const words = this.words[i] ?? [];
        if (words.length < 2 || m.inQuote) return;
        const key = (words[words.length - 1] ?? '')[0] ?? '';
        const list = map.get(key);
        if (list) list.push(m);
        else map.set(key, [m]);
      });
      this.surnameInitials = map;
    }
    return this.surnameInitials.get(initial) ?? [];
  }

  /** The full name an alias stands for ("Bnxn" for "Daniel Benson"), if the article gives one. */
  aliasOf(name: string): string | undefined {
    if (!this.aliases) {
      this.aliases = new Map();
      for (const m of this.mentions)
        if (m.alias && !this.aliases.has(m.alias)) this.aliases.set(m.alias, m.name);
    }
    return this.aliases.get(name);
  }

  /** The first mention spelling `name` with periods after initials ("Derek C. Bok" for "Derek C Bok"). */
  spelledWithPeriods(name: string): string | undefined {
    if (!this.dotted) {
      this.dotted = new Map();
      for (const m of this.mentions)
        if (m.name.includes('.')) {
          const key = m.name.replaceAll('.', '');
          if (!this.dotted.has(key)) this.dotted.set(key, m.name);
        }
    }
    return this.dotted.get(name);
  }

  /** looksLikeOrganisation, once per distinct name (pronouns test it on every nearby mention). */
  organisation(name: string): boolean {
    let organisation = this.organisations.get(name);
    if (organisation === undefined) {
      organisation = looksLikeOrganisation(name, this.lex);
      this.organisations.set(name, organisation);
    }
    return organisation;
  }

  /** Earliest position each exact name is mentioned at. */
  firstAt(): Map<string, number> {
    if (!this.firstAts) {
      const map = new Map<string, number>();
      for (const m of this.mentions) map.set(m.name, Math.min(map.get(m.name) ?? Infinity, m.at));
      this.firstAts = map;
    }
    return this.firstAts;
  }

  /**
   * The mentions before `at` in paragraph `fromParagraph` or later, in reading order: what
   * filter((m) => m.at < at && paragraphOf(m.at) >= fromParagraph) gives, found by binary
   * search rather than a scan of the article (pronouns ask this once per quote).
   */
  window(fromParagraph: number, at: number): Mention[] {
    this.inOrder ??= this.mentions.every((m, i) => i === 0 || this.mentions[i - 1]!.at <= m.at);
    if (!this.inOrder) return this.mentions.filter((m) => m.at < at && paragraphOf(m.at) >= fromParagraph);
    const from = this.firstAtOrAfter(position(fromParagraph, 0));
    return this.mentions.slice(from, Math.max(from, this.firstAtOrAfter(at)));
  }

  /** Index of the first mention at or after `target` (mentions in order). */
  private firstAtOrAfter(target: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.mentions[middle]!.at < target) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private firstBy(keyOf: (m: Mention, words: string[]) => string | null): Map<string, Mention> {
    const map = new Map<string, Mention>();
    this.mentions.forEach((m, i) => {
      const key = keyOf(m, this.words[i] ?? []);
      if (key !== null && !map.has(key)) map.set(key, m);
    });
    return map;
  }
}
