/** The subject of an attribution written before a quote ("Miller said:", "According to X,"). */
import type { Lexicon } from '../lexicon/lexicon.ts';
import {
  attributionPatterns,
  headOf,
  inName,
  mainSubject,
  nounPhraseAtStart,
  sourceOf,
  subjectBeforeVerb,
  withoutAbbreviationDots,
  withoutAsides,
  wordsOf,
} from './attribution.ts';
import { CJK_TEXT, cjkSubjectBefore } from './cjk.ts';

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
export function subjectBefore(text: string, lex: Lexicon): string | null {
  const patterns = lex.compile(attributionPatterns);
  const clause = withoutAsides(text);
  if (CJK_TEXT.test(clause.slice(-12))) {
    const cjk = cjkSubjectBefore(clause, lex);
    if (cjk) return cjk;
  }
  const according = patterns.accordingTo.exec(clause);
  if (according?.[1]) {
    const head = sourceOf(according[1], lex);
    if (head) return head;
  }
  let last: RegExpExecArray | null = null;
  for (const m of clause.matchAll(patterns.verbGlobal)) {
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
    return headOf(after, lex) || null;
  }
  // "The waste is abundant, says Morgan Raven, a biogeochemist …": an inverted attribution after a
  // comma names its subject after the verb.
  // "The strike was described by Star Garden worker Charlie:": a passive verb's agent speaks.
  const agent = /^\s+by\s+([^,;:]+?)\s*[,;:]?\s*$/u.exec(clause.slice(last.index + last[0].length));
  if (agent?.[1] && /\b(?:was|were|is|are|been|be)\s+$/u.test(before)) return agent[1];
  // Only a name or "the <noun>" standing alone after the verb is its subject ("…, said the mayor
  // was …" is not one), and never after "told" (the listener).
  if (/,\s*$/u.test(before) && !patterns.listener.test(last[0])) {
    const inverted = INVERTED_SUBJECT.exec(
      withoutAbbreviationDots(clause.slice(last.index + last[0].length), lex),
    );
    if (inverted?.[1]) return inverted[1];
  }
  // "The Associated Press reported that the president … “…”": an outlet relays the words of the
  // subject of what it reports.
  if (/^report/i.test(last[0])) {
    const relayed = /^\s+that\s+(.*)$/iu.exec(clause.slice(last.index + last[0].length));
    const np = relayed?.[1] ? nounPhraseAtStart(relayed[1], lex) : null;
    if (np) return np;
  }
  // "…, with a source close to him saying:": the participle's subject is the noun phrase after "with".
  const withSubject = /ing$/i.test(last[0]) ? /\bwith\s+([^,;:]+?)\s*$/iu.exec(before) : null;
  if (withSubject?.[1]) return withSubject[1];
  // "…, it wrote to Sam Altman, asking the company to “…”": a participle's subject is the clause's.
  // "X called Y “…,” adding that …": the subject of the speech verb before the participle, if any.
  if (/ing$/i.test(last[0]) && /,["”’']?\s*$/u.test(before)) {
    const earlier = before.replace(/,["”’']?\s*$/u, '');
    return (patterns.verb.test(earlier) ? subjectBefore(earlier, lex) : null) ?? mainSubject(before, lex);
  }
  // "Lopez did not respond to CNN’s request but wrote": verbs joined by and/but share the clause's
  // subject, which is never a name inside the first verb's object.
  if (patterns.joinedVerb.test(before) && !patterns.complementizer.test(before)) {
    const np = mainSubject(before.replace(/^[\s([«"“‘']+/u, ''), lex);
    if (np) return np;
    // "—dijo la portavoz, y añadió—:": the first verb opens the clause, its subject follows it.
    const first = before.replace(patterns.joinedVerb, '').replace(/[\s,]+$/u, '');
    const opening = patterns.verb.exec(first.replace(/^[\s—–-]+/u, ''));
    if (opening?.index === 0)
      return headOf(first.replace(/^[\s—–-]+/u, '').slice(opening[0].length), lex) || null;
  }
  // "He said that Clinton is … and said that Rubio is": a speech verb joined to an earlier speech
  // verb shares that verb's subject, not the subject of the clause it reported.
  const firstVerb = patterns.joinedVerb.test(before) ? patterns.verb.exec(before) : null;
  if (firstVerb && firstVerb.index > 0) {
    const np = mainSubject(before.slice(0, firstVerb.index).replace(/^[\s([«"“‘']+/u, ''), lex);
    if (np) return np;
  }
  // Subject ends where a subordinate clause starts ("... who told CNN that he said").
  const clauseSubject = subjectBeforeVerb(before.replace(patterns.upToComplementizer, ''), lex);
  // "RM teased it in a video that read,", "his tweet that said": a relative clause with no subject of
  // its own tells what the main clause's subject made or wrote.
  const head = /^(.*\S)\s+that\s*$/iu.exec(before)?.[1];
  return (
    clauseSubject ||
    (head ? (patterns.verb.test(head) ? subjectBefore(head, lex) : mainSubject(head, lex)) : null)
  );
}
