/** English word lists (see words.ts for what each list is). */
import type { LanguageWords, SpeechVerb } from './words.ts';

const speechVerbs: SpeechVerb[] = [
  // Plain verbs of reporting words.
  { finite: 'said|says|say', participle: 'saying', plain: true },
  { finite: 'told|tells', participle: 'telling', base: 'tell', plain: true, listener: true },
  { finite: 'added|adds', participle: 'adding', plain: true },
  { finite: 'asked|asks', participle: 'asking', base: 'ask', plain: true },
  { finite: 'explained|explains', participle: 'explaining', plain: true },
  { finite: 'wrote|writes', participle: 'writing', plain: true },
  { finite: 'noted|notes', participle: 'noting', plain: true },
  { finite: 'stated|states', participle: 'stating', plain: true },
  { finite: 'recalled|recalls', participle: 'recalling', plain: true, relays: true },
  { finite: 'insisted|insists', participle: 'insisting', plain: true },
  { finite: 'argued|argues', participle: 'arguing', plain: true },
  { finite: 'warned|warns', participle: 'warning', plain: true },
  { finite: 'continued|continues', plain: true, continues: true },
  { finite: 'gushed|gushes', marksSpeaker: 'gushing', plain: true },
  // Verbs that attribute words with some colour or in some medium.
  { finite: 'went on|goes on', continues: true },
  { finite: 'tweeted|tweets', participle: 'tweeting' },
  { finite: 'posted|posts', participle: 'posting' },
  { finite: 'replied|replies', participle: 'replying' },
  { finite: 'responded|responds', participle: 'responding' },
  { finite: 'declared|declares', participle: 'declaring' },
  { finite: 'announced|announces', participle: 'announcing' },
  { finite: 'claimed|claims', participle: 'claiming' },
  { finite: 'admitted|admits', participle: 'admitting' },
  { finite: 'acknowledged|acknowledges', participle: 'acknowledging' },
  { finite: 'confirmed|confirms', participle: 'confirming' },
  { finite: 'commented|comments', participle: 'commenting' },
  { finite: 'remarked|remarks', participle: 'remarking' },
  { finite: 'shared|shares' },
  { finite: 'revealed|reveals', participle: 'revealing' },
  { finite: 'exclaimed' },
  { finite: 'joked|jokes' },
  { finite: 'laughed' },
  { finite: 'stressed|stresses', participle: 'stressing' },
  { finite: 'emphasized|emphasised', participle: 'emphasizing|emphasising' },
  { finite: 'concluded' },
  { finite: 'observed|observes' },
  { finite: 'suggested|suggests', participle: 'suggesting' },
  { finite: 'urged|urges', participle: 'urging' },
  { finite: 'quipped', participle: 'quipping' },
  { finite: 'testified', participle: 'testifying' },
  { finite: 'reflected|reflects' },
  { finite: 'recounted' },
  { finite: 'countered', participle: 'countering' },
  { finite: 'conceded|concedes', participle: 'conceding' },
  { finite: 'agreed|agrees' },
  { finite: 'predicted', participle: 'predicting' },
  { finite: 'vowed|vows', participle: 'vowing' },
  { finite: 'promised', participle: 'promising' },
  { finite: 'maintained' },
  { finite: 'contended|contends', participle: 'contending' },
  { finite: 'cautioned', participle: 'cautioning' },
  { finite: 'described|describes', participle: 'describing' },
  { finite: 'called|calls', participle: 'calling' },
  { finite: 'captioned' },
  { finite: 'texted' },
  { finite: 'mused|muses' },
  { finite: 'sang' },
  { finite: 'screamed' },
  { finite: 'shouted', participle: 'shouting' },
  { finite: 'yelled', participle: 'yelling' },
  { finite: 'chanted', participle: 'chanting' },
  { finite: 'interjected' },
  { finite: 'whispered', participle: 'whispering' },
  { finite: 'pointed out|points out' },
  { finite: 'reported' },
  { finite: 'asserted|asserts', participle: 'asserting' },
  { finite: 'expressed' },
  { finite: 'reads|read' },
  { finite: 'raved|raves' },
  { finite: 'alleged|alleges' },
  { finite: 'boasted|boasts', participle: 'boasting' },
  { finite: 'complained|complains', participle: 'complaining' },
  { finite: 'lamented|laments', participle: 'lamenting' },
  { finite: 'wondered|wonders' },
  { finite: 'informed|informs' },
  { finite: 'reminded|reminds', participle: 'reminding' },
  { finite: 'retorted|retorts', participle: 'retorting' },
  { finite: 'teased|teases' },
  { finite: 'concurs|concurred' },
  { finite: 'chimed in|chimes in' },
  { finite: 'sighed|sighs' },
  { finite: 'elaborated|elaborates', participle: 'elaborating' },
  { finite: 'underscored|underscores', participle: 'underscoring' },
  { finite: 'branded', participle: 'branding' },
  { finite: 'dubbed', participle: 'dubbing' },
  { finite: 'imparted|imparts' },
  { finite: 'confessed|confesses|confess' },
  // Verbs of judging or pledging that give someone's words ("blasted the law as “…”", "pledged to “…”").
  { finite: 'accused|accuses', participle: 'accusing' },
  { finite: 'blasted|blasts', participle: 'blasting' },
  { finite: 'slammed|slams', participle: 'slamming' },
  { finite: 'criticized|criticised|criticizes|criticises', participle: 'criticizing|criticising' },
  { finite: 'praised|praises', participle: 'praising' },
  { finite: 'thanked', participle: 'thanking' },
  { finite: 'protested', participle: 'protesting' },
  { finite: 'labeled|labelled', participle: 'labeling|labelling' },
  { finite: 'blamed|blames', participle: 'blaming' },
  { finite: 'attacked', participle: 'attacking' },
  { finite: 'credited' },
  { finite: 'hailed', participle: 'hailing' },
  { finite: 'lauded', participle: 'lauding' },
  { finite: 'pledged|pledges', participle: 'pledging' },
  { finite: 'cited|cites', participle: 'citing' },
  { finite: 'dismissed', participle: 'dismissing' },
  { finite: 'decried|decries', participle: 'decrying' },
  { finite: 'demanded|demands', participle: 'demanding' },
  { finite: 'denounced|denounces', participle: 'denouncing' },
  { finite: 'condemned|condemns', participle: 'condemning' },
  { finite: 'touted|touts', participle: 'touting' },
  { finite: 'mocked|mocks', participle: 'mocking' },
  // Verbs of thought and feeling that report someone's words ("worried that the net was becoming “a hammock”").
  { finite: 'worried|worries' },
  { finite: 'feared|fears' },
  { finite: 'pondered|ponders' },
  { finite: 'proclaimed|proclaims' },
  { finite: 'hoped|hopes' },
  // Verbs that only relay someone else's words ("X remembered a nurse asking").
  { finite: 'remembered|remembers', relays: true, relayOnly: true },
  { finite: 'heard|hears', relays: true, relayOnly: true },
  { finite: 'quoted|quotes', relays: true, relayOnly: true },
  { finite: 'overheard', relays: true, relayOnly: true },
];

export const en: LanguageWords = {
  speechVerbs,
  according: 'according to',
  complementizers: 'that',
  verbJoiners: 'but and yet then',
  joinerAdverbs: 'now then later also still again instead',
  placePrepositions: 'in at near outside across throughout',
  authorVerbs: 'written wrote sent penned signed filed submitted',
  publishVerbs: 'issued released published',

  masculine: { subject: 'he', object: 'him', possessive: 'his', reflexive: 'himself' },
  feminine: { subject: 'she', object: 'her', possessive: 'her hers', reflexive: 'herself' },
  plural: { subject: 'they', object: 'them', possessive: 'their' },
  neuter: { subject: 'it', possessive: 'its' },
  possessives: 'his her their',
  articles: 'the a an',
  indefinites: 'a an one another some several many',
  demonstratives: 'this that',

  titles:
    'president vice sen senator rep representative gov governor dr mr mrs ms miss prof professor judge justice ' +
    'secretary minister prime mayor coach gen general lt col colonel capt captain sgt sergeant officer detective ' +
    'pope king queen prince princess sir dame lord lady speaker chancellor ambassador commissioner chief ' +
    'director inspector superintendent deputy attorney sheriff rev reverend father sister brother pastor ' +
    'ceo cfo founder chairman chairwoman chair manager head leader lawmaker st saint ' +
    'sr jr senior junior former late major doctor assemblyman assemblywoman congressman congresswoman councilman ' +
    'councilwoman councillor premier emir sheikh spokesman spokeswoman spokesperson reporter journalist columnist ' +
    'correspondent',
  titleAbbreviations:
    'Mr Mrs Ms Messrs Dr Prof Gen Col Lt Sgt Capt Cpl Pvt Maj Adm Cmdr Gov Sen Rep Rev Hon Pres Supt Insp Det Atty',
  abbreviations: 'St Mt Ft No Nos vs v Fig Figs approx Dept est al Gal Ave Blvd Rd Hwy',
  companyAbbreviations: 'Inc Ltd Co Corp Bros Plc LLC',
  abbreviationsMayEnd: 'etc',
  monthAbbreviations: 'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
  innerTitles: 'dean provost rector',
  royalTitles: 'prince princess king queen',
  officeEndings:
    'minister secretary president senator governor mayor spokesman spokeswoman spokesperson ambassador ' +
    'commissioner chairman chairwoman director ceo cfo superintendent lawmaker congressman congresswoman gov sen rep',
  uniqueOffices: 'president|chancellor|governor|mayor|pope|king|queen|premier|prime minister|first minister',
  roleSynonyms: {
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
    // The offices the title abbreviations stand for ("Sen. Bernie Sanders" … "the senator").
    sen: 'senator',
    rep: 'representative',
    congressman: 'representative',
    congresswoman: 'representative',
    gov: 'governor',
    gen: 'general',
    col: 'colonel',
    lt: 'lieutenant',
    sgt: 'sergeant',
    capt: 'captain',
    cmdr: 'commander',
    adm: 'admiral',
    maj: 'major',
    rev: 'reverend',
    pres: 'president',
    supt: 'superintendent',
    insp: 'inspector',
    det: 'detective',
    atty: 'attorney',
    prof: 'professor',
  },
  occupations:
    'artist singer rapper musician songwriter author novelist filmmaker comedian actor actress producer ' +
    'writer photographer designer economist scientist researcher activist entrepreneur investor analyst ' +
    'historian journalist student teacher tourist resident',
  personEpithets:
    'billionaire millionaire tycoon mogul magnate entrepreneur star actor actress singer rapper musician ' +
    'songwriter artist author novelist filmmaker comedian athlete player striker quarterback champion ' +
    'veteran legend icon scientist entomologist researcher economist investor activist politician ' +
    'celebrity influencer guitarist drummer bassist pianist vocalist frontman frontwoman bride groom owner',
  humanNouns:
    'teacher nurse woman man girl boy mother father parent student resident witness neighbor neighbour ' +
    'driver officer doctor source official employee worker person victim passenger customer friend relative ' +
    'librarian pilot soldier patient owner manager lawyer attorney ' +
    'mom mum dad husband wife son daughter grandmother grandfather aunt uncle cousin boyfriend girlfriend',
  roleNouns:
    'spokesperson spokesman spokeswoman engineer executive staffer aide insider expert member fan user voter ' +
    'diplomat reporter editor ambassador envoy nominee candidate hopeful frontrunner front-runner contender ' +
    'challenger incumbent',
  collectiveNouns: 'men women people police',
  groupNouns: 'band group duo trio quartet ensemble choir orchestra',
  orgNouns:
    'company firm agency group organisation organization ministry department government party union club ' +
    'team network carmaker retailer airline bank startup giant maker broadcaster publisher studio label website ' +
    'outlet brand',
  stateBodies: 'embassy military army navy police presidency cabinet',
  documentNouns:
    'letter statement report post tweet memo filing complaint lawsuit email e-mail message note release ' +
    'petition caption brief bio biography profile account notification advisory bulletin study survey',
  formerNameCues: 'formerly|previously|once|née|nee|formerly known as|previously known as',
  greetings:
    'merry christmas|happy christmas|happy new year|happy holidays|happy birthday|happy easter|' +
    'happy thanksgiving|happy hanukkah|happy halloween|happy anniversary|season’s greetings|seasons greetings',
  weekdays: 'monday tuesday wednesday thursday friday saturday sunday',
  // Pronouns, articles, demonstratives, plain speech verbs, day names, "according" and "Mr." are added from their lists.
  notName:
    'in on at for from to of and but or so as if when while after before during since with without by ' +
    'these those there here we i you our my your then now also yet ' +
    'however meanwhile still last next first ' +
    // Adverbs opening a sentence ("Even Channel1, the company …").
    'even only just already perhaps maybe indeed instead almost nearly never always often sometimes ' +
    'otherwise thus therefore hence besides nonetheless nevertheless ' +
    'january february march april may june july august september october november december ' +
    // Time zones ("11 a.m. PT") and question words opening a sentence ("What she didn't expect").
    'pt et ct mt pst pdt est edt cst cdt mst mdt gmt bst utc cet cest what why how where which whatever ' +
    // Subordinators opening a sentence ("Although Dench …").
    'although though because unless whereas despite whether once until like unlike ' +
    // Auxiliaries opening a question headline ("Are Orion and Lauren Still Together?").
    'is are was were do does did has have had ' +
    // Quantifiers opening a run ("Part of NBBJ’s theory", "Most of Apple’s staff").
    'part some most many much all both each every none several few another ' +
    'one two three four five six seven eight nine ten eleven twelve',
  demonyms:
    'american british english scottish welsh irish canadian mexican brazilian argentine chilean colombian ' +
    'cuban venezuelan french german dutch belgian swiss austrian italian spanish portuguese greek turkish ' +
    'russian ukrainian polish swedish norwegian danish finnish israeli palestinian iranian iraqi syrian ' +
    'lebanese saudi egyptian afghan pakistani indian chinese japanese korean vietnamese thai filipino ' +
    'indonesian australian african nigerian kenyan european asian arab western eastern northern southern',
  countries:
    'afghanistan argentina australia austria belgium brazil britain canada chile china colombia cuba denmark ' +
    'egypt england finland france germany greece india indonesia iran iraq ireland israel italy japan jordan ' +
    'kenya lebanon mexico netherlands nigeria norway pakistan palestine poland portugal qatar russia scotland ' +
    'spain sweden switzerland syria taiwan thailand turkey ukraine venezuela vietnam wales yemen',
  numberTens: 'twenty thirty forty fifty sixty seventy eighty ninety',
  numberLarge: 'hundred thousand million',
  feminineWords:
    'mrs ms miss dame lady queen princess sister spokeswoman chairwoman congresswoman ' +
    'assemblywoman councilwoman businesswoman actress mother wife daughter girl woman grandmother aunt niece',
  masculineWords:
    'mr sir lord king prince brother spokesman chairman congressman assemblyman councilman ' +
    'businessman actor husband son boy man grandfather uncle nephew',
  titleOfWorkWords: 'But You Me It Is Are Was My Your We Our Not And Or With To In On At The A',
  titleSmallWords: 'a an the of and or in on at to for with by from is are be as vs',

  subjectEnds:
    'on|in|at|during|after|before|when|while|who|as|of|to|about|from|last|this|earlier|via|with|in a',
  roleEnds: 'for of at in with to',
  appositionOpeners: 'who is',
};
