import { describe, it, expect } from 'vitest';
import { decodeBytes, InputError } from '../../src/read/index.js';

const utf8 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

function utf16le(text: string): Uint8Array {
  return concat(bytes(0xff, 0xfe), new Uint8Array(Buffer.from(text, 'utf16le')));
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  return concat(bytes(0xfe, 0xff), new Uint8Array(Buffer.from(le).swap16()));
}

function problemOf(input: Uint8Array): string | undefined {
  try {
    decodeBytes(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).problem;
  }
  return undefined;
}

const mixed = 'Héadline 😀\r\nBody line one.\r\nSecond — “quoted”.\n';

describe('decodeBytes: text it accepts', () => {
  it.each<[string, Uint8Array, string]>([
    ['plain ASCII', utf8('Officials said on Monday.'), 'Officials said on Monday.'],
    ['UTF-8 with non-ASCII and emoji', utf8(mixed), mixed],
    ['UTF-8 with BOM, BOM removed', concat(bytes(0xef, 0xbb, 0xbf), utf8(mixed)), mixed],
    ['UTF-16 LE with BOM', utf16le(mixed), mixed],
    ['UTF-16 BE with BOM', utf16be(mixed), mixed],
    ['UTF-16 LE non-BMP only', utf16le('😀'), '😀'],
    ['UTF-16 BE non-BMP only', utf16be('😀'), '😀'],
    ['CRLF preserved', utf8('one\r\ntwo\r\n'), 'one\r\ntwo\r\n'],
    ['lone CR preserved', utf8('one\rtwo\r'), 'one\rtwo\r'],
    ['mixed line endings preserved', utf8('a\r\nb\rc\nd'), 'a\r\nb\rc\nd'],
    ['leading and trailing whitespace kept', utf8('  \n text \n'), '  \n text \n'],
    ['a second BOM is content, not stripped', concat(bytes(0xef, 0xbb, 0xbf), utf8('\ufeffx')), '\ufeffx'],
  ])('%s', (_name, input, expected) => {
    const text = decodeBytes(input);
    expect(text).toBe(expected);
    expect(text.length).toBe(expected.length);
  });
});

describe('decodeBytes: input it rejects', () => {
  it.each<[string, Uint8Array, string]>([
    ['NUL in the middle', concat(utf8('abc'), bytes(0), utf8('def')), 'binary file (contains NUL bytes)'],
    ['NUL after a UTF-8 BOM', bytes(0xef, 0xbb, 0xbf, 0x41, 0x00), 'binary file (contains NUL bytes)'],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('text', 'utf16le')), 'binary file (contains NUL bytes)'],
    ['PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'binary file (contains NUL bytes)'],
    ['invalid UTF-8 (C3 28)', bytes(0x41, 0xc3, 0x28), 'not valid UTF-8 text'],
    ['truncated UTF-8 sequence', bytes(0x41, 0xe2, 0x82), 'not valid UTF-8 text'],
    ['Latin-1 byte', bytes(0x63, 0x61, 0x66, 0xe9), 'not valid UTF-8 text'],
    ['UTF-16 LE with odd byte count', concat(utf16le('ab'), bytes(0x41)), 'not valid UTF-16 text'],
    ['UTF-16 BE with lone surrogate', bytes(0xfe, 0xff, 0xd8, 0x3d, 0x00, 0x41), 'not valid UTF-16 text'],
    ['zero bytes', bytes(), 'empty input'],
    ['only a UTF-8 BOM', bytes(0xef, 0xbb, 0xbf), 'empty input'],
    ['only a UTF-16 LE BOM', bytes(0xff, 0xfe), 'empty input'],
    ['spaces', utf8('    '), 'empty input'],
    ['newlines and CRLF', utf8('\n\r\n\r\n'), 'empty input'],
    ['tabs and no-break spaces', utf8('\t\u00a0 \u00a0\n'), 'empty input'],
    ['other Unicode spaces', utf8('\u2003\u3000\u2028'), 'empty input'],
    ['UTF-16 BE whitespace only', utf16be(' \u00a0\r\n'), 'empty input'],
  ])('%s', (_name, input, problem) => {
    expect(problemOf(input)).toBe(problem);
  });

  it('carries no path of its own', () => {
    expect(() => decodeBytes(bytes())).toThrow(expect.objectContaining({ path: undefined, message: 'empty input' }));
  });
});
