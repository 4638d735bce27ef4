/**
 * No word sits on two lists that contradict each other, in any language's lexicon or in the union
 * of all of them (what an article without a language is read with). The pairs that contradict:
 *
 * - people / organisations: a noun for a person (human nouns, epithets, occupations, role nouns,
 *   titles) is never one for an organisation (organisation and group nouns, a state's bodies, the
 *   words that make a name an organisation's). "people" and "police" are neither: plural people
 *   may be a body, so they sit on a list of their own.
 * - women / men: a word telling a woman (titles, family nouns, pronouns) never tells a man.
 * - kept / dropped before a name: a title or occupation heading a name is kept as the person's role;
 *   a word that is no part of a name is dropped with nothing kept. A word on both loses its role.
 * - no name / organisation name: a word that is never part of a name is never one that makes a name
 *   an organisation's.
 * - speaker / listener: a verb whose object is who hears the words ("told CNN") has no form that is
 *   also a verb after which the name is who spoke (", said Miller").
 * - attributes / only relays: a verb form that gives words to its subject ("said") is not also one
 *   that only relays another's words ("heard").
 */
import { describe, expect, it } from 'vitest';
import { buildLists } from '../../../../src/services/summarize/lexicon/build.ts';
import { cjk } from '../../../../src/services/summarize/lexicon/cjk.ts';
import { de } from '../../../../src/services/summarize/lexicon/de.ts';
import { en } from '../../../../src/services/summarize/lexicon/en.ts';
import { es } from '../../../../src/services/summarize/lexicon/es.ts';
import { fr } from '../../../../src/services/summarize/lexicon/fr.ts';
import { id } from '../../../../src/services/summarize/lexicon/id.ts';
import { it as italian } from '../../../../src/services/summarize/lexicon/it.ts';
import type { Lists } from '../../../../src/services/summarize/lexicon/lists.ts';
import { names } from '../../../../src/services/summarize/lexicon/names.ts';
import { pt } from '../../../../src/services/summarize/lexicon/pt.ts';
import type { LanguageWords } from '../../../../src/services/summarize/lexicon/words.ts';

const LANGUAGES: Record<string, LanguageWords> = { en, fr, de, es, pt, it: italian, id, cjk };

/** The forms of a language's verbs, split as each pair below needs them. */
function verbForms(words: LanguageWords[]) {
  const verbs = words.flatMap((w) => w.speechVerbs ?? []);
  const forms = (keep: (v: (typeof verbs)[number]) => boolean | undefined) =>
    verbs
      .filter(keep)
      .flatMap((v) => [v.finite, v.participle ?? '', v.base ?? ''].join('|').split('|').filter(Boolean));
  return {
    listener: forms((v) => v.listener),
    speaker: forms((v) => v.plain && !v.listener),
    attributes: forms((v) => !v.relayOnly),
    relayOnly: forms((v) => v.relayOnly),
  };
}

/** Each contradicting pair, as the two word sets of a lexicon. */
function pairs(lists: Lists, words: LanguageWords[]): Array<[string, Iterable<string>, Iterable<string>]> {
  const verbs = verbForms(words);
  return [
    [
      'people / organisations',
      [
        ...lists.humanNouns,
        ...lists.personEpithets,
        ...lists.occupations,
        ...lists.roleNouns,
        ...lists.titles,
      ],
      [...lists.orgNouns, ...lists.groupNouns, ...lists.nationalBodies, ...lists.organisationWords],
    ],
    ['women / men', lists.feminineWords, lists.masculineWords],
    ['kept / dropped before a name', [...lists.titles, ...lists.occupations], lists.notName],
    ['no name / organisation name', lists.notName, lists.organisationWords],
    ['speaker / listener', verbs.speaker, verbs.listener],
    ['attributes / only relays', verbs.attributes, verbs.relayOnly],
  ];
}

function conflicts(words: LanguageWords[]): string[] {
  const lists = buildLists(words, names);
  return pairs(lists, words).flatMap(([pair, a, b]) => {
    const other = new Set(b);
    return [...new Set(a)].filter((w) => other.has(w)).map((w) => `${pair}: "${w}"`);
  });
}

describe('lexicon lists that contradict each other', () => {
  for (const [lang, words] of Object.entries(LANGUAGES)) {
    it(`share no word in ${lang}`, () => {
      expect(conflicts([words])).toEqual([]);
    });
  }

  it('share no word in the union of every language', () => {
    expect(conflicts(Object.values(LANGUAGES))).toEqual([]);
  });

  it('are caught when a word is on both', () => {
    const planted: LanguageWords = {
      feminineWords: 'bride',
      masculineWords: 'bride',
      titles: 'monday',
      notName: 'monday',
      speechVerbs: [{ finite: 'heard' }, { finite: 'heard', relays: true, relayOnly: true }],
    };
    expect(conflicts([planted])).toEqual([
      'women / men: "bride"',
      'kept / dropped before a name: "monday"',
      'attributes / only relays: "heard"',
    ]);
  });
});

describe('lexicon data', () => {
  it('writes lower-case lists in lower case, with no empty entry', () => {
    const lowerCase: (keyof LanguageWords)[] = [
      'titles',
      'notName',
      'occupations',
      'personEpithets',
      'humanNouns',
      'roleNouns',
      'orgNouns',
      'documentNouns',
      'demonyms',
      'countries',
      'feminineWords',
      'masculineWords',
      'possessives',
      'articles',
    ];
    const wrong = Object.entries(LANGUAGES).flatMap(([lang, words]) =>
      lowerCase.flatMap((key) => {
        const list = words[key];
        if (typeof list !== 'string') return [];
        return list
          .split(' ')
          .filter((w) => w === '' || w !== w.toLowerCase())
          .map((w) => `${lang}.${key}: "${w}"`);
      }),
    );
    expect(wrong).toEqual([]);
  });
});
