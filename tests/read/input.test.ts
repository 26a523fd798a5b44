import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, it, expect } from 'vitest';
import { symlinkSync, writeFileSync } from 'node:fs';
import { InputError, parseByteSize, readInput } from '../../src/read/index.js';

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
    expect(error.problem).toBe('input/output error');
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

describe('readInput limits', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factcheck-limits-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses a stream over maxBytes as soon as it passes the limit, and reads no further', async () => {
    let chunksRead = 0;
    const endless = new Readable({
      read() {
        chunksRead++;
        this.push(Buffer.from('The council met. '.repeat(64)));
      },
    });
    const error = await failure(readInput('-', endless, 10_000));
    expect(error.problem).toBe('larger than 10000 bytes (--max-bytes)');
    expect(chunksRead).toBeLessThan(50);
  });

  it('refuses an endless binary stream (/dev/zero) on its first chunk', async () => {
    const zeros = new Readable({
      read() {
        this.push(Buffer.alloc(65536));
      },
    });
    expect((await failure(readInput('-', zeros, 0))).problem).toBe('binary file (contains NUL bytes)');
  });

  it('refuses a regular file over maxBytes before reading it, and reads one of exactly maxBytes', async () => {
    const path = join(dir, 'sized.txt');
    writeFileSync(path, 'Officials said so.');
    expect((await failure(readInput(path, undefined, 17))).problem).toBe('larger than 17 bytes (--max-bytes)');
    await expect(readInput(path, undefined, 18)).resolves.toEqual({ path, text: 'Officials said so.' });
    await expect(readInput(path, undefined, 0)).resolves.toEqual({ path, text: 'Officials said so.' });
  });

  it('reads a file of zero-width characters as empty input', async () => {
    const path = join(dir, 'invisible.txt');
    writeFileSync(path, '\u200b\u200c\u200d\u2060\ufeff\n');
    expect((await failure(readInput(path))).problem).toBe('empty input');
  });

  it('says a symbolic link loop in words', async () => {
    const path = join(dir, 'loop-a');
    symlinkSync(join(dir, 'loop-b'), path);
    symlinkSync(path, join(dir, 'loop-b'));
    expect((await failure(readInput(path))).problem).toBe('too many levels of symbolic links (a link that points back at itself?)');
  });
});

describe('parseByteSize', () => {
  it.each<[string, number | undefined]>([
    ['16777216', 16_777_216],
    ['16M', 16_777_216],
    ['16 MB', 16_777_216],
    ['512k', 524_288],
    ['1GiB', 1_073_741_824],
    ['0', 0],
    ['-1', undefined],
    ['1.5M', undefined],
    ['16X', undefined],
    ['', undefined],
  ])('%j', (value, bytes) => {
    expect(parseByteSize(value)).toBe(bytes);
  });
});
