import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { readDirectives, type Directive } from '../check/directives.js';
import { InputError } from './errors.js';
import { ARTICLE_EXTENSIONS, expandInputs, NDJSON_EXTENSIONS } from './expand.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { findIgnoreFile, type IgnoreRules } from './ignore-file.js';
import { DEFAULT_MAX_BYTES, describeReadError, readInput, type Input } from './input.js';
import { readNdjson } from './ndjson.js';

export const INPUT_FORMATS = ['auto', 'text', 'html', 'ndjson', 'lines'] as const;
/**
 * `auto`: HTML by extension (or, for stdin, by its first tag), plain text otherwise. `lines`:
 * plain text read one statement a line (src/segment/one-a-line.ts); the reading is as for text.
 */
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** A document ready to annotate, or an input that could not be read. */
export type ReadEvent =
  | {
      kind: 'document';
      path: string;
      /** The text to annotate: the input as read (or extracted), its inline directives blanked out. */
      text: string;
      extractedFrom?: 'html';
      /** The inline directives found in it (src/check/directives.ts), when there are some. */
      directives?: Directive[];
      /** Directives it could not understand, one line each ("line 3: …"), for the CLI to warn about. */
      warnings?: string[];
    }
  | { kind: 'error'; path: string; problem: string };

export interface ReadOptions {
  format: InputFormat;
  /** The name stdin goes by in reports and messages. */
  stdinName: string;
  stdin: NodeJS.ReadableStream;
  /** Bytes one document (a file, stdin, an NDJSON line) may have; 0 for no limit. Default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
  /** Honour .factcheckignore (the nearest up from the working directory); default true. */
  ignore?: boolean;
  /** Told of each file named on the command line that .factcheckignore excludes (it is not read). */
  onIgnored?: (path: string, file: string) => void;
  /** Told how far the reading is, for a progress bar: after the inputs are listed, at each input, at each NDJSON record. */
  onProgress?: (progress: ReadProgress) => void;
}

/** How far the reading is: input `input` (1-based) of `inputs`; in an NDJSON file, `bytes` read of its `size` when known. */
export interface ReadProgress {
  input: number;
  inputs: number;
  bytes?: number;
  size?: number;
}

/**
 * Every document the arguments name, in order, one at a time: a caller can annotate and
 * write each before the next is read. Nothing here throws for a bad input; each one becomes
 * an error event and the next input is read.
 */
export async function* readDocuments(args: readonly string[], options: ReadOptions): AsyncGenerator<ReadEvent> {
  const ndjson = options.format === 'ndjson';
  let rules: IgnoreRules | undefined;
  if (options.ignore !== false) {
    try {
      rules = findIgnoreFile(process.cwd());
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { kind: 'error', path: error.path ?? '.factcheckignore', problem: error.problem };
    }
  }
  const items = await expandInputs(args, ndjson ? NDJSON_EXTENSIONS : ARTICLE_EXTENSIONS, { ignore: rules, onIgnored: options.onIgnored });
  // stdin can be consumed once; a repeated "-" reuses what was read instead of seeing an empty stream.
  let stdin: Promise<Input> | undefined;
  const report = options.onProgress ?? (() => {});
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  report({ input: 0, inputs: items.length });
  for (const [index, item] of items.entries()) {
    report({ input: index + 1, inputs: items.length });
    if (item.kind === 'error') {
      yield item;
      continue;
    }
    const path = item.kind === 'stdin' ? options.stdinName : item.path;
    if (ndjson) {
      const onBytes = (bytes: number, size: number | undefined): void => report({ input: index + 1, inputs: items.length, bytes, size });
      yield* readBatch(item.kind === 'stdin' ? '-' : item.path, path, options.stdin, maxBytes, onBytes);
      continue;
    }
    try {
      const input = item.kind === 'stdin' ? await (stdin ??= readInput('-', options.stdin, maxBytes)) : await readInput(item.path, undefined, maxBytes);
      yield toDocument(input.text, path, options.format, item.kind === 'stdin');
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { kind: 'error', path, problem: error.problem };
    }
  }
}

function toDocument(text: string, path: string, format: InputFormat, fromStdin: boolean): ReadEvent {
  const html = format === 'html' || (format === 'auto' && (/\.html?$/i.test(path) || (fromStdin && looksLikeHtml(text))));
  if (!html) return withDirectives({ kind: 'document', path, text });
  const extracted = extractHtml(text);
  if (extracted === '') return { kind: 'error', path, problem: 'no article text in the HTML' };
  return withDirectives({ kind: 'document', path, text: extracted, extractedFrom: 'html' });
}

/** The document with its inline directives found and blanked out (src/check/directives.ts). */
function withDirectives(event: Extract<ReadEvent, { kind: 'document' }>): ReadEvent {
  const { text, directives, problems } = readDirectives(event.text);
  if (text === event.text) return event;
  // Lines of extracted text are not the page's lines.
  const where = (line: number): string => (event.extractedFrom === 'html' ? '' : `line ${line}: `);
  const warnings = problems.map((p) => `${where(p.line)}${p.problem}`);
  return { ...event, text, ...(directives.length > 0 ? { directives } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** An NDJSON batch: its bad lines are errors named `<file>:<line>`, its good ones documents. */
async function* readBatch(
  source: string,
  name: string,
  stdin: NodeJS.ReadableStream,
  maxBytes: number,
  onBytes: (bytes: number, size: number | undefined) => void,
): AsyncGenerator<ReadEvent> {
  let stream: NodeJS.ReadableStream;
  let size: number | undefined;
  if (source === '-') {
    stream = stdin;
    size = stdinSize(stdin);
  } else {
    try {
      // Opening first turns a missing file into an error here rather than a stream event later.
      const handle = await open(source, 'r');
      size = (await handle.stat().catch(() => undefined))?.size;
      stream = handle.createReadStream();
    } catch (error) {
      yield { kind: 'error', path: name, problem: describeReadError(error) };
      return;
    }
  }
  let records = 0;
  try {
    for await (const record of readNdjson(stream, (bytes) => onBytes(bytes, size), maxBytes)) {
      records++;
      if (record.kind === 'error') yield { kind: 'error', path: `${name}:${record.line}`, problem: record.problem };
      else yield withDirectives({ kind: 'document', path: record.id ?? `${name}:${record.line}`, text: record.text });
    }
  } catch (error) {
    yield { kind: 'error', path: name, problem: describeReadError(error) };
    return;
  }
  // As with a text input: nothing to annotate is a mistake upstream worth one line.
  if (records === 0) yield { kind: 'error', path: name, problem: 'empty input' };
}

/** The size of stdin when it is a regular file (`factcheck < batch.ndjson`), for the progress bar. */
function stdinSize(stdin: NodeJS.ReadableStream): number | undefined {
  const { fd } = stdin as { fd?: unknown };
  if (typeof fd !== 'number') return undefined;
  try {
    const stats = fstatSync(fd);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
