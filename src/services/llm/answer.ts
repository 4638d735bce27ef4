/**
 * Reads the model's answer defensively: JSON inside code fences or prose is found, numbers given
 * as strings are accepted, anything that is not the asked-for shape is refused (null).
 */
export interface ModelAnswer {
  bullets: string[];
  /** Quote numbers as the model gave them (1-based); null when it gave none in a usable form. */
  quotes: number[] | null;
}

function firstJsonObject(text: string): unknown {
  const unfenced = text.replace(/```(?:json)?/gi, ' ');
  try {
    return JSON.parse(unfenced);
  } catch {
    // Prose around the JSON: try from the first "{" to each "}" from the last one back.
  }
  const start = unfenced.indexOf('{');
  if (start < 0) return null;
  for (let end = unfenced.lastIndexOf('}'); end > start; end = unfenced.lastIndexOf('}', end - 1)) {
    try {
      return JSON.parse(unfenced.slice(start, end + 1));
    } catch {
      // keep shrinking
    }
  }
  return null;
}

export function parseModelAnswer(text: string): ModelAnswer | null {
  const json = firstJsonObject(text);
  if (!json || typeof json !== 'object') return null;
  const record = json as { bullets?: unknown; quotes?: unknown };
  if (!Array.isArray(record.bullets)) return null;
  const bullets = record.bullets
    .filter((bullet): bullet is string => typeof bullet === 'string')
    .map((bullet) =>
      bullet
        .replace(/^\s*[-•*]\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const quotes = Array.isArray(record.quotes)
    ? record.quotes.map((value) => Number(value)).filter((value) => Number.isInteger(value))
    : null;
  return { bullets, quotes };
}
