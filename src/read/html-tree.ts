import type { DefaultTreeAdapterTypes } from 'parse5';

export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;
export type CommentNode = DefaultTreeAdapterTypes.CommentNode;

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function isText(node: Node): node is TextNode {
  return node.nodeName === '#text';
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** Elements that start and end a line of text; everything else is inline. */
export const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * The nodes under root in document order, root first, without recursion (a page of deeply
 * nested tags must not overflow the stack); `skip` leaves out an element with all it holds.
 */
export function descendants(root: Node, skip: (e: Element) => boolean = () => false): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node !== root && isElement(node) && skip(node)) continue;
    nodes.push(node);
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return nodes;
}

export function findAll(root: Node, test: (e: Element) => boolean): Element[] {
  return descendants(root).filter((node): node is Element => isElement(node) && test(node));
}

export function textOf(element: Element | undefined, skip?: (e: Element) => boolean): string {
  if (element === undefined) return '';
  let text = '';
  for (const node of descendants(element, skip)) if (isText(node)) text += node.value;
  return text;
}
