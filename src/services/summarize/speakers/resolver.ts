import type { Lexicon } from '../lexicon/lexicon.ts';
import { NameFacts } from './name-facts.ts';
import { authorBefore, documentAuthors, type DocumentAuthor } from './documents.ts';
import { isDocument } from '../quotes/documents.ts';
import { isUnnamedPerson, ownedPerson, UnnamedSubjects } from './reference.ts';
import { pronounGender } from './gender.ts';
import type { Gender, Mention } from './types.ts';
import { namesInPhrase, nationalBody, opensWithPossessive, POSSESSIVE_NAME } from './phrase.ts';
import { MentionIndex } from './mention-index.ts';
import { cjkFullName, fullNameIn } from './full-name.ts';
import { isGivenNameAndSurname } from '../lexicon/given-names.ts';
import {
  earlierPronounSpeaker,
  namedIn,
  type PronounCandidate,
  PronounSpeakers,
  quotedWords,
} from './pronouns.ts';
import { jointSpeaker } from './joint.ts';
import { surnamesIn } from './surnames.ts';
import { pronounPeople } from './pronoun-people.ts';
import { PARAGRAPH_SPAN, paragraphOf } from '../position.ts';

/**
 * Who said it: how a short reference ("Miller", "the spokesman", "the ministry", "she") maps back
 * to the full name first introduced. Mentions are collected in mentions.ts.
 */

// How many times a phrase may be resolved through a document's author or owner.
const MAX_RESOLVE_DEPTH = 3;

/** Resolves speaker references against the article's mentions. */
export class SpeakerResolver {
  private lastSpeaker: string | null = null;
  private lastSpeakerParagraph = -1; // where the last speaker's quote ended

  /** What the text tells about each full name (gender, roles), worked out when first asked. */
  private readonly facts: NameFacts;

  /** Lookups built once per article, so resolving a name is not a scan over every mention. */
  private readonly index: MentionIndex;
  /** fullName is pure given the mentions; the constructor and every resolve ask it the same things. */
  private readonly fullNames = new Map<string, string>();
  /** Who is named writing or sending a document, read once per article when first needed. */
  private authors?: DocumentAuthor[];
  /** Nationalities the article gives someone as a surname (surnames.ts), asked about when first needed. */
  private isSurname?: (word: string) => boolean;
  /** Each paragraph's "He says" sentences and quoted words, read once: many quotes ask about one paragraph. */
  private readonly pronounSpeakers: PronounSpeakers;
  private readonly quotedWordsOf = new Map<number, string>();
  /** Sentences whose subject is an unnamed person ("The teacher …"), read once per paragraph. */
  readonly unnamedSubjects: UnnamedSubjects;

  constructor(
    mentions: Mention[],
    private readonly paragraphs: string[],
    private readonly lex: Lexicon,
  ) {
    const current = mentions.filter((m) => !m.former);
    this.index = new MentionIndex(current, lex);
    this.facts = new NameFacts(current, this.index, (name, at) => this.fullName(name, at), lex);
    this.pronounSpeakers = new PronounSpeakers(paragraphs, lex);
    this.unnamedSubjects = new UnnamedSubjects(paragraphs, lex);
  }

  /** The words inside quote marks in paragraph `p` (see quotedWords), read once per paragraph. */
  private quotedIn(p: number): string {
    let words = this.quotedWordsOf.get(p);
    if (words === undefined) this.quotedWordsOf.set(p, (words = quotedWords(this.paragraphs[p] ?? '')));
    return words;
  }

  /**
   * The full form of a name: the earliest earlier (else any) longer mention ending with the same
   * surname. When two people share the surname, the bare surname is the one a sentence is about
   * ("Ryan Minor, the infielder, …"), not one introduced in an apposition ("his brother, Damon Minor").
   */
  fullName(name: string, at: number): string {
    const key = `${at}\u0000${name}`;
    let full = this.fullNames.get(key);
    if (full === undefined) {
      full = fullNameIn(this.index, name, at);
      this.fullNames.set(key, full);
    }
    return full;
  }

  /** The gender the text tells for a full name, else its given name's (see NameFacts.genderOf). */
  genderOf(full: string): Gender | undefined {
    return this.facts.genderOf(full);
  }

  /** Whether a name reads as an organisation's ("… Department", "NASA"). */
  isOrganisation(name: string): boolean {
    return this.index.organisation(name);
  }

  /** Most recent mention (before `at`) carrying this role (see NameFacts.byRole). */
  byRole(role: string, at: number): string | null {
    return this.facts.byRole(role, at);
  }

  /**
   * "he"/"she": the person the nearby text is about. Looks at the quote's paragraph and the one
   * before it; the last speaker wins if named there, else the most recent subject-position person.
   */
  private pronounTarget(at: number, pronoun = '', depth = 0, epithet?: string): string | null {
    const paragraph = paragraphOf(at);
    // "she" never means a man the text has called "he" or "Mr" (nor the reverse).
    const wanted = pronounGender(pronoun, this.lex);
    const window = this.index.window(paragraph - 2, at);
    // People seldom name themselves in their own words: whoever this paragraph's quotes name
    // ("I found a great woman in Keely Shaye," he declared) is someone else.
    const quoted = this.quotedIn(paragraph);
    const agrees = (name: string | null) =>
      !name ||
      (!namedIn(quoted, name) &&
        // "Web of Angels was her first sale": a phrase with "of" is a person's name only after a given name.
        (!name.includes(' of ') || isGivenNameAndSurname(name)) &&
        (!wanted || (this.facts.genderOf(name) ?? wanted) === wanted) &&
        (!epithet || this.facts.mayBe(name, epithet)));
    // Who "he"/"she" may mean (pronoun-people.ts).
    const people = pronounPeople(window, this.index, this.lex, {
      fullName: (name, where) => this.fullName(name, where),
      isMononym: (name) => this.facts.isMononym(name),
      agrees,
    });
    const lastSpeaker =
      agrees(this.lastSpeaker) && !(wanted && this.lastSpeaker && this.index.organisation(this.lastSpeaker))
        ? this.lastSpeaker
        : null;
    const latest = (keep: (r: (typeof people)[number]) => boolean) =>
      [...people].reverse().find(keep)?.full ?? null;
    const near = (r: (typeof people)[number]) => r.para >= paragraph - 1;
    // "Gaiman told me … his editor Teresa Nielsen Hayden at her office … “…,” she recalled": a
    // speaker of unknown gender gives way to someone named after them whom the text calls "she".
    const speaking = [...people].reverse().find((r) => r.para === paragraph && r.m.speaks);
    const sure =
      wanted && speaking && !this.facts.genderOf(speaking.full)
        ? latest((r) => r.m.at > speaking.m.at && r.m.gender() === wanted && isGivenNameAndSurname(r.full))
        : null;
    const target =
      sure ??
      speaking?.full ??
      latest((r) => r.para === paragraph && r.m.subjectLike) ??
      // Someone newly introduced with an apposition in this paragraph ("Jibrizy, a video maker") is its focus.
      latest((r) => r.para === paragraph && r.m.described) ??
      (depth < MAX_RESOLVE_DEPTH ? this.pronounChain(at, pronoun, depth, people) : null) ??
      // The last speaker stays the one meant while still a subject nearby; named only as an object
      // ("showing Kevin the film") while someone else speaks, the text has moved on to that speaker.
      (lastSpeaker && people.some((r) => near(r) && r.full === lastSpeaker && (r.m.speaks || r.m.subjectLike))
        ? lastSpeaker
        : null) ??
      latest((r) => near(r) && r.m.speaks) ??
      latest((r) => near(r) && r.m.subjectLike) ??
      // Unnamed for two paragraphs (or for one that does not quote them either), the last speaker gives
      // way to a person the one before introduces ("… is that Salvaggio doesn't trust …"): the text has moved on.
      (lastSpeaker &&
      !this.namedSince(lastSpeaker, paragraph - (this.lastSpeakerParagraph < paragraph - 1 ? 1 : 2), at)
        ? latest(
            (r) => r.para === paragraph - 1 && (isGivenNameAndSurname(r.full) || r.m.titled || r.m.described),
          )
        : null) ??
      lastSpeaker ??
      latest((r) => r.m.subjectLike) ??
      // "When I tell my story to Banu Guler, CEO of Co-Star, she reminds me …": with nobody else
      // in view, the first person this paragraph names is who the pronoun means.
      people.find((r) => r.para === paragraph)?.full ??
      this.topic(at, agrees);
    if (target === null) return null;
    // An unnamed person made the subject since ("The teacher … has remained anonymous") is who "she" is.
    const named = [...people].reverse().find((r) => r.full === target)?.m.at ?? -1;
    // Up to and including `at`: resolved from the start of its sentence ("My mom … she declared"),
    // the sentence's own unnamed subject counts.
    const unnamed = this.unnamedSubjects.between(Math.max(named, at - 2 * PARAGRAPH_SPAN), at + 1);
    // "the “Alien Superstar” singer announced …": the epithet being resolved is not someone else.
    return unnamed.some((noun) => noun !== epithet && this.byRole(noun, at) === null) ? null : target;
  }

  /** Resolves the earlier "He says" a pronoun continues (see earlierPronounSpeaker), where it stands. */
  private pronounChain(
    at: number,
    pronoun: string,
    depth: number,
    people: PronounCandidate[],
  ): string | null {
    const last = earlierPronounSpeaker(this.pronounSpeakers, at, pronoun, people, this.lex);
    return last ? this.pronounTarget(last.where, last.pronoun, depth + 1) : null;
  }

  /** The person the article is about (see NameFacts.topic). */
  topic(at: number, agrees: (name: string) => boolean = () => true): string | null {
    return this.facts.topic(at, agrees);
  }

  /** The person opening the sentence from `from` to `at` (see NameFacts.sentenceSubject). */
  sentenceSubject(from: number, at: number): string | null {
    return this.facts.sentenceSubject(from, at);
  }

  /** The person this paragraph introduces before `at` (see NameFacts.introducedBefore). */
  introducedBefore(at: number): string | null {
    return this.facts.introducedBefore(at);
  }

  /**
   * Resolves the subject phrase of an attribution ("Miller", "the spokesman", "she",
   * "State Department spokesperson Matthew Miller") to a full name, or null.
   */
  resolve(subject: string, at: number, depth = 0): string | null {
    // A document's author or owner is resolved again; "a tweet by an account describing itself
    // as …" names a document as its own author, so the chain is cut short.
    if (depth > MAX_RESOLVE_DEPTH) return null;
    const phrase = subject.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    if (!phrase) return null;
    const lower = phrase.toLowerCase();
    if (/^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\s]+$/u.test(phrase))
      return cjkFullName(phrase, this.paragraphs, this.lex);
    const lex = this.lex;
    if (lex.pluralPronouns.has(lower)) return this.facts.groupNamed(at, this.lastSpeaker);
    if (lex.neuterPronouns.has(lower)) return this.facts.organisationNamed(at);
    if (lex.personalPronouns.has(lower)) return this.pronounTarget(at, lower);
    // "the letter said", "dice la publicación en TikTok": the author, never the place it was posted.
    // "según su biografía", "according to her statement": the possessor wrote it.
    if (isDocument(phrase, lex) && opensWithPossessive(lower, lex))
      return this.pronounTarget(at, lower.split(' ')[0]);
    // "the People’s Daily", "the U.S. Attorney’s Office": after "the", a capitalised possessive is part of the name.
    // "the Guardian’s Owen Jones" is a person at the paper, though.
    const possessive = POSSESSIVE_NAME.exec(phrase);
    if (possessive?.[1] && !isGivenNameAndSurname(possessive[2] ?? '')) return possessive[1];
    // "the ministry's statement": its owner.
    const owner = /^(?:the\s+)?(.+?)['’]s?\s+(?:[\p{L}-]+\s+)?([\p{L}-]+)$/u.exec(phrase);
    if (owner?.[1] && isDocument(`the ${owner[2] ?? ''}`, lex)) return this.resolve(owner[1], at, depth + 1);
    if (isDocument(phrase, lex)) {
      // "a report from Kotak Institutional Equities", "a statement by the ministry": its author.
      const from = /\s(?:from|by)\s+(.+)$/u.exec(phrase)?.[1];
      const by = from ? this.resolve(from, at, depth + 1) : null;
      if (by) return by;
      this.authors ??= documentAuthors(this.paragraphs, lex);
      const author = authorBefore(this.authors, at);
      return author ? this.resolve(author, at, depth + 1) : null;
    }
    if (isUnnamedPerson(phrase, lex)) return null;
    // "Seetaram’s attorney said": the attorney, named only if the text names them by that role.
    const owned = ownedPerson(phrase, lex);
    // "China’s ambassador … warned": the text may name them only later ("ambassador Liu Xiaoming").
    if (owned) return this.byRole(owned, at) ?? this.byRole(owned, Infinity);
    const body = nationalBody(phrase, lex);
    if (body) return body;
    // "said the billionaire", "the James Bond star", "The restaurant owner said" (opening a sentence
    // too): a description of the person the text is about; a name before the noun only describes them.
    const epithet = /^[Tt]he\s(?:.+\s)?(\p{Ll}+)$/u.exec(phrase)?.[1];
    if (epithet && lex.personEpithets.has(epithet)) return this.pronounTarget(at, '', 0, epithet);
    // "the singer and guitarist": either noun names the person.
    const paired = /^the\s(\p{Ll}+)\sand\s\p{Ll}+$/u.exec(phrase)?.[1];
    if (paired && lex.personEpithets.has(paired)) return this.pronounTarget(at, '', 0, paired);
    // "the 25-year-old told the Guardian": an age stands for the person the text is about.
    if (/^the\s\d{1,3}-year-old$/iu.test(phrase)) return this.pronounTarget(at);
    // "the Senate leader", "the White House spokesman": a name before a person noun qualifies it;
    // the person is whoever the text has named by that role.
    const headNoun = /^the\s.+\s(\p{Ll}+)$/u.exec(phrase)?.[1];
    const byHead = headNoun && lex.personWords.has(headNoun) ? this.byRole(headNoun, at) : null;
    if (byHead) return byHead;
    this.isSurname ??= surnamesIn(this.paragraphs, lex);
    const runs = namesInPhrase(phrase, lex, this.isSurname);
    // "spokesperson for the State Department" names an organisation, not a person.
    const forOrg = /\b(?:spokes\w+|representative|rep|statement)\s+(?:for|from)\s+(?:the\s+)?(.+)$/i.exec(
      phrase,
    );
    const lastRun = runs[runs.length - 1];
    if (lastRun && !(forOrg && runs.length === 1 && forOrg[1]?.startsWith(lastRun.split(' ')[0] ?? ''))) {
      // "Ford and Fry replied": a pair's words go to the first named (joint.ts).
      const joint = jointSpeaker(phrase, runs, at, this.index, this.paragraphs, this.fullName.bind(this));
      return joint ?? this.fullName(lastRun, at);
    }
    if (forOrg && lastRun) return this.fullName(lastRun, at);
    // "to which she honestly replied": the pronoun inside the phrase keeps its gender.
    const pronoun =
      runs.length === 0 ? lower.split(/\s+/).find((w) => lex.personalPronouns.has(w)) : undefined;
    if (pronoun) return this.pronounTarget(at, pronoun);
    // "The United Nations High Commissioner": a capitalised word is part of a name, a title aside.
    const roleWords = phrase
      .split(/\s+/)
      .filter((w) => /^\p{Ll}/u.test(w) || lex.titles.has(w.toLowerCase()))
      .map((w) => w.toLowerCase())
      .filter((w) => !lex.notName.has(w) && /^[\p{L}-]+$/u.test(w));
    for (let i = roleWords.length - 1; i >= 0; i--) {
      const found = this.byRole(roleWords[i] ?? '', at);
      if (found) return found;
    }
    // "the president" with nobody introduced by that title: the office holder the article is about.
    if (/^the\s/.test(lower) && lex.uniqueOffices.has(roleWords.join(' '))) return this.topic(at);
    return null;
  }

  /** Whether `name` is written, outside quotes, from paragraph `from` up to `at`. */
  namedSince(name: string, from: number, at: number): boolean {
    return this.index.window(from, at).some((m) => !m.inQuote && this.fullName(m.name, m.at) === name);
  }

  remember(speaker: string | null, paragraph = -1): void {
    if (speaker) [this.lastSpeaker, this.lastSpeakerParagraph] = [speaker, paragraph];
  }

  get last(): string | null {
    return this.lastSpeaker;
  }
}
