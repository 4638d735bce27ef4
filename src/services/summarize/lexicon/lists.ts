/** Word lists used to tell names, titles, roles and organisations apart in news text. */

/** Honorifics and office titles dropped from a name ("President Joe Biden" -> "Joe Biden"); kept as roles. */
export const TITLES = new Set(
  (
    'president vice sen senator rep representative gov governor dr mr mrs ms miss prof professor judge justice ' +
    'secretary minister prime mayor coach gen general lt col colonel capt captain sgt sergeant officer detective ' +
    'pope king queen prince princess sir dame lord lady speaker chancellor ambassador commissioner chief ' +
    'director inspector superintendent deputy attorney sheriff rev reverend father sister brother pastor ' +
    'ceo cfo founder chairman chairwoman chair manager head leader lawmaker st saint herr frau monsieur madame ' +
    'sr jr senior junior former late major doctor assemblyman assemblywoman congressman congresswoman councilman ' +
    'councilwoman councillor premier emir sheikh spokesman spokeswoman spokesperson reporter journalist columnist correspondent ' +
    'kanzler kanzlerin bundeskanzler bundeskanzlerin präsident präsidentin ministerin ministre président ' +
    'présidente presidente ministro ministra alcalde alcaldesa prefeito governador diputado senador menteri presiden gubernur'
  ).split(' '),
);

/** Words that start a capitalised run without being part of a name (sentence openers etc.). */
export const NOT_NAME = new Set(
  (
    'the a an in on at for from to of and but or so as if when while after before during since with without by ' +
    'this that these those there here it its he she they we i you his her their our my your then now also yet ' +
    'however meanwhile still last next first on monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april may june july august september october november december ' +
    'said says told added asked according mr. ms. dr. le la les el los das der die den un une et und y e o ' +
    'selon según segundo secondo laut montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi ' +
    'mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo ' +
    // Time zones ("11 a.m. PT") and question words opening a sentence ("What she didn't expect").
    'pt et ct mt pst pdt est edt cst cdt mst mdt gmt bst utc cet cest what why how where which whatever ' +
    // Subordinators opening a sentence ("Although Dench …").
    'although though because unless whereas despite whether once until like unlike ' +
    // Auxiliaries opening a question headline ("Are Orion and Lauren Still Together?").
    'is are was were do does did has have had ' +
    // Quantifiers opening a run ("Part of NBBJ’s theory", "Most of Apple’s staff").
    'part some most many much all both each every none several few another ' +
    'one two three four five six seven eight nine ten eleven twelve'
  ).split(' '),
);

export const ROLE_SYNONYMS: Record<string, string> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  spokesperson: 'spokesperson',
  spokesmen: 'spokesperson',
  chairwoman: 'chair',
  chairman: 'chair',
  businessman: 'businessperson',
  businesswoman: 'businessperson',
  physician: 'doctor',
  physicians: 'doctors',
};

/** Last words that mark an organisation rather than a person. */
export const ORG_WORDS = new Set(
  (
    'zoo department ministry police office agency council court party association university inc corp company ' +
    'times news post magazine network committee caucus institute foundation service administration commission ' +
    'reserve board team club league assembly senate house congress government coalition union group bank fund ' +
    'tonight today media press tv radio labs county commission productions records entertainment studios llc ltd ' +
    'school college hospital observatory'
  ).split(' '),
);

/** Documents and posts that "say" things: their speaker is their author, never a place they were posted. */
export const DOCUMENT_NOUNS = (
  'letter|statement|report|post|tweet|memo|filing|complaint|lawsuit|email|e-mail|message|note|release|' +
  'petition|caption|publicación|publicacion|carta|comunicado|informe|lettre|communiqué|rapport|brief|' +
  'erklärung|mitteilung|publicação|nota|bio|biography|biografía|biografia|profile|perfil|account|cuenta|' +
  'notification|advisory|bulletin|study|survey'
).split('|');

/** Nouns for an unnamed person ("the teacher", "a nurse"): a pronoun after one refers to them. */
export const HUMAN_NOUNS = (
  'teacher|nurse|woman|man|girl|boy|mother|father|parent|student|resident|witness|neighbor|neighbour|' +
  'driver|officer|doctor|source|official|employee|worker|person|victim|passenger|customer|friend|relative|' +
  'librarian|pilot|soldier|patient|owner|manager|lawyer|attorney|' +
  'mom|mum|dad|husband|wife|son|daughter|grandmother|grandfather|aunt|uncle|cousin|boyfriend|girlfriend'
).split('|');

/** Nouns for a named group whose name has no organisation word ("the band" -> "The Chicks"). */
export const GROUP_NOUNS = new Set('band group duo trio quartet ensemble choir orchestra'.split(' '));

/** Words before a name that mark it as a former name, not the one the text now refers to. */
export const FORMER_NAME = /(?:formerly|previously|once|née|nee|formerly known as|previously known as)\s*$/iu;

/** Nouns that refer back to an organisation ("the company said" -> "Apple"). */
export const ORG_NOUNS = new Set(
  (
    'company firm agency group organisation organization ministry department government party union club ' +
    'team network carmaker retailer airline bank startup giant maker broadcaster publisher studio label website ' +
    'outlet brand'
  ).split(' '),
);

/**
 * Nouns that describe a person by what they are or do ("the billionaire", "the actor"): with
 * nobody introduced by them, they refer back to the person the text is about, as "he"/"she" would.
 * Offices and unnamed-person nouns ("the spokesman", "the teacher") are not here: they may be someone else.
 */
export const PERSON_EPITHETS = new Set(
  (
    'billionaire millionaire tycoon mogul magnate entrepreneur star actor actress singer rapper musician ' +
    'songwriter artist author novelist filmmaker comedian athlete player striker quarterback champion ' +
    'veteran legend icon scientist entomologist researcher economist investor activist politician ' +
    'celebrity influencer guitarist drummer bassist pianist vocalist frontman frontwoman bride groom owner'
  ).split(' '),
);

/**
 * Occupations written as a title before a name ("Artist Eric Rieger", "Singer Taylor Swift").
 * Epithets that also start names or titles of works ("Star Wars", "Legend") are left out.
 */
export const OCCUPATIONS = new Set(
  (
    'artist singer rapper musician songwriter author novelist filmmaker comedian actor actress producer ' +
    'writer photographer designer economist scientist researcher activist entrepreneur investor analyst ' +
    'historian journalist'
  ).split(' '),
);

/** Offices with one holder in context: "the president" needs no name when the article is about them. */
export const UNIQUE_OFFICES = new Set([
  ...'president chancellor governor mayor pope king queen premier'.split(' '),
  'prime minister',
  'first minister',
]);

/**
 * Nationality and region words: alone they are never a speaker's name ("Americans “may say
 * anything they wish”", "rules of Canadian politics … says"), though they open names ("American Airlines").
 */
export const DEMONYMS = new Set(
  (
    'american british english scottish welsh irish canadian mexican brazilian argentine chilean colombian ' +
    'cuban venezuelan french german dutch belgian swiss austrian italian spanish portuguese greek turkish ' +
    'russian ukrainian polish swedish norwegian danish finnish israeli palestinian iranian iraqi syrian ' +
    'lebanese saudi egyptian afghan pakistani indian chinese japanese korean vietnamese thai filipino ' +
    'indonesian australian african nigerian kenyan european asian arab western eastern northern southern'
  )
    .split(' ')
    .flatMap((w) => [w, `${w}s`]),
);

/** One-word country names, which an envoy's or a correspondent's title ends with ("ambassador to Britain Liu Xiaoming"). */
export const COUNTRIES = new Set(
  (
    'afghanistan argentina australia austria belgium brazil britain canada chile china colombia cuba denmark ' +
    'egypt england finland france germany greece india indonesia iran iraq ireland israel italy japan jordan ' +
    'kenya lebanon mexico netherlands nigeria norway pakistan palestine poland portugal qatar russia scotland ' +
    'spain sweden switzerland syria taiwan thailand turkey ukraine venezuela vietnam wales yemen'
  ).split(' '),
);

/** A possessive opening a phrase ("her statement", "su biografía"). */
export const POSSESSIVE = /^(?:his|her|their|su|sus|son|sa|ses|seu|sua|sein|seine|ihr|ihre)\s/u;

/** "Anyone But You", "Love Is Blind": capitalised function words mark a title of a work, not a person. */
export const TITLE_OF_WORK =
  /\s(?:But|You|Me|It|Is|Are|Was|My|Your|We|Our|Not|And|Or|With|To|In|On|At|The|A)(?:\s|$)/u;

/** "the People’s Daily", "the Guardian’s Owen Jones". */
export const POSSESSIVE_NAME =
  /^the\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}))$/u;
