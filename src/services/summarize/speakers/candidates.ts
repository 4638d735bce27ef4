/**
 * The candidate speakers of a quote and the features the speaker model scores them on.
 *
 * Candidates: everyone named outside quotes in the quote's paragraph and the three before it, every
 * name a rule suggests (suggestions.ts), and the speakers of the two quotes before; plus "nobody can
 * be told" (name null). Features, by name (the model's vocabulary, model.json):
 * - `s:<rule>`: a rule suggests this candidate; `nsugg`: how many do;
 * - `prev`, `prev2`: the candidate spoke the quote before (the one before that), by how far back;
 * - distance of the candidate's nearest mention (same sentence, paragraph, 1–3 paragraphs back, in
 *   words), and whether a mention follows the quote in its paragraph;
 * - that mention's place: a sentence's subject, followed by a speech verb, opening a sentence, a
 *   listener ("told CNN"), an item of a list; the latest subject of this or the last paragraph;
 * - the candidate itself: a person's given name and surname, one word, an organisation, gender
 *   agreement with a he/she subject, named inside the quote (people seldom name themselves), in the
 *   headline, how often named, a capitalised word the text also writes in lower case.
 * Most features are crossed with the quote's situation (what its attribution's subject is: a name,
 * a pronoun, a role, none …), so one weight can mean different things in different situations.
 */
import type { Lexicon } from '../lexicon/lexicon.ts';
import { isGivenName, isGivenNameAndSurname } from '../lexicon/given-names.ts';
import { wordCount } from '../quotes/clauses.ts';
import { voiceGoesOn } from '../quotes/cues.ts';
import type { FoundQuote } from '../quotes/find.ts';
import { offsetOf, paragraphOf, position } from '../position.ts';
import { afterIsNextSentence, clauseFeatures } from './clause-features.ts';
import { leadInOnly } from './context.ts';
import type { ArticleEntities } from './entities.ts';
import { pronounGender } from './gender.ts';
import { GenderAgreement } from './gender-features.ts';
import { namedIn } from './pronouns.ts';
import type { SpeakerResolver } from './resolver.ts';
import { writtenAsPlace } from './place-features.ts';
import { nearest, WINDOW, writtenBefore } from './quote-window.ts';
import { phraseKind, type Suggestions } from './suggestions.ts';
import type { Mention } from './types.ts';

export interface Candidate {
  /** The speaker's full name, or null for "nobody can be told". */
  name: string | null;
  features: Map<string, number>;
}

/** Who spoke the quotes before this one, as the pipeline decided. */
export interface QuoteHistory {
  previous: string | null;
  beforePrevious: string | null;
  /** Paragraph the quote before ended in (far negative when there was none). */
  previousEndParagraph: number;
  /** Everyone given a quote so far. */
  quoted: Set<string>;
}

function bucket(n: number, edges: readonly number[]): string {
  for (const edge of edges) if (n <= edge) return `${edge}`;
  return `>${edges[edges.length - 1]}`;
}

/** The quote's situation: what its attribution's subject is, or where an unattributed quote stands. */
export function situationOf(q: FoundQuote, lex: Lexicon): string {
  const first = q.subjects[0];
  if (first) return phraseKind(first.phrase, lex);
  if (q.before === '') return q.opensParagraph ? 'none-opens' : 'none-inside';
  return 'none-lead';
}

/** The candidates of one quote with their features (see the module comment). */
export function candidatesFor(
  q: FoundQuote,
  suggestions: Suggestions,
  history: QuoteHistory,
  context: {
    entities: ArticleEntities;
    resolver: SpeakerResolver;
    paragraphs: readonly string[];
    headline: string;
  },
  lex: Lexicon,
): Candidate[] {
  const { entities, resolver, paragraphs, headline } = context;
  const sit = situationOf(q, lex);
  const window = nearest(entities.window(q.paragraph - WINDOW, q.endParagraph), q.at);
  const mentionsOf = new Map<string, Mention[]>();
  const add = (name: string) => {
    let list = mentionsOf.get(name);
    if (!list) mentionsOf.set(name, (list = []));
    return list;
  };
  // "Enforcement Agency" written where a rule read "Border Enforcement Agency": a name of two or
  // more words that ends a suggested name is that name, not a second candidate.
  const suggestedNames = [...new Set(suggestions.values())];
  const longer = (name: string) =>
    name.includes(' ') ? (suggestedNames.find((s) => s !== name && s.endsWith(` ${name}`)) ?? name) : name;
  // "the People’s Daily, the mouthpiece of the party, warned": a one-word mention ("Daily") of a run
  // that reads as a suggested name is that name where it stands.
  const writtenWithin = (m: Mention, name: string) => {
    const text = paragraphs[paragraphOf(m.at)] ?? '';
    return suggestedNames.find(
      (s) => s !== name && s.endsWith(` ${m.name}`) && text.startsWith(s, offsetOf(m.at)),
    );
  };
  for (const m of window) {
    const full = entities.full(m);
    if (full) add(full.includes(' ') ? longer(full) : (writtenWithin(m, full) ?? full)).push(m);
  }
  for (const who of suggestedNames) add(who);
  if (history.previous) add(history.previous);
  if (history.beforePrevious) add(history.beforePrevious);

  const para = paragraphs[q.paragraph] ?? '';
  const sentenceAt = position(q.paragraph, Math.max(0, q.start - q.sentence.length - 2));
  const quoteEndAt = position(q.endParagraph, q.endParagraph === q.paragraph ? q.end : 0);
  const before = (m: Mention) => m.at < q.at;
  const latestOf = (keep: (m: Mention) => boolean) =>
    new Map(
      [...mentionsOf]
        .map(
          ([name, ms]) =>
            [name, Math.max(-1, ...ms.filter((m) => before(m) && keep(m)).map((m) => m.at))] as const,
        )
        .filter(([, at]) => at >= 0)
        .sort((a, b) => b[1] - a[1])
        .map(([name], rank) => [name, rank] as const),
    );
  const recency = latestOf(() => true);
  const subjectRecency = latestOf((m) => m.subjectLike);
  const latestSubjectIn = (p: number) => {
    const ms = window.filter((m) => paragraphOf(m.at) === p && before(m) && m.subjectLike && !m.listed);
    const last = ms[ms.length - 1];
    return last ? entities.full(last) : undefined;
  };
  const latestHere = latestSubjectIn(q.paragraph);
  const latestBefore = latestSubjectIn(q.paragraph - 1);
  const opener = window.find((m) => m.at >= sentenceAt && before(m) && m.subjectLike);
  const sentenceSubject = opener ? entities.full(opener) : undefined;
  const first = q.subjects[0];
  const wanted =
    first && phraseKind(first.phrase, lex) === 'pronoun' ? pronounGender(first.phrase, lex) : undefined;
  const continues = voiceGoesOn(q.after, lex);
  const nextSentence = afterIsNextSentence(q);
  const leadIn = q.before !== '' && q.before === q.sentence && leadInOnly(q.before, q.text, lex);

  // With "he"/"she", who of the people in view agrees (gender-features.ts).
  const agreement = wanted ? new GenderAgreement(wanted, mentionsOf.keys(), recency, resolver) : undefined;
  const nobody: Candidate = {
    name: null,
    features: new Map([
      ['null', 1],
      [`null|${sit}`, 1],
      [`null|spoken=${q.spoken}`, 1],
      [`null|suggestions=${bucket(suggestions.size, [0, 1, 2])}`, 1],
    ]),
  };
  // "said a source close to him", "Seetaram’s attorney said": an attribution whose subject names nobody.
  const firstRule = first ? `${first.side}:${phraseKind(first.phrase, lex)}` : undefined;
  const unresolved = firstRule && !suggestions.has(firstRule) ? firstRule : undefined;
  if (unresolved) {
    nobody.features.set('null|unresolved', 1);
    nobody.features.set(`null|unresolved=${unresolved}`, 1);
  }
  const out: Candidate[] = [nobody];
  for (const [name, mentions] of mentionsOf) {
    const f = new Map<string, number>();
    const on = (key: string) => f.set(key, (f.get(key) ?? 0) + 1);
    // Each feature crossed with the situation also counts on its own: a situation seldom seen in
    // training (a document, a CJK name) still gets what the feature means in general.
    const situated = (key: string) => {
      on(key);
      on(`${key}|${sit}`);
    };
    let suggested = 0;
    for (const [rule, who] of suggestions)
      if (who === name) {
        suggested++;
        on(`s:${rule}`);
        // "after:document", "before:name": the side alone is the backoff for a rare kind.
        const side = /^(after|before|sentence|participle):/u.exec(rule)?.[1];
        if (side) on(`s:${side}`);
      }
    situated(`nsugg=${bucket(suggested, [0, 1, 2, 3])}`);
    if (name === history.previous) {
      situated('prev');
      situated(`prev|gap=${bucket(q.paragraph - history.previousEndParagraph, [0, 1, 2])}`);
      if (q.sharesSentenceWithPrevious) on('prev|sameSentence');
      if (continues) on('prev|continues');
      if (leadIn) on('prev|leadInOnly');
    }
    if (name === history.beforePrevious) situated('prev2');
    // Someone the article quotes already is likelier to speak again than someone it only mentions.
    if (history.quoted.has(name)) situated('quotedBefore');
    const earlier = mentions.filter(before);
    const closest = earlier[earlier.length - 1];
    const written = closest ? undefined : writtenBefore(name, q, paragraphs);
    if (written !== undefined) situated(`dist=${written}`);
    else if (closest) {
      const p = paragraphOf(closest.at);
      const where =
        p === q.paragraph
          ? closest.at >= sentenceAt
            ? 'sent'
            : 'para'
          : `p${Math.min(q.paragraph - p, WINDOW)}`;
      situated(`dist=${where}`);
      if (closest.subjectLike) situated('closest.subject');
      if (closest.speaks) situated('closest.speaks');
      if (closest.opensSentence) on('closest.opens');
      if (closest.addressee) {
        on('closest.addressee');
        // "The judge told Kennedy that his actions put “…”": the listener of the quote's own sentence.
        if (where === 'sent') on('listenerInSentence');
      }
      if (closest.listed) on('closest.listed');
      if (closest.group) on('closest.group');
      if (p === q.paragraph)
        on(
          `wordsBefore=${bucket(wordCount(para.slice(closest.at - position(q.paragraph, 0), q.start)), [3, 8, 20, 40])}|${sit}`,
        );
      // "Principal Mark Hale … The teacher who assigned the book … “…,” she wrote": an unnamed person
      // made a sentence's subject since the candidate was named is likelier the one speaking.
      if (resolver.unnamedSubjects.between(closest.at, q.at + 1).length > 0) situated('unnamedSince');
    } else situated('dist=none');
    const following = mentions.filter((m) => m.at > quoteEndAt && paragraphOf(m.at) === q.endParagraph);
    if (following[0]) {
      situated('mentionAfter');
      if (nextSentence) on('mentionAfter.nextSentence');
      const endText = paragraphs[q.endParagraph] ?? '';
      const from = q.endParagraph === q.paragraph ? q.end : 0;
      on(
        `wordsAfter=${bucket(wordCount(endText.slice(from, following[0].at - position(q.endParagraph, 0))), [1, 3, 8, 20])}|${sit}`,
      );
    }
    const here = earlier.filter((m) => paragraphOf(m.at) === q.paragraph);
    const last = earlier.filter((m) => paragraphOf(m.at) === q.paragraph - 1);
    if (here.some((m) => m.subjectLike)) situated('subjSamePara');
    if (last.some((m) => m.subjectLike)) situated('subjPrevPara');
    if (here.some((m) => m.speaks)) situated('speaksSamePara');
    if (last.some((m) => m.speaks)) situated('speaksPrevPara');
    if (earlier.some((m) => m.speaks)) situated('speaksInWindow');
    if (name === latestHere) situated('latestSubjSamePara');
    if (name === latestBefore) situated('latestSubjPrevPara');
    if (name === sentenceSubject) situated('sentenceSubject');
    if (mentions.some((m) => m.titled || m.described)) on('introduced');
    const rank = recency.get(name);
    situated(`recency=${rank === undefined ? 'none' : bucket(rank, [0, 1, 2])}`);
    const subjectRank = subjectRecency.get(name);
    if (subjectRank !== undefined) situated(`subjRecency=${bucket(subjectRank, [0, 1])}`);
    const organisation = resolver.isOrganisation(name);
    if (organisation) situated('org');
    // "entertainment website Hugo Gloss", "the firm Acme": a name the text describes as an organisation.
    const describedOrg = mentions.some((m) => [...m.roles].some((r) => lex.orgNouns.has(r)));
    if (describedOrg) situated('orgRole');
    if (mentions.some((m) => writtenAsPlace(m, paragraphs, lex))) situated('afterPlaceWord');
    if (!organisation && isGivenNameAndSurname(name)) on('personName');
    // One word in a script with capitals ("Instead", "Parker"); CJK names are written without spaces.
    else if (!name.includes(' ') && /\p{Lu}/u.test(name)) on('oneWord');
    agreement?.features(name, organisation || describedOrg, on);
    if (namedIn(q.text, name)) on('namedInQuote');
    on(`freq=${bucket(entities.count(name), [1, 3, 6])}`);
    // The attribution names a subject the resolver found nobody for ("a source … he says"): whoever
    // else is near is less likely to be meant.
    if (unresolved) on(`cueUnresolved=${unresolved}`);
    clauseFeatures(name, q, nextSentence, on, situated);
    const surname = name.split(' ').pop() ?? name;
    if (entities.alsoLowerCase(name)) on('lowerElsewhere');
    if (entities.takesObject(name)) on('takesObject');
    if (entities.opensOnly(name)) {
      on('opensOnly');
      // "Send her a card: …", "Wait: …": one capitalised word written once, opening a sentence, and
      // no known given name is most likely a word, not someone.
      if (entities.count(name) === 1 && !isGivenName(name)) on('opensOnce');
    }
    if (surname.length > 2 && headline.includes(surname)) on('inHeadline');
    out.push({ name, features: f });
  }
  return out;
}
