import type { MentionIndex } from './mention-index.ts';
import { nearMissSurname } from './reference.ts';
import { isGivenNameAndSurname } from '../lexicon/given-names.ts';
import { PARAGRAPH_SPAN } from '../position.ts';
import { cjkPatterns } from '../quotes/cjk.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/**
 * The full form of a name as the article introduced it: the earliest earlier (else any) longer
 * mention ending with the same surname, else what an acronym, a first name or one word of a long
 * name stands for, else a near-miss spelling of a surname named before. SpeakerResolver.fullName
 * memoises it; it depends only on the article's mentions.
 */
export function fullNameIn(index: MentionIndex, name: string, at: number): string {
  const full = index.aliasOf(name) ?? longestFormOf(index, name, at);
  // An attribution phrase loses the periods of initials ("Rachel E Petherbridge"); the article's spelling keeps them.
  return full.includes('.') ? full : (index.spelledWithPeriods(full) ?? full);
}

function longestFormOf(index: MentionIndex, name: string, at: number): string {
  const tokens = name.split(' ');
  const candidates = index.longerForms(name, tokens);
  const earlier = candidates.filter((m) => m.at <= at);
  const pool = earlier.length > 0 ? earlier : candidates;
  const distinct = new Set(pool.map((m) => m.name));
  // Two people share the surname: the one a sentence was just about ("At Civic Center, Amy Brown
  // pulled …" / "… said Brown"), else the first one a sentence is about; an apposition ("his
  // brother, Damon Minor") names someone beside the subject.
  const recentSubject =
    distinct.size > 1
      ? [...pool]
          .reverse()
          .find(
            (m) =>
              m.at >= at - 2 * PARAGRAPH_SPAN &&
              !m.inQuote &&
              (m.opensSentence || (m.subjectLike && m.roles.size === 0)),
          )
      : undefined;
  const first =
    recentSubject ?? (distinct.size > 1 ? pool.find((m) => m.opensSentence) : undefined) ?? pool[0];
  if (first) return first.name;
  if (tokens.length === 1) {
    // An acronym stands for the name whose initials it spells ("CBC" -> "Congressional Black Caucus").
    if (/^\p{Lu}{2,6}$/u.test(name)) {
      const expanded = index.byInitials().get(name);
      if (expanded) return expanded.name;
    }
    // A first name stands for the person ("Kristi" -> "Kristi Noem"); the first word of a company
    // or a product is no short form of it ("Microsoft" is not "Microsoft To Do").
    const byFirst = index.byFirstWord().get(name);
    if (byFirst && isGivenNameAndSurname(byFirst.name)) return byFirst.name;
    // Iberian and Brazilian usage: one word of a long name stands for it ("Lula" for "Luiz Inácio Lula da
    // Silva"); a person's name, opening with a given name, not a product's ("Microsoft To Do").
    const byPart = index
      .byWordOfLongName()
      .get(name)
      ?.find((m) => m.at < at && isGivenNameAndSurname(m.name));
    if (byPart) return byPart.name;
    // nearMissSurname ignores names under four letters, so the scan is skipped for them.
    if (name.length >= 4 && !((index.firstAt().get(name) ?? Infinity) < at)) {
      // Only names whose surname shares the initial can be near misses; the rest are skipped anyway.
      const nearby = index
        .bySurnameInitial(name[0] ?? '')
        .filter((m) => m.at < at && m.at >= at - PARAGRAPH_SPAN);
      const fixed = nearMissSurname(
        name,
        nearby.map((m) => m.name),
      );
      if (fixed) return fixed;
    }
  }
  return name;
}

/**
 * The full form of a CJK surname: the longest earlier name written as surname plus one or two
 * characters right before a title (岸田 -> 岸田文雄 from 岸田文雄首相), else the name as given.
 */
export function cjkFullName(name: string, paragraphs: string[], lex: Lexicon): string {
  if (!/^[\u3400-\u9fff]{1,3}$/u.test(name)) return name;
  const re = new RegExp(`${name}([\\u3400-\\u9fff]{1,2})${lex.compile(cjkPatterns).title}`, 'u');
  for (const p of paragraphs) {
    const m = re.exec(p);
    if (m?.[1]) return name + m[1];
  }
  return name;
}
