/**
 * The lists and sets an article's lexicon holds, built from its languages' word lists (build.ts):
 * what the summarizer's stages ask the lexicon for.
 */

export interface Lists {
  // — Speech —
  /** Every form of every verb that attributes words (relay-only verbs aside), in data order. */
  readonly speechVerbs: readonly string[];
  /** The -ing forms of the speech verbs ("saying", "acknowledging"). */
  readonly participles: readonly string[];
  /** Finite forms of the plain verbs of reporting ("said", "says", "told"). */
  readonly plainFinite: readonly string[];
  /** Finite and -ing forms of the plain verbs, and the forms that only mark a speaker ("said", "saying", "gushing"). */
  readonly plainForms: readonly string[];
  /** Finite forms of the plain verbs whose object is no listener: ", said X" makes X the speaker. */
  readonly plainFiniteSpeaker: readonly string[];
  /** Forms of the verbs whose object is the listener ("told", "telling", "tell"). */
  readonly listenerForms: readonly string[];
  /** Finite forms of the verbs of going on speaking ("continued", "went on"). */
  readonly continuing: readonly string[];
  /** Finite forms of the verbs that relay someone else's words ("recalled", "heard"). */
  readonly relayVerbs: readonly string[];
  /** The verb of the one whose words are relayed ("… a nurse asking", "… heard him say"). */
  readonly relayedSpeech: readonly string[];
  readonly according: readonly string[];
  readonly complementizers: readonly string[];
  readonly verbJoiners: readonly string[];
  readonly joinerAdverbs: readonly string[];
  readonly placePrepositions: readonly string[];
  readonly authorVerbs: readonly string[];
  readonly publishVerbs: readonly string[];

  // — Quotation marks (only when every language read writes them so: an article of unknown language may be English) —
  readonly dialogueDashes: 'narrator' | 'line' | null;
  readonly incisesInQuotes: boolean;

  // — Pronouns and determiners —
  /** Pronouns a sentence's subject may be, for a person or a group ("he", "elle", "they"). */
  readonly subjectPronouns: readonly string[];
  /** Pronouns that stand for a speaker: he/she as subject or object, and "they" ("he", "him", "elle", "sie"). */
  readonly personalPronouns: ReadonlySet<string>;
  /** "they", "ils", "ellos": a group or an organisation. */
  readonly pluralPronouns: ReadonlySet<string>;
  /** "it": a thing's subject pronoun. */
  readonly neuterSubjects: readonly string[];
  readonly neuterPronouns: ReadonlySet<string>;
  readonly masculinePronouns: ReadonlySet<string>;
  readonly femininePronouns: ReadonlySet<string>;
  readonly possessives: readonly string[];
  readonly articles: readonly string[];
  /** Words that open a noun phrase: articles, demonstratives, possessives ("the", "this", "its", "su"). */
  readonly determiners: readonly string[];
  /** Determiners that are indefinite in no language read ("the", "la", "die"; not "a", Portuguese "the" but English "a"). */
  readonly definiteDeterminers: readonly string[];
  /** Articles and quantifiers that introduce someone not named before ("a", "un", "ein"). */
  readonly indefinites: readonly string[];
  /** Words that open an apposition before its role noun ("a", "the", "his", "who is", "un"). */
  readonly appositionOpeners: readonly string[];

  // — Names, titles and roles —
  readonly titles: ReadonlySet<string>;
  readonly titleAbbreviations: readonly string[];
  /** Abbreviations whose period ends no clause: titles, name suffixes, companies, others ("Dr", "Jr", "Inc", "No"). */
  readonly clauseAbbreviations: readonly string[];
  /** Abbreviations whose period is dropped inside a name phrase: titles, name suffixes and others ("Dr. Sarah Jones"). */
  readonly nameAbbreviations: readonly string[];
  /** Lower case, for the sentence splitter (text/sentences.ts): abbreviations that never end a sentence … */
  readonly neverFinal: ReadonlySet<string>;
  /** … those that end one only before a sentence opener … */
  readonly maybeFinal: ReadonlySet<string>;
  /** … and months, which end one unless a date follows. */
  readonly months: ReadonlySet<string>;
  readonly innerTitles: ReadonlySet<string>;
  readonly royalTitles: ReadonlySet<string>;
  readonly officeEndings: ReadonlySet<string>;
  readonly uniqueOffices: ReadonlySet<string>;
  readonly roleSynonyms: ReadonlyMap<string, string>;
  readonly occupations: ReadonlySet<string>;
  readonly personEpithets: ReadonlySet<string>;
  readonly humanNouns: readonly string[];
  readonly roleNouns: readonly string[];
  /** Every word that names a person by what they are or do: titles, occupations, epithets, human and role nouns. */
  readonly personWords: ReadonlySet<string>;
  readonly collectiveNouns: readonly string[];
  readonly groupNouns: ReadonlySet<string>;
  readonly orgNouns: ReadonlySet<string>;
  /** Organisation nouns and a country's bodies ("the French foreign ministry", "the Israeli military"). */
  readonly nationalBodies: ReadonlySet<string>;
  readonly documentNouns: readonly string[];
  readonly formerNameCues: readonly string[];
  /**
   * Words that start a capitalised run without being a name: the language's list, with its pronouns,
   * articles, demonstratives, plain speech verbs, the first word of "according to" and abbreviated
   * titles ("Mr.").
   */
  readonly notName: ReadonlySet<string>;
  /** Greetings that look like a name ("merry christmas", "happy new year"). */
  readonly greetings: ReadonlySet<string>;
  /** Day names ("monday", "montag"). */
  readonly weekdays: ReadonlySet<string>;
  /** Nationality words and their plurals ("canadian", "canadians"). */
  readonly demonyms: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly numberTens: readonly string[];
  readonly numberLarge: readonly string[];
  /** Words that tell a woman next to a name: titles, family and role nouns, and the feminine pronouns. */
  readonly feminineWords: ReadonlySet<string>;
  readonly masculineWords: ReadonlySet<string>;
  readonly titleOfWorkWords: readonly string[];
  readonly titleSmallWords: ReadonlySet<string>;
  readonly subjectEnds: readonly string[];
  readonly roleEnds: readonly string[];

  // — Words of names —
  /** Generational suffixes without their period ("Jr", "III"). */
  readonly nameSuffixes: readonly string[];
  /** The suffixes written with a period ("Jr", "Sr"). */
  readonly abbreviatedSuffixes: readonly string[];
  readonly nameJoiners: readonly string[];
  readonly acronymSkips: ReadonlySet<string>;
  readonly organisationWords: ReadonlySet<string>;

  // — Japanese, Chinese and Korean —
  readonly jaSpeechVerbs: readonly string[];
  readonly zhSpeechVerbs: readonly string[];
  readonly koSpeechVerbs: readonly string[];
  readonly titlesAfterName: readonly string[];
}
