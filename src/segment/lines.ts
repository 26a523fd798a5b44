/** A line of the input without its line terminator. */
export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Consecutive non-blank lines: a paragraph, or a headline, caption or dateline on its own. */
export interface Block {
  lines: Line[];
}

/** Splits on LF, CRLF and lone CR, keeping document offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const terminator = /\r\n|\r|\n/g;
  let start = 0;
  for (const match of text.matchAll(terminator)) {
    lines.push({ text: text.slice(start, match.index), start, end: match.index });
    start = match.index + match[0].length;
  }
  lines.push({ text: text.slice(start), start, end: text.length });
  return lines;
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Groups lines into blocks separated by blank lines; blank lines belong to no block. */
export function splitBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length > 0) blocks.push({ lines: current });
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push({ lines: current });
  return blocks;
}

/**
 * The span of a line without its surrounding whitespace, so that statements never start
 * or end in spaces. Returns null for a blank line.
 */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  return from < to ? { start: from, end: to } : null;
}

function isSpace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code));
}
