import { continuesSentence, endAfterPeriod, endsSentenceCompromiseMissed, isSpeechTag, startsUpper } from './boundaries.js';
import { inlineListCuts, unspacedSentenceEnds } from './inline-cuts.js';
import { trimSpan } from './lines.js';
import { parseSentences, type Token } from './token.js';

/** A sentence of a run: its trimmed document span and its tokens. */
export interface Piece {
  start: number;
  end: number;
  tokens: Token[];
}

/** compromise's sentences of a run, and where a long run was cut into chunks to parse it. */
export interface ParsedRun {
  sentences: Token[][];
  cuts: number[];
}

/**
 * Splits a run of prose (`text.slice(start, end)`, possibly several hard-wrapped lines) into
 * sentences with compromise, then repairs the splits compromise is known to get wrong.
 *
 * Every non-space character of the run ends up in exactly one piece: pieces are cut between
 * sentences, never trimmed of anything but whitespace.
 */
export function splitRun(text: string, start: number, end: number): Piece[] {
  return piecesOfRun(text, start, end, parseRun(text, start, end));
}

/**
 * The run as compromise should read it, of the same length: compromise ends a sentence at
 * every newline and does not treat a no-break space as a space, so both become one space;
 * a horizontal bar becomes an em dash; a Title Case line is put in sentence case. A full stop
 * with no space after it ("world.Today") becomes a space, so that compromise reads two words;
 * piecesOfRun ends the sentence there.
 */
export function prepareRun(original: string): string {
  // compromise reads the horizontal bar ("―", HuffPost's dash) as a word; an em dash it sets off.
  let spaced = original.replace(/[\r\n\t\u00a0\u2028\u2029]/g, ' ').replaceAll('\u2015', '\u2014');
  const unspaced = unspacedSentenceEnds(spaced);
  if (unspaced.length > 0) {
    const parts: string[] = [];
    let from = 0;
    for (const at of unspaced) {
      parts.push(spaced.slice(from, at), ' ');
      from = at + 1;
    }
    parts.push(spaced.slice(from));
    spaced = parts.join('');
  }
  return isTitleCase(spaced) ? sentenceCase(spaced) : spaced;
}

/** Parses one run on its own, in chunks when it is long. */
export function parseRun(text: string, start: number, end: number): ParsedRun {
  const original = text.slice(start, end);
  const prepared = prepareRun(original);
  const parsed: ParsedRun = { sentences: [], cuts: [] };
  for (const chunk of parseChunks(prepared)) {
    parsed.sentences.push(...parseSentences(prepared.slice(chunk.start, chunk.end), original.slice(chunk.start, chunk.end), start + chunk.start));
    if (chunk.start > 0) parsed.cuts.push(start + chunk.start);
  }
  return parsed;
}

/** The run's sentences from compromise's, with its known defects repaired. */
export function piecesOfRun(text: string, start: number, end: number, parsed: ParsedRun): Piece[] {
  const { sentences } = parsed;
  const cuts = new Set<number>(parsed.cuts);
  const tokens = sentences.flat();
  let sentenceStart = 0;
  for (let i = 1; i < sentences.length; i++) {
    sentenceStart += sentences[i - 1]!.length;
    const last = sentenceStart - 1;
    if (!continuesSentence(tokens, last)) cuts.add(endAfterPeriod(tokens[last]!) ?? cutBefore(sentences[i]![0]!, text));
  }
  const dateEnd = leadingDateLength(tokens);
  if (dateEnd > 0) cuts.add(cutBefore(tokens[dateEnd]!, text));
  // Read as prepareRun read it: a Title Case run was parsed in sentence case. Asked only after an abbreviation.
  let titleCase: boolean | undefined;
  const readsAsTitle = (): boolean => (titleCase ??= isTitleCase(text.slice(start, end)));
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (endsSentenceCompromiseMissed(tokens, i, readsAsTitle) && !isSpeechTag(tokens, i)) cuts.add(cutBefore(tokens[i + 1]!, text));
  }
  for (const cut of inlineListCuts(text, start, end)) cuts.add(cut);
  for (const at of unspacedSentenceEnds(text.slice(start, end))) cuts.add(start + at + 1);
  return piecesBetween(text, start, end, [...cuts].sort((a, b) => a - b), tokens);
}

/**
 * "Donald Trump Denies Mike Tyson Invited": in Title Case compromise reads every word as a
 * name. Such lines are parsed in sentence case (capitals kept only on the first word and on
 * acronyms); tokens keep the original text.
 */
function isTitleCase(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  if (words.length < 3) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.8;
}

function sentenceCase(line: string): string {
  return line.replace(/(?<=\S\s+)(\p{Lu})(\p{Ll}[\p{L}'’-]*)/gu, (word: string, first: string, rest: string) => {
    const lower = first.toLowerCase();
    return lower.length === first.length ? lower + rest : word;
  });
}

/**
 * compromise's tagger slows down with the square of a sentence's length: a page without
 * punctuation (a 1 MB blob) would never finish. Text is parsed in chunks of at most
 * MAX_PARSE_CHARS, cut at a sentence end where there is one ("… lawmakers. The", "… in
 * 2019. The"), else after a comma or semicolon, else at a space; a cut is then a statement
 * boundary. Ordinary
 * paragraphs are far shorter and are parsed whole.
 */
export const MAX_PARSE_CHARS = 4000;

export function parseChunks(text: string, max = MAX_PARSE_CHARS): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max);
    const cut = lastMatchEnd(window, /(?:[a-z]{3,}|\d+)[.!?]["'”’)]*\s+(?=["“‘(]?\p{Lu})/gu) || lastMatchEnd(window, /[,;:]\s+/g) || lastMatchEnd(window, /\s+/g) || max;
    chunks.push({ start: from, end: from + cut });
    from += cut;
  }
  chunks.push({ start: from, end: text.length });
  return chunks;
}

/** Where the last match of `pattern` in `text` ends, or 0. */
function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** Where a sentence starting with `token` begins: before its opening punctuation (quote marks, dashes). */
function cutBefore(token: Token, text: string): number {
  const opening = token.pre.trimStart();
  const from = token.start - opening.length;
  return opening !== '' && text.slice(from, token.start) === opening ? from : token.start;
}

/**
 * "Thursday, May 7, 2015 On Tuesday, the government ...": a date line that lost its line
 * break. Returns the number of tokens of the date, or 0.
 */
function leadingDateLength(tokens: readonly Token[]): number {
  let length = 0;
  while (length < tokens.length && length < 6 && (tokens[length]!.tags.has('Date') || tokens[length]!.tags.has('Value'))) length++;
  const date = tokens.slice(0, length);
  const next = tokens[length];
  const complete = date.some((t) => t.tags.has('Month')) && date.some((t) => /^\d{4}$/.test(t.text));
  return complete && next !== undefined && startsUpper(next.text) && date.every((t) => !/[.!?]/.test(t.post)) ? length : 0;
}

/** "1.", "1.)", "• 9." or "•" alone: a list marker belongs to the item after it, not to a sentence of its own. */
const MARKER_ONLY = /^[^\p{L}\p{N}]*(?:\d{1,3}[.)]{1,2}|[a-zA-Z][.)]{1,2})?[^\p{L}\p{N}]*$/u;

function piecesBetween(text: string, start: number, end: number, cuts: number[], tokens: Token[]): Piece[] {
  const bounds = [start];
  for (const cut of cuts) {
    if (cut <= start || cut >= end) continue;
    if (MARKER_ONLY.test(text.slice(bounds[bounds.length - 1], cut))) continue;
    bounds.push(cut);
  }
  bounds.push(end);
  const pieces: Piece[] = [];
  let next = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const upTo = bounds[i + 1]!;
    const first = next;
    // A zero-width token (the "not" of a trailing "can't") sits exactly at its word's end.
    while (next < tokens.length && (tokens[next]!.start < upTo || (i + 2 === bounds.length))) next++;
    const span = trimSpan(text, bounds[i]!, upTo);
    if (span !== null) pieces.push({ ...span, tokens: tokens.slice(first, next) });
  }
  return pieces;
}
