import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { Statement } from '../types.js';

type Node = DefaultTreeAdapterTypes.Node;

/** A span of the page's source: [start, end) in UTF-16 code units of the file as the editor holds it. */
export interface SourceSpan {
  start: number;
  end: number;
}

/** HTML's whitespace, which extraction collapses (src/read/html.ts); NBSP is content and stays. */
const HTML_SPACE = /[ \t\n\r\f]/;

/**
 * Where each statement of a web page's extracted text stands in the page's source, so that an
 * editor can underline it in the file itself. The report's offsets index the extracted text
 * (whitespace collapsed, character references decoded, tags gone), so they cannot be used as
 * they are; instead the statement's characters, whitespace left out, are looked for in the text
 * of the page's nodes, in document order from where the previous statement ended. Each decoded
 * character maps to the source it was written as (`&ldquo;` for “, CRLF for a line feed).
 * A statement that cannot be found (extraction replaced a character) gets undefined, and the
 * caller places it at the top of the file.
 */
export function htmlStatementSpans(html: string, statements: readonly Statement[]): Array<SourceSpan | undefined> {
  const { characters, starts, ends } = pageCharacters(html);
  let cursor = 0;
  return statements.map((statement) => {
    const wanted = [...statement.text].filter((c) => !HTML_SPACE.test(c)).join('');
    if (wanted === '') return undefined;
    let at = characters.indexOf(wanted, cursor);
    if (at < 0) at = characters.indexOf(wanted);
    if (at < 0) return undefined;
    cursor = at + wanted.length;
    return { start: starts[at]!, end: ends[at + wanted.length - 1]! };
  });
}

/** Every non-space character of the page's text nodes, in document order, with the source span each came from. */
function pageCharacters(html: string): { characters: string; starts: number[]; ends: number[] } {
  const document = parse(html, { sourceCodeLocationInfo: true });
  let characters = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const stack: Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeName === '#text') {
      const text = node as DefaultTreeAdapterTypes.TextNode;
      const location = text.sourceCodeLocation;
      if (location !== undefined && location !== null) {
        const spans = characterSpans(html, location.startOffset, location.endOffset, text.value);
        for (let i = 0; i < text.value.length; i++) {
          const character = text.value[i]!;
          if (HTML_SPACE.test(character)) continue;
          characters += character;
          starts.push(spans[i]!.start);
          ends.push(spans[i]!.end);
        }
      }
    }
    if ('childNodes' in node) for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return { characters, starts, ends };
}

/** A character reference as the HTML tokenizer reads one; the semicolon may be missing in legacy pages. */
const REFERENCE = /^&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)/;

/**
 * The source span of each character of a text node's decoded value: walks the source and the
 * value side by side; a character reference covers the one or two characters it decodes to,
 * CRLF (and a lone CR) the line feed the parser made of it. Should the two ever disagree in a
 * way not foreseen here, the rest of the node maps to what is left of its source.
 */
function characterSpans(html: string, startOffset: number, endOffset: number, value: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  let p = startOffset;
  let i = 0;
  while (i < value.length && p < endOffset) {
    const character = value[i]!;
    if (html[p] === character) {
      spans.push({ start: p, end: p + 1 });
      p += 1;
      i += 1;
    } else if (character === '\n' && html[p] === '\r') {
      const end = html[p + 1] === '\n' ? p + 2 : p + 1;
      spans.push({ start: p, end });
      p = end;
      i += 1;
    } else if (html[p] === '&' && REFERENCE.test(html.slice(p, Math.min(endOffset, p + 40)))) {
      const end = p + REFERENCE.exec(html.slice(p, Math.min(endOffset, p + 40)))![0].length;
      // A reference decodes to one UTF-16 unit, or two (an astral character, a few named pairs).
      const width = end < endOffset && value[i + 1] !== html[end] && value[i + 2] === html[end] ? 2 : 1;
      for (let k = 0; k < width && i < value.length; k++, i++) spans.push({ start: p, end });
      p = end;
    } else {
      break;
    }
  }
  for (; i < value.length; i++) spans.push({ start: Math.min(p, endOffset), end: endOffset });
  return spans;
}
