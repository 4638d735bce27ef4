/**
 * What the text around an unattributed quote tells about who goes on speaking: an earlier quote in
 * the same sentence, a lead-in that names nobody, a question about someone that the quote answers,
 * the person an interview piece says it spoke with.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasSpeechVerb } from '../quotes/attribution.ts';
import { subjectBefore } from '../quotes/subject-before.ts';
import { namesInPhrase } from './phrase.ts';
import type { SpeakerResolver } from './resolver.ts';
import { position } from '../position.ts';

/**
 * "That process led to a realization: “It was …”", "For these reasons, “It’s hard …”": a lead-in
 * that names nobody and has no speech verb, before a quote that is a sentence of its own, leaves the
 * words with whoever the text was quoting.
 */
export function leadInOnly(before: string, text: string, lex: Lexicon): boolean {
  return (
    /[:,]$/u.test(before) &&
    /^\p{Lu}/u.test(text) &&
    !hasSpeechVerb(before, lex) &&
    namesInPhrase(before, lex).length === 0
  );
}

/** The lexicon's patterns here: a he/she, and a plain verb of reporting words. */
function contextPatterns(lex: Lexicon) {
  const heOrShe = [...lex.subjectPronouns].filter(
    (p) => lex.masculinePronouns.has(p) || lex.femininePronouns.has(p),
  );
  return {
    heOrShe: new RegExp(`\\b(?:${alternation(heOrShe)})\\b`, 'iu'),
    reports: new RegExp(`\\b(?:${alternation(lex.plainFinite)})\\b`, 'u'),
  };
}

/**
 * "Is he ever worried about it? “Not at all.”": a quote right after a question about "he" or "she"
 * is that person's answer; the pronoun, else null.
 */
export function askedAbout(textBefore: string, leadIn: string, lex: Lexicon): string | null {
  if (!/\?\s*$/u.test(textBefore)) return null;
  return lex.compile(contextPatterns).heOrShe.exec(leadIn)?.[0] ?? null;
}

/**
 * The person whose words the last sentence of the paragraph between the last quote and this one
 * reports, if it does: an unattributed quote after it is theirs, not the last quote's speaker's.
 */
export function reportedSpeaker(
  sentence: string,
  at: number,
  resolver: SpeakerResolver,
  lex: Lexicon,
): string | null {
  // "Erekat said it was …": a sentence reporting someone's words, the way a paragraph turns to a new speaker.
  if (!lex.compile(contextPatterns).reports.test(sentence)) return null;
  const intro = subjectBefore(sentence, lex);
  return intro !== null ? resolver.resolve(intro, at) : null;
}

const INTERVIEW =
  /\b(?:spoke|talked|chatted)\s+(?:with|to)\s+|\binterview(?:ed)?\s+(?:with\s+)?|\bsat down with\s+/iu;

/** The person an interview article says it spoke with, from its first paragraphs. */
export function interviewee(paragraphs: string[], resolver: SpeakerResolver): string | null {
  for (let p = 0; p < Math.min(3, paragraphs.length); p++) {
    const text = paragraphs[p] ?? '';
    const m = INTERVIEW.exec(text);
    if (!m) continue;
    const who = text.slice((m.index ?? 0) + m[0].length).split(/[,.;:(]/u)[0] ?? '';
    const name = resolver.resolve(who, position(p, m.index ?? 0));
    if (name && /\s/.test(name)) return name;
  }
  return null;
}
