import type { Role, Span } from '../types.js';
import { splitBlocks, splitLines, trimSpan, type Line } from './lines.js';
import {
  endsLikeSentence,
  inlineDatelineLength,
  isByline,
  isCaption,
  isCredit,
  isDateLine,
  isFurniture,
  isPlaceLine,
  isPullQuote,
  endsWithSignature,
  wordCount,
} from './roles.js';
import { markDocumentNames } from './document-names.js';
import { parseRuns, type RunSpan } from './parse.js';
import { piecesOfRun, type ParsedRun, type Piece } from './sentences.js';
import type { Token } from './token.js';

export type { Token } from './token.js';

/** A statement before it is labelled: its span, its role and its words. */
export interface Segment extends Span {
  role: Role;
  tokens: Token[];
  /** Index of the paragraph (block of lines between blank lines) it belongs to. */
  paragraph: number;
  /** `--input-format lines`: the `speaker: ` label that opens the statement's line, when there is one. */
  speaker?: string;
}

/** Lines this long or shorter, standing alone, may be a headline, dek or heading rather than prose. */
const MAX_TITLE_CHARS = 250;
const MAX_HEADING_WORDS = 12;

/**
 * Text -> statements with offsets and roles. Paragraphs are blocks between blank lines;
 * inside a block, hard-wrapped lines are joined into runs of prose, list items and
 * title-like lines stay apart; each run is split into sentences. `continues`: the text is a
 * later part of a document (see src/window.ts), so it has no headline, dek or dateline of its own.
 */
export function segment(text: string, continues = false): Segment[] {
  const runs: Array<{ start: number; end: number; single: boolean; paragraph: number }> = [];
  splitBlocks(splitLines(text)).forEach((block, paragraph) => {
    for (const run of joinWrappedLines(block.lines, paragraph === 0 && !continues)) {
      const span = trimSpan(text, run[0]!.start, run[run.length - 1]!.end);
      if (span !== null) runs.push({ ...span, single: run.length === 1, paragraph });
    }
  });
  const parsed = parseRuns(text, runs);
  markDocumentNames(parsed);
  const segments: Segment[] = [];
  let bodySeen = continues;
  let fromBlock: Segment[] = [];
  const closeBlock = (): void => {
    markCaptions(fromBlock);
    bodySeen ||= fromBlock.some((s) => s.role === 'body');
    // Loops, not push(...): a paragraph of a million words has more segments than a call has arguments.
    for (const segment of fromBlock) segments.push(segment);
    fromBlock = [];
  };
  runs.forEach((run, runIndex) => {
    if (runIndex > 0 && run.paragraph !== runs[runIndex - 1]!.paragraph) closeBlock();
    // A continuation's first run is no document's first (headline) or second (dek).
    const position: RunPosition = { runIndex: continues ? runIndex + 2 : runIndex, single: run.single, paragraph: run.paragraph, beforeBody: !bodySeen, last: runIndex === runs.length - 1 };
    for (const segment of segmentRun(text, run, parsed[runIndex]!, position)) fromBlock.push(segment);
  });
  closeBlock();
  return segments;
}

interface RunPosition {
  /** 0 for the first run of the document. */
  runIndex: number;
  /** The run is one line of the input. */
  single: boolean;
  paragraph: number;
  /** No sentence of the article's body came before: datelines live here. */
  beforeBody: boolean;
  /** Nothing of the document comes after the run. */
  last: boolean;
}

function segmentRun(text: string, { start, end }: RunSpan, parsed: ParsedRun, position: RunPosition): Segment[] {
  const line = text.slice(start, end);
  const datelineLength = position.beforeBody ? inlineDatelineLength(line) : 0;
  let pieces = datelineLength > 0 ? null : piecesOfRun(text, start, end, parsed);
  if (pieces !== null && position.single && position.runIndex > 0 && isPullQuote(line)) {
    return [makeSegment(text, { start, end, tokens: pieces.flatMap((p) => p.tokens) }, 'body', position)];
  }
  if (pieces !== null && position.single && line.length <= MAX_TITLE_CHARS) {
    const role = standaloneLineRole(line, pieces, position);
    // A note of several sentences ("Correction: … It was … We regret the error.") is several statements, all furniture.
    if (role === 'furniture') return pieces.map((piece) => makeSegment(text, piece, role, position));
    if (role !== null) return [makeSegment(text, { start, end, tokens: pieces.flatMap((p) => p.tokens) }, role, position)];
  }
  const segments: Segment[] = [];
  if (pieces === null) {
    segments.push(makeSegment(text, { start, end: start + datelineLength, tokens: [] }, 'dateline', position));
    const rest = trimSpan(text, start + datelineLength, end);
    // The dateline's words belong to no sentence of the rest.
    const after = (tokens: Token[]): Token[] => tokens.filter((t) => rest !== null && t.start >= rest.start);
    const sentences = parsed.sentences.map(after).filter((tokens) => tokens.length > 0);
    pieces = rest === null ? [] : piecesOfRun(text, rest.start, rest.end, { sentences, cuts: parsed.cuts });
  }
  for (const piece of pieces) {
    segments.push(makeSegment(text, piece, pieceRole(text.slice(piece.start, piece.end), piece.tokens), position));
  }
  return segments;
}

/** The role of a line that stands alone (its own run), or null when it is ordinary prose. */
function standaloneLineRole(line: string, pieces: readonly Piece[], position: RunPosition): Role | null {
  if (isFurniture(line)) return 'furniture';
  if (isCredit(line)) return 'credit';
  // A line of several sentences ("A worker repairs a road. PHOTO:REUTERS") is prose, not a
  // title; at the top of a document only when it ends as prose does (a text that opens with its
  // first paragraph), since headlines do not end with a full stop. A text that is one line
  // (a sentence on stdin, an NDJSON record) has no headline: a headline stands over something.
  if (position.runIndex === 0 && !position.last && (pieces.length === 1 || !ENDS_AS_PROSE.test(line))) return 'headline';
  if (pieces.length !== 1 || LIST_ITEM.test(line)) return null;
  const tokens = pieces[0]!.tokens;
  if (isDateLine(tokens) || isPlaceLine(line)) return 'dateline';
  if (isByline(line)) return 'byline';
  if (endsLikeSentence(line) || /[,;:]$/.test(line)) return null;
  if (position.runIndex === 1) return 'dek';
  if (wordCount(line) <= MAX_HEADING_WORDS) return 'heading';
  return null;
}

function pieceRole(sentence: string, tokens: readonly Token[]): Role {
  if (isFurniture(sentence)) return 'furniture';
  if (isCredit(sentence)) return 'credit';
  if (isCaption(sentence)) return 'caption';
  if (isDateLine(tokens)) return 'dateline';
  return 'body';
}

/** Sentences before a credit in the same block describe the picture: "… July 31. PHOTO:REUTERS". */
function markCaptions(block: Segment[]): void {
  const last = block[block.length - 1];
  if (last === undefined || last.role !== 'credit') return;
  for (const segment of block) if (segment.role === 'body') segment.role = 'caption';
}

function makeSegment(text: string, piece: Piece, role: Role, position: RunPosition): Segment {
  return { text: text.slice(piece.start, piece.end), start: piece.start, end: piece.end, role, tokens: piece.tokens, paragraph: position.paragraph };
}

/**
 * Groups the lines of a block into runs of prose. Lines are joined when the text was
 * hard-wrapped; list items and short title-like lines ("Headline\nFirst paragraph") stay apart.
 */
export function joinWrappedLines(lines: readonly Line[], opensDocument = false): Line[][] {
  if (isOneItemALine(lines)) return lines.map((line) => [line]);
  const runs: Line[][] = [];
  // A loop, not Math.max(...lines): a block may have more lines than a call has arguments.
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.text.trimEnd().length);
  let current: Line[] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    // The first line of the article is its headline, even with the dek right under it.
    const afterHeadline = opensDocument && i === 1 && !/^\s*\p{Ll}/u.test(line.text);
    if (previous !== undefined && (afterHeadline || !continuesLine(previous, line, lines[i + 1], widest))) {
      runs.push(current);
      current = [];
    }
    current.push(line);
  });
  if (current.length > 0) runs.push(current);
  return runs;
}

const ENDS_AS_PROSE = /[.!?]["'”’)]*\s*$/u;
const LIST_ITEM = /^\s*(?:[-*•·–—]|\d{1,3}[.)]|[a-z][.)])\s+/;

/** A line this short with no final punctuation is a label, a list item or a status, not a sentence's wrapped end. */
const MAX_LABEL_WORDS = 6;
/** "features\ncontact manager\nevents, activities": three or more lines this short, none a sentence, are a list. */
const MAX_ITEM_WORDS = 5;

function isOneItemALine(lines: readonly Line[]): boolean {
  return lines.length >= 3 && lines.every((line) => wordCount(line.text) <= MAX_ITEM_WORDS && !endsLikeSentence(line.text));
}

/**
 * "Published", "Politics", "Image: Jane Doe": a few words that end nowhere, shorter than the
 * wrap would have cut them ("The minister of" in a narrow column is a wrapped line), and no
 * sentence goes on after them.
 */
function isLabelLine(line: Line, following: Line | undefined, widest: number): boolean {
  const text = line.text.trim();
  if (wordCount(text) > MAX_LABEL_WORDS || text.length >= 0.6 * widest || endsLikeSentence(text) || /[,;:]$/.test(text)) return false;
  return following === undefined || !/^\s*\p{Ll}/u.test(following.text);
}

/** "(Reporting by Jane Doe; Editing by John Roe)", "[Photo: Reuters]": a note of its own. */
function isBracketed(line: Line): boolean {
  return /^\s*[([].*[)\]][.]?\s*$/.test(line.text);
}

function continuesLine(previous: Line, line: Line, following: Line | undefined, widest: number): boolean {
  if (LIST_ITEM.test(line.text) || endsWithSignature(previous.text)) return false;
  if (LIST_ITEM.test(previous.text)) return /^\s+\S/.test(line.text);
  const next = line.text.trimStart();
  const startsLower = /^\p{Ll}/u.test(next);
  // A parenthesised credit or note ends at its line, and after a sentence it starts at its line.
  if (isBracketed(previous) && !startsLower) return false;
  if (endsLikeSentence(previous.text) && (isBracketed(line) || isLabelLine(line, following, widest))) return false;
  // A credit under its caption is a statement of its own ("… in Kabul.\nImage: Jane Doe.").
  if (isCredit(line.text) && !startsLower) return false;
  if (startsLower) return true;
  if (endsLikeSentence(previous.text)) return previous.text.trimEnd().length >= 0.6 * widest;
  // An open line as long as the wrapped lines around it was cut by the wrap, not by the author.
  return widest >= 30 && previous.text.trimEnd().length >= 0.6 * widest;
}
