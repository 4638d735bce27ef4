/** The subject of an attribution that follows a quote ("…,” Miller said", "…,” said the spokesman"). */
import type { Lexicon } from '../lexicon/lexicon.ts';
import {
  attributionPatterns,
  headOf,
  NAMED,
  nameAfterDescription,
  sourceOf,
  subjectBeforeVerb,
  withoutAsides,
  wordsOf,
} from './attribution.ts';
import { CJK_TEXT, cjkSubjectAfter } from './cjk.ts';
import { isDocument } from './documents.ts';

/** After a verb-first attribution ("said a report from Kotak"), who issued the document. */
const ISSUED_BY = /^\s+(?:from|by)\s+[^,.;:!?()]+/u;

/**
 * "“…” —Mike Brehm, partner, Kenwood Commercial": a quote signed with a dash and the speaker's name
 * (masked in reviews: "– Jo** Al****"), or with a hyphen standing for the dash ("- Hillary Clinton.").
 */
const SIGNED =
  /^[\s”"’'»]*[—–-]\s*((?:\p{Lu}[\p{L}'’.*-]*|[A-Z]\.)(?:\s+(?:\p{Lu}[\p{L}'’.*-]*|[A-Z]\.)){0,3})\s*(?:[,(]|$)/u;

export function subjectAfter(clause: string, joined: boolean, lex: Lexicon): string | null {
  const patterns = lex.compile(attributionPatterns);
  const signed = SIGNED.exec(clause);
  // The masks of a masked name go: what is left is the name as far as the page gives it.
  if (signed?.[1]) return signed[1].replace(/\*+/gu, '');
  const text = withoutAsides(clause).replace(/^[\s,.;:!?\-—–]+/u, '');
  if (CJK_TEXT.test(text.slice(0, 12))) return cjkSubjectAfter(text, lex);
  // "“…!” to which the candidate shouted back …": who answers the quote did not say it.
  if (/^to which\s/iu.test(text)) return null;
  // "a-t-il ajouté", "dit-elle": the verb carries its subject.
  const attached = patterns.verb.exec(text);
  const pronoun = attached?.index === 0 ? patterns.attachedPronoun.exec(attached[0]) : null;
  if (pronoun?.[1]) return pronoun[1];
  const according = patterns.accordingFirst.exec(text);
  if (according?.[1]) return sourceOf(according[1], lex);
  // "so Wendler", "so die Sprecherin" (German "says"), but never "so far", "so long as …".
  const soWord = /^so\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text)?.[1];
  const verbFirst = soWord && !lex.determiners.includes(soWord) ? null : patterns.verbFirst.exec(text);
  // "…,” told CNN": the one told is no speaker.
  if (verbFirst?.[1] && !patterns.listener.test(text.slice(0, text.length - verbFirst[1].length).trim())) {
    const head = headOf(verbFirst[1], lex);
    // "…», declaró el presidente regional, Alberto Sáez, al término de la reunión": the name described.
    const described = nameAfterDescription(verbFirst[1], lex);
    if (described) return described;
    if (/^(?:that|the\s+\w+\s+(?:of|was|is))\b/i.test(head)) return null;
    // "… the little deal” announced in October, said Derek Scissors": a verb with no subject after it
    // belongs to the quote's own sentence; the attribution, if any, follows the next comma.
    const comma = text.indexOf(',');
    if (!head && comma > 0) return subjectAfter(text.slice(comma), joined, lex);
    // "said a report from Kotak Institutional Equities": the document and who issued it.
    const issuer = isDocument(head, lex) ? ISSUED_BY.exec(verbFirst[1].slice(head.length)) : null;
    return issuer ? `${head}${issuer[0]}` : head;
  }
  // "Denicola recalled a nurse asking": the words are the nurse's, relayed by the one who remembers.
  const relayed = patterns.relayed.exec(text);
  if (relayed?.[2]) return relayed[2].trim();
  const found = patterns.verb.exec(text);
  // "…,” also granted clemency to 11 people, arguing that …": a participle after a comma shares the
  // subject of its clause, and a clause going on with its predicate has that subject before the quote.
  const first = /^\p{Ll}+/u.exec(text)?.[0];
  const predicateGoesOn =
    first !== undefined && !lex.determiners.includes(first) && !lex.subjectPronouns.includes(first);
  const m =
    found &&
    predicateGoesOn &&
    /,\s*$/u.test(text.slice(0, found.index)) &&
    lex.participles.includes(found[0].toLowerCase())
      ? null
      : found;
  const limit = joined ? 16 : 4;
  if (m && wordsOf(text.slice(0, m.index)).length <= limit)
    return subjectBeforeVerb(text.slice(0, m.index), lex) || null;
  // A long apposition closed by a comma ("…,” study lead author Lucas Paganini, a planetary
  // scientist at …, Maryland, and …, said"): the speaker is named before its first comma.
  if (m && joined && /,\s*$/u.test(text.slice(0, m.index)) && wordsOf(text.slice(0, m.index)).length <= 40) {
    const head = text.slice(0, text.indexOf(','));
    if (NAMED.test(head)) return subjectBeforeVerb(head, lex) || null;
  }
  // "… that mostly affects older people, according to the National Library of Medicine"
  const later = patterns.accordingTo.exec(text);
  return later?.[1] ? sourceOf(later[1], lex) || null : null;
}
