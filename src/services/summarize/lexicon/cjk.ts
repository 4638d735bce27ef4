/** Japanese, Chinese and Korean word lists (see words.ts for what each list is). */
import type { LanguageWords } from './words.ts';

export const cjk: LanguageWords = {
  jaSpeechVerbs:
    '述べ|語っ|語り|話し|話す|説明し|強調し|明らかにし|言っ|語る|述べる|指摘し|訴え|発表し|コメントし',
  zhSpeechVerbs: '说道|说|表示|指出|强调|称|透露|回应|认为|介绍|坦言|写道|宣布|表明',
  koSpeechVerbs: '말했|밝혔|강조했|전했|설명했|덧붙였|주장했|지적했|했다|말한|밝힌|물었',
  titlesAfterName:
    '首相|総理|大統領|氏|さん|長官|代表|議員|知事|市長|社長|会長|報道官|外相|主席|总理|总统|部长|外长|发言人|长官|主任|市长|省长|书记|教授|博士|' +
    '대통령|총리|장관|대표|의원|위원장|대변인|씨|교수|회장|시장|지사|박사',
};
