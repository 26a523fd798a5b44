import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * The article text of a web page, as the plain text the segmenter reads: every block
 * (title, heading, paragraph, list item, caption, quotation, preformatted text) on its own
 * line with a blank line between blocks, so each becomes its own paragraph. Everything that is
 * the page rather than the article goes: scripts, styles, navigation, the site's header and
 * footer, asides, forms, templates, hidden elements. parse5 parses as a browser does, so
 * unclosed tags and character references come out as a reader sees them.
 */
export function extractHtml(html: string): string {
  const document = parse(html);
  const blocks: string[] = [];
  const title = collapse(textOf(findAll(document, (e) => e.tagName === 'title')[0]));
  const root = articleRoot(document);
  if (root !== undefined) collectBlocks(root, blocks);
  // The <title> is usually the headline again, often with " | Site Name" after it.
  const firstHeading = collapse(textOf(root && findAll(root, (e) => e.tagName === 'h1')[0]));
  if (title !== '' && !(firstHeading !== '' && title.startsWith(firstHeading))) blocks.unshift(title);
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}

/** Whether text read from stdin (no file name to go by) is a web page. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i.test(text);
}

/** Dropped with everything inside them. `header` is handled apart: see isDropped. */
const DROPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select',
  'textarea', 'input', 'label', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'audio', 'video',
  'picture', 'img', 'map', 'dialog',
]);
const DROPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog', 'alert']);

/** Elements that start and end a line of text; everything else is inline. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

function isDropped(element: Element): boolean {
  if (DROPPED.has(element.tagName)) return true;
  if (attribute(element, 'hidden') !== undefined || attribute(element, 'aria-hidden') === 'true') return true;
  if (DROPPED_ROLES.has((attribute(element, 'role') ?? '').toLowerCase())) return true;
  // A header inside the article holds its headline, dek and byline; the page's own is the masthead.
  return element.tagName === 'header' && !hasAncestor(element, (e) => e.tagName === 'article' || e.tagName === 'main');
}

function hasAncestor(element: Element, test: (e: Element) => boolean): boolean {
  for (let node = element.parentNode; node !== null && isElement(node); node = node.parentNode) if (test(node)) return true;
  return false;
}

/** The one <article> of the page, else its one <main>, else the body: related-story lists live outside. */
function articleRoot(document: Node): Element | undefined {
  for (const tag of ['article', 'main']) {
    const found = findAll(document, (e) => e.tagName === tag && !isDropped(e));
    if (found.length === 1) return found[0];
  }
  return findAll(document, (e) => e.tagName === 'body')[0];
}

/** Depth-first, without recursion: a page of deeply nested tags must not overflow the stack. */
function findAll(root: Node, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && test(node)) found.push(node);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return found;
}

function textOf(element: Element | undefined): string {
  if (element === undefined) return '';
  let text = '';
  for (const node of findAllNodes(element)) if (node.nodeName === '#text') text += (node as DefaultTreeAdapterTypes.TextNode).value;
  return text;
}

function findAllNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    nodes.push(node);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return nodes;
}

/** HTML's whitespace (not NBSP, which is content), collapsed as a browser renders it. */
function collapse(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

const LINE_BREAK = '\u0000';

/**
 * Walks the tree with an explicit stack of enter and exit steps; a block boundary flushes the
 * inline text gathered so far as one block. A <br> is a line break inside the block.
 */
function collectBlocks(root: Element, blocks: string[]): void {
  let inline = '';
  const flush = (): void => {
    const lines = inline.split(LINE_BREAK).map(collapse).filter((line) => !/^\s*$/u.test(line));
    if (lines.length > 0) blocks.push(lines.join('\n'));
    inline = '';
  };
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeName === '#comment') {
      // An inline directive (src/check/directives.ts) stays, as a line of its own, where it stood.
      const data = (node as DefaultTreeAdapterTypes.CommentNode).data.trim();
      if (data.startsWith('factcheck-')) {
        flush();
        blocks.push(`<!-- ${data.replace(/\s+/g, ' ')} -->`);
      }
      continue;
    }
    if (!isElement(node)) {
      // The parser has already decoded character references; NUL would be read as a line break below.
      if (node.nodeName === '#text') inline += (node as DefaultTreeAdapterTypes.TextNode).value.replaceAll(LINE_BREAK, '\uFFFD');
      continue;
    }
    if (exit) {
      flush();
      continue;
    }
    if (isDropped(node)) continue;
    if (node.tagName === 'br') {
      inline += LINE_BREAK;
      continue;
    }
    if (node.tagName === 'pre') {
      flush();
      addPreformatted(textOf(node), blocks);
      continue;
    }
    if (BLOCKS.has(node.tagName)) {
      flush();
      stack.push({ node, exit: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, exit: false });
  }
  flush();
}

/** Preformatted text keeps its lines; a blank line inside it still separates paragraphs. */
function addPreformatted(text: string, blocks: string[]): void {
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t\f]+$/, ''));
  const body = lines.join('\n').replace(/^\n+|\n+$/g, '').replaceAll(LINE_BREAK, '\uFFFD');
  if (!/^\s*$/u.test(body)) blocks.push(body);
}
