/**
 * Word wrapping for terminal output. Wrapping works on plain text and styling is applied to
 * the wrapped pieces afterwards, so a line break can never land inside an escape sequence and
 * widths are never inflated by invisible codes.
 */
import stringWidth from 'string-width';

/** A half-open range [start, end) of UTF-16 offsets into a display string. */
export interface TextRange {
  start: number;
  end: number;
}

/** A range of a display string and how to paint it (a chalk style, or the identity). */
export interface Highlight extends TextRange {
  paint: (text: string) => string;
}

// Line breaks and tabs inside a statement would break the column layout; they become spaces.
const LAYOUT_WHITESPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
// Raw control characters from an article (ESC above all) must not reach the terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * Article text made safe to print. Every character maps to exactly one UTF-16 unit, so
 * offsets into the original text stay valid offsets into the result.
 */
export function toDisplayText(text: string): string {
  return text.replace(LAYOUT_WHITESPACE, ' ').replace(CONTROL, '\uFFFD');
}

/**
 * Columns a plain string takes on a terminal (string-width: a CJK character or an emoji takes
 * two, a combining accent none), so that `--width 60` holds for every script.
 */
export function visibleWidth(text: string): number {
  return stringWidth(text);
}

const GRAPHEMES = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** A word wider than a whole line is cut into line-wide pieces, between characters as a reader sees them (graphemes). */
function cutWord(text: string, start: number, end: number, limit: number): TextRange[] {
  const pieces: TextRange[] = [];
  let pieceStart = start;
  let columns = 0;
  for (const { segment, index } of GRAPHEMES.segment(text.slice(start, end))) {
    const width = stringWidth(segment);
    const position = start + index;
    if (columns > 0 && columns + width > limit) {
      pieces.push({ start: pieceStart, end: position });
      pieceStart = position;
      columns = 0;
    }
    columns += width;
  }
  pieces.push({ start: pieceStart, end });
  return pieces;
}

/**
 * The lines of `text` wrapped to `width` columns, as ranges into `text`. Breaks fall on spaces,
 * which are dropped at the break; spacing inside a line is kept as written. Expects text that
 * went through toDisplayText. Always returns at least one (possibly empty) line.
 */
export function wrapRanges(text: string, width: number): TextRange[] {
  const limit = Math.max(1, Math.floor(width));
  const lines: TextRange[] = [];
  let line: TextRange | undefined;
  let lineColumns = 0;
  for (const match of text.matchAll(/[^ ]+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const wordColumns = visibleWidth(match[0]);
    if (line !== undefined) {
      const joined = lineColumns + visibleWidth(text.slice(line.end, start)) + wordColumns;
      if (joined <= limit) {
        line = { start: line.start, end };
        lineColumns = joined;
        continue;
      }
      lines.push(line);
    }
    const pieces = wordColumns <= limit ? [{ start, end }] : cutWord(text, start, end, limit);
    line = pieces.pop();
    lines.push(...pieces);
    lineColumns = line === undefined ? 0 : visibleWidth(text.slice(line.start, line.end));
  }
  if (line !== undefined) lines.push(line);
  return lines.length > 0 ? lines : [{ start: 0, end: 0 }];
}

/**
 * One line of `text` with every highlight that overlaps it painted on. Overlapping highlights
 * nest: each piece gets the paint of every highlight covering it, in the order given.
 */
export function paintRange(text: string, range: TextRange, highlights: readonly Highlight[]): string {
  const cuts = new Set([range.start, range.end]);
  for (const highlight of highlights) {
    if (highlight.end <= range.start || highlight.start >= range.end) continue;
    cuts.add(Math.max(highlight.start, range.start));
    cuts.add(Math.min(highlight.end, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let painted = '';
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? range.start;
    const end = points[i + 1] ?? range.end;
    let piece = text.slice(start, end);
    for (const highlight of highlights) {
      if (highlight.start <= start && highlight.end >= end) piece = highlight.paint(piece);
    }
    painted += piece;
  }
  return painted;
}

/**
 * A block of text wrapped so that, after `firstPrefix` on the first line and `restPrefix` on
 * the others, no line exceeds `width` columns. `prefixColumns` is the visible width of both
 * prefixes (the first may carry escape codes). Never fewer than `minimumColumns` of text per
 * line, so a very narrow terminal gets long lines rather than one word per line.
 */
export function hangingBlock(
  text: string,
  highlights: readonly Highlight[],
  layout: { width: number; firstPrefix: string; restPrefix: string; prefixColumns: number; minimumColumns?: number },
): string[] {
  const columns = Math.max(layout.minimumColumns ?? 12, layout.width - layout.prefixColumns);
  return wrapRanges(text, columns).map(
    (range, i) => (i === 0 ? layout.firstPrefix : layout.restPrefix) + paintRange(text, range, highlights),
  );
}
