import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/read/expand.js';
import { findIgnoreFile, ignoreRules } from '../../src/read/ignore-file.js';

describe('.factcheckignore rules (gitignore syntax)', () => {
  const rules = ignoreRules(
    ['# drafts are not checked', 'drafts/', '*.tmp.md', '!keep.tmp.md', '/archive.txt', 'wire/**/agency-*.txt', ''].join('\n'),
    '/repo',
    '/repo',
    '.factcheckignore',
  );

  it.each<[string, boolean]>([
    ['drafts/a.txt', true], // a directory, at any depth
    ['news/drafts/b.md', true],
    ['drafts.txt', false], // the trailing slash: only a directory
    ['x.tmp.md', true], // a wildcard
    ['sub/x.tmp.md', true],
    ['keep.tmp.md', false], // negation
    ['archive.txt', true], // anchored at the file's folder
    ['news/archive.txt', false],
    ['wire/agency-1.txt', true], // ** matches no folder …
    ['wire/2024/06/agency-2.txt', true], // … or several
    ['wire/2024/own.txt', false],
    ['news/a.txt', false],
  ])('%s ignored: %s', (path, ignored) => {
    expect(rules.ignores(path)).toBe(ignored);
  });

  it('resolves paths from the working directory, and never ignores one outside the file\'s folder', () => {
    const below = ignoreRules('drafts/\n', '/repo', '/repo/news', '../.factcheckignore');
    expect(below.ignores('drafts/a.txt')).toBe(true);
    expect(below.ignores('/repo/drafts/a.txt')).toBe(true);
    expect(below.ignores('../../elsewhere/drafts/a.txt')).toBe(false);
  });
});

describe('expandInputs with .factcheckignore', () => {
  let root = '';
  const cwd = process.cwd();
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'factcheck-ignore-'));
    for (const path of ['articles/a.txt', 'articles/drafts/b.txt', 'articles/c.tmp.md', 'articles/keep.tmp.md', 'only-drafts/drafts/d.txt']) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), 'The mayor spoke.\n');
    }
    writeFileSync(join(root, '.factcheckignore'), 'drafts/\n*.tmp.md\n!keep.tmp.md\n');
    process.chdir(join(root, 'articles'));
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('is found walking up from the working directory, and named relative to it', () => {
    expect(findIgnoreFile(process.cwd())?.file).toBe('../.factcheckignore');
  });

  it('leaves ignored files out of directory and glob expansion; an explicitly named one is skipped and reported', async () => {
    const ignore = findIgnoreFile(process.cwd());
    const reported: string[] = [];
    const items = await expandInputs(['.', '*.md', 'drafts/b.txt'], ['txt', 'md'], { ignore, onIgnored: (path, file) => reported.push(`${path} by ${file}`) });
    expect(items).toEqual([
      { kind: 'file', path: './a.txt' },
      { kind: 'file', path: './keep.tmp.md' },
    ]);
    expect(reported).toEqual(['drafts/b.txt by ../.factcheckignore']);
  });

  it('a directory or pattern whose files are all ignored is an error that says so', async () => {
    const ignore = findIgnoreFile(process.cwd());
    expect(await expandInputs(['../only-drafts', 'drafts/*.txt'], ['txt'], { ignore })).toEqual([
      { kind: 'error', path: '../only-drafts', problem: 'directory has no *.txt files (all ignored by ../.factcheckignore)' },
      { kind: 'error', path: 'drafts/*.txt', problem: 'no files match this pattern (all ignored by ../.factcheckignore)' },
    ]);
  });

  it('without rules (--no-ignore) every file is read', async () => {
    const items = await expandInputs(['.'], ['txt', 'md']);
    expect(items.map((item) => (item.kind === 'file' ? item.path : item.kind))).toEqual(['./a.txt', './c.tmp.md', './drafts/b.txt', './keep.tmp.md']);
  });
});
