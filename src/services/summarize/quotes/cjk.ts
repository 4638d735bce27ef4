/**
 * Attribution in Japanese, Chinese and Korean, which write no spaces between a name, its title and
 * the speech verb: 「…」と岸田首相は述べた / 岸田首相は「…」と述べた, 习近平说：“…” / “…”李强表示,
 * 윤석열 대통령은 "…"고 말했다 / "…"라고 김민수 장관은 말했다.
 */

export const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** Speech verbs: Japanese (after the と particle), Chinese, Korean (after the 고/라고 quotative). */
const JA_VERB =
  '(?:述べ|語っ|語り|話し|話す|説明し|強調し|明らかにし|言っ|語る|述べる|指摘し|訴え|発表し|コメントし)';
const ZH_VERB = '(?:说道|说|表示|指出|强调|称|透露|回应|认为|介绍|坦言|写道|宣布|表明)';
const KO_VERB = '(?:말했|밝혔|강조했|전했|설명했|덧붙였|주장했|지적했|했다|말한|밝힌|물었)';
const SPEECH = new RegExp(
  `と(?:[^。、「」]{0,20}?(?:は|が))?${JA_VERB}|${ZH_VERB}|(?:라)?고\\s*(?:[^."“”]{0,30}?\\s)?${KO_VERB}`,
  'u',
);

/** Titles written after a name: dropped from the speaker (岸田首相 -> 岸田, 김민수 장관 -> 김민수). */
export const TITLE_AFTER =
  '(?:首相|総理|大統領|氏|さん|長官|代表|議員|知事|市長|社長|会長|報道官|外相|主席|总理|总统|部长|外长|发言人|长官|主任|市长|省长|书记|教授|博士|' +
  '대통령|총리|장관|대표|의원|위원장|대변인|씨|교수|회장|시장|지사|박사)';

export function hasCjkSpeechVerb(text: string): boolean {
  return CJK_TEXT.test(text) && SPEECH.test(text);
}

function withoutTitle(name: string): string {
  return name
    .trim()
    .replace(new RegExp(`\\s*${TITLE_AFTER}$`, 'u'), '')
    .replace(/^[\s,，、:：]+|[\s,，、:：]+$/gu, '');
}

/** The speaker of an attribution after a CJK quote, or null. */
export function cjkSubjectAfter(clause: string): string | null {
  const text = clause.replace(/^[\s,，。.、]+/u, '');
  // Japanese: と岸田首相は述べた
  const ja = new RegExp(`^と(.+?)(?:は|が)${JA_VERB}`, 'u').exec(text);
  if (ja?.[1]) return withoutTitle(ja[1]);
  // Korean: 라고 김민수 장관은 말했다
  const ko = new RegExp(`^(?:라)?고\\s+(.+?)(?:은|는|이|가)\\s+(?:[^\\s]+\\s+){0,2}?${KO_VERB}`, 'u').exec(
    text,
  );
  if (ko?.[1]) return withoutTitle(ko[1]);
  // Chinese: 李强表示 / 李强总理说
  const zh = new RegExp(`^([\\u3400-\\u9fff]{2,8}?)${ZH_VERB}`, 'u').exec(text);
  if (zh?.[1]) return withoutTitle(zh[1]);
  return null;
}

/** The speaker of an attribution before a CJK quote (岸田首相は「…, 习近平说：“…, 윤석열 대통령은 "…), or null. */
export function cjkSubjectBefore(clause: string): string | null {
  const text = clause.trim().replace(/[\s:：,，]+$/u, '');
  const zh = new RegExp(`([\\u3400-\\u9fff]{2,8}?)${ZH_VERB}$`, 'u').exec(text);
  if (zh?.[1]) return withoutTitle(zh[1]);
  const ko = /([\uac00-\ud7af]+(?:\s+[\uac00-\ud7af]+)?)(?:은|는|이|가)$/u.exec(text);
  if (ko?.[1]) return withoutTitle(ko[1].replace(/(?:은|는|이|가)$/u, ''));
  const ja = /([\u30a0-\u30ff\u3400-\u9fff]+?)(?:は|が)$/u.exec(text);
  if (ja?.[1]) return withoutTitle(ja[1]);
  return null;
}
