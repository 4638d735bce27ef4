/** Mozilla Readability on linkedom: the same-run baseline for the extraction and metadata benchmarks. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export function readabilityOnLinkedom(html: string) {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
}
