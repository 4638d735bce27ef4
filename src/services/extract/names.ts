/**
 * Class-name patterns asked once per distinct classAndId string. A page repeats the same class
 * names on many elements ("card__title" fifty times) and a site repeats them on every page, while
 * some patterns are long alternations tried at every position of the string.
 */

// Per names string, two bits per pattern: "known" and "matches". At most 15 patterns fit in 30 bits.
const memo = new Map<string, number>();
// Bounds the memory of a long-running bot; the answers do not depend on what is remembered.
const MAX_MEMO = 20_000;
let slots = 0;

/** `pattern.test(names)` (a non-global pattern), remembered per distinct `names`. */
export function namePattern(pattern: RegExp): (names: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error('namePattern: a stateless pattern is needed');
  const slot = slots++;
  if (slot >= 15) throw new Error('namePattern: too many patterns');
  const known = 1 << (2 * slot);
  const yes = known << 1;
  return (names: string): boolean => {
    const state = memo.get(names) ?? 0;
    if (state & known) return (state & yes) !== 0;
    const result = pattern.test(names);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(names, state | known | (result ? yes : 0));
    return result;
  };
}
