/**
 * Direct quotations across sentences and paragraphs.
 *
 * Quote marks are told apart by where they stand, not by their glyph, because news text
 * mixes them (`"Documents were obtained…”`, `decision.“ However`): a mark after a space or at
 * a line start opens, a mark after a word closes. A paragraph that ends inside a quotation
 * continues it when the next paragraph opens with a quote mark (the usual convention for
 * multi-paragraph quotes); otherwise the quotation ends with its paragraph.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark, or the end of the paragraph that left it open. */
  end: number;
}

const DOUBLE_QUOTES = new Set(['"', '“', '”', '„', '«', '»', '″']);

/**
 * Single curly quotes (‘…’) mark a quotation in British style. Their closing mark is also the
 * apostrophe ("Trump’s"), so only a ‘ opens one, and a ’ closes it only before a non-letter.
 * Straight single quotes are left alone: they are apostrophes far more often than quotes.
 */
function singleOpens(text: string, i: number): boolean {
  return text[i] === '‘' && opens(text, i);
}

function singleCloses(text: string, i: number): boolean {
  return text[i] === '’' && closes(text, i) && !/\p{L}/u.test(text[i + 1] ?? ' ');
}

/**
 * The length of a double quote mark at `i`: 1 for a quote character, 2 for the two
 * apostrophes (or backticks) some archives write instead ('' and ``, as in the NYT corpus).
 */
function doubleMarkAt(text: string, i: number): number {
  if (DOUBLE_QUOTES.has(text[i]!)) return 1;
  const pair = text.slice(i, i + 2);
  return pair === "''" || pair === '``' ? 2 : 0;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paragraphs = paragraphSpans(text);
  let open = -1;
  let single = false;
  paragraphs.forEach((paragraph, p) => {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const mark = doubleMarkAt(text, i);
      if (open === -1) {
        if (mark > 0 && opens(text, i, mark)) open = i;
        else if (singleOpens(text, i)) [open, single] = [i, true];
        i += Math.max(0, mark - 1);
        continue;
      }
      const closing = single ? singleCloses(text, i) : mark > 0 && i !== paragraph.start && (closes(text, i) || !opens(text, i, mark));
      if (closing) {
        spans.push({ start: open, end: i + Math.max(1, mark) });
        [open, single] = [-1, false];
      }
      i += Math.max(0, mark - 1);
    }
    const next = paragraphs[p + 1];
    const reopens = next !== undefined && (single ? text[next.start] === '‘' : doubleMarkAt(text, next.start) > 0);
    if (open !== -1 && !reopens) {
      spans.push({ start: open, end: paragraph.end });
      [open, single] = [-1, false];
    }
  });
  return spans;
}

/** Paragraphs as [start, end) without their outer whitespace, split at blank lines. */
function paragraphSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  const separator = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)\s*/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    pushTrimmed(text, start, match.index, spans);
    start = match.index + match[0].length;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Array<{ start: number; end: number }>): void {
  const slice = text.slice(start, end);
  const from = start + (slice.length - slice.trimStart().length);
  const to = end - (slice.length - slice.trimEnd().length);
  if (from < to) spans.push({ start: from, end: to });
}

/** After a space, a line start or an opening bracket or dash, and before a non-space. */
function opens(text: string, i: number, length = 1): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  const after = text[i + length] ?? ' ';
  return /[\s([{—–-]/.test(before) && !/\s/.test(after);
}

function closes(text: string, i: number): boolean {
  const before = i === 0 ? ' ' : text[i - 1]!;
  return !/\s/.test(before);
}

/** The share (0..1) of a span's characters that lie inside quotations. */
export function quotedShare(start: number, end: number, spans: readonly QuoteSpan[]): number {
  if (end <= start) return 0;
  let inside = 0;
  for (let i = firstEndingAfter(start, spans); i < spans.length && spans[i]!.start < end; i++) {
    inside += Math.min(end, spans[i]!.end) - Math.max(start, spans[i]!.start);
  }
  return inside / (end - start);
}

/** The quotation that contains `offset`, if any. */
export function quoteAt(offset: number, spans: readonly QuoteSpan[]): QuoteSpan | null {
  const span = spans[firstEndingAfter(offset, spans)];
  return span !== undefined && span.start <= offset ? span : null;
}

/**
 * The index of the first quotation that ends after `offset` (spans.length if none), by binary
 * search: quotations follow one another without overlapping, so their ends are sorted too, and
 * a text with thousands of quotations must not be searched from its start for every statement.
 */
function firstEndingAfter(offset: number, spans: readonly QuoteSpan[]): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
