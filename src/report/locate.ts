import { relative, resolve, sep } from 'node:path';
import type { DocumentReport, Statement } from '../types.js';
import type { FormatOptions } from './formatter.js';

/** A 1-based line and column; columns count UTF-16 code units, as every offset of the report does. */
export interface Position {
  line: number;
  column: number;
}

/** Where a span of the input sits: start is its first character, end the position just after its last. */
export interface TextRegion {
  start: Position;
  end: Position;
}

/**
 * Line and column lookup for one text. Lines end at LF, CRLF or a lone CR, exactly as the
 * segmenter splits them (src/segment/lines.ts), so a CRLF file gives the lines an editor shows.
 */
export class LineIndex {
  /** Offset of the first character of every line, ascending; lineStarts[0] is 0. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(/\r\n|\r|\n/g)) this.lineStarts.push(match.index + match[0].length);
  }

  /** The position of `offset`; an offset on a line terminator belongs to the line it ends. */
  position(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    // The last line start at or before the offset.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }

  /** The region of [start, end): end is the position after the last character (an exclusive end column). */
  region(start: number, end: number): TextRegion {
    return { start: this.position(start), end: this.position(end) };
  }
}

/**
 * The line index for a document, when line numbers mean something: the caller passed the text
 * it annotated, that text has the document's length, and the offsets index the file itself
 * (not text extracted from an HTML page, whose lines are not the file's lines).
 */
export function lineIndexFor(document: DocumentReport, options: FormatOptions): LineIndex | undefined {
  if (document.extractedFrom !== undefined) return undefined;
  const text = options.sourceText?.(document.path, document);
  if (text === undefined || text.length !== document.chars) return undefined;
  return new LineIndex(text);
}

/** The statement a violation names, or undefined for a document-level violation or a bad index. */
export function statementAt(document: DocumentReport, index: number | null): Statement | undefined {
  if (index === null) return undefined;
  return document.statements.find((statement) => statement.index === index);
}

/**
 * The path GitHub matches an annotation's file against, and a baseline records: relative to the
 * repository's root (`paths.root`; see repositoryRoot in cli-options.ts), so that a run from a
 * subdirectory still names the same file; with `/` between segments on every system. Stdin
 * ("-") stays as it is, and without `paths` the path is written as given.
 */
export function repositoryPath(path: string, paths: { root: string; cwd: string } | undefined): string {
  if (paths === undefined || path === '-') return path;
  return relative(paths.root, resolve(paths.cwd, path)).split(sep).join('/');
}
