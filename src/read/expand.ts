import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { IgnoreRules } from './ignore-file.js';

/** One thing to read, in the order reports list them. */
export type InputItem =
  | { kind: 'stdin' }
  | { kind: 'file'; path: string }
  /** An argument that names nothing readable: a pattern that matches no file, an empty directory. */
  | { kind: 'error'; path: string; problem: string };

export interface ExpandOptions {
  /** .factcheckignore's rules (src/read/ignore-file.ts); none without. */
  ignore?: IgnoreRules | undefined;
  /** Told of each file named on the command line that the rules exclude (and that is skipped). */
  onIgnored?: (path: string, file: string) => void;
}

/** What a directory is searched for, by input format. */
export const ARTICLE_EXTENSIONS = ['txt', 'md', 'html', 'htm'] as const;
export const NDJSON_EXTENSIONS = ['ndjson', 'jsonl'] as const;

/**
 * The command-line arguments as a list of inputs: "-" is stdin, a directory is every file
 * with one of `extensions` below it, a pattern that is not an existing path is expanded as a
 * glob (for shells that pass it quoted, and for Windows), anything else is a file whose
 * errors come when it is read. Expansions are sorted by code unit so that runs on any machine
 * and in any locale list files in the same order; a file named twice is read once. Like
 * linters, expansions skip node_modules unless the pattern names it.
 *
 * Paths the ignore rules exclude are left out of every expansion; a directory or pattern whose
 * files are all excluded is an error, as in ESLint. A file named on the command line that the
 * rules exclude is skipped too, and `onIgnored` told: as ESLint does, so that a pre-commit hook
 * or a CI step that passes the changed files by name honours .factcheckignore.
 */
export async function expandInputs(args: readonly string[], extensions: readonly string[], options: ExpandOptions = {}): Promise<InputItem[]> {
  const rules = options.ignore;
  const kept = (paths: string[]): string[] => (rules === undefined ? paths : paths.filter((path) => !rules.ignores(path)));
  const allIgnored = rules === undefined ? '' : ` (all ignored by ${rules.file})`;
  const items: InputItem[] = [];
  const seen = new Set<string>();
  const addFile = async (path: string): Promise<void> => {
    // The real path: a directory that links to itself, or two links to one file, must not report a file twice.
    const key = await realpath(path).catch(() => resolve(path));
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ kind: 'file', path });
  };
  for (const arg of args) {
    if (arg === '-') {
      items.push({ kind: 'stdin' });
      continue;
    }
    const kind = await pathKind(arg);
    if (kind === 'directory') {
      const all = await searchDirectory(arg, extensions);
      const found = kept(all);
      if (found.length === 0) items.push({ kind: 'error', path: arg, problem: `directory has no ${describeExtensions(extensions)} files${all.length > 0 ? allIgnored : ''}` });
      for (const path of found) await addFile(path);
    } else if (kind === 'missing' && isDynamicPattern(arg)) {
      const ignore = arg.includes('node_modules') ? [] : ['**/node_modules/**'];
      const all = sortPaths(await glob(arg, { expandDirectories: false, onlyFiles: true, ignore }));
      const found = kept(all);
      if (found.length === 0) items.push({ kind: 'error', path: arg, problem: `no files match this pattern${all.length > 0 ? allIgnored : ''}` });
      for (const path of found) await addFile(path);
    } else if (rules !== undefined && rules.ignores(arg)) {
      options.onIgnored?.(arg, rules.file);
    } else {
      await addFile(arg);
    }
  }
  return items;
}

async function pathKind(path: string): Promise<'directory' | 'other' | 'missing'> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Found paths are the directory as given joined with the path below it, so reports show
 * "articles/a.txt" for "articles" and "./articles/a.txt" for "./articles". Hidden files and
 * node_modules are skipped as every linter does.
 */
async function searchDirectory(directory: string, extensions: readonly string[]): Promise<string[]> {
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const found = await glob(pattern, { cwd: directory, expandDirectories: false, onlyFiles: true, ignore: ['**/node_modules/**'], caseSensitiveMatch: false });
  const prefix = directory.endsWith('/') ? directory : `${directory}/`;
  return sortPaths(found).map((path) => prefix + path);
}

function sortPaths(paths: readonly string[]): string[] {
  return [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function describeExtensions(extensions: readonly string[]): string {
  const names = extensions.map((e) => `*.${e}`);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
