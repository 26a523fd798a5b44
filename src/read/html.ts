import { parse } from 'parse5';
import { BLOCKS, findAll, isElement, isText, textOf, type CommentNode, type Element, type Node } from './html-tree.js';
import { inNamedFurniture, isDropped, PageFurniture } from './page-furniture.js';

/**
 * The article text of a web page, as the plain text the segmenter reads: every block
 * (title, heading, paragraph, list item, caption, quotation, preformatted text) on its own
 * line with a blank line between blocks, so each becomes its own paragraph. Everything that is
 * the page rather than the article goes (src/read/page-furniture.ts): scripts, styles,
 * navigation, the site's header and footer, asides, forms, templates, hidden elements, and
 * inside the article too, related-story teasers, newsletter boxes, share bars, "read more"
 * lines and lists of links. parse5 parses as a browser does, so unclosed tags and character
 * references come out as a reader sees them.
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

/**
 * The one <article> of the page, else its one <main>, else the body: related-story lists often
 * live outside. Teaser cards marked up as <article>s of their own are not counted.
 */
function articleRoot(document: Node): Element | undefined {
  for (const tag of ['article', 'main']) {
    const found = findAll(document, (e) => e.tagName === tag && !isDropped(e) && !inNamedFurniture(e));
    if (found.length === 1) return found[0];
  }
  return findAll(document, (e) => e.tagName === 'body')[0];
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
  const furniture = new PageFurniture(root);
  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeName === '#comment') {
      // An inline directive (src/check/directives.ts) stays, as a line of its own, where it stood.
      const data = (node as CommentNode).data.trim();
      if (data.startsWith('factcheck-')) {
        flush();
        blocks.push(`<!-- ${data.replace(/\s+/g, ' ')} -->`);
      }
      continue;
    }
    if (!isElement(node)) {
      // The parser has already decoded character references; NUL would be read as a line break below.
      if (isText(node)) inline += node.value.replaceAll(LINE_BREAK, '\uFFFD');
      continue;
    }
    if (exit) {
      flush();
      continue;
    }
    if (isDropped(node) || furniture.has(node)) continue;
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
