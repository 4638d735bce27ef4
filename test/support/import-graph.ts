/**
 * The import graph of a source tree: every relative import and export specifier of each .ts file
 * (type-only ones too, since a cycle of types still ties modules together), resolved to files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** `from '…'`, `import '…'` and `import('…')`; comments are dropped first so examples in them do not count. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\1/gu;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/u.test(entry.name) && !/\.d\.ts$/u.test(entry.name) ? [path] : [];
  });
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
}

/** The relative specifiers a module imports or re-exports. */
export function importSpecifiers(code: string): string[] {
  return [...withoutComments(code).matchAll(SPECIFIER)]
    .map((m) => m[2] ?? '')
    .filter((s) => s.startsWith('.'));
}

/** File (relative to `root`) -> the files it imports (relative to `root`), for every .ts file under `root`. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(root)) {
    const targets = importSpecifiers(readFileSync(file, 'utf8')).map((spec) =>
      relative(root, resolve(dirname(file), spec)),
    );
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** One import cycle as the list of files around it (first file repeated at the end), or null when there is none. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next) && graph.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}
