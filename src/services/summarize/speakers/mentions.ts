import { isWhitespaceCode } from '../../text/whitespace.ts';
import { isCitationAt } from '../quotes/citations.ts';
import { findSpans, quoteMarkMode } from '../quotes/spans.ts';
import type { DialogueContext } from '../quotes/dialogue.ts';
import { dialogueReading } from '../quotes/incises.ts';
import { fixNameForms } from './name-forms.ts';
import { genderNear } from './gender.ts';
import type { Mention } from './types.ts';
import { alternation } from '../lexicon/build.ts';
import { type Lexicon, lexiconFor } from '../lexicon/lexicon.ts';
import { rolesAfter, rolesBefore, rolesOfDescription } from './roles.ts';
import {
  factsOfRun,
  isTitleNoun,
  looksLikeOrganisation,
  nameRuns,
  normalizeRole,
  type RunFacts,
} from './name-runs.ts';
import { position } from '../position.ts';
import { surnamesIn } from './surnames.ts';
import { roleQualified } from './role-qualifier.ts';

/**
 * Names in an article: every capitalised run, with the roles written next to it and where it
 * stands in its sentence (subject, quoted, former name).
 */

const PLURAL_VERB_AFTER = /^\s+(?:have|are|were)\b/u;

/** The lexicon's patterns here: what around a name tells that it speaks, is spoken to, or was a former name. */
function mentionPatterns(lex: Lexicon) {
  const according = alternation(lex.according);
  return {
    /** "told CNN", "a pharmacy in Atlanta told": the listener or a place, not someone in the scene. */
    toldOrPlaceBefore: new RegExp(`\\b(?:${alternation(lex.listenerForms)}|in|near|outside)\\s+$`, 'u'),
    /**
     * A plain speech verb right after a name, or its participle ("with Travis gushing that …"); sticky,
     * so it is tried where the name ends without slicing the text.
     */
    speaksAfter: new RegExp(
      String.raw`\s*(?:,[^,]{0,60},\s*|\([^()]{1,40}\)\s*)?(?:also\s+|later\s+)?(?:${alternation(lex.plainForms)})\b`,
      'uy',
    ),
    /**
     * An inverted attribution after a comma or a quote ("…, says Mike Zaletel, a theorist"): the name
     * speaks as surely as in "Zaletel says". Without the comma ("He said Trump …") the name is an object.
     */
    speaksBefore: new RegExp(String.raw`[,”"]\s*(?:${alternation(lex.plainFiniteSpeaker)})\s+$`, 'u'),
    /** "The judge told Kennedy": a speech verb right before a name takes it as its object or listener. */
    speechVerbBefore: new RegExp(String.raw`(?<!\p{L})(?:${alternation(lex.speechVerbs)})\s+$`, 'u'),
    /** "The result, according to Reyes, could be …" reports Reyes's words as "Reyes said" does. */
    accordingBefore: new RegExp(String.raw`(?<!\p{L})(?:${according})\s+$`, 'iu'),
    /** The last word of each "according to" phrase: only after one can `accordingBefore` match. */
    accordingEnds: new Set(lex.according.map((phrase) => phrase.split(' ').pop()?.toLowerCase() ?? phrase)),
    /** An abbreviated title before a name, with the capitalised words that qualify it ("Negros Occidental Gov. "). */
    titleAbbreviation: new RegExp(
      String.raw`(?<=\s|^)(?:\p{Lu}[\p{L}-]*\s+){0,3}(${alternation(lex.titleAbbreviations)})\.\s+$`,
      'u',
    ),
    /** "Thanking AMC Theatres …, she said …": a pronoun subject after the comma. */
    pronounSubjectLater: new RegExp(
      String.raw`^[^.!?]*?,\s+(?:${alternation(lex.subjectPronouns)}|we|I)\s`,
      'u',
    ),
    // A whole word: "nee" ends "nominee" and "trainee", which name no former name.
    formerName: new RegExp(`(?<!\\p{L})(?:${alternation(lex.formerNameCues)})\\s*$`, 'iu'),
  };
}

const LIST_BEFORE = /\p{Lu}[\p{L}.’'-]*,\s+$/u;
const LIST_AFTER = /^(?:,\s+(?:and\s+)?|\s+and\s+)\p{Lu}/u;
/** "Las Vegas, Malibu and San Francisco": the last item of a list, after its commas. */
const LIST_END = /\p{Lu}[\p{L}.’'-]*,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,2}and\s+$/u;

const PARTICIPLE_WORD = /^\p{Lu}\p{Ll}+ing\s/u;

const PERSON_AFTER = /\*|,\s+\d{1,3},\s|,\s+who\s/uy;

/**
 * "an address for Ford’s sister, Martha Fry": a name set off after an object's relative or role says
 * who that is, not a sentence's subject ("John McCain’s daughter, Meghan McCain, commented" is one).
 */
const OWNED_APPOSITION = /(?:^|\s)\p{Ll}+\s+\p{Lu}[\p{L}-]*[’']s\s+\p{Ll}+,\s+$/u;

/** "the assassination of his uncle, John F. Kennedy": a name set off after a preposition's object is that object. */
const OBJECT_APPOSITION =
  /\s(?:of|to|with|for|by|from|about|against|at|on|in)\s+(?:his|her|their|its|my|our|your|the)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s+$/u;

/**
 * A sentence opened by a role before the name ("Climate activist Greta Thunberg addressed …"), or
 * a clause after a comma by someone's role ("…, Bruce's wife Emma shared …").
 */
const ROLE_LED =
  /(?:(?:^|[.!?]["”’']?\s+)(?:\p{Lu}[\p{L}-]*\s+){0,3}|,\s+\p{Lu}[\p{L}-]*['’]s\s+)(?:\p{Ll}+(?:ist|ian|or|er|ent|ant|host|chief|head|star|coach|leader|official|maker|man|woman|person)|wife|husband|son)\s+$/u;

/**
 * A sentence opened by an article and a description before the name ("The 66-year-old Kevin Smith
 * shared …", "The veteran Ana Diaz"): the name is still the sentence's subject. A preposition
 * among the words ("A lawyer for Kevin Smith") makes the name an object instead.
 */
const DESCRIPTION_LED =
  /(?:^|[.!?]["”’']?\s+)(?:The|A|An)\s+(?:(?!(?:for|of|to|with|by|from|and|or|in|at|on|about|against)\s)[\p{Ll}\d][\p{L}\d-]*\s+){1,2}$/u;

/**
 * The end of text.slice(0, end) holding its last `words` words (whitespace-separated), opened by the
 * whitespace before them; the whole prefix when it has fewer words. An end-anchored pattern that
 * spans at most `words` words matches it exactly when it matches the whole prefix (its leading
 * whitespace keeps `^` from matching), and so do its last `words` split pieces. Testing the whole
 * prefix instead made every name cost the length of the paragraph before it.
 */
function wordsBefore(text: string, end: number, words: number): string {
  let i = end;
  for (let w = 0; w < words; w++) {
    while (i > 0 && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    while (i > 0 && !isWhitespaceCode(text.charCodeAt(i - 1))) i--;
    if (i === 0) return text.slice(0, end);
  }
  return text.slice(i - 1, end);
}

/** The last whitespace-separated word of `text` (trailing whitespace skipped). */
function lastWordOf(text: string): string {
  let end = text.length;
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhitespaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

/** Every capitalised name run in the paragraphs, in reading order; `single`: the article quotes with single marks. */
export function collectMentions(
  paragraphs: string[],
  single = quoteMarkMode(paragraphs),
  lex: Lexicon = lexiconFor(null),
): Mention[] {
  const patterns = lex.compile(mentionPatterns);
  const mentions: Mention[] = [];
  // Names repeat through an article; what depends on the run alone is worked out once per run.
  const runFacts = new Map<string, RunFacts>();
  const organisations = new Map<string, boolean>();
  const isOrganisation = (name: string) => {
    let answer = organisations.get(name);
    if (answer === undefined) organisations.set(name, (answer = looksLikeOrganisation(name, lex)));
    return answer;
  };
  const reading = dialogueReading(lex);
  const isSurname = surnamesIn(paragraphs, lex);
  paragraphs.forEach((text, p) => {
    const quoted = quotedRanges(
      text,
      p,
      single,
      reading ? { ...reading, previous: paragraphs[p - 1] } : undefined,
    );
    // Where the name after a role qualified by a sentence-opening run starts ("Former Arizona governor |Jan").
    let qualifiedSubjectAt = -1;
    for (const m of nameRuns(text, lex)) {
      let facts = runFacts.get(m.run);
      if (!facts) runFacts.set(m.run, (facts = factsOfRun(m.run, lex)));
      if ((facts.notName && !isSurname(facts.name)) || isCitationAt(text, m.index, m.index + m.run.length))
        continue;
      // "die Sprecherin", "the President": a title after a determiner is a noun, not a name.
      if (
        m.run.endsWith(facts.name) &&
        isTitleNoun(
          facts.name,
          text.slice(Math.max(0, m.index - 12), m.index + m.run.length - facts.name.length),
          lex,
        )
      )
        continue;
      const { roles } = facts;
      const index = m.index;
      const end = index + m.run.length;
      // Every test below looks at most three words back; see wordsBefore.
      // "… my father,” Sen. Robert F. Kennedy": an abbreviated title is part of the name's
      // introduction, and its period ends no sentence; what comes before the title counts.
      const words = wordsBefore(text, index, 6);
      // The end-anchored patterns below are run only when the last word allows a match.
      const lastOfWords = lastWordOf(words);
      const abbreviated = lastOfWords.endsWith('.') ? patterns.titleAbbreviation.exec(words) : null;
      const before = abbreviated ? words.slice(0, abbreviated.index) + ' ' : wordsBefore(text, index, 3);
      const last = abbreviated ? lastWordOf(before) : lastOfWords;
      const afterComma = last.endsWith(',');
      const opensSentence = /(?:^|[.!?]["”’']?\s+)$/u.test(before);
      // A capitalised "The" inside a sentence belongs to the name ("a member of The Chicks").
      const name =
        !opensSentence &&
        roles.length === 0 &&
        !isOrganisation(facts.name) &&
        facts.opensWithThe &&
        /\p{Ll}[,]?\s+$/u.test(before)
          ? `The ${facts.name}`
          : facts.name;
      const appositionRoles = rolesAfter(text, end, lex);
      // "Pamela*, a mum", "Anna, 40,", "Sophia, who lives …": a pseudonym mark, an age or a "who"
      // clause marks a person even when only a first name is given.
      PERSON_AFTER.lastIndex = end;
      const personCue = PERSON_AFTER.test(text);
      // The same roles in the same order as [...roles, ...rolesBefore, ...appositionRoles] gave.
      const allRoles = new Set(roles);
      if (abbreviated?.[1]) allRoles.add(normalizeRole(abbreviated[1], lex));
      for (const role of rolesBefore(text, index, lex)) allRoles.add(role);
      for (const role of rolesOfDescription(text, index, lex)) allRoles.add(role);
      for (const role of appositionRoles) allRoles.add(role);
      // "Thanking AMC Theatres and everyone …, she said …": a run led by a participle is its object;
      // the sentence's subject comes after the comma.
      const participleLed =
        opensSentence &&
        PARTICIPLE_WORD.test(m.run) &&
        patterns.pronounSubjectLater.test(text.slice(end, end + 200));
      const next = text.charCodeAt(end);
      const possessive = facts.endsPossessive || next === 0x2019 || next === 0x27; // ’ or '
      const inQuote = quoted.some(([a, b]) => index > a && index < b);
      const qualifiedAt = roleQualified(text, end, lex);
      const subjectPosition =
        !possessive &&
        !participleLed &&
        !inQuote &&
        // A dash opens a clause as a sentence end does ("… — Hoare was elated").
        // A comma may sit inside a closing quote mark ("… “Black Water,” Simmons teed up …").
        (/(?:^|[.!?]["”’']?\s+|,["”’']?\s+|\s[—–]\s+)$/.test(before) ||
          before.trim() === '' ||
          ROLE_LED.test(before) ||
          (DESCRIPTION_LED.test(before) && !patterns.speechVerbBefore.test(before))) &&
        !(afterComma && OWNED_APPOSITION.test(before)) &&
        !(lastOfWords.endsWith(',') && OBJECT_APPOSITION.test(words));
      // A qualifier hands the subject's place to the name after its role.
      if (qualifiedAt >= 0 && subjectPosition) qualifiedSubjectAt = qualifiedAt;
      const subjectLike =
        qualifiedAt < 0 && (subjectPosition || (index === qualifiedSubjectAt && !possessive && !inQuote));
      let speaks = false;
      if (!inQuote) {
        patterns.speaksAfter.lastIndex = end;
        speaks =
          patterns.speaksAfter.test(text) ||
          (patterns.accordingEnds.has(last.toLowerCase()) && patterns.accordingBefore.test(before)) ||
          patterns.speaksBefore.test(before);
      }
      mentions.push({
        name,
        at: position(p, index),
        roles: allRoles,
        subjectLike,
        inQuote,
        // "Former Arizona governor Jan Brewer": a run before a role noun and a name qualifies that
        // role; the title opening the phrase is the person's, not the run's.
        titled: (roles.length > 0 || abbreviated !== null) && qualifiedAt < 0,
        qualifier: qualifiedAt >= 0,
        speaks,
        opensSentence: opensSentence && !inQuote && !participleLed,
        described: appositionRoles.length > 0 || personCue,
        // "a call to Omar’s office, in which he said": a he/she after an owner is the sentence's subject.
        gender: once(() =>
          isOrganisation(name)
            ? undefined
            : genderNear(m.run, before, possessive ? '' : text.slice(end, end + 160), lex),
        ),
        former: patterns.formerName.test(text.slice(Math.max(0, index - 30), index)),
        // "The Migration Observatory at Oxford University": where an organisation sits is not who speaks.
        addressee:
          patterns.toldOrPlaceBefore.test(before) ||
          (isOrganisation(name) && /\p{Lu}[\p{L}’'.-]*\s+at\s+$/u.test(before)),
        listed:
          (afterComma && LIST_BEFORE.test(before) && LIST_AFTER.test(text.slice(end, end + 40))) ||
          (last === 'and' && LIST_END.test(before)),
        group: !inQuote && PLURAL_VERB_AFTER.test(text.slice(end, end + 12)) && !/\band\s+$/u.test(before),
      });
    }
  });
  fixNameForms(mentions, paragraphs, lex);
  return mentions;
}

/** `compute` run on the first call only, its answer kept for later calls. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Ranges of each paragraph that are inside quotation marks, or inside the words of a line of dialogue
 * (`dialogue`: in a language that writes dialogue with dashes, see quotes/dialogue.ts):
 * names said inside a quote are not speakers.
 */
function quotedRanges(
  text: string,
  paragraph: number,
  single: boolean,
  dialogue: DialogueContext | undefined,
): Array<[number, number]> {
  return findSpans(text, paragraph, single, dialogue).map((span) => [span.start, span.end]);
}
