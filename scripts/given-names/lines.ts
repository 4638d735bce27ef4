/** The lines of given-names.tsv as gender-detection-from-name's lists give them (see ../given-names.ts). */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LANGUAGES = ['en', 'it', 'es', 'fr', 'de', 'tr'] as const;

export function givenNameLines(): string[] {
  const genders = new Map<string, 'm' | 'f' | 'x'>();
  for (const lang of LANGUAGES) {
    const list = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const [name, gender] of list) {
      const g = gender === 'male' ? 'm' : 'f';
      const before = genders.get(name);
      genders.set(name, before === undefined || before === g ? g : 'x');
    }
  }
  return [...genders].map(([name, g]) => `${name}\t${g}\n`).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
