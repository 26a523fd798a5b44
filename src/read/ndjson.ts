import { binaryProblem, isBlank } from './decode.js';
import { tooLarge } from './input.js';

/** One line of an NDJSON batch: a document to annotate, or why the line is not one. */
export type NdjsonRecord =
  | { kind: 'document'; line: number; id: string | undefined; text: string }
  | { kind: 'error'; line: number; problem: string };

const LF = 0x0a;
const CR = 0x0d;

/**
 * The records of an NDJSON stream, `{"id": "…", "text": "…"}` a line, read a chunk at a time so
 * that a batch of any size runs in constant memory: the stream is read only as fast as records
 * are taken. A line breaks at LF, CRLF or a lone CR (as readline does). A line longer than
 * `maxBytes` (0: no limit) is not kept in memory: it is skipped up to its end and reported as
 * too large, and the batch goes on. Each line is decoded as UTF-8 on its own, so bad bytes are
 * reported against their line. Blank lines are skipped (a trailing newline, a separator between
 * concatenated batches); keys other than id and text are ignored, since the producing program
 * may carry its own metadata along. `onBytes` is told, before each record, how many bytes of
 * the stream the lines up to it take (for a progress bar). A stream that starts as a binary
 * file (NUL bytes in its first chunk, /dev/zero) fails as a whole, before it is read on.
 */
export async function* readNdjson(stream: AsyncIterable<unknown>, onBytes?: (bytes: number) => void, maxBytes = 0): AsyncGenerator<NdjsonRecord> {
  let pieces: Uint8Array[] = [];
  let length = 0;
  let oversized = false;
  let afterCR = false;
  let consumed = 0;
  let number = 0;
  let first = true;
  const finish = (): NdjsonRecord | undefined => {
    number++;
    onBytes?.(consumed);
    const line = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, length);
    const wasOversized = oversized;
    [pieces, length, oversized] = [[], 0, false];
    if (wasOversized) return { kind: 'error', line: number, problem: tooLarge(maxBytes).problem };
    let text: string;
    try {
      // Only the first line may start with a BOM; anywhere else U+FEFF is content.
      text = (number === 1 ? FIRST_LINE : LINE).decode(line);
    } catch {
      return { kind: 'error', line: number, problem: 'not valid UTF-8 text' };
    }
    return text.trim() === '' ? undefined : parseRecord(text, number);
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : (raw as Uint8Array);
    if (first && chunk.length > 0) {
      first = false;
      const binary = binaryProblem(chunk);
      if (binary !== undefined) throw new Error(binary);
    }
    let start = 0;
    if (afterCR && chunk[0] === LF) {
      // The LF of a CRLF whose CR ended the previous chunk.
      start = 1;
      consumed++;
    }
    afterCR = false;
    // indexOf scans natively; the next CR is looked for again only once it has been passed.
    let nextCR = chunk.indexOf(CR, start);
    for (;;) {
      const nextLF = chunk.indexOf(LF, start);
      if (nextCR !== -1 && nextCR < start) nextCR = chunk.indexOf(CR, start);
      const end = nextCR === -1 ? nextLF : nextLF === -1 ? nextCR : Math.min(nextLF, nextCR);
      if (end === -1) break;
      keep(chunk.subarray(start, end));
      const crlf = chunk[end] === CR && chunk[end + 1] === LF;
      const breakLength = crlf ? 2 : 1;
      consumed += end - start + breakLength;
      afterCR = chunk[end] === CR && end + 1 === chunk.length;
      const record = finish();
      if (record !== undefined) yield record;
      start = end + breakLength;
    }
    keep(chunk.subarray(start));
    consumed += chunk.length - start;
  }
  if (length > 0 || oversized) {
    const record = finish();
    if (record !== undefined) yield record;
  }

  function keep(piece: Uint8Array): void {
    if (piece.length === 0 || oversized) return;
    length += piece.length;
    if (maxBytes > 0 && length > maxBytes) {
      [pieces, oversized] = [[], true];
      return;
    }
    // A copy: the chunk's buffer may be reused by the stream.
    pieces.push(Uint8Array.prototype.slice.call(piece));
  }
}

const FIRST_LINE = new TextDecoder('utf-8', { fatal: true });
const LINE = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function parseRecord(line: string, number: number): NdjsonRecord {
  const error = (problem: string): NdjsonRecord => ({ kind: 'error', line: number, problem });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return error('not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return error('not a JSON object');
  const record = value as Record<string, unknown>;
  const { text, id } = record;
  if (!Object.hasOwn(record, 'text')) return error('missing "text"');
  if (typeof text !== 'string') return error('"text" is not a string');
  if (isBlank(text)) return error('empty "text"');
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return error('"id" is not a string or a number');
  const { title } = record;
  if (title !== undefined && title !== null && typeof title !== 'string') return error('"title" is not a string');
  // A title is the document's headline: its first line, set apart from the text by a blank line.
  const document = typeof title === 'string' && !isBlank(title) ? `${title.replace(/\s+/g, ' ').trim()}\n\n${text}` : text;
  return { kind: 'document', line: number, id: id === undefined || id === null ? undefined : String(id), text: document };
}
