/**
 * Loads the shared benchmark data (../shared/bench next to the repository). The root can be
 * overridden with `--data DIR` on the command line or the NEWSBRIEF_BENCH_DIR environment variable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  truth: string;
}

export interface MetadataPage {
  id: string;
  url: string;
  html: string;
  title: string;
  authors: string;
  date: string;
  text: string;
}

/** The bench data root: `--data DIR`, then NEWSBRIEF_BENCH_DIR, then ../shared/bench beside the repo. */
export function benchRoot(argv: readonly string[] = process.argv): string {
  const flag = argv.indexOf('--data');
  const fromArg = flag >= 0 ? argv[flag + 1] : undefined;
  if (fromArg) return resolve(fromArg);
  const fromEnv = process.env['NEWSBRIEF_BENCH_DIR'];
  if (fromEnv) return resolve(fromEnv);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return resolve(repo, '..', 'shared', 'bench');
}

function readGz(path: string): string {
  return gunzipSync(readFileSync(path)).toString('utf8');
}

function readJson(path: string): unknown {
  if (!existsSync(path))
    throw new Error(`Benchmark data not found: ${path} (use --data DIR or NEWSBRIEF_BENCH_DIR)`);
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Pages of the article-body benchmark, in ground-truth order. */
export function loadExtractionPages(root = benchRoot()): ExtractionPage[] {
  const dir = join(root, 'extraction');
  const truth = readJson(join(dir, 'ground-truth.json')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  return Object.entries(truth).map(([id, entry]) => ({
    id,
    url: entry.url,
    html: readGz(join(dir, 'html', `${id}.html.gz`)),
    truth: entry.articleBody,
  }));
}

/** Published outputs of other extractors: tool name -> page id -> body text. */
export function loadPublishedOutputs(root = benchRoot()): Map<string, Map<string, string>> {
  const dir = join(root, 'extraction', 'published-outputs');
  const tools = ['readability_js', 'trafilatura', 'go_trafilatura', 'rs_trafilatura', 'newspaper'];
  const result = new Map<string, Map<string, string>>();
  for (const tool of tools) {
    const path = join(dir, `${tool}.json`);
    if (!existsSync(path)) continue;
    const data = readJson(path) as { output: Record<string, { articleBody?: string | null }> };
    const bodies = new Map<string, string>();
    for (const [id, entry] of Object.entries(data.output)) bodies.set(id, entry.articleBody ?? '');
    result.set(tool, bodies);
  }
  return result;
}

/** Pages of the metadata benchmark. */
export function loadMetadataPages(root = benchRoot()): MetadataPage[] {
  const dir = join(root, 'metadata');
  type Row = {
    id: number | string;
    title: string;
    authors: string;
    date: string;
    link: string;
    html_file: string;
    text: string;
  };
  const rows = readJson(join(dir, 'articles.json')) as Row[];
  return rows.map((row) => ({
    id: String(row.id),
    url: row.link,
    html: readGz(join(dir, 'html', `${row.html_file}.html.gz`)),
    title: row.title,
    authors: row.authors,
    date: row.date,
    text: row.text,
  }));
}
