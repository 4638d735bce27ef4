/**
 * Text reduced to its lower-cased letters and digits, for comparing two texts that differ only in
 * case, punctuation or spacing (a headline and a site name, two copies of a quote). Each run of
 * other characters becomes `joiner`, and the ends are trimmed.
 */
export function lettersAndDigits(text: string, joiner = ''): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, joiner)
    .trim();
}
