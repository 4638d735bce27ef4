/**
 * The shape of one language's word lists: data only, one list per concept. A list is a string of
 * words separated by spaces; a list whose entries may hold spaces says so and separates them by
 * "|" ("according to|d'après").
 * Words are lower case unless a list says they are written as in text (abbreviations, the
 * capitalised words of titles of works). A language leaves out what it has no words for.
 * build.ts merges the lists of the languages an article is read in; lexicon.ts picks them per article.
 * No word sits on two lists that contradict each other (test/services/summarize/lexicon/).
 */

/** One verb of speech, with the forms news writes it in. */
export interface SpeechVerb {
  /** Forms with a subject, "|"-separated ("said|says|say", "a déclaré|déclare"). */
  finite: string;
  /** -ing forms ("saying"): words after a comma that still attribute ("…, saying"). */
  participle?: string;
  /** The bare form where it attributes nothing by itself ("tell" in "to tell him"), "|"-separated. */
  base?: string;
  /**
   * Forms that tell the name before them is speaking but attribute no quoted words by themselves
   * ("with Troy gushing that it was “…”"), "|"-separated.
   */
  marksSpeaker?: string;
  /**
   * A plain verb of reporting words (say, tell, add, write …): a name written right before or
   * after one is someone speaking ("Goodman said", ", says Goodman", "He says …").
   */
  plain?: true;
  /** Its object is who hears the words ("told CNN"), never who said them. */
  listener?: true;
  /** The voice of the quote before goes on ("continued", "went on"). */
  continues?: true;
  /** Relays someone else's words: "Denicola recalled a nurse asking" (the nurse spoke). */
  relays?: true;
  /** Only relays ("heard", "remembered"): it attributes no words to its own subject. */
  relayOnly?: true;
}

/** The forms of one pronoun ("he": he, him, his, himself). */
export interface PronounForms {
  /** As a sentence's subject ("he", "elle"). */
  subject?: string;
  /** As an object ("him", "lui"). */
  object?: string;
  /** Possessive ("his", "its") and reflexive ("himself") forms. */
  possessive?: string;
  reflexive?: string;
}

export interface LanguageWords {
  // — Speech —
  speechVerbs?: SpeechVerb[];
  /** Phrases naming the source of words after them ("according to", "selon", "laut"); "|"-separated. */
  according?: string;
  /** Conjunctions opening reported speech ("that", "que", "dass"): what follows is another clause. */
  complementizers?: string;
  /** Conjunctions joining a second verb to the first one's subject ("… but wrote", "dijo la portavoz, y añadió"). */
  verbJoiners?: string;
  /** Adverbs written between such a conjunction and its verb ("… but now said", "y luego añadió"). */
  joinerAdverbs?: string;
  /** Prepositions of place written before a place's name ("in Hong Kong", "aus Berlin"). */
  placePrepositions?: string;
  /** Verbs of writing or sending a document ("wrote", "penned", "filed"). */
  authorVerbs?: string;
  /** Verbs that put out a document, authoring one only when a document follows ("issued", "released"). */
  publishVerbs?: string;

  // — Quotation marks —
  /**
   * Dialogue is written with dashes: a dash opening a paragraph or following a sentence opens
   * someone's words. `narrator` (Spanish, Portuguese): the next dash opens the narrator's clause and a
   * dash after that gives the words back ("—Es una vergüenza —dijo el ministro—. No …", "— Vamos vencer
   * — afirmou a ministra."). `line` (French): the words run to the paragraph's end, the narrator's
   * clause set off by commas inside them ("– Nous ne céderons pas, a-t-il dit, car …").
   */
  dialogueDashes?: 'narrator' | 'line';
  /**
   * The narrator's clause may stand inside the quotation marks, set off by commas, with its verb
   * first ("« Ce texte est nécessaire, assure le ministre. Il protège … »").
   */
  incisesInQuotes?: true;

  // — Pronouns and determiners —
  masculine?: PronounForms;
  feminine?: PronounForms;
  /** Plural (or, in German, "sie", of either number): a group or an organisation, never one person. */
  plural?: PronounForms;
  /** "sie" in German: she or they. */
  ambiguous?: PronounForms;
  /** "it", "its": a thing or an organisation. */
  neuter?: PronounForms;
  /** Possessives of persons ("his", "su", "ihre"): "her statement" was written by her. */
  possessives?: string;
  /** Articles, definite and indefinite ("the a an", "le la un une"). */
  articles?: string;
  /** Articles and quantifiers that introduce someone not named before ("a", "un", "ein"): never definite. */
  indefinites?: string;
  /** Demonstratives ("this that"). */
  demonstratives?: string;

  // — Names, titles and roles —
  /** Honorifics and offices written before a name ("President Joe Biden"): dropped from the name, kept as roles. */
  titles?: string;
  /** Titles abbreviated with a period, as written ("Dr Sen Gov"): the period ends no sentence. */
  titleAbbreviations?: string;
  /** Other abbreviations written with a period inside a sentence, as written ("No vs St"). */
  abbreviations?: string;
  /** Company designators, as written ("Inc", "Co"): inside a clause their period ends nothing; at a sentence's end it does. */
  companyAbbreviations?: string;
  /** Abbreviations that often end sentences ("etc"): a period after one ends a sentence before an opener. */
  abbreviationsMayEnd?: string;
  /** Month abbreviations ("Jan"): ended by a period before a date, not a sentence. */
  monthAbbreviations?: string;
  /** Titles that head a name only inside a run ("GSAS Dean Emma Dench"): alone they are first names ("Dean"). */
  innerTitles?: string;
  /** Royal titles, which go with a given name as the person's name ("Prince Andrew"). */
  royalTitles?: string;
  /** Offices that end a description ("Greek Foreign Minister") and are no one's surname (unlike "King"). */
  officeEndings?: string;
  /** Offices with one holder in context: "the president" needs no name; "|"-separated ("prime minister"). */
  uniqueOffices?: string;
  /** Role words and the role they stand for ("spokesman" -> "spokesperson"). */
  roleSynonyms?: Readonly<Record<string, string>>;
  /** Occupations written as a title before a name ("Artist Eric Rieger"). */
  occupations?: string;
  /** Nouns describing a person by what they are or do ("the billionaire"): the person the text is about. */
  personEpithets?: string;
  /** Nouns for an unnamed person ("the teacher", "a nurse"): a pronoun after one refers to them. */
  humanNouns?: string;
  /** Nouns for people by their work or part ("aide", "voter"): with the nouns above, heads of an unnamed person. */
  roleNouns?: string;
  /** Nouns for people that take no plural -s ("people", "police"). */
  collectiveNouns?: string;
  /** Nouns for a named group whose name has no organisation word ("the band"). */
  groupNouns?: string;
  /** Nouns that refer back to an organisation ("the company said"). */
  orgNouns?: string;
  /** A country's bodies beside its organisations ("the Israeli military", "the French embassy"). */
  stateBodies?: string;
  /** Documents and posts that "say" things: their speaker is their author ("the letter said"). */
  documentNouns?: string;
  /** Words before a name that mark it as a former name ("formerly known as", "née"); "|"-separated. */
  formerNameCues?: string;
  /**
   * Words that start a capitalised run without being a name: sentence openers, days, months, function
   * words. The language's pronouns, articles, demonstratives, plain speech verbs, "according" and
   * abbreviated titles ("mr.") join them from their own lists.
   */
  notName?: string;
  /** Seasonal and festive greetings, written capitalised ("Merry Christmas"): no name; "|"-separated. */
  greetings?: string;
  /** Day names: never part of a name ("in Hudson, New Hampshire Monday"); they join notName. */
  weekdays?: string;
  /** Nationality and region words: never a speaker's name alone (their plurals in -s too). */
  demonyms?: string;
  /** One-word country names ("ambassador to Britain Liu Xiaoming"). */
  countries?: string;
  /** Tens ("fifty", also "fifty-one") and large numbers ("million", also "millions") opening a sentence. */
  numberTens?: string;
  numberLarge?: string;
  /** Words that tell a woman or a man next to a name (titles, family and role nouns), pronouns aside. */
  feminineWords?: string;
  masculineWords?: string;
  /** Capitalised function words that mark a title of a work, not a person ("Anyone But You"), as written. */
  titleOfWorkWords?: string;
  /** Words a title of a work leaves in lower case ("of", "the"). */
  titleSmallWords?: string;

  // — Where a phrase ends —
  /** Words that end the subject of an attribution ("said Miller on Monday", "sagte Merkel am Montag"); "|"-separated. */
  subjectEnds?: string;
  /** Words after a role noun in an apposition that end it ("a spokesman for …", "un porte-parole de …"). */
  roleEnds?: string;
  /** Words opening an apposition before its role noun besides articles and possessives ("who is"); "|"-separated. */
  appositionOpeners?: string;

  // — Japanese, Chinese and Korean —
  /** Japanese speech verbs after the と particle, Chinese speech verbs, Korean ones after the 고/라고 quotative; "|"-separated. */
  jaSpeechVerbs?: string;
  zhSpeechVerbs?: string;
  koSpeechVerbs?: string;
  /** Titles written after a name (岸田首相, 김민수 장관); "|"-separated. */
  titlesAfterName?: string;
}

/**
 * Words of names themselves, the same whatever language the article is written in: a name keeps
 * its own language ("Ursula von der Leyen", "Bank of America", "Martin Luther King Jr.").
 */
export interface NameWords {
  /** Generational suffixes after a surname, as written; a trailing period marks an abbreviation ("Jr."). */
  nameSuffixes: string;
  /** Lower-case words that join the capitalised words of one name ("de", "van", "bin", "of"). */
  nameJoiners: string;
  /** Function words an acronym skips ("Congressional Black Caucus" -> "CBC"). */
  acronymSkips: string;
  /** Words that make a name an organisation's ("Department", "Times", "Inc"). */
  organisationWords: string;
  /** Pronouns that are also given names ("Ella", "Elle"): capitalised, they may open a name. */
  givenNamePronouns: string;
}
