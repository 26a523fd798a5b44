import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { InputError, readInput } from '../../src/read/index.js';

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

const isRoot = process.getuid?.() === 0;

describe('readInput from files', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factcheck-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads and decodes a file, keeping the path as given', async () => {
    const path = join(dir, 'article.txt');
    await writeFile(path, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Héadline\r\nBody.\r', 'utf8')]));
    await expect(readInput(path)).resolves.toEqual({ path, text: 'Héadline\r\nBody.\r' });
  });

  it.each<[string, (dir: string) => Promise<string>, string]>([
    ['missing file', async (d) => join(d, 'nope.txt'), 'no such file'],
    ['path through a regular file', async (d) => {
      await writeFile(join(d, 'plain.txt'), 'x');
      return join(d, 'plain.txt', 'child');
    }, 'no such file'],
    ['directory', async (d) => {
      await mkdir(join(d, 'sub'));
      return join(d, 'sub');
    }, 'is a directory'],
    ['empty file', async (d) => {
      await writeFile(join(d, 'empty.txt'), '');
      return join(d, 'empty.txt');
    }, 'empty input'],
    ['binary file', async (d) => {
      await writeFile(join(d, 'bin.dat'), Buffer.from([0x41, 0x00, 0x42]));
      return join(d, 'bin.dat');
    }, 'binary file (contains NUL bytes)'],
    ['invalid UTF-8 file', async (d) => {
      await writeFile(join(d, 'latin1.txt'), Buffer.from([0xc3, 0x28]));
      return join(d, 'latin1.txt');
    }, 'not valid UTF-8 text'],
  ])('%s', async (_name, setup, problem) => {
    const path = await setup(dir);
    const error = await failure(readInput(path));
    expect(error.problem).toBe(problem);
    expect(error.path).toBe(path);
    expect(error.message).toBe(`${path}: ${problem}`);
    expect(error.message).not.toContain('\n');
  });

  it.skipIf(isRoot)('unreadable file', async () => {
    const path = join(dir, 'secret.txt');
    await writeFile(path, 'text');
    await chmod(path, 0o000);
    const error = await failure(readInput(path));
    expect(error.problem).toBe('permission denied');
    expect(error.path).toBe(path);
  });
});

describe('readInput from stdin', () => {
  it.each<[string, Buffer[], string]>([
    ['one chunk', [Buffer.from('Officials said.\n')], 'Officials said.\n'],
    // An emoji split across chunks must be joined as bytes before decoding.
    ['multi-byte character split across chunks', [Buffer.from([0x61, 0xf0, 0x9f]), Buffer.from([0x98, 0x80, 0x0d])], 'a😀\r'],
    ['UTF-16 LE split mid code unit', [Buffer.from([0xff, 0xfe, 0x41]), Buffer.from([0x00])], 'A'],
  ])('%s', async (_name, chunks, text) => {
    await expect(readInput('-', Readable.from(chunks))).resolves.toEqual({ path: '-', text });
  });

  it('accepts string chunks from an encoded stream', async () => {
    await expect(readInput('-', Readable.from(['a', 'é']))).resolves.toEqual({ path: '-', text: 'aé' });
  });

  it.each<[string, Buffer[], string]>([
    ['no data', [], 'empty input'],
    ['whitespace only', [Buffer.from(' \n\u00a0')], 'empty input'],
    ['NUL bytes', [Buffer.from([0x41, 0x00])], 'binary file (contains NUL bytes)'],
  ])('rejects %s with path "-"', async (_name, chunks, problem) => {
    const error = await failure(readInput('-', Readable.from(chunks)));
    expect(error.problem).toBe(problem);
    expect(error.path).toBe('-');
  });

  it('maps a stream error to one line', async () => {
    const stream = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read\n    at somewhere'), { code: 'EIO' }));
      },
    });
    const error = await failure(readInput('-', stream));
    expect(error.problem).toBe('EIO');
    expect(error.path).toBe('-');
  });

  it('uses the first line of a message when there is no code', async () => {
    const stream = new Readable({
      read() {
        this.destroy(new Error('pipe broke\n    at somewhere'));
      },
    });
    const error = await failure(readInput('-', stream));
    expect(error.problem).toBe('pipe broke');
  });
});
