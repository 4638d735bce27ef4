/** Reads schema.org article data from JSON-LD blocks (@graph arrays, nested objects, @id references). */
import type { Element } from './dom.ts';
import { decodeEntities, rawTextOf } from './dom.ts';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  /** True when at least one author is a Person (not an organisation). */
  authorIsPerson: boolean;
  datePublished: string | null;
  image: string | null;
  publisher: string | null;
  url: string | null;
  articleBody: string | null;
  /** The page is a live blog (LiveBlogPosting): its updates are separate postings. */
  liveBlog: boolean;
  lang: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE =
  /^(News|Reportage|Analysis|Opinion|Review|Background|AskPublicNews)?Article$|^(BlogPosting|LiveBlogPosting|SocialMediaPosting|Report|TechArticle|ScholarlyArticle|Blog)$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Json): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['@value'] ?? value['url'] ?? value['name']);
  return null;
}

function parseBlock(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Raw newlines/tabs inside strings are a common authoring error; retry without them.
    try {
      return JSON.parse(text.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every object in every JSON-LD block, flattened iteratively. */
function allNodes(elements: readonly Element[]): Json[] {
  const nodes: Json[] = [];
  const stack: unknown[] = [];
  for (const element of elements) {
    if (element.name !== 'script' || !/ld\+json/i.test(element.attribs['type'] ?? '')) continue;
    stack.push(parseBlock(rawTextOf(element).trim()));
  }
  while (stack.length > 0 && nodes.length < 5000) {
    const value = stack.pop();
    if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    else if (isObject(value)) {
      nodes.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart', 'item']) {
        if (key in value) stack.push(value[key]);
      }
    }
  }
  return nodes;
}

function authorNames(value: unknown, byId: Map<string, Json>): { names: string[]; person: boolean } {
  const names: string[] = [];
  let person = false;
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    if (typeof item === 'string' && item.trim()) {
      names.push(decodeEntities(item).trim());
      person = true;
    } else if (isObject(item)) {
      const resolved =
        typeof item['@id'] === 'string' && !item['name'] ? (byId.get(item['@id']) ?? item) : item;
      const rawName = resolved['name'];
      // Some sites put several people in one Person: {"name": ["A", "B"]}.
      const extra = Array.isArray(rawName)
        ? rawName
            .slice(1)
            .map(str)
            .filter((n): n is string => !!n)
        : [];
      const name = str(rawName);
      if (!name) continue;
      const isOrg = types(resolved).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t));
      if (!isOrg) person = true;
      names.push(name, ...extra);
    }
  }
  return { names, person };
}

export function readJsonLd(elements: readonly Element[]): JsonLdArticle | null {
  const nodes = allNodes(elements);
  if (nodes.length === 0) return null;
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article =
    nodes.find((node) => types(node).some((t) => ARTICLE_TYPE.test(t))) ??
    nodes.find((node) => 'headline' in node || 'articleBody' in node);
  const publisherNode = nodes.find((node) => types(node).some((t) => t === 'WebSite'));
  if (!article) {
    return publisherNode
      ? {
          headline: null,
          authors: [],
          authorIsPerson: false,
          datePublished: null,
          image: null,
          publisher: str(publisherNode['name']),
          url: null,
          articleBody: null,
          liveBlog: false,
          lang: null,
        }
      : null;
  }
  const { names, person } = authorNames(article['author'] ?? article['creator'], byId);
  let publisher = article['publisher'];
  if (isObject(publisher) && typeof publisher['@id'] === 'string' && !publisher['name'])
    publisher = byId.get(publisher['@id']);
  const image = article['image'] ?? article['thumbnailUrl'];
  return {
    headline: str(article['headline']) ?? str(article['name']),
    authors: names,
    authorIsPerson: person,
    datePublished: str(article['datePublished']) ?? str(article['dateCreated']) ?? str(article['uploadDate']),
    image:
      isObject(image) && typeof image['@id'] === 'string' && !image['url']
        ? str(byId.get(image['@id'])?.['url'])
        : str(image),
    publisher:
      (isObject(publisher) ? str(publisher['name']) : str(publisher)) ??
      (publisherNode ? str(publisherNode['name']) : null),
    url: str(article['url']),
    articleBody: typeof article['articleBody'] === 'string' ? decodeEntities(article['articleBody']) : null,
    liveBlog: types(article).includes('LiveBlogPosting'),
    lang: str(article['inLanguage']),
  };
}
