import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Gender } from './types.ts';
import type { Mention } from './types.ts';
import type { MentionIndex } from './mention-index.ts';
import { looksLikeOrganisation, normalizeRole, personOf } from './name-runs.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { paragraphOf } from '../position.ts';

const NO_MENTIONS: readonly Mention[] = [];

/**
 * What an article tells about each person it names, gathered over all their mentions: the gender
 * its pronouns and titles give, the roles written next to them, whether one name is all they go
 * by, and who the article or a paragraph is about.
 */
export class NameFacts {
  /** Per full name, the gender its mentions tell (null: none tells), read when first asked. */
  private readonly genders = new Map<string, Gender | null>();
  private byFullName?: Map<string, Mention[]>;
  private roles?: Map<string, Set<string>>;
  private readonly mononyms = new Map<string, boolean>();
  /** givenNameGender asks six languages' name lists; a pronoun resolution asks it for the same names over and over. */
  private readonly givenGenders = new Map<string, Gender | undefined>();

  constructor(
    private readonly mentions: Mention[],
    private readonly index: MentionIndex,
    private readonly fullName: (name: string, at: number) => string,
    private readonly lex: Lexicon,
  ) {}

  /** The gender some mention of a full name tells (the first one that tells), else its given name's, if any. */
  genderOf(full: string): Gender | undefined {
    // Read per name, when first asked: reading a mention's gender is most of its cost, and only the
    // names near a pronoun or a topic question are ever asked about.
    let told = this.genders.get(full);
    if (told === undefined) {
      told = null;
      for (const m of this.mentionsOf(full)) {
        const gender = m.gender();
        if (gender) {
          told = gender;
          break;
        }
      }
      this.genders.set(full, told);
    }
    if (told) return told;
    // When the text tells nothing, the given name may ("Tommy Hilfiger": a man).
    if (!this.givenGenders.has(full)) this.givenGenders.set(full, givenNameGender(full));
    return this.givenGenders.get(full);
  }

  /** The mentions of a full name, in text order. */
  private mentionsOf(full: string): readonly Mention[] {
    if (!this.byFullName) {
      this.byFullName = new Map();
      for (const m of this.mentions) {
        const name = this.fullName(m.name, m.at);
        const list = this.byFullName.get(name);
        if (list) list.push(m);
        else this.byFullName.set(name, [m]);
      }
    }
    return this.byFullName.get(full) ?? NO_MENTIONS;
  }

  /**
   * Whether "the singer" can be this person: not when every role the text gives them is another
   * one ("her publicist, Yvette Noel-Schure" is not the singer).
   */
  mayBe(full: string, epithet: string): boolean {
    if (!this.roles) {
      this.roles = new Map();
      for (const m of this.mentions) {
        if (m.roles.size === 0) continue;
        const name = this.fullName(m.name, m.at);
        const set = this.roles.get(name) ?? new Set<string>();
        for (const role of m.roles) set.add(role);
        this.roles.set(name, set);
      }
    }
    const roles = [...(this.roles.get(full) ?? [])].filter(
      (r) =>
        this.lex.personEpithets.has(r) ||
        this.lex.occupations.has(r) ||
        this.lex.titles.has(r) ||
        /(?:ist|ian)$/u.test(r),
    );
    return roles.length === 0 || roles.includes(epithet);
  }

  /**
   * "Beyoncé made her fans …": one name written again and again, which the text calls "she" or
   * "he", is a person known by one name.
   */
  isMononym(name: string): boolean {
    if (name.includes(' ') || !this.genderOf(name)) return false;
    // Asked for each person near every he/she: counted once per name, not per call.
    let known = this.mononyms.get(name);
    if (known === undefined) {
      let count = 0;
      for (const m of this.mentions) if (m.name === name && !m.inQuote) count++;
      known = count >= 3;
      this.mononyms.set(name, known);
    }
    return known;
  }

  /**
   * The person the article is about: the first full name written as a sentence's subject, or a
   * single name marked as a person ("Sophia*, who lives …").
   */
  topic(at: number, agrees: (name: string) => boolean = () => true): string | null {
    for (const m of this.mentions) {
      if (m.at >= at) break;
      // An item of a list of names ("tapping Honne, Sam Klempner, Hiss Noise") is no one the article is about.
      if (m.inQuote || !m.subjectLike || m.listed || this.index.organisation(m.name)) continue;
      const full = this.fullName(m.name, m.at);
      if ((full.includes(' ') || m.described || m.titled || this.isMononym(full)) && agrees(full))
        return full;
    }
    return null;
  }

  /**
   * The person this paragraph introduces before `at` as its subject ("Paula*, a 43-year-old mum,
   * started …"), if it is someone new: an unattributed quote after that is theirs, not the last speaker's.
   */
  introducedBefore(at: number): string | null {
    const paragraph = paragraphOf(at);
    const person = this.index
      .window(paragraph, at)
      .reverse()
      .find(
        (m) =>
          !m.inQuote &&
          !m.addressee &&
          (m.subjectLike || m.speaks) &&
          (m.described || m.titled || m.name.includes(' ')) &&
          !this.index.organisation(m.name),
      );
    return person ? personOf(this.fullName(person.name, person.at)) : null;
  }

  /**
   * The person named first in the sentence from `from` to `at`, as its subject ("Buckley, who
   * phoned in …, had a similar experience: “…”"), if the text marks them as a person.
   */
  sentenceSubject(from: number, at: number): string | null {
    const first = this.index.window(paragraphOf(at), at).find((m) => m.at >= from && !m.inQuote);
    if (!first?.opensSentence || this.index.organisation(first.name)) return null;
    const full = personOf(this.fullName(first.name, first.at));
    return full.includes(' ') || first.described || first.titled ? full : null;
  }

  /** Most recent mention (before `at`) carrying this role; falls back to organisations named with it. */
  byRole(role: string, at: number): string | null {
    const r = normalizeRole(role, this.lex);
    // "the band", "the group": the latest name written with its article ("The Chicks"), not an organisation.
    if (this.lex.groupNouns.has(r)) {
      const group = [...this.mentions]
        .reverse()
        .find((m) => m.at < at && !m.inQuote && /^The\s/u.test(m.name) && !this.index.organisation(m.name));
      if (group) return group.name;
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.at > at) continue;
      if (m.roles.has(r) && m.name.includes(' ')) return m.name;
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.at > at) continue;
      const words = m.name.toLowerCase().split(' ');
      // A title written alone ("Director and writer Sam Fenwick") is a role, not someone's name.
      if (words.includes(r) && words.length > 1) return m.name;
    }
    return this.lex.orgNouns.has(r) ? this.organisationNamed(at) : null;
  }

  /**
   * "the company", "the agency": the latest organisation named in this paragraph or the two before
   * (an organisation word or an acronym), else the latest one-word subject that is not a person ("Apple announced …").
   */
  organisationNamed(at: number): string | null {
    const paragraph = paragraphOf(at);
    const recent = this.index.window(paragraph - 2, at).filter((m) => !m.inQuote && !m.addressee);
    const org = [...recent].reverse().find((m) => this.index.organisation(m.name) || m.group);
    if (org) return this.fullName(org.name, org.at);
    const singles = [...recent]
      .reverse()
      .filter((m) => m.subjectLike && !m.titled && !m.gender() && !this.fullName(m.name, m.at).includes(' '));
    // A name the passage writes again is what it is about; a capitalised word opening one sentence
    // ("Keep this with you") may be no name at all.
    const repeated = singles.find((m) => recent.some((o) => o !== m && o.name === m.name));
    return (repeated ?? singles[0])?.name ?? null;
  }

  /** "they": a group or organisation; a single person named before is not "they". */
  groupNamed(at: number, lastSpeaker: string | null): string | null {
    const paragraph = paragraphOf(at);
    const group = this.index
      .window(paragraph - 1, at)
      .reverse()
      .find(
        (m) =>
          !m.inQuote &&
          (this.index.organisation(m.name) ||
            m.group ||
            /^The\s/u.test(m.name) ||
            /^The\s/u.test(this.fullName(m.name, m.at))),
      );
    if (group) return this.fullName(group.name, group.at);
    return lastSpeaker && (looksLikeOrganisation(lastSpeaker, this.lex) || /^The\s/u.test(lastSpeaker))
      ? lastSpeaker
      : null;
  }
}
