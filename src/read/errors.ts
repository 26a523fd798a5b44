/**
 * A problem with an input that the CLI reports as one line, `factcheck: <path>: <problem>`,
 * never as a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** The short problem text, e.g. "no such file". */
    readonly problem: string,
    /** The path as given on the command line ("-" for stdin), when known. */
    readonly path?: string,
  ) {
    super(path === undefined ? problem : `${path}: ${problem}`);
  }

  /** Decoding knows nothing of paths; the reader attaches one afterwards. */
  withPath(path: string): InputError {
    return new InputError(this.problem, path);
  }
}
