/** <meta> tags by name/property/itemprop (lower-cased), entity-decoded, every value kept in order. */
import type { Element } from './dom.ts';
import { decodeEntities } from './dom.ts';

export type MetaMap = Map<string, string[]>;

export function readMeta(elements: readonly Element[]): MetaMap {
  const meta: MetaMap = new Map();
  for (const element of elements) {
    if (element.name !== 'meta') continue;
    const a = element.attribs;
    const name = (a['property'] ?? a['name'] ?? a['itemprop'] ?? a['http-equiv'] ?? '').trim().toLowerCase();
    const content = a['content'];
    if (!name || content === undefined || !content.trim()) continue;
    const list = meta.get(name) ?? [];
    list.push(decodeEntities(content).trim());
    meta.set(name, list);
  }
  return meta;
}

export function first(meta: MetaMap, ...names: string[]): string | null {
  for (const name of names) {
    const value = meta.get(name)?.[0];
    if (value) return value;
  }
  return null;
}
