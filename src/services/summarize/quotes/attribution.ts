import { SPEECH_VERBS_EN, SPEECH_VERBS_OTHER } from '../lexicon/speech-verbs.ts';
import { CJK_TEXT, cjkSubjectAfter, cjkSubjectBefore, hasCjkSpeechVerb } from './cjk.ts';
import { isDocument } from './documents.ts';
import { endsApposition, isOfficeAt, POSSESSED_ROLE } from './appositions.ts';

/**
 * Reading the words around a quotation to find the attribution clause ("Miller said",
 * "said the spokesman", "according to X", "the ministry said in a statement") and its subject.
 */

const ACCORDING = "according to|selon|laut|según|segundo|secondo|d'après";

// After a preposition the word is a noun or an adjective, not a verb ("in said ad", "in posts on X").
const VERB = new RegExp(
  `(?<![\\p{L}-])(?<!\\b(?:in|on|of|for|from|by|with|under)\\s+)(?:${SPEECH_VERBS_EN}|${SPEECH_VERBS_OTHER})(?![\\p{L}-])`,
  'iu',
);
const VERB_GLOBAL = new RegExp(VERB.source, 'giu');
const ACCORDING_TO = new RegExp(`(?<![\\p{L}])(?:${ACCORDING})\\s+(.+)$`, 'iu');
// Compiled once (non-global, so they keep no state between calls) rather than on every quote.
const ACCORDING_WORD = new RegExp(`(?<![\\p{L}])(?:${ACCORDING})\\s`, 'iu');
const VERB_FIRST = new RegExp(`^(?:${SPEECH_VERBS_EN}|${SPEECH_VERBS_OTHER}|so)\\s+(.+)$`, 'iu');
/** After a verb-first attribution ("said Miller, who ..."), the subject ends at these words. */
const ISSUED_BY = /^\s+(?:from|by)\s+[^,.;:!?()]+/u;
const SUBJECT_END =
  /[,.;:!?()]|\s(?:on|in|at|during|after|before|when|while|who|as|of|to|about|from|last|this|earlier|on|via|with|told|in a|am|im|beim|bei|auf|vor|nach|lors|dans|devant|au|en|ante|durante|no|na|em|à)\s/u;

/** A capitalised verb-like word after a capitalised word is part of a name ("the United States"). */
export function inName(text: string, match: RegExpMatchArray): boolean {
  const index = match.index ?? 0;
  return /^\p{Lu}/u.test(match[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, index - 20), index));
}

/** Whether a clause contains a speech verb or "according to". */
export function hasSpeechVerb(text: string): boolean {
  return VERB.test(text) || hasCjkSpeechVerb(text) || ACCORDING_WORD.test(text);
}

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** "Dr. Sarah Jones" -> "Dr Sarah Jones", so the period does not end the phrase. */
function withoutAbbreviationDots(phrase: string): string {
  return phrase.replace(/\b(Dr|Mr|Mrs|Ms|St|Sen|Rep|Gov|Gen|Lt|Col|Prof|Jr|Sr|Sgt|Capt|[A-Z])\./g, '$1');
}

/** The source named after "according to": ends at punctuation or a relative clause, keeps "of" names. */
function sourceOf(phrase: string): string {
  return (
    withoutAbbreviationDots(phrase)
      .split(/[,.;:()]|\s(?:who|which|that|with|on|in|at)\s/u)[0]
      ?.trim() ?? ''
  );
}

/** Cuts a subject phrase at its end marker ("Miller, who ..." -> "Miller"). */
function headOf(phrase: string): string {
  const text = ` ${withoutAbbreviationDots(phrase)} `;
  const m = SUBJECT_END.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/**
 * Picks the subject out of "X, 45, a spokesman for Y," style text before a verb: the last
 * comma segment that is not an apposition or an age.
 */
const NAMED =
  /(?:^|\s)(?!(?:In|On|At|The|A|An|But|And|For|After|Before|During|When|While|Earlier|Later|Last|This|Asked)\b)\p{Lu}\p{L}/u;

/** A segment naming someone an apposition may follow; an opening time or place phrase ("On Monday,") names nobody. */
function namesBefore(segment: string): boolean {
  return (
    NAMED.test(segment) &&
    !/^(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Since|By|Over|Until)\s/u.test(segment)
  );
}

const RELATIVE_OPENER =
  /^(?:(?:in|on|at|of|for|during|after|with)\s+(?:which|whom)|where|when|whereupon|as|while|after|before|because|and|but|so|until|once)\s+/iu;

function subjectBeforeVerb(text: string): string {
  const segments = text.split(/[,—–]| - /).map((s) => s.trim());
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (!seg || /^\d+$/.test(seg)) continue;
    if (/^(?:he|she|they|il|elle|er|sie|ella|él|ele|ela)$/iu.test(seg)) return seg;
    // "…, in which Biden says of Trump,": the subject follows a relative or subordinating opener.
    const opened = RELATIVE_OPENER.exec(seg);
    if (opened && /^(?:\p{Lu}|(?:he|she|they|it)\b)/u.test(seg.slice(opened[0].length)))
      return seg.slice(opened[0].length).replace(/\s+(?:also|later|then|now|once|again)$/i, '');
    // An apposition follows a name, possibly after an age ("Maria Garcia, 34, a nurse …").
    const prev = segments.slice(0, i).filter((x) => !/^\d+$/.test(x));
    const prevHasName = prev.length > 0 && namesBefore(prev[prev.length - 1] ?? '');
    if (prevHasName && /^(?:(?:a|an|the|who|which|whose|its|his|her|their)\s+)?\p{Ll}/u.test(seg)) continue;
    // "Patrick Nielsen Hayden, Tor’s editor in chief,": an owner's role is an apposition too.
    if (prevHasName && POSSESSED_ROLE.test(seg)) continue;
    // "Richard Gowan, U.N. Director for the International Crisis Group,": a capitalised office
    // held at an organisation is an apposition too.
    if (prevHasName && isOfficeAt(seg)) continue;
    // "Ali Zentner, medical director of a clinic in Vancouver, Canada,": the end of an apposition.
    if (i > 1 && NAMED.test(prev.slice(0, -1).pop() ?? '') && endsApposition(segments[i - 1] ?? '', seg))
      continue;
    if (i > 0 && /^(?:also|later|then|now|once|again|previously|further)$/i.test(seg)) continue;
    // "the singer can be heard saying": heard or seen saying it, the subject still says it.
    return seg
      .replace(/\s+(?:is|was|were|are|can be|could be|may be)\s+(?:heard|seen)$/iu, '')
      .replace(/\s+(?:also|later|then|now|once|again|previously|further|has|had|have|who)$/i, '');
  }
  return '';
}

const RELAYED_SPEAKER =
  /^((?:\S+\s+){1,4}?)(?:recalled|recalls|remembered|remembers|heard|hears|quoted|quotes|overheard)\s+((?:(?:a|an|the|his|her|their|one|some|another)\s+(?:[\p{L}-]+\s+){0,2}?)|(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:asking|saying|telling|shouting|yelling|whispering|asked|say|ask|tell)\b/u;

/** "Denicola recalled a nurse asking": the narrator (Denicola), who goes on speaking in the next quote. */
export function relayNarrator(clause: string): string | null {
  const relayed = RELAYED_SPEAKER.exec(clause.replace(/^[\s,.;:!?\-—–]+/u, ''));
  return relayed?.[1] ? relayed[1].trim() : null;
}

/** The subject of an attribution that follows the quote, or null when the text is not one. */
/** "Sen. Jeff Merkley (D-Ore.) said": a short parenthesis (party, state, age) is not part of the clause. */
function withoutAsides(clause: string): string {
  return clause.includes('(') ? clause.replace(/\s*\([^()]{1,40}\)/gu, '') : clause;
}

/**
 * "“…” —Mike Brehm, partner, Kenwood Commercial": a quote signed with a dash and the speaker's name
 * (masked in reviews: "– Jo** Al****").
 */
const SIGNED =
  /^[\s”"’'»]*[—–]\s*((?:\p{Lu}[\p{L}'’.*-]*|[A-Z]\.)(?:\s+(?:\p{Lu}[\p{L}'’.*-]*|[A-Z]\.)){0,3})\s*(?:[,(]|$)/u;

export function subjectAfter(clause: string, joined: boolean): string | null {
  const signed = SIGNED.exec(clause);
  // The masks of a masked name go: what is left is the name as far as the page gives it.
  if (signed?.[1]) return signed[1].replace(/\*+/gu, '');
  const text = withoutAsides(clause).replace(/^[\s,.;:!?\-—–]+/u, '');
  if (CJK_TEXT.test(text.slice(0, 12))) return cjkSubjectAfter(text);
  // "“…!” to which the candidate shouted back …": who answers the quote did not say it.
  if (/^to which\s/iu.test(text)) return null;
  const according = /^(?:according to|selon|laut|según|segundo|secondo)\s+(.+)$/iu.exec(text);
  if (according?.[1]) return sourceOf(according[1]);
  const verbFirst = VERB_FIRST.exec(text);
  if (verbFirst?.[1] && !/^(?:told|tells)\s/i.test(text)) {
    const head = headOf(verbFirst[1]);
    if (/^(?:that|the\s+\w+\s+(?:of|was|is))\b/i.test(head)) return null;
    // "… the little deal” announced in October, said Derek Scissors": a verb with no subject after it
    // belongs to the quote's own sentence; the attribution, if any, follows the next comma.
    const comma = text.indexOf(',');
    if (!head && comma > 0) return subjectAfter(text.slice(comma), joined);
    // "said a report from Kotak Institutional Equities": the document and who issued it.
    const issuer = isDocument(head) ? ISSUED_BY.exec(verbFirst[1].slice(head.length)) : null;
    return issuer ? `${head}${issuer[0]}` : head;
  }
  // "Denicola recalled a nurse asking": the words are the nurse's, relayed by the one who remembers.
  const relayed = RELAYED_SPEAKER.exec(text);
  if (relayed?.[2]) return relayed[2].trim();
  const m = VERB.exec(text);
  const limit = joined ? 16 : 4;
  if (m && wordsOf(text.slice(0, m.index)).length <= limit)
    return subjectBeforeVerb(text.slice(0, m.index)) || null;
  // A long apposition closed by a comma ("…,” study lead author Lucas Paganini, a planetary
  // scientist at …, Maryland, and …, said"): the speaker is named before its first comma.
  if (m && joined && /,\s*$/u.test(text.slice(0, m.index)) && wordsOf(text.slice(0, m.index)).length <= 40) {
    const head = text.slice(0, text.indexOf(','));
    if (NAMED.test(head)) return subjectBeforeVerb(head) || null;
  }
  // "… that mostly affects older people, according to the National Library of Medicine"
  const later = ACCORDING_TO.exec(text);
  return later?.[1] ? sourceOf(later[1]) || null : null;
}

// "China’s ambassador": an owner's role is the noun phrase, not the owner.
const SUBJECT_NP =
  /^(?:(?:he|she|it|they|we)\b|the\s+[\p{Ll}-]+(?=[\s,;:]|$)|(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}(?:(?<=['’]s)\s+\p{Ll}[\p{L}-]*)?)/u;

/** A subject noun phrase at the start of a text: a pronoun, "the president", or a name. */
function nounPhraseAtStart(text: string): string | null {
  const trimmed = text.trim().replace(/^(?:but|and|so|yet|then|still)\s+/iu, '');
  if (
    /^(?:In|On|At|But|And|For|After|Before|During|When|While|Earlier|Later|Last|This|Asked|Meanwhile|However)\b/u.test(
      trimmed,
    )
  )
    return null;
  return SUBJECT_NP.exec(trimmed)?.[0] ?? null;
}

const TIME_PHRASE = /^(?:\S+\s+){1,3}(?:later|ago|earlier|before|after|afterwards)$/iu;

/** The subject of a sentence's main clause: the first comma segment that starts with a noun phrase. */
export function mainSubject(text: string): string | null {
  for (const seg of text.split(/,/)) {
    // "Five months later, Kennedy …": a time phrase opening the sentence is no subject.
    if (TIME_PHRASE.test(seg.trim())) continue;
    const stripped = seg.trim().replace(/^.*\breport(?:ed|s)\s+that\s+/iu, '');
    const np = nounPhraseAtStart(stripped);
    if (np) return np;
  }
  return null;
}

/** A sentence opening with a participle phrase ("After saying he", "Asked about it, she"). */
const LEADING_PARTICIPLE = /^(?:(?:after|before|while|when|upon|since|on)\s+)?\p{L}+ing\b/iu;

/**
 * "After saying he “…”, he confessed …": a participle phrase has no subject of its own; the one
 * speaking is the subject of the main clause after the quote.
 */
export function participleSubject(before: string, after: string): string | null {
  if (!LEADING_PARTICIPLE.test(before) || !hasSpeechVerb(before)) return null;
  const main = /^[\s”"»’']*,\s*(.+)$/u.exec(after)?.[1];
  return main ? nounPhraseAtStart(main) : null;
}

const INVERTED_SUBJECT =
  /^\s+((?:the\s+[\p{Ll}-]+)|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})\s*(?:[,;:]|$)/u;

/** "an old … saying", "a popular saying": the noun, not the verb. */
const SAYING_NOUN =
  /\b(?:an?|the)\s+(?:old|common|popular|famous|favou?rite|well-known)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A determiner or quantifier before a verb-like word makes it a noun ("the claims were", "in all states"). */
const NOUN_BEFORE =
  /\b(?:the|a|an|his|her|its|their|our|my|your|these|those|all|many|several|both|other|\d+)\s+$/iu;

const SUBORDINATE_SUBJECT = /\b(?:when|after|before|because|while|until|once|if)\s+(?:\S+\s+){1,2}$/iu;

/** The subject of an attribution written before the quote ("Miller said:", "According to X,"). */
export function subjectBefore(text: string): string | null {
  const clause = withoutAsides(text);
  if (CJK_TEXT.test(clause.slice(-12))) {
    const cjk = cjkSubjectBefore(clause);
    if (cjk) return cjk;
  }
  const according = ACCORDING_TO.exec(clause);
  if (according?.[1]) {
    const head = sourceOf(according[1]);
    if (head) return head;
  }
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(VERB_GLOBAL)) {
    // "the claims were" is a noun; "into the United States" part of a name.
    if (NOUN_BEFORE.test(clause.slice(Math.max(0, m.index - 8), m.index)) || inName(clause, m)) continue;
    // "an old African-American Church saying: “…”": a saying is something said, by nobody named.
    if (/^saying$/iu.test(m[0].trim()) && SAYING_NOUN.test(clause.slice(Math.max(0, m.index - 60), m.index)))
      continue;
    // "He said Morris then tried to flee when he told him …": a speech verb in a clause opened by
    // when/after/because tells of an earlier exchange; the words quoted go with the main verb.
    if (last && SUBORDINATE_SUBJECT.test(clause.slice(0, m.index))) continue;
    last = m as RegExpExecArray;
  }
  if (!last) return null;
  const before = clause.slice(0, last.index);
  if (wordsOf(before).length === 0) {
    // Verb-first: "Said Miller: ..."
    const after = clause.slice(last.index + last[0].length);
    return headOf(after) || null;
  }
  // "The waste is abundant, says Morgan Raven, a biogeochemist …": an inverted attribution after a
  // comma names its subject after the verb.
  // "The strike was described by Star Garden worker Charlie:": a passive verb's agent speaks.
  const agent = /^\s+by\s+([^,;:]+?)\s*[,;:]?\s*$/u.exec(clause.slice(last.index + last[0].length));
  if (agent?.[1] && /\b(?:was|were|is|are|been|be)\s+$/u.test(before)) return agent[1];
  // Only a name or "the <noun>" standing alone after the verb is its subject ("…, said the mayor
  // was …" is not one), and never after "told" (the listener).
  if (/,\s*$/u.test(before) && !/^tell|^told/iu.test(last[0])) {
    const inverted = INVERTED_SUBJECT.exec(
      withoutAbbreviationDots(clause.slice(last.index + last[0].length)),
    );
    if (inverted?.[1]) return inverted[1];
  }
  // "The Associated Press reported that the president … “…”": an outlet relays the words of the
  // subject of what it reports.
  if (/^report/i.test(last[0])) {
    const relayed = /^\s+that\s+(.*)$/iu.exec(clause.slice(last.index + last[0].length));
    const np = relayed?.[1] ? nounPhraseAtStart(relayed[1]) : null;
    if (np) return np;
  }
  // "…, with a source close to him saying:": the participle's subject is the noun phrase after "with".
  const withSubject = /ing$/i.test(last[0]) ? /\bwith\s+([^,;:]+?)\s*$/iu.exec(before) : null;
  if (withSubject?.[1]) return withSubject[1];
  // "…, it wrote to Sam Altman, asking the company to “…”": a participle's subject is the clause's.
  // "X called Y “…,” adding that …": the subject of the speech verb before the participle, if any.
  if (/ing$/i.test(last[0]) && /,["”’']?\s*$/u.test(before)) {
    const earlier = before.replace(/,["”’']?\s*$/u, '');
    return (VERB.test(earlier) ? subjectBefore(earlier) : null) ?? mainSubject(before);
  }
  // "Lopez did not respond to CNN’s request but wrote": verbs joined by and/but share the clause's
  // subject, which is never a name inside the first verb's object.
  if (/\s(?:but|and|yet|then)\s*$/iu.test(before) && !/\b(?:that|que|dass)\s/iu.test(before)) {
    const np = mainSubject(before.replace(/^[\s([«"“‘']+/u, ''));
    if (np) return np;
  }
  // Subject ends where a subordinate clause starts ("... who told CNN that he said").
  const clauseSubject = subjectBeforeVerb(before.replace(/^.*\b(?:that|que|dass)\s+/iu, ''));
  // "RM teased it in a video that read,", "his tweet that said": a relative clause with no subject of
  // its own tells what the main clause's subject made or wrote.
  const head = /^(.*\S)\s+that\s*$/iu.exec(before)?.[1];
  return clauseSubject || (head ? (VERB.test(head) ? subjectBefore(head) : mainSubject(head)) : null);
}
