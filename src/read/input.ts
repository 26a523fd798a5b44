import { readFile } from 'node:fs/promises';
import { decodeBytes } from './decode.js';
import { InputError } from './errors.js';

export interface Input {
  /** The path as given, "-" for stdin. */
  path: string;
  text: string;
}

/** Read a file, or all of stdin for "-", and decode it; every failure is an InputError. */
export async function readInput(path: string, stdin: NodeJS.ReadableStream = process.stdin): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStream(stdin) : await readFile(path);
  } catch (error) {
    throw new InputError(describeReadError(error), path);
  }
  try {
    return { path, text: decodeBytes(bytes) };
  } catch (error) {
    if (error instanceof InputError) throw error.withPath(path);
    throw error;
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    // A stream with setEncoding() yields strings; take them back to bytes so decoding is uniform.
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

const PROBLEMS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file', // a path through a regular file, "notes.txt/x"
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
};

/** One short line: the CLI prints it after the path, so a stack or multi-line message would be noise. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return PROBLEMS[code] ?? code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0]?.trim() || 'read failed';
}
