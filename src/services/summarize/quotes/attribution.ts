/**
 * Reading the words around a quotation to find the attribution clause ("Miller said",
 * "said the spokesman", "according to X", "the ministry said in a statement") and its subject:
 * the patterns and phrase helpers both directions share. The clause after a quote is read in
 * subject-after.ts, the clause before it in subject-before.ts.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { endsApposition, isOfficeAt, POSSESSED_ROLE } from './appositions.ts';
import { hasCjkSpeechVerb } from './cjk.ts';

/** The lexicon's speech verbs, "according to" phrases and pronouns as the patterns attribution reads with. */
export function attributionPatterns(lex: Lexicon) {
  const verbs = alternation(lex.speechVerbs);
  const according = alternation(lex.according);
  const verb = new RegExp(
    // After a preposition the word is a noun or an adjective, not a verb ("in said ad", "in posts on X").
    `(?<![\\p{L}-])(?<!\\b(?:in|on|of|for|from|by|with|under)\\s+)(?:${verbs})(?![\\p{L}-])`,
    'iu',
  );
  const pronouns = alternation(lex.subjectPronouns);
  const determiners = alternation([...lex.determiners, ...lex.determiners.map(capitalised)]);
  const joiners = alternation(lex.nameJoiners);
  return {
    verb,
    verbGlobal: new RegExp(verb.source, 'giu'),
    /** "Said Miller: …", "so …": the verb opens the clause. */
    verbFirst: new RegExp(`^(?:${verbs}|so)\\s+(.+)$`, 'iu'),
    /** "According to X", anywhere in a clause; `accordingWord` only asks whether there is one. */
    accordingTo: new RegExp(`(?<![\\p{L}])(?:${according})\\s+(.+)$`, 'iu'),
    accordingFirst: new RegExp(`^(?:${according})\\s+(.+)$`, 'iu'),
    accordingWord: new RegExp(`(?<![\\p{L}])(?:${according})\\s`, 'iu'),
    /** Verbs whose object is who hears the words ("told CNN"). */
    listener: new RegExp(`^(?:${alternation(lex.listenerForms)})$`, 'iu'),
    complementizer: new RegExp(`\\b(?:${alternation(lex.complementizers)})\\s`, 'iu'),
    /** A conjunction ending a clause before a second verb ("… but wrote", "…, y añadió"). */
    joinedVerb: new RegExp(
      `\\s(?:${alternation(lex.verbJoiners)})(?:\\s+(?:${alternation(lex.joinerAdverbs)}|\\p{Ll}+ly))?\\s*$`,
      'iu',
    ),
    upToComplementizer: new RegExp(`^.*\\b(?:${alternation(lex.complementizers)})\\s+`, 'iu'),
    /** Where a subject phrase after a verb ends ("said Miller, who …", "sagte Merkel am Montag"). */
    subjectEnd: new RegExp(`[,.;:!?()]|\\s(?:${alternation(lex.subjectEnds)})\\s`, 'u'),
    withoutDots: new RegExp(
      `\\b(${alternation(lex.nameAbbreviations.filter((a) => !a.includes('.')))}|[A-Z])\\.`,
      'g',
    ),
    pronounOnly: new RegExp(`^(?:${pronouns})$`, 'iu'),
    /** "a-t-il ajouté", "dit-elle": a verb form that carries its subject pronoun after a hyphen. */
    attachedPronoun: new RegExp(`-(?:t-)?(${pronouns})(?![\\p{L}-])`, 'iu'),
    /** "el consejero de Agricultura, Ramón Villalba, …": a description, a comma and the name it describes. */
    describedName: new RegExp(
      `^(?:${determiners})\\s+([^,.;:!?()]+),\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:${joiners})\\s+)*\\p{Lu}[\\p{L}'’.-]*){0,3})(?=\\s*(?:[,.;:!?)—–]|$)|\\s(?:${alternation(lex.subjectEnds)})\\s)`,
      'u',
    ),
    /** A subject opening a clause: a capital or a pronoun ("… in which Biden says", "… where he says"). */
    opensSubject: new RegExp(
      `^(?:\\p{Lu}|(?:${alternation([...lex.subjectPronouns, ...lex.neuterSubjects])})\\b)`,
      'u',
    ),
    // "China’s ambassador": an owner's role is the noun phrase, not the owner.
    subjectNounPhrase: new RegExp(
      `^(?:(?:${alternation([...lex.subjectPronouns, ...lex.neuterSubjects])}|we)\\b|the\\s+[\\p{Ll}-]+(?=[\\s,;:]|$)|(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,4}(?:(?<=['’]s)\\s+\\p{Ll}[\\p{L}-]*)?)`,
      'u',
    ),
    /** "Denicola recalled a nurse asking": the narrator, the one whose words are relayed, and the verb. */
    relayed: new RegExp(
      `^((?:\\S+\\s+){1,4}?)(?:${alternation(lex.relayVerbs)})\\s+((?:(?:a|an|the|his|her|their|one|some|another)\\s+(?:[\\p{L}-]+\\s+){0,2}?)|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3})(?:${alternation(lex.relayedSpeech)})\\b`,
      'u',
    ),
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A capitalised verb-like word after a capitalised word is part of a name ("the United States"). */
export function inName(text: string, match: RegExpMatchArray): boolean {
  const index = match.index ?? 0;
  return /^\p{Lu}/u.test(match[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, index - 20), index));
}

/** Whether a clause contains a speech verb or "according to". */
export function hasSpeechVerb(text: string, lex: Lexicon): boolean {
  const patterns = lex.compile(attributionPatterns);
  return patterns.verb.test(text) || hasCjkSpeechVerb(text, lex) || patterns.accordingWord.test(text);
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** "Dr. Sarah Jones" -> "Dr Sarah Jones", so the period does not end the phrase. */
export function withoutAbbreviationDots(phrase: string, lex: Lexicon): string {
  return phrase.replace(lex.compile(attributionPatterns).withoutDots, '$1');
}

/**
 * "the agency's chief executive, Jo Smith", "el presidente regional, Alberto Sáez", "o coordenador do
 * programa, Rui Azevedo": a description of a person (an office, a role, an occupation), set off by a
 * comma from the name that follows it, names who it describes; null for any other phrase.
 */
export function nameAfterDescription(phrase: string, lex: Lexicon): string | null {
  const m = lex.compile(attributionPatterns).describedName.exec(withoutAbbreviationDots(phrase.trim(), lex));
  if (!m?.[1] || !m[2]) return null;
  const person = m[1].split(/\s+/u).some((w) => lex.personWords.has(w.toLowerCase()));
  return person ? m[2].replace(/\.$/u, '') : null;
}

/** The source named after "according to": ends at punctuation or a relative clause, keeps "of" names. */
export function sourceOf(phrase: string, lex: Lexicon): string {
  const described = nameAfterDescription(phrase, lex);
  if (described) return described;
  return (
    withoutAbbreviationDots(phrase, lex)
      .split(/[,.;:()]|\s(?:who|which|that|with|on|in|at)\s/u)[0]
      ?.trim() ?? ''
  );
}

/** Cuts a subject phrase at its end marker ("Miller, who ..." -> "Miller"). */
export function headOf(phrase: string, lex: Lexicon): string {
  const text = ` ${withoutAbbreviationDots(phrase, lex)} `;
  const m = lex.compile(attributionPatterns).subjectEnd.exec(text);
  return (m ? text.slice(0, m.index) : text).trim();
}

/**
 * Picks the subject out of "X, 45, a spokesman for Y," style text before a verb: the last
 * comma segment that is not an apposition or an age.
 */
export const NAMED =
  /(?:^|\s)(?!(?:In|On|At|The|A|An|But|And|For|After|Before|During|When|While|Earlier|Later|Last|This|Asked)\b)\p{Lu}\p{L}/u;

/** A capitalised participle or -ly adverb opening a phrase ("Reflecting on …", "Recently she"). */
const OPENING_MODIFIER = /^\p{Lu}\p{Ll}+(?:ing|ly)\s+(?=\p{L})/u;

/**
 * A segment naming someone an apposition may follow; an opening time or place phrase ("On Monday,")
 * names nobody, nor does a participle or adverb phrase ("Reflecting on his career,", "Recently,").
 */
function namesBefore(segment: string): boolean {
  return (
    NAMED.test(segment) &&
    !/^(?:In|On|At|After|Before|During|Earlier|Later|Last|This|Since|By|Over|Until)\s/u.test(segment) &&
    !OPENING_MODIFIER.test(segment)
  );
}

const RELATIVE_OPENER =
  /^(?:(?:in|on|at|of|for|during|after|with)\s+(?:which|whom)|where|when|whereupon|as|while|after|before|because|and|but|so|until|once)\s+/iu;

export function subjectBeforeVerb(text: string, lex: Lexicon): string {
  const segments = text.split(/[,—–]| - /).map((s) => s.trim());
  for (let i = segments.length - 1; i >= 0; i--) {
    const seg = segments[i] ?? '';
    if (!seg || /^\d+$/.test(seg)) continue;
    if (lex.compile(attributionPatterns).pronounOnly.test(seg)) return seg;
    // "…, in which Biden says of Trump,": the subject follows a relative or subordinating opener.
    const opened = RELATIVE_OPENER.exec(seg);
    if (opened && lex.compile(attributionPatterns).opensSubject.test(seg.slice(opened[0].length)))
      return seg.slice(opened[0].length).replace(/\s+(?:also|later|then|now|once|again)$/i, '');
    // An apposition follows a name, possibly after an age ("Maria Garcia, 34, a nurse …").
    const prev = segments.slice(0, i).filter((x) => !/^\d+$/.test(x));
    const prevHasName = prev.length > 0 && namesBefore(prev[prev.length - 1] ?? '');
    if (prevHasName && /^(?:(?:a|an|the|who|which|whose|its|his|her|their)\s+)?\p{Ll}/u.test(seg)) continue;
    // "Patrick Nielsen Hayden, Tor’s editor in chief,": an owner's role is an apposition too.
    if (prevHasName && POSSESSED_ROLE.test(seg)) continue;
    // "Richard Gowan, U.N. Director for the International Crisis Group,": a capitalised office
    // held at an organisation is an apposition too.
    if (prevHasName && isOfficeAt(seg, lex)) continue;
    // "Ali Zentner, medical director of a clinic in Vancouver, Canada,": the end of an apposition.
    if (i > 1 && NAMED.test(prev.slice(0, -1).pop() ?? '') && endsApposition(segments[i - 1] ?? '', seg))
      continue;
    if (i > 0 && /^(?:also|later|then|now|once|again|previously|further)$/i.test(seg)) continue;
    // "Anne Richards, assistant secretary for population, refugees, and migration,": one-word items
    // of a list that ends an apposition.
    if (i > 1 && /^(?:(?:and|or)\s+)?\p{Ll}[\p{L}-]*$/u.test(seg) && /^\p{Ll}/u.test(segments[i - 1] ?? ''))
      continue;
    // "the singer can be heard saying": heard or seen saying it, the subject still says it.
    return seg
      .replace(OPENING_MODIFIER, '')
      .replace(/\s+(?:is|was|were|are|can be|could be|may be)\s+(?:heard|seen)$/iu, '')
      .replace(/\s+(?:also|later|then|now|once|again|previously|further|has|had|have|who)$/i, '');
  }
  return '';
}

/** "Denicola recalled a nurse asking": the narrator (Denicola), who goes on speaking in the next quote. */
export function relayNarrator(clause: string, lex: Lexicon): string | null {
  const relayed = lex.compile(attributionPatterns).relayed.exec(clause.replace(/^[\s,.;:!?\-—–]+/u, ''));
  return relayed?.[1] ? relayed[1].trim() : null;
}

/** "Sen. Jeff Merkley (D-Ore.) said": a short parenthesis (party, state, age) is not part of the clause. */
export function withoutAsides(clause: string): string {
  return clause.includes('(') ? clause.replace(/\s*\([^()]{1,40}\)/gu, '') : clause;
}

// "China’s ambassador": an owner's role is the noun phrase, not the owner.

/** A subject noun phrase at the start of a text: a pronoun, "the president", or a name. */
export function nounPhraseAtStart(text: string, lex: Lexicon): string | null {
  const trimmed = text.trim().replace(/^(?:but|and|so|yet|then|still)\s+/iu, '');
  if (
    /^(?:In|On|At|But|And|For|After|Before|During|When|While|Earlier|Later|Last|This|Asked|Meanwhile|However)\b/u.test(
      trimmed,
    )
  )
    return null;
  return lex.compile(attributionPatterns).subjectNounPhrase.exec(trimmed)?.[0] ?? null;
}

const TIME_PHRASE = /^(?:\S+\s+){1,3}(?:later|ago|earlier|before|after|afterwards)$/iu;

/** The subject of a sentence's main clause: the first comma segment that starts with a noun phrase. */
export function mainSubject(text: string, lex: Lexicon): string | null {
  for (const seg of text.split(/,/)) {
    // "Five months later, Kennedy …": a time phrase opening the sentence is no subject.
    if (TIME_PHRASE.test(seg.trim())) continue;
    const stripped = seg.trim().replace(/^.*\breport(?:ed|s)\s+that\s+/iu, '');
    const np = nounPhraseAtStart(stripped, lex);
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
export function participleSubject(before: string, after: string, lex: Lexicon): string | null {
  if (!LEADING_PARTICIPLE.test(before) || !hasSpeechVerb(before, lex)) return null;
  const main = /^[\s”"»’']*,\s*(.+)$/u.exec(after)?.[1];
  return main ? nounPhraseAtStart(main, lex) : null;
}
