import { attribute, BLOCKS, descendants, isElement, isText, textOf, type Element, type Node } from './html-tree.js';

/**
 * What on a web page is the page rather than the article. Two kinds: elements that are never
 * article text wherever they are (scripts, navigation, forms, hidden elements: isDropped), and
 * the furniture that sites put inside <main> and <article> too — related-story teasers,
 * newsletter and subscribe boxes, share bars, "read more" lines, lists of links — which
 * PageFurniture finds from general signals: the names a site gives it, and link density.
 *
 * @mozilla/readability was tried instead (on the tests' fixtures and on pages with teasers inside
 * <main>): it kept teaser <article> cards, newsletter boxes, in-article related lists and
 * "Read more:" lines, dropped bylines and kept " | Site" on titles, and with the DOM it needs
 * (linkedom) adds some 480 KB to the bundle and 50 ms to a cold start. These signals do better on
 * those pages and cost one pass over the tree.
 */

/** Dropped with everything inside them. `header` is handled apart: see isDropped. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select',
  'textarea', 'input', 'label', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'audio', 'video',
  'picture', 'img', 'map', 'dialog',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

export function isDropped(element: Element): boolean {
  if (DROPPED.has(element.tagName)) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  if (DROPPED_ROLES.has((attribute(element, 'role') ?? '').toLowerCase())) return true;
  // A header inside the article holds its headline, dek and byline; the page's own is the masthead.
  return element.tagName === 'header' && !insideArticle(element);
}

function insideArticle(element: Element): boolean {
  for (let node = element.parentNode; node !== null && isElement(node); node = node.parentNode) {
    if (node.tagName === 'article' || node.tagName === 'main') return true;
  }
  return false;
}

/** The attributes in which sites name what an element is. */
const NAMING_ATTRIBUTES = ['class', 'id', 'role', 'aria-label', 'data-component', 'data-module', 'data-testid'];
/** Words of those names that mark furniture: whole words only, so `shared` or `relatedness` are not. */
const FURNITURE_WORDS = new Set([
  'related', 'teaser', 'teasers', 'promo', 'promos', 'promoted', 'newsletter', 'newsletters', 'subscribe', 'subscription',
  'signup', 'share', 'sharing', 'sharebar', 'recommended', 'recommendations', 'recirculation', 'recirc', 'trending',
  'breadcrumb', 'breadcrumbs', 'sponsored', 'advert', 'advertisement', 'outbrain', 'taboola', 'readmore',
]);
const FURNITURE_PAIRS = new Set([
  'read more', 'more stories', 'more news', 'more articles', 'more from', 'more like', 'most read', 'most popular',
  'sign up', 'also read', 'read next', 'up next', 'see also',
]);

/** Whether a class, id, role, label or data-component names the element as furniture (`related-stories`, `ShareBar`). */
export function hasFurnitureName(element: Element): boolean {
  for (const name of NAMING_ATTRIBUTES) {
    const value = attribute(element, name);
    if (value === undefined) continue;
    const words = value.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
    if (words.some((word, i) => FURNITURE_WORDS.has(word) || FURNITURE_PAIRS.has(`${word} ${words[i + 1]}`))) return true;
  }
  return false;
}

/** Whether an element or one of its ancestors below the page's <main> or <body> is named as furniture. */
export function inNamedFurniture(element: Element): boolean {
  for (let node: Node | null = element; node !== null && isElement(node); node = node.parentNode) {
    if (node.tagName === 'main' || node.tagName === 'body') return false;
    if (hasFurnitureName(node)) return true;
  }
  return false;
}

/** Text whose own words are only one of these, the rest links, is a pointer to other pages. */
const LINK_LABELS = new Set([
  'read more', 'read also', 'also read', 'see also', 'more', 'more on this', 'more on this story', 'related', 'related stories',
  'related articles', 'related coverage', 'related content', 'related links', 'recommended', 'further reading', 'read next',
  'up next', 'share', 'share this', 'share this article', 'share on', 'follow us',
]);
/** Prose: a paragraph or quotation is never judged by its links, a headline never at all. */
const PROSE = new Set(['p', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

interface Counts {
  /** Characters of visible text, whitespace not counted. */
  chars: number;
  /** Of those, the characters inside links. */
  linkChars: number;
  links: number;
}

export class PageFurniture {
  private readonly counts = new Map<Node, Counts>();
  private readonly rootChars: number;

  /** Counts the text and links of every element under root in one pass, children before parents. */
  constructor(private readonly root: Element) {
    const nodes = descendants(root, isDropped);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      const parent = 'parentNode' in node ? node.parentNode : null;
      if (isText(node)) {
        if (parent !== null) this.countsOf(parent).chars += node.value.replace(/\s+/g, '').length;
        continue;
      }
      if (!isElement(node)) continue;
      const own = this.countsOf(node);
      if (isLink(node)) {
        own.linkChars = own.chars;
        own.links++;
      }
      if (node === root || parent === null) continue;
      const counts = this.countsOf(parent);
      counts.chars += own.chars;
      counts.linkChars += own.linkChars;
      counts.links += own.links;
    }
    this.rootChars = this.countsOf(root).chars;
  }

  /**
   * Whether an element inside the root is the page's furniture rather than the article's text.
   * Only blocks are judged: a link or a span inside a sentence goes or stays with its sentence.
   */
  has(element: Element): boolean {
    if (element === this.root || element.tagName === 'h1' || !BLOCKS.has(element.tagName)) return false;
    const { chars, linkChars, links } = this.countsOf(element);
    if (chars === 0) return false;
    // A name like `share-enabled` on the story's own wrapper must not take the story with it.
    if (hasFurnitureName(element) && chars * 2 <= this.rootChars) return true;
    // A list of links, one after another with little else: teasers, tags, a share bar.
    if (!PROSE.has(element.tagName) && links >= 3 && linkChars >= 0.75 * chars) return true;
    // "Read more: <a>…</a>", "Related: <a>…</a>" inside the body.
    if (!/^h\d$/.test(element.tagName) && links >= 1 && linkChars * 2 >= chars) return LINK_LABELS.has(ownWords(element));
    return false;
  }

  private countsOf(node: Node): Counts {
    let counts = this.counts.get(node);
    if (counts === undefined) {
      counts = { chars: 0, linkChars: 0, links: 0 };
      this.counts.set(node, counts);
    }
    return counts;
  }
}

function isLink(element: Element): boolean {
  return element.tagName === 'a' && attribute(element, 'href') !== undefined;
}

/** The element's text outside its links, lower case, as words. */
function ownWords(element: Element): string {
  const text = textOf(element, (e) => isDropped(e) || isLink(e));
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
