import { InputError } from './errors.js';

/**
 * Turn the raw bytes of an input into the text every later stage indexes into.
 *
 * Line endings are left exactly as they are: statement offsets are indices into the
 * string returned here, so any normalisation would have to happen before, not after.
 */
export function decodeBytes(bytes: Uint8Array): string {
  const text = decodeByBom(bytes);
  if (isBlank(text)) throw new InputError('empty input');
  return text;
}

/**
 * Nothing to annotate: only white space (\s covers Unicode White_Space and U+FEFF, so a file
 * of NBSPs counts) and invisible format characters (zero-width spaces and joiners, soft
 * hyphens, direction marks), which would otherwise make an invisible "headline".
 */
export function isBlank(text: string): boolean {
  return /^[\s\p{Cf}]*$/u.test(text);
}

/**
 * Why the bytes (or the first chunk of them) are not text, if they are not: UTF-8 text never
 * contains NUL, but UTF-16 without a BOM and binaries do; both would otherwise decode
 * "successfully" into garbage. UTF-16 with a BOM has NULs and is text.
 */
export function binaryProblem(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return undefined;
  return bytes.includes(0) ? 'binary file (contains NUL bytes)' : undefined;
}

function decodeByBom(bytes: Uint8Array): string {
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16Le(bytes.subarray(2));
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16Le(swapBytePairs(bytes.subarray(2)));
  const binary = binaryProblem(bytes);
  if (binary !== undefined) throw new InputError(binary);
  return decode('utf-8', startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes, 'not valid UTF-8 text');
}

function decodeUtf16Le(bytes: Uint8Array): string {
  return decode('utf-16le', bytes, 'not valid UTF-16 text');
}

function decode(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array, problem: string): string {
  // ignoreBOM: the BOM is already stripped; a second U+FEFF is content and must keep its offset.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch (error) {
    // Past V8's longest string (some 512 MB of ASCII) the bytes may be perfectly good text.
    if ((error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG') throw new InputError(`too large to hold as one text (${bytes.length} bytes)`);
    throw new InputError(problem);
  }
}

/** 'utf-16be' needs full ICU in Node; swapping to LE works on every build. */
function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1]!;
    swapped[i + 1] = bytes[i]!;
  }
  // An odd trailing byte stays last so the fatal decoder still rejects the truncation.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1]!;
  return swapped;
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, i) => bytes[i] === byte);
}
