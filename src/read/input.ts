import { open, type FileHandle } from 'node:fs/promises';
import { binaryProblem, decodeBytes } from './decode.js';
import { InputError } from './errors.js';

export interface Input {
  /** The path as given, "-" for stdin. */
  path: string;
  text: string;
}

/**
 * How many bytes one document may have by default (`--max-bytes`): four hundred times a long
 * news article, and small enough that annotating it stays within a gigabyte of memory.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/** "16777216", "16M", "16 MB", "512k", "0": a whole number of bytes (units are powers of 1024), else undefined. */
export function parseByteSize(value: string): number | undefined {
  const match = /^\s*(\d+)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match === null ? undefined : UNITS[match[2]!.toLowerCase()];
  if (match === null || unit === undefined) return undefined;
  const bytes = Number(match[1]) * unit;
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** What a read of at most `maxBytes` bytes says of a longer input. */
export function tooLarge(maxBytes: number): InputError {
  return new InputError(`larger than ${maxBytes} bytes (--max-bytes)`);
}

/** Bytes read at a time: a character device or a FIFO is never read whole before it is checked. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Read a file, or all of stdin for "-", and decode it; every failure is an InputError. At most
 * `maxBytes` bytes are read (0: no limit): a larger regular file is refused before it is read,
 * a stream, a FIFO or a device (/dev/zero) is cut off as soon as it goes over. A binary input is
 * refused on its first chunk.
 */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin, maxBytes = DEFAULT_MAX_BYTES): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStream(stdin, maxBytes) : await readFileBounded(path, maxBytes);
    return { path, text: decodeBytes(bytes) };
  } catch (error) {
    if (error instanceof InputError) throw error.withPath(path);
    throw new InputError(describeReadError(error), path);
  }
}

async function readFileBounded(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const stats = await handle.stat();
    if (stats.isFile() && maxBytes > 0 && stats.size > maxBytes) throw tooLarge(maxBytes);
    return await readChunks(chunksOf(handle), maxBytes);
  } finally {
    await handle.close();
  }
}

async function* chunksOf(handle: FileHandle): AsyncGenerator<Uint8Array> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) return;
    yield buffer.subarray(0, bytesRead);
  }
}

function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  // A stream with setEncoding() yields strings; take them back to bytes so decoding is uniform.
  const chunks = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
  };
  return readChunks(chunks(), maxBytes);
}

/** The chunks joined, refused as binary on the first one and as too large as soon as they pass `maxBytes`. */
async function readChunks(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer> {
  const kept: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    if (total === 0) {
      const binary = binaryProblem(chunk);
      if (binary !== undefined) throw new InputError(binary);
    }
    total += chunk.length;
    if (maxBytes > 0 && total > maxBytes) throw tooLarge(maxBytes);
    kept.push(chunk);
  }
  return Buffer.concat(kept, total);
}

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file', // a path through a regular file, "notes.txt/x"
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links (a link that points back at itself?)',
  ENAMETOOLONG: 'file name too long',
  ENXIO: 'not a file that can be read (a socket, or a device with nothing behind it)',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
};

/** One short line: the CLI prints it after the path, so a stack or multi-line message would be noise. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return PROBLEMS[code] ?? code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.trim() || 'read failed';
}
