/**
 * Text whose UTF-8 bytes were once read as Windows-1252 ("PeÃ±a Nieto", "donâ€™t"): a page or a paste
 * that went through a wrongly labelled step. Each such sequence is turned back into the character
 * it encoded, so names, quotes and bullets read as written. Only a whole, valid UTF-8 sequence is
 * repaired; anything else, including real "Ã" in Portuguese capitals ("SÃO PAULO"), stays.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F (Latin-1 has control codes there). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** The byte a character stands for when UTF-8 was read as Windows-1252, or -1. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 0xa0 && code <= 0xff) return code;
  const high = CP1252_HIGH.indexOf(ch);
  return high === -1 ? -1 : 0x80 + high;
}

/** A lead byte (Â–ô) and up to three continuation bytes, as Windows-1252 shows them. */
const SEQUENCE = new RegExp(`[\\u00C2-\\u00F4][\\u0080-\\u00BF${CP1252_HIGH}]{1,3}`, 'gu');
const SUSPECT = /[\u00C2-\u00F4]/u;
const COMBINING = /[\u0300-\u036F]/u;
const decoder = new TextDecoder('utf-8', { fatal: true });

function repairSequence(sequence: string): string {
  const lead = sequence.charCodeAt(0);
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  if (sequence.length < length) return sequence;
  const bytes = [...sequence.slice(0, length)].map(byteOf);
  if (bytes.some((b) => b < 0 || (b !== lead && (b < 0x80 || b > 0xbf)))) return sequence;
  try {
    return decoder.decode(Uint8Array.from(bytes)) + sequence.slice(length);
  } catch {
    return sequence;
  }
}

/**
 * `text` with its UTF-8-read-as-Windows-1252 sequences turned back into their characters; twice at
 * most, for text that went through the mistake twice ("SarukhÃÂ¡n").
 */
export function repairMojibake(text: string): string {
  // A decomposed "Ã" (A and a combining tilde, as some tools write it) is the same lead byte.
  let out = COMBINING.test(text) && /[A\u00C2-\u00F4]/u.test(text) ? text.normalize('NFC') : text;
  for (let pass = 0; pass < 2 && SUSPECT.test(out); pass++) {
    const repaired = out.replace(SEQUENCE, repairSequence);
    if (repaired === out) break;
    out = repaired;
  }
  return out;
}
