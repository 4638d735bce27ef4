/**
 * Attribution in Japanese, Chinese and Korean, which write no spaces between a name, its title and
 * the speech verb: 「…」と岸田首相は述べた / 岸田首相は「…」と述べた, 习近平说：“…” / “…”李强表示,
 * 윤석열 대통령은 "…"고 말했다 / "…"라고 김민수 장관은 말했다.
 */
import { alternation } from '../lexicon/build.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/**
 * The lexicon's speech verbs (Japanese after the と particle, Chinese, Korean after the 고/라고
 * quotative) and titles written after a name (岸田首相 -> 岸田, 김민수 장관 -> 김민수), as patterns.
 */
export function cjkPatterns(lex: Lexicon) {
  const ja = `(?:${alternation(lex.jaSpeechVerbs)})`;
  const zh = `(?:${alternation(lex.zhSpeechVerbs)})`;
  const ko = `(?:${alternation(lex.koSpeechVerbs)})`;
  const title = `(?:${alternation(lex.titlesAfterName)})`;
  return {
    speech: new RegExp(
      `と(?:[^。、「」]{0,20}?(?:は|が))?${ja}|${zh}|(?:라)?고\\s*(?:[^."“”]{0,30}?\\s)?${ko}`,
      'u',
    ),
    titleAtEnd: new RegExp(`\\s*${title}$`, 'u'),
    jaAfter: new RegExp(`^と(.+?)(?:は|が)${ja}`, 'u'),
    koAfter: new RegExp(`^(?:라)?고\\s+(.+?)(?:은|는|이|가)\\s+(?:[^\\s]+\\s+){0,2}?${ko}`, 'u'),
    zhAfter: new RegExp(`^([\\u3400-\\u9fff]{2,8}?)${zh}`, 'u'),
    zhBefore: new RegExp(`([\\u3400-\\u9fff]{2,8}?)${zh}$`, 'u'),
    title,
  };
}

export function hasCjkSpeechVerb(text: string, lex: Lexicon): boolean {
  return CJK_TEXT.test(text) && lex.compile(cjkPatterns).speech.test(text);
}

function withoutTitle(name: string, lex: Lexicon): string {
  return name
    .trim()
    .replace(lex.compile(cjkPatterns).titleAtEnd, '')
    .replace(/^[\s,，、:：]+|[\s,，、:：]+$/gu, '');
}

/** The speaker of an attribution after a CJK quote, or null. */
export function cjkSubjectAfter(clause: string, lex: Lexicon): string | null {
  const text = clause.replace(/^[\s,，。.、]+/u, '');
  const patterns = lex.compile(cjkPatterns);
  // Japanese: と岸田首相は述べた
  const ja = patterns.jaAfter.exec(text);
  if (ja?.[1]) return withoutTitle(ja[1], lex);
  // Korean: 라고 김민수 장관은 말했다
  const ko = patterns.koAfter.exec(text);
  if (ko?.[1]) return withoutTitle(ko[1], lex);
  // Chinese: 李强表示 / 李强总理说
  const zh = patterns.zhAfter.exec(text);
  if (zh?.[1]) return withoutTitle(zh[1], lex);
  return null;
}

/** The speaker of an attribution before a CJK quote (岸田首相は「…, 习近平说：“…, 윤석열 대통령은 "…), or null. */
export function cjkSubjectBefore(clause: string, lex: Lexicon): string | null {
  const text = clause.trim().replace(/[\s:：,，]+$/u, '');
  const zh = lex.compile(cjkPatterns).zhBefore.exec(text);
  if (zh?.[1]) return withoutTitle(zh[1], lex);
  const ko = /([\uac00-\ud7af]+(?:\s+[\uac00-\ud7af]+)?)(?:은|는|이|가)$/u.exec(text);
  if (ko?.[1]) return withoutTitle(ko[1].replace(/(?:은|는|이|가)$/u, ''), lex);
  const ja = /([\u30a0-\u30ff\u3400-\u9fff]+?)(?:は|が)$/u.exec(text);
  if (ja?.[1]) return withoutTitle(ja[1], lex);
  return null;
}
