/**
 * Long documents, a window at a time. The stages before the label keep every token of a
 * document in memory together (quotations, pronouns and neighbours reach across it), some
 * 50 bytes per character of input; a document longer than any news article is therefore
 * annotated in windows of WINDOW_CHARS, cut where a paragraph ends, so that memory stays
 * bounded by the window, not the document. Only such documents are cut: a pronoun, a quotation
 * or a neighbour does not reach across a window's edge, and a later window has no headline.
 */
import type { Source, Statement } from './types.js';

/** A window of a document: [start, end) in its offsets. */
export interface Window {
  start: number;
  end: number;
}

/** Some 35,000 words: longer than any news article, so an article is always one window. */
export const WINDOW_CHARS = 200_000;

/** Where to cut, best first: a blank line, a line break, a sentence's end, a space. */
const CUTS: readonly RegExp[] = [/\n[ \t]*(?:\r?\n)\s*/g, /\r?\n\s*/g, /[.!?]["'”’)\]]*\s+/gu, /\s+/g];

/**
 * The windows of `text` as [start, end) spans that cover it in order. A cut may go a quarter of
 * `size` past it to find a paragraph, line or sentence end, so a text of up to 1.25 `size` is one
 * window.
 */
export function windows(text: string, size = WINDOW_CHARS): Window[] {
  const slack = Math.ceil(size / 4);
  const spans: Window[] = [];
  let start = 0;
  while (text.length - start > size + slack) {
    const end = cutAfter(text, start + size, slack);
    spans.push({ start, end });
    start = end;
  }
  spans.push({ start, end: text.length });
  return spans;
}

function cutAfter(text: string, from: number, slack: number): number {
  for (const pattern of CUTS) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match !== null && match.index < from + slack) return match.index + match[0].length;
  }
  // No space at all: cut anywhere, but not between the halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(text[from] ?? '') ? from + 1 : from;
}

/**
 * A statement of the window that starts at `offset`, with document offsets and its index in
 * the document. `sources` maps a window's source objects to their shifted copies: sentences of
 * one quotation share one source, and must go on sharing it.
 */
export function shiftStatement(statement: Statement, offset: number, firstIndex: number, sources: Map<Source, Source>): Statement {
  if (offset === 0 && firstIndex === 0) return statement;
  const move = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
  let source = statement.source;
  if (source !== null) {
    let shifted = sources.get(source);
    if (shifted === undefined) sources.set(source, (shifted = { ...move(source), cue: move(source.cue) }));
    source = shifted;
  }
  const attributions = statement.attributions?.map((a) => ({ ...a, source: move(a.source), cue: move(a.cue), content: move(a.content) }));
  return {
    ...statement,
    index: statement.index + firstIndex,
    start: statement.start + offset,
    end: statement.end + offset,
    cues: statement.cues.map(move),
    source,
    ...(attributions === undefined ? {} : { attributions }),
  };
}
