/**
 * Guesses an article's language when the page or paste doesn't declare one: by script for
 * Japanese, Korean, Chinese, Russian, Arabic, Greek and Hebrew; by frequent function words for
 * the Latin-script languages NewsBrief reads (en, fr, de, es, pt, it, nl). Null when unsure.
 */
const SCRIPTS: [lang: string, pattern: RegExp][] = [
  ['ja', /[\u3040-\u30ff]/g],
  ['ko', /[\uac00-\ud7af]/g],
  ['zh', /[\u4e00-\u9fff]/g],
  ['ru', /[\u0400-\u04ff]/g],
  ['ar', /[\u0600-\u06ff]/g],
  ['el', /[\u0370-\u03ff]/g],
  ['he', /[\u0590-\u05ff]/g],
];

// Words that are frequent in one language and rare in the others (articles, pronouns, particles).
const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'was', 'that', 'with', 'for', 'said', 'have', 'this', 'from', 'which'],
  fr: ['le', 'les', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'sur', 'avec', 'pas', 'au', 'aux'],
  de: [
    'der',
    'die',
    'und',
    'das',
    'nicht',
    'ist',
    'mit',
    'sich',
    'auf',
    'den',
    'ein',
    'eine',
    'auch',
    'wurde',
  ],
  es: [
    'el',
    'la',
    'los',
    'las',
    'del',
    'al',
    'por',
    'una',
    'con',
    'para',
    'que',
    'según',
    'pero',
    'fue',
    'como',
    'más',
  ],
  pt: [
    'o',
    'os',
    'do',
    'da',
    'das',
    'dos',
    'na',
    'no',
    'em',
    'uma',
    'não',
    'com',
    'foi',
    'pelo',
    'pela',
    'também',
    'ao',
  ],
  it: ['il', 'gli', 'della', 'che', 'per', 'una', 'non', 'con', 'sono', 'anche', 'nel', 'alla', 'più', 'è'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'zijn', 'voor', 'met', 'ook', 'werd', 'maar', 'dat', 'bij'],
};
const WEIGHTS = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words) {
    let byLang = WEIGHTS.get(word);
    if (!byLang) WEIGHTS.set(word, (byLang = new Map()));
    byLang.set(lang, 1 / words.length);
  }
}

/** Looks at the first ~4,000 characters only: enough to tell, and bounded on huge input. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  for (const [lang, pattern] of SCRIPTS) {
    const count = sample.match(pattern)?.length ?? 0;
    // Kana marks Japanese even inside mostly-Han text.
    if (lang === 'ja' ? count > letters * 0.05 : count > letters * 0.3) return lang;
  }
  const scores = new Map<string, number>();
  let words = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    words++;
    for (const [lang, weight] of WEIGHTS.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const [best, second] = ranked;
  if (!best || words < 8) return null;
  // Demand a clear winner: function-word hits per word above a floor and ahead of the runner-up.
  if (best[1] * 14 < words * 0.15 || (second && best[1] < second[1] * 1.3)) return null;
  return best[0];
}
