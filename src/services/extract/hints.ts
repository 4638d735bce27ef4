/** Class/id and tag hints that tell article text from page furniture (Readability-style). */
import type { Element } from './dom.ts';
import { classAndId } from './dom.ts';

/** Elements whose content is never article text. */
export const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'select',
  'option',
  'button',
  'textarea',
  'input',
  'head',
  'link',
  'meta',
  'title',
  'dialog',
  'map',
]);

/** Elements that start and end a paragraph. `td`/`th` only separate words (tables lay out rows). */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
  'menu',
  'hgroup',
  'legend',
]);

/** Page furniture by tag: navigation, asides, captions, page header/footer. */
export const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'figcaption', 'figure', 'menu']);

/** Inline elements: never judged as furniture themselves (a link class says nothing about the sentence). */
export const PHRASING_TAGS = new Set([
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'u',
  'small',
  'sup',
  'sub',
  'mark',
  'abbr',
  'cite',
  'q',
  'code',
  'time',
  'font',
  's',
  'strike',
  'del',
  'ins',
  'label',
  'bdi',
  'bdo',
  'data',
  'dfn',
  'kbd',
  'var',
  'wbr',
  'img',
  'picture',
  'source',
  'br',
  'big',
  'tt',
  'nobr',
]);

// Boxes that are never article text even inside the article container (reader-revenue asks
// such as "support-…" and contribution/donation appeals included).
const STRONG_NEGATIVE =
  /(^|[\s_-])support-[a-z]|contributions?([\s_-]|$)|donat(e|ion)|reader-?revenue|membership-?(ask|appeal|prompt)|related|newsletter|share|sharing|social|cookie|comment(?!ary)|promo|sidebar|subscri|signup|sign-up|caption|byline|advert|(^|[\s_-])ads?([\s_-]|$)|outbrain|taboola|recirc|breadcrumb|most-?popular|trending|read-?more|see-?also|recommend|modal|popup|consent|gdpr|disclaimer|toolbar|jump-?link|more-?stories|also-?read|skip-?link|sr-only|visually-?hidden|screen-?reader|dateline|timestamp|author/;
// Boxes that embed content from elsewhere (a social post, a video player, another story's card):
// a whole word of a class token ("social-embed", "embedded"), not a part of one ("embedly"), and
// never a heading or a paragraph, which are the story's own text.
const EMBEDDED = /(^|[\s_-])embed(ded|s)?([\s_-]|$)/;
// The same word in a camel-case token of the raw class and id ("SocialEmbed", "embedContainer").
const EMBEDDED_CAMEL = /(^|[\s_-]|[a-z])Embed(ded|s)?([\s_A-Z-]|$)|(^|[\s_-])embed(ded|s)?[A-Z]/;
const STORY_BLOCK = /^(h[1-6]|p)$/;
// A photo, video or production credit box ("image-credit", "credits"), a whole word of a class token.
const CREDIT = /(^|[\s_-])credits?([\s_-]|$)/;
// Article containers keep their content even when a class also names something negative.
const STRONG_POSITIVE =
  /article-?body|articlebody|story-?body|entry-?content|post-?content|article-?content|main-?content|post-?body|article-?text|story-?content|body-?text|rich-?text|paywall-?content/;
// Weaker negatives only count when nothing in the name suggests content.
const WEAK_NEGATIVE =
  /banner|combx|footer|header|menu|masthead|extra|pager|pagination|skyscraper|shoutbox|widget|nav|hidden|tags|meta|legal|rail|print|utility/;
const MAYBE_CONTENT = /and|article|body|column|content|main|shadow|story|entry|post|text/;

const POSITIVE_WEIGHT =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose/;
const NEGATIVE_WEIGHT =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter|subscribe|cookie|social|recirc|caption|byline|author/;

/** Marked as the article body by microdata or a body-like class name. */
export function isArticleBodyMarker(element: Element): boolean {
  if (element.attribs['itemprop'] === 'articleBody') return true;
  const names = classAndId(element);
  return names !== '' && STRONG_POSITIVE.test(names);
}

/** True when an element is a box of page furniture (related links, share bar, newsletter prompt…). */
export function isFurniture(element: Element): boolean {
  return furnitureKind(element) !== null;
}

/**
 * 'strong' for furniture by tag/role; 'thread' for comment-thread class names, which only holding
 * most of the page's prose overrules (a thread can outweigh the article, but a feature flag such as
 * "comments-enabled" on the article's own container must not drop it); 'weak' for other class
 * names, which layout wrappers also carry as modifiers ("has-sidebar", "modal-enabled") and a size
 * check may overrule.
 */
export type FurnitureKind = 'strong' | 'thread' | 'weak';

export function furnitureKind(
  element: Element,
  names: string = classAndId(element),
  metered: boolean = isMeteredNames(names),
): FurnitureKind | null {
  if (FURNITURE_TAGS.has(element.name)) return 'strong';
  // Login/sign-up forms are furniture, but some sites wrap the whole page in one <form>.
  if (element.name === 'form') return 'weak';
  const role = element.attribs['role'];
  if (role === 'navigation' || role === 'complementary' || role === 'banner' || role === 'contentinfo')
    return 'strong';
  if (!names || metered) return null;
  const negative =
    STRONG_NEGATIVE.test(names) ||
    CREDIT.test(names) ||
    (names.includes('embed') &&
      !STORY_BLOCK.test(element.name) &&
      (EMBEDDED.test(names) || isCamelEmbed(element)));
  if (negative && !STRONG_POSITIVE.test(names)) return /comment(?!ary)/.test(names) ? 'thread' : 'weak';
  return WEAK_NEGATIVE.test(names) && !MAYBE_CONTENT.test(names) ? 'weak' : null;
}

/** EMBEDDED in the raw class and id, whose camel-case words the lower-cased names run together. */
function isCamelEmbed(element: Element): boolean {
  const a = element.attribs;
  return EMBEDDED_CAMEL.test(`${a['class'] ?? ''} ${a['id'] ?? ''}`);
}

// Inline pop-ups (hover cards, tooltips, screen-reader-only labels) that a reader never sees in the sentence.
const INLINE_POPUP = /tooltip|popover|popup|rollover|hover-?card|sr-only|visually-?hidden|screen-?reader/;

// Metered pages ship the rest of the story hidden (display:none) in boxes named for subscribers,
// revealed by script once the reader is entitled: that text is the article, not furniture.
const METERED_TEXT =
  /subscriber-?(?:only|content|preview)|premium-?content|paywall(?:ed)?-?content|locked-?content/;

/** A box holding the paywalled remainder of the story. */
export function isMeteredText(element: Element): boolean {
  return isMeteredNames(classAndId(element));
}

/** isMeteredText from classAndId; the layout pass asks once for both isHidden and furnitureKind. */
export function isMeteredNames(names: string): boolean {
  return names !== '' && METERED_TEXT.test(names);
}

/**
 * Hidden by attribute or inline style, or an inline pop-up (metered story text is not hidden).
 * `names` and `metered` are classAndId(element) and isMeteredNames(names), passed in by the
 * layout pass that also needs them.
 */
export function isHidden(
  element: Element,
  names: string = classAndId(element),
  metered: boolean = isMeteredNames(names),
): boolean {
  const a = element.attribs;
  if (metered) return false;
  if (names !== '' && PHRASING_TAGS.has(element.name) && INLINE_POPUP.test(names)) return true;
  if (a['hidden'] !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Readability's class weight: +25 for content-like names, -25 for furniture-like names. */
export function classWeight(element: Element): number {
  const names = classAndId(element);
  if (!names) return 0;
  let weight = 0;
  if (NEGATIVE_WEIGHT.test(names)) weight -= 25;
  if (POSITIVE_WEIGHT.test(names)) weight += 25;
  return weight;
}

/** Readability's initial score by tag. */
export function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}
