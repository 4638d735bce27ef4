/**
 * Merges the word lists of one or more languages (and the words of names) into the lists and sets
 * the summarizer asks for. The only logic here is which data lists make up each one: where a
 * concept is written once and read in several ways (a verb's forms, a pronoun's), the ways are
 * picked out here rather than listed again.
 */
import type { Lists } from './lists.ts';
import type { LanguageWords, NameWords, PronounForms, SpeechVerb } from './words.ts';

/** The words of a list of words separated by spaces. */
function words(list: string | undefined): string[] {
  return list ? list.split(' ').filter(Boolean) : [];
}

/** The entries of a list whose entries may hold spaces, separated by "|". */
function phrases(list: string | undefined): string[] {
  return list ? list.split('|').filter(Boolean) : [];
}

/** The words of the lists in lower case, as a set. */
function lower(lists: string[][]): Set<string> {
  return new Set(lists.flat().map((w) => w.toLowerCase()));
}

/** Entries in first-seen order, each once. */
function distinct(lists: string[][]): string[] {
  return [...new Set(lists.flat())];
}

export function buildLists(languages: readonly LanguageWords[], names: NameWords): Lists {
  const all = (pick: (w: LanguageWords) => string | undefined, split = words) =>
    distinct(languages.map((w) => split(pick(w))));
  const allPhrases = (pick: (w: LanguageWords) => string | undefined) => all(pick, phrases);
  const set = (pick: (w: LanguageWords) => string | undefined) => new Set(all(pick));
  const verbs = languages.flatMap((w) => w.speechVerbs ?? []);
  const forms = (keep: (v: SpeechVerb) => boolean | undefined, participles: boolean) =>
    distinct(
      verbs
        .filter((v) => keep(v))
        .map((v) => [...phrases(v.finite), ...(participles ? phrases(v.participle) : [])]),
    );
  /** The forms of a pronoun in every language, those of `kinds` only (default: every form). */
  const pronouns = (
    pick: (w: LanguageWords) => PronounForms | undefined,
    kinds: readonly (keyof PronounForms)[] = ['subject', 'object', 'possessive', 'reflexive'],
  ) =>
    all((w) =>
      kinds
        .map((kind) => pick(w)?.[kind])
        .filter(Boolean)
        .join(' '),
    );

  const plainFinite = forms((v) => v.plain, false);
  const possessives = all((w) => w.possessives);
  const articles = all((w) => w.articles);
  const indefinites = new Set(all((w) => w.indefinites));
  const neuter = pronouns((w) => w.neuter);
  /** "its": a possessive of things, which opens a noun phrase as "his" does. */
  const neuterPossessives = pronouns((w) => w.neuter, ['possessive']);
  const masculine = pronouns((w) => w.masculine);
  const feminine = pronouns((w) => w.feminine);
  const plural = pronouns((w) => w.plural);
  const ambiguous = pronouns((w) => w.ambiguous);
  const titleAbbreviations = all((w) => w.titleAbbreviations);
  const suffixes = words(names.nameSuffixes);
  const givenNamePronouns = new Set(words(names.givenNamePronouns));
  const abbreviatedSuffixes = suffixes.filter((s) => s.endsWith('.')).map((s) => s.slice(0, -1));
  const abbreviations = all((w) => w.abbreviations);
  const companies = all((w) => w.companyAbbreviations);
  const months = all((w) => w.monthAbbreviations);
  const according = allPhrases((w) => w.according);
  const orgNouns = all((w) => w.orgNouns);
  const demonyms = all((w) => w.demonyms);

  return {
    speechVerbs: forms((v) => !v.relayOnly, true),
    participles: distinct(verbs.filter((v) => !v.relayOnly).map((v) => phrases(v.participle))),
    plainFinite,
    plainForms: distinct([
      forms((v) => v.plain, true),
      verbs.filter((v) => v.plain).flatMap((v) => phrases(v.marksSpeaker)),
    ]),
    plainFiniteSpeaker: forms((v) => v.plain && !v.listener, false),
    listenerForms: distinct([
      forms((v) => v.listener, true),
      verbs.filter((v) => v.listener).flatMap((v) => phrases(v.base)),
    ]),
    continuing: forms((v) => v.continues, false),
    relayVerbs: forms((v) => v.relays, false),
    relayedSpeech: distinct([
      verbs.filter((v) => !v.relayOnly).flatMap((v) => [...phrases(v.participle), ...phrases(v.base)]),
      plainFinite,
    ]),
    according,
    complementizers: all((w) => w.complementizers),
    verbJoiners: all((w) => w.verbJoiners),
    joinerAdverbs: all((w) => w.joinerAdverbs),
    placePrepositions: all((w) => w.placePrepositions),
    authorVerbs: all((w) => w.authorVerbs),
    publishVerbs: all((w) => w.publishVerbs),
    // English sets off asides with dashes and closes its quotes before the attribution: a mark of
    // another language's is read only when every language the article may be in writes it.
    dialogueDashes: languages.every((w) => w.dialogueDashes === languages[0]?.dialogueDashes)
      ? (languages[0]?.dialogueDashes ?? null)
      : null,
    incisesInQuotes: languages.every((w) => w.incisesInQuotes === true),

    subjectPronouns: distinct([
      pronouns((w) => w.masculine, ['subject']),
      pronouns((w) => w.feminine, ['subject']),
      pronouns((w) => w.plural, ['subject']),
      pronouns((w) => w.ambiguous, ['subject']),
    ]),
    personalPronouns: new Set([
      ...pronouns((w) => w.masculine, ['subject', 'object']),
      ...pronouns((w) => w.feminine, ['subject', 'object']),
      ...pronouns((w) => w.ambiguous, ['subject', 'object']),
      ...pronouns((w) => w.plural, ['subject']),
    ]),
    pluralPronouns: new Set(pronouns((w) => w.plural, ['subject'])),
    neuterSubjects: pronouns((w) => w.neuter, ['subject']),
    neuterPronouns: new Set(neuter),
    masculinePronouns: new Set(masculine),
    femininePronouns: new Set(feminine),
    possessives,
    articles,
    determiners: distinct([articles, all((w) => w.demonstratives), neuterPossessives, possessives]),
    indefinites: [...indefinites],
    definiteDeterminers: distinct([
      articles,
      all((w) => w.demonstratives),
      neuterPossessives,
      possessives,
    ]).filter((w) => !indefinites.has(w)),
    appositionOpeners: distinct([
      articles,
      allPhrases((w) => w.appositionOpeners),
      neuterPossessives,
      possessives,
    ]),

    titles: set((w) => w.titles),
    titleAbbreviations,
    clauseAbbreviations: distinct([titleAbbreviations, abbreviatedSuffixes, companies, abbreviations]),
    nameAbbreviations: distinct([titleAbbreviations, abbreviatedSuffixes, abbreviations]),
    neverFinal: lower([titleAbbreviations, abbreviations, months]),
    maybeFinal: lower([companies, all((w) => w.abbreviationsMayEnd), abbreviatedSuffixes]),
    months: lower([months]),
    innerTitles: set((w) => w.innerTitles),
    royalTitles: set((w) => w.royalTitles),
    officeEndings: set((w) => w.officeEndings),
    uniqueOffices: new Set(allPhrases((w) => w.uniqueOffices)),
    roleSynonyms: new Map(languages.flatMap((w) => Object.entries(w.roleSynonyms ?? {}))),
    occupations: set((w) => w.occupations),
    personEpithets: set((w) => w.personEpithets),
    humanNouns: all((w) => w.humanNouns),
    roleNouns: all((w) => w.roleNouns),
    personWords: new Set([
      ...all((w) => w.titles),
      ...all((w) => w.occupations),
      ...all((w) => w.personEpithets),
      ...all((w) => w.humanNouns),
      ...all((w) => w.roleNouns),
      ...languages.flatMap((w) => Object.keys(w.roleSynonyms ?? {})),
    ]),
    collectiveNouns: all((w) => w.collectiveNouns),
    groupNouns: set((w) => w.groupNouns),
    orgNouns: new Set(orgNouns),
    nationalBodies: new Set([...orgNouns, ...all((w) => w.stateBodies)]),
    documentNouns: all((w) => w.documentNouns),
    formerNameCues: allPhrases((w) => w.formerNameCues),
    weekdays: set((w) => w.weekdays),
    greetings: new Set(allPhrases((w) => w.greetings)),
    notName: new Set([
      ...all((w) => w.notName),
      ...all((w) => w.weekdays),
      // A pronoun that is also a given name ("Ella", "Elle") may still open a name.
      ...[...masculine, ...feminine, ...plural, ...ambiguous, ...neuter].filter(
        (p) => !givenNamePronouns.has(p),
      ),
      ...articles,
      ...all((w) => w.demonstratives),
      ...plainFinite,
      ...according.map((phrase) => phrase.split(' ')[0] ?? phrase),
      ...titleAbbreviations.map((t) => `${t.toLowerCase()}.`),
    ]),
    demonyms: new Set([...demonyms, ...demonyms.map((w) => `${w}s`)]),
    countries: set((w) => w.countries),
    numberTens: all((w) => w.numberTens),
    numberLarge: all((w) => w.numberLarge),
    feminineWords: new Set([...all((w) => w.feminineWords), ...feminine]),
    masculineWords: new Set([...all((w) => w.masculineWords), ...masculine]),
    titleOfWorkWords: all((w) => w.titleOfWorkWords),
    titleSmallWords: set((w) => w.titleSmallWords),
    subjectEnds: distinct([allPhrases((w) => w.subjectEnds), forms((v) => v.listener, false)]),
    roleEnds: all((w) => w.roleEnds),

    nameSuffixes: suffixes.map((s) => s.replace(/\.$/u, '')),
    abbreviatedSuffixes,
    nameJoiners: words(names.nameJoiners),
    acronymSkips: new Set(words(names.acronymSkips)),
    organisationWords: new Set(words(names.organisationWords)),

    jaSpeechVerbs: allPhrases((w) => w.jaSpeechVerbs),
    zhSpeechVerbs: allPhrases((w) => w.zhSpeechVerbs),
    koSpeechVerbs: allPhrases((w) => w.koSpeechVerbs),
    titlesAfterName: allPhrases((w) => w.titlesAfterName),
  };
}

/**
 * A list as a regex alternation (special characters escaped), for patterns built from it; an empty
 * list gives a pattern that matches nothing, as a language without such words has none to find.
 */
export function alternation(words: Iterable<string>): string {
  const list = [...words];
  return list.length === 0 ? '(?!)' : list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
}
