/**
 * `.factcheckignore`: paths factcheck does not read, in gitignore syntax (comments, `!`
 * negation, a trailing `/` for directories, a leading `/` to anchor at the file's folder, `*`,
 * `**`), matched by the `ignore` package (the matcher ESLint and Prettier use, tested against
 * git's own behaviour) rather than by a hand-written translation of gitignore to globs.
 *
 * One file counts: the nearest `.factcheckignore` walking up from the working directory, its
 * patterns relative to the folder it is in, as a .gitignore's are. A path outside that folder
 * is never ignored.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { InputError } from './errors.js';

export const IGNORE_FILE = '.factcheckignore';

export interface IgnoreRules {
  /** The file as messages show it: relative to the working directory. */
  file: string;
  /** Whether `path` (as given, relative to the working directory or absolute) is excluded. */
  ignores(path: string): boolean;
}

/** The nearest .factcheckignore up from `cwd`, or undefined; a file that cannot be read is an InputError. */
export function findIgnoreFile(cwd: string): IgnoreRules | undefined {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const file = join(directory, IGNORE_FILE);
    let text: string | undefined;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw new InputError(`cannot read (${code ?? 'error'})`, relative(cwd, file) || IGNORE_FILE);
    }
    if (text !== undefined) return ignoreRules(text, directory, cwd, relative(cwd, file) || IGNORE_FILE);
    if (dirname(directory) === directory) return undefined;
  }
}

/** Rules of the given text, for the folder `directory`; paths are resolved from `cwd`. */
export function ignoreRules(text: string, directory: string, cwd: string, file: string): IgnoreRules {
  const matcher: Ignore = ignore().add(text.replace(/^\uFEFF/, ''));
  return {
    file,
    ignores(path) {
      const below = relative(directory, resolve(cwd, path));
      if (below === '' || below.startsWith('..') || isAbsolute(below)) return false;
      return matcher.ignores(below.split(sep).join('/'));
    },
  };
}
