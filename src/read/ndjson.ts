import { createInterface } from 'node:readline';

/** One line of an NDJSON batch: a document to annotate, or why the line is not one. */
export type NdjsonRecord =
  | { kind: 'document'; line: number; id: string | undefined; text: string }
  | { kind: 'error'; line: number; problem: string };

/** Lines read ahead of the consumer at most (plus those of the chunk in hand). */
const MAX_QUEUED_LINES = 16;

/**
 * The records of an NDJSON stream, `{"id": "…", "text": "…"}` a line, read a line at a time so
 * a batch of any size runs in constant memory: reading pauses while MAX_QUEUED_LINES wait for
 * the consumer (readline's own iterator reads a thousand lines ahead, megabytes of articles).
 * Blank lines are skipped (a trailing newline, a separator between concatenated batches); keys
 * other than id and text are ignored, since the producing program may carry its own metadata
 * along. `onBytes` is told, before each record, how many bytes of the stream the lines up to it
 * take (for a progress bar).
 */
export async function* readNdjson(stream: NodeJS.ReadableStream, onBytes?: (bytes: number) => void): AsyncGenerator<NdjsonRecord> {
  // An input error (EISDIR, EIO) must end the loop with that error, not leave it waiting for lines.
  let failure: unknown;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const queue: string[] = [];
  let closed = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  lines.on('line', (line: string) => {
    queue.push(line);
    if (queue.length >= MAX_QUEUED_LINES) lines.pause();
    notify();
  });
  lines.on('close', () => {
    closed = true;
    notify();
  });
  // readline passes the input's errors on as its own.
  const fail = (error: unknown): void => {
    failure ??= error;
    lines.close();
  };
  lines.on('error', fail);
  stream.once('error', fail);
  let number = 0;
  let bytes = 0;
  try {
    for (;;) {
      const raw = queue.shift();
      if (raw === undefined) {
        if (closed) break;
        lines.resume();
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      number++;
      if (onBytes !== undefined) {
        bytes += Buffer.byteLength(raw, 'utf8') + 1;
        onBytes(bytes);
      }
      const line = number === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      yield parseRecord(line, number);
    }
  } finally {
    lines.close();
  }
  if (failure !== undefined) throw failure;
}

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
  if (/^\s*$/u.test(text)) return error('empty "text"');
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') return error('"id" is not a string or a number');
  return { kind: 'document', line: number, id: id === undefined || id === null ? undefined : String(id), text };
}
