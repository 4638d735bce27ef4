/**
 * `newsbrief summarize FILE --all-quotes --explain`: each quote with its candidate speakers, their
 * probabilities and the features that moved each score most. When a speaker is wrong, this is where
 * to look: which feature pushed the wrong candidate up, or which suggestion is missing.
 */
import type { AttributedQuote } from '../services/summarize/attributed-quote.ts';

/** Candidates shown per quote. */
const SHOWN = 5;

function quoted(text: string, max = 90): string {
  return `“${text.length > max ? `${text.slice(0, max - 1)}…` : text}”`;
}

/** The plain-text explanation of every quote's speaker. */
export function formatExplanation(quotes: readonly AttributedQuote[]): string {
  if (quotes.length === 0) return 'No quotes to explain.';
  const lines: string[] = [];
  quotes.forEach((q, i) => {
    const who = q.quote.speaker ?? 'nobody named';
    lines.push(`Quote ${i + 1}: ${quoted(q.quote.text)} — ${who} (p ${q.confidence.toFixed(2)})`);
    for (const c of (q.candidates ?? []).slice(0, SHOWN)) {
      const reasons = c.reasons
        .map(([feature, value]) => `${feature} ${value >= 0 ? '+' : ''}${value.toFixed(2)}`)
        .join(', ');
      lines.push(`  ${c.probability.toFixed(2)}  ${(c.name ?? '(nobody)').padEnd(28)} ${reasons}`);
    }
  });
  return lines.join('\n');
}

/** The JSON form: per quote, its candidates with probabilities and main features. */
export function explanationRecord(quotes: readonly AttributedQuote[]) {
  return quotes.map((q) => ({
    text: q.quote.text,
    speaker: q.quote.speaker,
    probability: q.confidence,
    candidates: (q.candidates ?? []).map((c) => ({
      name: c.name,
      probability: c.probability,
      features: Object.fromEntries(c.reasons),
    })),
  }));
}
