import { findSpans } from './quotesSpans.ts';
import { NOT_NAME, ORG_WORDS, ROLE_SYNONYMS, TITLES } from './speakersLexicon.ts';

/**
 * Who said it: people and organisations named in an article, and how a short reference
 * ("Miller", "the spokesman", "the ministry") maps back to the full name first introduced.
 */

export function normalizeRole(word: string): string {
  const w = word.toLowerCase().replace(/[^a-zà-ÿ-]/g, '');
  return ROLE_SYNONYMS[w] ?? w;
}

/** A name seen in the article, with the roles written next to it. */
export interface Mention {
  name: string;
  /** Position in the article: paragraph * 100000 + offset, so mentions compare in reading order. */
  at: number;
  roles: Set<string>;
  /** Written where a sentence's subject goes (sentence start or after an opening phrase and a comma), not possessive. */
  subjectLike: boolean;
  /** Inside quotation marks (a name someone said, not someone present). */
  inQuote: boolean;
  /** Written with a title ("President Trump"): a person even when only one name is given. */
  titled: boolean;
  /** Directly followed by a speech verb ("Goodman said"): the strongest antecedent for "he said". */
  speaks: boolean;
}

const SPEAKS_AFTER =
  /^\s*(?:,[^,]{0,60},\s*)?(?:also\s+|later\s+)?(?:said|says|told|tells|added|wrote|explained|noted|asked|stated|recalled)\b/u;

export function looksLikeOrganisation(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.some((w) => ORG_WORDS.has(w)) || /^[A-Z]{2,}$/.test(name);
}

const CAP_WORD = "(?:[A-Z]\\.|[A-ZÀ-ÖØ-ÞĀ-ſ][\\p{L}'’-]*)";
const NAME_RUN = new RegExp(
  `${CAP_WORD}(?:\\s+(?:(?:de|da|del|der|van|von|bin|al|la|le|di|dos|du|of|for)\\s+)?${CAP_WORD}){0,4}`,
  'gu',
);

function cleanToken(token: string): string {
  return token.replace(/[’']s$/u, '').replace(/[.,;:]+$/u, '');
}

/** Splits a capitalised run into (title/role words, name). "President Joe Biden" -> (["president"], "Joe Biden"). */
export function stripTitles(run: string): { roles: string[]; name: string } {
  const tokens = run.split(/\s+/).map(cleanToken).filter(Boolean);
  const roles: string[] = [];
  while (tokens.length > 1) {
    const first = (tokens[0] ?? '').toLowerCase().replace(/\.$/, '');
    if (NOT_NAME.has(first)) {
      tokens.shift();
      continue;
    }
    if (TITLES.has(first)) {
      roles.push(normalizeRole(first));
      tokens.shift();
      continue;
    }
    break;
  }
  // "Alaska Sen Dan Sullivan", "Former President Trump": the name starts after the last title word.
  for (let i = tokens.length - 2; i >= 1; i--) {
    const word = (tokens[i] ?? '').toLowerCase();
    if (TITLES.has(word)) {
      roles.push(...tokens.slice(0, i + 1).map(normalizeRole));
      tokens.splice(0, i + 1);
      break;
    }
  }
  // A run never ends with a connector ("Department of" before a lowercase word).
  while (tokens.length > 1 && /^(?:of|for|de|van|von|bin|al)$/.test(tokens[tokens.length - 1] ?? ''))
    tokens.pop();
  return { roles, name: tokens.join(' ') };
}

/** Lowercase role nouns directly before a name ("State Department spokesperson Matthew Miller"). */
function rolesBefore(text: string, index: number): string[] {
  const before = text.slice(Math.max(0, index - 60), index);
  const words = before.split(/\s+/).filter(Boolean).slice(-3);
  return words.filter((w) => /^[a-z][a-z-]+$/.test(w) && !NOT_NAME.has(w)).map(normalizeRole);
}

/** Role in an apposition after a name ("Matthew Miller, a spokesman for ..."). */
function rolesAfter(text: string, index: number): string[] {
  const m =
    /^,\s+(?:a|an|the|who is|its|their|his|her)\s+((?:[\w-]+\s+){0,3}?[\w-]+)(?=\s+(?:for|of|at|in|with|to)\b|[,.])/u.exec(
      text.slice(index, index + 80),
    );
  if (!m?.[1]) return [];
  return m[1].split(/\s+/).map(normalizeRole);
}

/** Every capitalised name run in the paragraphs, in reading order. */
export function collectMentions(paragraphs: string[]): Mention[] {
  const mentions: Mention[] = [];
  paragraphs.forEach((text, p) => {
    const quoted = quotedRanges(text, p);
    for (const m of text.matchAll(NAME_RUN)) {
      const { roles, name } = stripTitles(m[0]);
      if (!name || NOT_NAME.has(name.toLowerCase())) continue;
      const index = m.index ?? 0;
      const end = index + m[0].length;
      const allRoles = [...roles, ...rolesBefore(text, index), ...rolesAfter(text, end)];
      const before = text.slice(0, index);
      const possessive = /[’']s?$/u.test(m[0]) || /^[’']/u.test(text.slice(end));
      const inQuote = quoted.some(([a, b]) => index > a && index < b);
      const subjectLike =
        !possessive && !inQuote && (/(?:^|[.!?]["”’]?\s+|,\s+)$/.test(before) || before.trim() === '');
      mentions.push({
        name,
        at: p * 100000 + index,
        roles: new Set(allRoles),
        subjectLike,
        inQuote,
        titled: roles.length > 0,
        speaks: !inQuote && SPEAKS_AFTER.test(text.slice(end)),
      });
    }
  });
  return mentions;
}

const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'him',
  'her',
  'il',
  'elle',
  'er',
  'sie',
  'ella',
  'él',
  'ele',
  'ela',
  'lui',
]);

/** Ranges of each paragraph that are inside quotation marks: names said inside a quote are not speakers. */
function quotedRanges(text: string, paragraph: number): Array<[number, number]> {
  return findSpans(text, paragraph).map((span) => [span.start, span.end]);
}

/** Resolves speaker references against the article's mentions. */
export class SpeakerResolver {
  private lastSpeaker: string | null = null;

  constructor(private readonly mentions: Mention[]) {}

  /** The full form of a name: the longest earlier (else any) mention ending with the same surname. */
  fullName(name: string, at: number): string {
    const tokens = name.split(' ');
    const last = tokens[tokens.length - 1] ?? name;
    const candidates = this.mentions.filter((m) => {
      const mt = m.name.split(' ');
      return (
        mt.length > tokens.length &&
        mt[mt.length - 1] === last &&
        (tokens.length === 1 || m.name.endsWith(name))
      );
    });
    const earlier = candidates.filter((m) => m.at <= at);
    const pool = earlier.length > 0 ? earlier : candidates;
    const first = pool[0];
    if (first) return first.name;
    if (tokens.length === 1) {
      const byFirst = this.mentions.find((m) => m.name.includes(' ') && m.name.split(' ')[0] === name);
      if (byFirst) return byFirst.name;
    }
    return name;
  }

  /** Most recent mention (before `at`) carrying this role; falls back to organisations named with it. */
  byRole(role: string, at: number): string | null {
    const r = normalizeRole(role);
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.at > at) continue;
      if (m.roles.has(r) && m.name.includes(' ')) return m.name;
    }
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (!m || m.at > at) continue;
      const words = m.name.toLowerCase().split(' ');
      if (words.includes(r)) return m.name;
    }
    return null;
  }

  /**
   * "he"/"she": the person the nearby text is about. Looks at the quote's paragraph and the one
   * before it; the last speaker wins if named there, else the most recent subject-position person.
   */
  private pronounTarget(at: number): string | null {
    const paragraph = Math.floor(at / 100000);
    const people = this.mentions
      .filter(
        (m) =>
          m.at < at &&
          !m.inQuote &&
          Math.floor(m.at / 100000) >= paragraph - 2 &&
          !looksLikeOrganisation(m.name),
      )
      .map((m) => ({ m, full: this.fullName(m.name, m.at), para: Math.floor(m.at / 100000) }))
      .filter((r) => r.full.includes(' ') || r.m.titled);
    const latest = (keep: (r: (typeof people)[number]) => boolean) =>
      [...people].reverse().find(keep)?.full ?? null;
    const near = (r: (typeof people)[number]) => r.para >= paragraph - 1;
    return (
      latest((r) => r.para === paragraph && r.m.speaks) ??
      latest((r) => r.para === paragraph && r.m.subjectLike) ??
      (this.lastSpeaker && people.some((r) => near(r) && r.full === this.lastSpeaker)
        ? this.lastSpeaker
        : null) ??
      latest((r) => near(r) && r.m.speaks) ??
      latest((r) => near(r) && r.m.subjectLike) ??
      this.lastSpeaker ??
      latest((r) => r.m.subjectLike)
    );
  }

  /**
   * Resolves the subject phrase of an attribution ("Miller", "the spokesman", "she",
   * "State Department spokesperson Matthew Miller") to a full name, or null.
   */
  resolve(subject: string, at: number): string | null {
    const phrase = subject.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
    if (!phrase) return null;
    const lower = phrase.toLowerCase();
    if (/^[\u3040-\u30ff\u3400-\u9fff]+$/u.test(phrase)) return phrase;
    if (/^(?:they|ils|elles|sie|ellos|eles)$/.test(lower)) return this.lastSpeaker;
    if (PRONOUNS.has(lower)) return this.pronounTarget(at);
    const runs = [...phrase.matchAll(NAME_RUN)]
      .map((m) => stripTitles(m[0]).name)
      .filter((n) => n && !NOT_NAME.has(n.toLowerCase()) && !PRONOUNS.has(n.toLowerCase()));
    // "spokesperson for the State Department" names an organisation, not a person.
    const forOrg = /\b(?:spokes\w+|representative|rep|statement)\s+(?:for|from)\s+(?:the\s+)?(.+)$/i.exec(
      phrase,
    );
    const lastRun = runs[runs.length - 1];
    if (lastRun && !(forOrg && runs.length === 1 && forOrg[1]?.startsWith(lastRun.split(' ')[0] ?? ''))) {
      return this.fullName(lastRun, at);
    }
    if (forOrg && lastRun) return this.fullName(lastRun, at);
    if (runs.length === 0 && lower.split(/\s+/).some((w) => PRONOUNS.has(w))) return this.pronounTarget(at);
    const roleWords = lower.split(/\s+/).filter((w) => !NOT_NAME.has(w) && /^[\p{L}-]+$/u.test(w));
    for (let i = roleWords.length - 1; i >= 0; i--) {
      const found = this.byRole(roleWords[i] ?? '', at);
      if (found) return found;
    }
    return null;
  }

  remember(speaker: string | null): void {
    if (speaker) this.lastSpeaker = speaker;
  }

  get last(): string | null {
    return this.lastSpeaker;
  }
}
