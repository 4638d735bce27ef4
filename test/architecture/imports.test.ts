/** The module structure of src/: no import cycles, and the summarizer's stages import only downstream. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCycle, importGraph, importSpecifiers } from '../support/import-graph.ts';

const src = join(import.meta.dirname, '..', '..', 'src');
const graph = importGraph(src);

describe('import graph of src/', () => {
  it('has no cycle', () => {
    const cycle = findCycle(graph);
    expect(cycle === null ? 'no cycle' : `import cycle: ${cycle.join(' -> ')}`).toBe('no cycle');
  });

  it('finds a cycle when there is one, and reads every kind of specifier', () => {
    const made = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(findCycle(made)).toEqual(['a.ts', 'b.ts', 'c.ts', 'a.ts']);
    expect(
      findCycle(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toBeNull();
    const code = [
      "import { x } from './x.ts';",
      "import type { Y } from '../y.ts';",
      "export { z } from './z.ts';",
      "import './side-effect.ts';",
      "const lazy = await import('./lazy.ts');",
      "import { readFileSync } from 'node:fs';",
      "// import { commented } from './commented.ts';",
    ].join('\n');
    expect(importSpecifiers(code)).toEqual(['./x.ts', '../y.ts', './z.ts', './side-effect.ts', './lazy.ts']);
  });
});

/** What each summarizer stage may import, as folders under src/services/summarize/. */
const STAGE_RULES: Array<[stage: string, forbidden: string[]]> = [
  // Quote marks and clauses know nothing of who the people are.
  ['quotes', ['speakers', 'bullets', 'quote-pipeline.ts', 'index.ts']],
  // Speakers read quote spans and clauses, never the pipeline that calls them.
  ['speakers', ['bullets', 'quote-pipeline.ts', 'index.ts']],
  ['bullets', ['quotes', 'speakers', 'quote-pipeline.ts', 'index.ts']],
  // Word lists are data: they import no stage.
  ['lexicon', ['quotes', 'speakers', 'bullets', 'quote-pipeline.ts', 'index.ts']],
];

describe('summarizer stages', () => {
  const base = 'services/summarize/';
  for (const [stage, forbidden] of STAGE_RULES) {
    it(`${stage}/ imports none of ${forbidden.join(', ')}`, () => {
      const wrong = [...graph]
        .filter(([file]) => file.startsWith(`${base}${stage}/`))
        .flatMap(([file, targets]) =>
          targets
            .filter((t) => forbidden.some((f) => t === `${base}${f}` || t.startsWith(`${base}${f}/`)))
            .map((t) => `${file} -> ${t}`),
        );
      expect(wrong).toEqual([]);
    });
  }
});
