/**
 * npm run data:given-names
 * Writes src/services/summarize/lexicon/given-names.tsv from gender-detection-from-name's lists
 * (English, Italian, Spanish, French, German, Turkish; MIT licence, in given-names.LICENSE): one line per
 * lower-cased name, "name<TAB>g", where g is m or f when every list that has the name agrees and x
 * when they differ ("andrea"). Lines are sorted by UTF-16 code unit, so that the lexicon looks a
 * name up by binary search in the file's text instead of building 67,000 map entries (which took
 * most of the time the package's lists took to load). test/services/summarize/lexicon/given-names
 * checks the file against the package, so an upgrade of it shows here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { givenNameLines } from './given-names/lines.ts';

const OUT = join(import.meta.dirname, '..', 'src', 'services', 'summarize', 'lexicon', 'given-names.tsv');
const lines = givenNameLines();
writeFileSync(OUT, lines.join(''));
console.log(`${lines.length} names written to ${OUT}`);
