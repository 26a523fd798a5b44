import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oneLine, parseWidth, resolveWidth, shouldUseColor, usageLine } from '../../src/cli-options.js';
import { LABELS, type Report } from '../../src/types.js';
import { BIN, lines, ROOT, run, runShell, SEED, tempDir } from './run.js';

const ESC = '\u001b';
const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function parseReport(stdout: string): Report {
  return JSON.parse(stdout) as Report;
}

function statementTexts(result: { stdout: string }): string[] {
  return parseReport(result.stdout).documents[0]!.statements.map((s) => s.text);
}

/** Checks the JSON contract's promises about offsets, coverage and counts for one input text. */
function checkReportAgainst(report: Report, texts: readonly string[]): void {
  expect(report.schemaVersion).toBe(1);
  expect(report.tool).toEqual({ name: 'factcheck', version });
  expect(report.documents).toHaveLength(texts.length);
  report.documents.forEach((document, d) => {
    const text = texts[d]!;
    expect(document.chars).toBe(text.length);
    expect(document.statements.length).toBeGreaterThan(0);
    const owner = new Array<number>(text.length).fill(0);
    let previousEnd = 0;
    document.statements.forEach((statement, i) => {
      expect(statement.index).toBe(i);
      expect(statement.start).toBeGreaterThanOrEqual(previousEnd);
      expect(statement.end).toBeGreaterThan(statement.start);
      expect(text.slice(statement.start, statement.end)).toBe(statement.text);
      for (let c = statement.start; c < statement.end; c++) owner[c]!++;
      previousEnd = statement.end;
      expect(LABELS).toContain(statement.label);
      expect(typeof statement.rule).toBe('string');
      for (const cue of statement.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
      if (statement.source !== null) {
        expect(text.slice(statement.source.start, statement.source.end)).toBe(statement.source.text);
        expect(text.slice(statement.source.cue.start, statement.source.cue.end)).toBe(statement.source.cue.text);
      }
    });
    const uncovered: number[] = [];
    for (let c = 0; c < text.length; c++) {
      if (!/\s/u.test(text[c]!) && owner[c] !== 1) uncovered.push(c);
    }
    expect(uncovered, 'non-whitespace offsets outside exactly one statement').toEqual([]);
    for (const label of LABELS) {
      expect(document.counts[label]).toBe(document.statements.filter((s) => s.label === label).length);
    }
  });
  expect(report.summary.documents).toBe(report.documents.length);
  expect(report.summary.statements).toBe(report.documents.reduce((n, d) => n + d.statements.length, 0));
  for (const label of LABELS) {
    expect(report.summary.counts[label]).toBe(report.documents.reduce((n, d) => n + d.counts[label], 0));
  }
}

/** Every input error is exactly one line naming the path, and nothing else reaches stderr. */
function expectInputErrorLine(stderr: string, path: string): void {
  const got = lines(stderr);
  expect(got).toHaveLength(1);
  expect(got[0]).toMatch(new RegExp(`^factcheck: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\S.*$`));
}

function expectUsageError(result: { status: number | null; stdout: string; stderr: string }): string {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const got = lines(result.stderr);
  expect(got).toHaveLength(2);
  expect(got[0]).toMatch(/^factcheck: \S/);
  expect(got[1]).toBe("Try 'factcheck --help'.");
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return got[0]!;
}

let dir = '';
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('version and help', () => {
  it('--version and -V print just the package.json version', () => {
    for (const flag of ['--version', '-V']) {
      const result = run([flag]);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect(result.stderr).toBe('');
    }
  });

  it('--help exits 0 with usage, the formats and the examples', () => {
    const result = run(['--help']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage: factcheck \[options\]/);
    expect(result.stdout).toContain('Examples:');
    expect(result.stdout).toContain('  factcheck article.txt\n');
    expect(result.stdout).toContain(`factcheck article.txt --format json | jq '.documents[0].statements[] | select(.label=="unverified") | .text'`);
    expect(result.stdout).toContain('cat article.txt | factcheck -');
    expect(result.stdout).toContain('factcheck a.txt b.txt -o report.json --format json');
    for (const option of ['--format', '--output', '--explain', '--no-color', '--width', '--stdin-filename', '--quiet']) {
      expect(result.stdout).toContain(option);
    }
  });
});

describe('the seed article', () => {
  it('JSON output keeps every promise of the contract', () => {
    const result = run([SEED, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = parseReport(result.stdout);
    expect(report.documents[0]!.path).toBe(SEED);
    checkReportAgainst(report, [seedText]);
  });

  it('the text report names the file and has no escape codes when stdout is not a terminal', () => {
    const result = run([SEED]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.startsWith(SEED)).toBe(true);
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout).not.toContain(ESC);
  });

  it('two runs give byte-identical output in every format', () => {
    for (const format of ['text', 'json']) {
      const first = run([SEED, '--format', format, '--explain']);
      const second = run([SEED, '--format', format, '--explain']);
      expect(first.status).toBe(0);
      expect(second.raw.equals(first.raw)).toBe(true);
    }
  });

  it('--explain adds the rule to the text report', () => {
    const plain = run([SEED]);
    const explained = run([SEED, '--explain']);
    expect(plain.stdout).not.toContain('rule: ');
    expect(explained.stdout).toContain('rule: ');
  });

  it('--width changes the wrapping of the text report', () => {
    const narrow = run([SEED, '--width', '50']);
    const wide = run([SEED, '--width', '150']);
    expect(narrow.status).toBe(0);
    expect(lines(narrow.stdout).length).toBeGreaterThan(lines(wide.stdout).length);
  });
});

describe('stdin', () => {
  it('"-" reads stdin and reports it as "-"', () => {
    const fromStdin = run(['-', '--format', 'json'], { input: seedText });
    const fromFile = run([SEED, '--format', 'json']);
    expect(fromStdin.status).toBe(0);
    const report = parseReport(fromStdin.stdout);
    expect(report.documents[0]!.path).toBe('-');
    checkReportAgainst(report, [seedText]);
    expect(statementTexts(fromStdin)).toEqual(statementTexts(fromFile));
  });

  it('with no file argument, piped stdin is read', () => {
    const result = run(['--format', 'json'], { input: seedText });
    expect(result.status).toBe(0);
    expect(parseReport(result.stdout).documents[0]!.path).toBe('-');
  });

  it('--stdin-filename names stdin in the report', () => {
    for (const args of [['-'], []]) {
      const result = run([...args, '--format', 'json', '--stdin-filename', 'article.txt'], { input: seedText });
      expect(result.status).toBe(0);
      expect(parseReport(result.stdout).documents[0]!.path).toBe('article.txt');
    }
  });

  it('an empty stdin is an input error named after --stdin-filename', () => {
    const result = run(['-', '--stdin-filename', 'pasted.txt'], { input: '\n' });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectInputErrorLine(result.stderr, 'pasted.txt');
  });

  it('a repeated "-" reports stdin twice instead of reading an exhausted stream', () => {
    const result = run(['-', '-', '--format', 'json'], { input: seedText });
    expect(result.status).toBe(0);
    expect(parseReport(result.stdout).documents).toHaveLength(2);
  });

  it('--stdin-filename without stdin warns, and -q silences the warning', () => {
    const loud = run([SEED, '--stdin-filename', 'x.txt']);
    expect(loud.status).toBe(0);
    expect(lines(loud.stderr)).toHaveLength(1);
    expect(loud.stderr).toMatch(/^factcheck: warning: /);
    const quiet = run([SEED, '--stdin-filename', 'x.txt', '-q']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.raw.equals(loud.raw)).toBe(true);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('with no file argument and a terminal on stdin, it is a usage error', () => {
    // util-linux `script` gives the child a pseudo-terminal; -e passes its exit status through.
    const result = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`, '/dev/null'], {
      cwd: ROOT,
      input: '',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).toBe(2);
    const output = result.stdout.toString('utf8').replace(/\r/g, '');
    expect(output).toMatch(/^factcheck: .*stdin.*\nTry 'factcheck --help'\.\n$/);
  });
});

describe('--output', () => {
  it('writes the same bytes stdout would, in every format', () => {
    for (const format of ['text', 'json']) {
      const target = join(dir, `out.${format}`);
      const toFile = run([SEED, '--format', format, '-o', target]);
      expect(toFile.status).toBe(0);
      expect(toFile.stdout).toBe('');
      expect(toFile.stderr).toBe('');
      expect(readFileSync(target).equals(run([SEED, '--format', format]).raw)).toBe(true);
    }
  });

  it('a text report written to a file has colour only with FORCE_COLOR', () => {
    const target = join(dir, 'colour.txt');
    run([SEED, '--output', target]);
    expect(readFileSync(target, 'utf8')).not.toContain(ESC);
    run([SEED, '--output', target], { env: { FORCE_COLOR: '1' } });
    expect(readFileSync(target, 'utf8')).toContain(ESC);
  });

  it('an unwritable output is one error line and exit 2', () => {
    const target = join(dir, 'no-such-dir', 'report.json');
    const result = run([SEED, '-o', target]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectInputErrorLine(result.stderr, target);
  });
});

describe('colour', () => {
  it('is off when stdout is not a terminal, and with NO_COLOR', () => {
    expect(run([SEED]).stdout).not.toContain(ESC);
    expect(run([SEED], { env: { NO_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('FORCE_COLOR turns it on, FORCE_COLOR=0 does not', () => {
    expect(run([SEED], { env: { FORCE_COLOR: '1' } }).stdout).toContain(ESC);
    expect(run([SEED], { env: { FORCE_COLOR: '0' } }).stdout).not.toContain(ESC);
    expect(run([SEED], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain(ESC);
  });

  it('--no-color beats FORCE_COLOR', () => {
    expect(run([SEED, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('JSON never has escape codes', () => {
    expect(run([SEED, '--format', 'json'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('bad inputs', () => {
  const cases: Array<[string, () => string]> = [
    ['a missing file', () => join(dir, 'missing.txt')],
    ['a directory', () => {
      const path = join(dir, 'a-directory');
      mkdirSync(path, { recursive: true });
      return path;
    }],
    ['a binary file', () => tempFile('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00]))],
    ['an empty file', () => tempFile('empty.txt', '')],
    ['a whitespace-only file', () => tempFile('blank.txt', ' \n\t\r\n  \n')],
    ['invalid UTF-8', () => tempFile('latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x2e, 0x0a]))],
  ];

  for (const [name, make] of cases) {
    it(`${name}: exit 2, one "factcheck: <path>: <problem>" line, nothing on stdout`, () => {
      const path = make();
      const result = run([path]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expectInputErrorLine(result.stderr, path);
    });
  }

  it('a good file next to a missing one: the good one is still reported, exit 2', () => {
    const missing = join(dir, 'gone.txt');
    const result = run([missing, SEED, '--format', 'json']);
    expect(result.status).toBe(2);
    expectInputErrorLine(result.stderr, missing);
    const report = parseReport(result.stdout);
    expect(report.documents.map((d) => d.path)).toEqual([SEED]);
    checkReportAgainst(report, [seedText]);
  });

  it('several bad inputs: one line each, in argument order', () => {
    const result = run([join(dir, 'x1.txt'), SEED, join(dir, 'x2.txt')]);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([`factcheck: ${join(dir, 'x1.txt')}: no such file`, `factcheck: ${join(dir, 'x2.txt')}: no such file`]);
    expect(result.stdout.startsWith(SEED)).toBe(true);
  });
});

describe('encodings and line endings', () => {
  const sample = 'Officials said the bridge would reopen on Monday.\n\nThe company denied the report. It may be delayed, a source said.\n';

  it('UTF-8 and UTF-16LE files with a BOM give the statements of the plain UTF-8 file', () => {
    const plain = run([tempFile('plain.txt', sample), '--format', 'json']);
    const utf8Bom = run([tempFile('bom8.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample, 'utf8')])), '--format', 'json']);
    const utf16 = run([tempFile('bom16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])), '--format', 'json']);
    for (const result of [plain, utf8Bom, utf16]) expect(result.status).toBe(0);
    expect(statementTexts(utf8Bom)).toEqual(statementTexts(plain));
    expect(statementTexts(utf16)).toEqual(statementTexts(plain));
    // The BOM is not part of the text, so offsets (and chars) match the plain file too.
    checkReportAgainst(parseReport(utf8Bom.stdout), [sample]);
    checkReportAgainst(parseReport(utf16.stdout), [sample]);
  });

  it('CRLF and lone-CR files give as many statements as the LF file', () => {
    const count = (result: { stdout: string }): number => parseReport(result.stdout).documents[0]!.statements.length;
    const lf = run([SEED, '--format', 'json']);
    const crlfText = seedText.replace(/\n/g, '\r\n');
    const crText = seedText.replace(/\n/g, '\r');
    const crlf = run([tempFile('crlf.txt', crlfText), '--format', 'json']);
    const cr = run([tempFile('cr.txt', crText), '--format', 'json']);
    expect(crlf.status).toBe(0);
    expect(cr.status).toBe(0);
    expect(count(crlf)).toBe(count(lf));
    expect(count(cr)).toBe(count(lf));
    checkReportAgainst(parseReport(crlf.stdout), [crlfText]);
    checkReportAgainst(parseReport(cr.stdout), [crText]);
  });
});

describe('usage errors', () => {
  it('an unknown option', () => {
    expect(expectUsageError(run(['--bogus', SEED]))).toContain('--bogus');
  });

  it('a misspelt option keeps the suggestion on the one line', () => {
    expect(expectUsageError(run(['--formt', 'json', SEED]))).toContain('--format');
  });

  it('an unknown --format names the valid ones', () => {
    const line = expectUsageError(run(['--format', 'xml', SEED]));
    expect(line).toContain('xml');
    expect(line).toContain('text');
    expect(line).toContain('json');
  });

  it('a bad --width', () => {
    for (const width of ['abc', '0', '-3', '12.5']) expect(expectUsageError(run(['--width', width, SEED]))).toContain('--width');
  });
});

describe('pipes', () => {
  it('a reader that closes the pipe early gets what it read; factcheck says in one line that the rest was not written, and exits 2', () => {
    // Big enough that the output cannot fit in the pipe buffer before `head` exits. A script
    // must be able to tell a cut report from a whole one (as jq does), hence the status.
    const big = tempFile('big.txt', Array.from({ length: 20 }, () => seedText).join('\n'));
    for (const format of ['text', 'json']) {
      const result = runShell(`(node ${JSON.stringify(BIN)} ${JSON.stringify(big)} --format ${format} --explain; echo "status $?" >&2) | head -c 10`);
      expect(result.stderr).toBe('factcheck: stdout: cannot write (EPIPE)\nstatus 2\n');
      expect(result.stdout).toHaveLength(10);
    }
    const help = runShell(`node ${JSON.stringify(BIN)} --help | head -1`);
    expect(help.stdout).toMatch(/^Usage: factcheck /);
    expect(help.stderr).not.toMatch(/internal error|at /);
  });
});

describe('shouldUseColor', () => {
  const env = (vars: Record<string, string>): Record<string, string | undefined> => vars;

  it('--no-color turns colour off whatever else says', () => {
    expect(shouldUseColor({ flag: false, env: env({ FORCE_COLOR: '1' }), isTTY: true })).toBe(false);
  });

  it('FORCE_COLOR other than "0" turns it on, even off a terminal and over NO_COLOR', () => {
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '1' }), isTTY: false })).toBe(true);
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '' }), isTTY: false })).toBe(true);
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '3', NO_COLOR: '1' }), isTTY: false })).toBe(true);
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '0' }), isTTY: false })).toBe(false);
  });

  it('FORCE_COLOR=0 (or false) turns it off, even on a terminal, as supports-color does', () => {
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '0' }), isTTY: true })).toBe(false);
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: 'false' }), isTTY: true })).toBe(false);
    expect(shouldUseColor({ flag: true, env: env({ FORCE_COLOR: '0', NO_COLOR: '1' }), isTTY: true })).toBe(false);
  });

  it('TERM=dumb turns it off on a terminal, unless FORCE_COLOR says otherwise', () => {
    expect(shouldUseColor({ flag: true, env: env({ TERM: 'dumb' }), isTTY: true })).toBe(false);
    expect(shouldUseColor({ flag: true, env: env({ TERM: 'dumb', FORCE_COLOR: '1' }), isTTY: true })).toBe(true);
    expect(shouldUseColor({ flag: true, env: env({ TERM: 'xterm-256color' }), isTTY: true })).toBe(true);
  });

  it('a non-empty NO_COLOR turns it off; an empty one is ignored', () => {
    expect(shouldUseColor({ flag: true, env: env({ NO_COLOR: '1' }), isTTY: true })).toBe(false);
    expect(shouldUseColor({ flag: true, env: env({ NO_COLOR: '' }), isTTY: true })).toBe(true);
  });

  it('otherwise colour follows the terminal', () => {
    expect(shouldUseColor({ flag: true, env: {}, isTTY: true })).toBe(true);
    expect(shouldUseColor({ flag: true, env: {}, isTTY: false })).toBe(false);
  });
});

describe('option helpers', () => {
  it('resolveWidth: the flag, else COLUMNS (piped too), else the terminal width, else 80', () => {
    expect(resolveWidth({ flag: 60, isTTY: true, columns: 120, env: { COLUMNS: '100' } })).toBe(60);
    expect(resolveWidth({ flag: undefined, isTTY: false, columns: undefined, env: { COLUMNS: '100' } })).toBe(100);
    expect(resolveWidth({ flag: undefined, isTTY: true, columns: 120, env: { COLUMNS: '72' } })).toBe(72);
    expect(resolveWidth({ flag: undefined, isTTY: false, columns: undefined, env: { COLUMNS: 'wide' } })).toBe(80);
    expect(resolveWidth({ flag: 60, isTTY: true, columns: 120 })).toBe(60);
    expect(resolveWidth({ flag: undefined, isTTY: true, columns: 120 })).toBe(120);
    expect(resolveWidth({ flag: undefined, isTTY: true, columns: 0 })).toBe(80);
    expect(resolveWidth({ flag: undefined, isTTY: false, columns: 120 })).toBe(80);
  });

  it('parseWidth accepts positive whole numbers only', () => {
    expect(parseWidth('72')).toBe(72);
    for (const bad of ['', 'abc', '0', '-1', '1.5', '1e3']) expect(() => parseWidth(bad)).toThrow();
  });

  it('usageLine makes one factcheck: line of a commander message', () => {
    expect(usageLine("error: unknown option '--formt'\n(Did you mean --format?)\n")).toBe(
      "factcheck: unknown option '--formt' (Did you mean --format?)",
    );
  });

  it('oneLine escapes control characters', () => {
    expect(oneLine('a\nb\u001b[31m')).toBe('a\\x0ab\\x1b[31m');
  });
});

describe('repositoryRoot', () => {
  it('GITHUB_WORKSPACE, else the nearest directory with a .git, else none', async () => {
    const { repositoryRoot } = await import('../../src/cli-options.js');
    const exists = (path: string): boolean => path === '/work/repo/.git';
    expect(repositoryRoot({ GITHUB_WORKSPACE: '/ci/checkout' }, '/work/repo/news', exists)).toBe('/ci/checkout');
    expect(repositoryRoot({}, '/work/repo/news/world', exists)).toBe('/work/repo');
    expect(repositoryRoot({}, '/elsewhere', exists)).toBeUndefined();
  });
});
