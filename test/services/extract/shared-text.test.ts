import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { elementsInOrder, parseHtml, textPrefix } from '../../../src/services/extract/dom.ts';
import { textPrefixes } from '../../../src/services/extract/shared-text.ts';
import { htmlFragment } from '../../support/fuzz-inputs.ts';
import { fuzzParams } from '../../support/fuzz.ts';

/** textPrefix's promise: the whole text when it fits the limit, else a longer prefix of it. */
function expectSameReading(ours: string, theirs: string, limit: number): void {
  if (ours.length <= limit || theirs.length <= limit) expect(ours).toBe(theirs);
  else expect(ours.slice(0, limit)).toBe(theirs.slice(0, limit));
}

function expectAgrees(html: string, limit: number): void {
  const elements = elementsInOrder(parseHtml(html));
  const texts = textPrefixes(elements, limit);
  elements.forEach((element, i) => expectSameReading(texts[i] as string, textPrefix(element, limit), limit));
}

describe('texts of many nested elements read at once', () => {
  it('agree with textPrefix of each element: whitespace, control characters, <br>, scripts', () => {
    expectAgrees(
      '<div> <b>\u0000</b><span>\n Jane\u00a0 <i>Doe</i></span><br><script>x</script>\u200b<em>\u0001 · 5 May 2024 </em> </div><p>a<b> </b>b</p>',
      160,
    );
  });

  it('agree with textPrefix when a text is cut short, in wrappers around it', () => {
    const long = `${' \n'.repeat(300)}${'word '.repeat(100)}`;
    expectAgrees(`<div><span>${'<b>'.repeat(50)}${long}${'</b>'.repeat(50)}</span> tail</div>`, 20);
  });

  it('agree with textPrefix on random pages', () => {
    fc.assert(
      fc.property(
        fc.array(htmlFragment, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(12, 80, 160),
        (parts, limit) => expectAgrees(`<html><body>${parts.join('')}</body></html>`, limit),
      ),
      fuzzParams(200),
    );
  });

  it('give every wrapper of a deep chain the text at its bottom', () => {
    const depth = 900;
    const elements = elementsInOrder(parseHtml(`${'<div>'.repeat(depth)}<p>Jane Doe, 5 May 2024</p>`));
    expect(new Set(textPrefixes(elements, 160).slice(2))).toEqual(new Set(['Jane Doe, 5 May 2024']));
  });
});
