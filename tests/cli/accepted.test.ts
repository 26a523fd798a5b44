/**
 * Accepted findings and severities, run as a user runs them: inline directives, .factcheckignore,
 * baselines, --severity and --max-warnings, with their exit codes and stderr lines.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { lines, run, tempDir } from './run.js';

// Sentences written for these tests. Statement 2 is unverified, 3 a denial, 4 an assertion with no source.
const ARTICLE = 'Council budget\n\nThe budget may be cut, a source said.\n\nThe mayor denied the report.\n\nThe council approved the plan on Monday.\n';
let dir = '';
const at = (name: string): string => join(dir, name);
const write = (name: string, text: string): string => {
  mkdirSync(join(at(name), '..'), { recursive: true });
  writeFileSync(at(name), text);
  return name;
};
// Runs in the temporary folder (no .git above it: paths are as given) and without a config.
const check = (...args: string[]) => run(['check', '--no-config', ...args], { cwd: dir });
const json = (stdout: string): Report => JSON.parse(stdout) as Report;

beforeAll(() => {
  dir = tempDir();
  write('a.txt', ARTICLE);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('severities', () => {
  it('a warn policy is a ::warning and does not fail the check; an error still does', () => {
    const warnOnly = check('a.txt', '--require-source', '--severity', 'require-source=warn', '--format', 'github');
    expect(warnOnly).toMatchObject({ status: 0, stderr: '' });
    expect(lines(warnOnly.stdout)).toEqual(['::warning file=a.txt,line=7,col=1,endLine=7,endColumn=41,title=require-source::assertion with no source (require-source)']);
    const both = check('a.txt', '--require-source', '--fail-on', 'denial', '--severity', 'require-source=warn', '--format', 'github');
    expect(both.status).toBe(1);
    expect(lines(both.stdout).map((l) => l.slice(0, l.indexOf(' ')))).toEqual(['::error', '::warning']);
  });

  it('--max-warnings N fails the check past N warnings, with one line on stderr', () => {
    const args = ['a.txt', '--require-source', '--fail-on', 'unverified', '--severity', 'require-source=warn,fail-on=warn', '--format', 'json'];
    expect(check(...args, '--max-warnings', '2')).toMatchObject({ status: 0, stderr: '' });
    const over = check(...args, '--max-warnings', '1');
    expect(over.status).toBe(1);
    expect(lines(over.stderr)).toEqual(['factcheck: 2 warnings, more than --max-warnings 1 allows']);
    expect(json(over.stdout).documents[0]!.violations!.map((v) => [v.policy, v.severity])).toEqual([
      ['fail-on', 'warning'],
      ['require-source', 'warning'],
    ]);
  });

  it('the text report says error or warning on every problem; a warning-only report is printed, exit 0', () => {
    const result = check('a.txt', '--require-source', '--fail-on', 'denial', '--severity', 'require-source=warn', '--width', '100');
    expect(result.status).toBe(1);
    const out = lines(result.stdout);
    const heading = out.indexOf('  ✖ 2 problems (1 error, 1 warning): fail-on, require-source');
    expect(out.slice(heading + 1, heading + 3)).toEqual([
      '    statement 3  error    labelled denial, which fail-on forbids (fail-on denial)',
      '    statement 4  warning  assertion with no source (require-source)',
    ]);
    const warnings = check('a.txt', '--require-source', '--severity', 'require-source=warn');
    expect(warnings.status).toBe(0);
    expect(warnings.stdout).toContain('  ⚠ 1 problem (0 errors, 1 warning): require-source\n');
  });

  it('the config sets severities and maxWarnings; options override them', () => {
    write('cfg/factcheck.config.json', JSON.stringify({ requireSource: true, severity: { 'require-source': 'warn' }, maxWarnings: 0 }));
    const config = ['check', '--config', at('cfg/factcheck.config.json'), 'a.txt', '--format', 'github'];
    const fromConfig = run(config, { cwd: dir });
    expect(fromConfig.status).toBe(1);
    expect(fromConfig.stdout).toMatch(/^::warning /);
    expect(lines(fromConfig.stderr)).toEqual(['factcheck: 1 warning, more than --max-warnings 0 allows']);
    expect(run([...config, '--max-warnings', '1'], { cwd: dir }).status).toBe(0);
    expect(run([...config, '--severity', 'require-source=error'], { cwd: dir }).stdout).toMatch(/^::error /);
    const printed = JSON.parse(run(['--config', at('cfg/factcheck.config.json'), '--print-config'], { cwd: dir }).stdout) as Record<string, unknown>;
    expect([printed['severity'], printed['maxWarnings']]).toEqual([{ 'require-source': 'warn' }, 0]);
  });

  it.each<[string, string[], string]>([
    ['an unknown severity', ['--severity', 'fail-on=fatal'], `factcheck: option '--severity <policy=level,…>' argument 'fail-on=fatal' is invalid. "fatal" is not a severity (severities: error, warn).`],
    ['an unknown policy', ['--severity', 'fail=warn'], `factcheck: option '--severity <policy=level,…>' argument 'fail=warn' is invalid. "fail" is not a policy (policies: max-unverified, max-denial, fail-on, require-source, min-confidence).`],
    ['--max-warnings -1', ['--max-warnings', '-1'], `factcheck: option '--max-warnings <n>' argument '-1' is invalid. Expected a whole number of warnings from 0 (leave the option out for no limit).`],
    ['--max-warnings 1.5', ['--max-warnings', '1.5'], `factcheck: option '--max-warnings <n>' argument '1.5' is invalid. Expected a whole number of warnings from 0 (leave the option out for no limit).`],
  ])('bad input: %s is a usage error, exit 2', (_name, args, message) => {
    const result = check('a.txt', '--fail-on', 'denial', ...args);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([message, "Try 'factcheck --help'."]);
    expect(result.stdout).toBe('');
  });
});

describe('inline directives', () => {
  it('accept statements in Markdown, plain text and HTML; the statements stay in the report', () => {
    write('d/a.md', 'Council budget\n\n<!-- factcheck-ignore-next -->\nThe budget may be cut, a source said.\n\nThe plan might fail, critics said.\n');
    write('d/b.txt', 'Council budget\n\nfactcheck-disable unverified\nThe budget may be cut, a source said.\nfactcheck-enable\n\nThe plan might fail, critics said.\n');
    write('d/c.html', '<html><body><article><h1>Council budget</h1><!-- factcheck-ignore-next --><p>The budget may be cut, a source said.</p><p>The plan might fail, critics said.</p></article></body></html>');
    const result = check('d', '--fail-on', 'unverified', '--format', 'json');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    for (const document of json(result.stdout).documents) {
      expect([document.path, document.statements.map((s) => [s.text.slice(0, 10), s.label, s.suppressed ?? false])]).toEqual([
        document.path,
        [
          ['Council bu', 'background', false],
          ['The budget', 'unverified', true],
          ['The plan m', 'unverified', false],
        ],
      ]);
      expect(document.violations!.map((v) => v.statement)).toEqual([2]);
    }
  });

  it('a directive it cannot understand is a warning naming the file and line, and suppresses nothing', () => {
    write('e.md', 'Council budget\n\n<!-- factcheck-disable unverifed -->\nThe budget may be cut, a source said.\n');
    const result = check('e.md', '--fail-on', 'unverified', '--format', 'github');
    expect(result.status).toBe(1);
    expect(lines(result.stderr)).toEqual([
      'factcheck: warning: e.md: line 3: factcheck-disable: "unverifed" is not a label (did you mean unverified? labels: assertion, denial, unverified, background); the directive is ignored',
    ]);
  });

  it('work the same in a batch annotated by worker threads', () => {
    write('w/one.md', 'Council budget\n\n<!-- factcheck-ignore-next -->\nThe budget may be cut, a source said.\n');
    write('w/two.md', 'Council budget\n\nThe budget may be cut, a source said.\n');
    const result = run(['check', '--no-config', 'w', '--fail-on', 'unverified', '--format', 'github'], { cwd: dir, env: { FACTCHECK_WORKERS: '2' } });
    expect(result.status).toBe(1);
    expect(lines(result.stdout).map((l) => l.slice(0, l.indexOf(',')))).toEqual(['::error file=w/two.md']);
  });
});

describe('.factcheckignore', () => {
  it('leaves ignored files out of a directory; a file named on the command line is skipped with a warning; --no-ignore reads them', () => {
    write('ig/.factcheckignore', '# not for publication\ndrafts/\n*.tmp.md\n!keep.tmp.md\n');
    for (const name of ['ig/news/a.txt', 'ig/news/drafts/b.txt', 'ig/news/c.tmp.md', 'ig/news/keep.tmp.md']) write(name, ARTICLE);
    const cwd = at('ig');
    const paths = (stdout: string): string[] => json(stdout).documents.map((d) => d.path);
    const listed = run(['news', 'news/drafts/b.txt', '--no-config', '--format', 'json'], { cwd });
    expect(listed.status).toBe(0);
    expect(paths(listed.stdout)).toEqual(['news/a.txt', 'news/keep.tmp.md']);
    expect(lines(listed.stderr)).toEqual(['factcheck: warning: news/drafts/b.txt: ignored by .factcheckignore (--no-ignore checks it)']);
    const all = run(['news', '--no-ignore', '--no-config', '--format', 'json'], { cwd });
    expect(paths(all.stdout)).toEqual(['news/a.txt', 'news/c.tmp.md', 'news/drafts/b.txt', 'news/keep.tmp.md']);
    // From a subfolder the same file applies, its patterns relative to its own folder.
    const below = run(['.', '--no-config', '--format', 'json'], { cwd: join(cwd, 'news') });
    expect(paths(below.stdout)).toEqual(['./a.txt', './keep.tmp.md']);
  });

  it('a folder whose files are all ignored is an input error, exit 2', () => {
    write('ig2/.factcheckignore', 'drafts/\n');
    write('ig2/drafts/a.txt', ARTICLE);
    const result = run(['drafts', '--no-config'], { cwd: at('ig2') });
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: drafts: directory has no *.txt, *.md, *.html or *.htm files (all ignored by .factcheckignore)']);
  });
});

describe('baselines', () => {
  const policy = ['--fail-on', 'denial,unverified'];

  it('--write-baseline records the violations and passes; --baseline then passes, and fails on a new one', () => {
    write('b/a.txt', ARTICLE);
    const written = check('b/a.txt', ...policy, '--write-baseline', 'b/baseline.json');
    expect(written).toMatchObject({ status: 0, stdout: '' });
    expect(lines(written.stderr)).toEqual(['factcheck: b/baseline.json: wrote 2 accepted violations']);
    const baseline = readFileSync(at('b/baseline.json'), 'utf8');
    const entries = (JSON.parse(baseline) as { violations: Array<{ path: string; statement: string }> }).violations;
    expect(entries.map((e) => [e.path, e.statement])).toEqual([
      ['b/a.txt', 'The budget may be cut, a source said.'],
      ['b/a.txt', 'The mayor denied the report.'],
    ]);
    // Deterministic: the same run writes the same bytes.
    check('b/a.txt', ...policy, '--write-baseline', 'b/baseline.json');
    expect(readFileSync(at('b/baseline.json'), 'utf8')).toBe(baseline);

    expect(check('b/a.txt', ...policy, '--baseline', 'b/baseline.json')).toMatchObject({ status: 0, stdout: '', stderr: '' });
    // An edit elsewhere in the article leaves the accepted violations accepted; a new statement is new.
    write('b/a.txt', ARTICLE.replace('Council budget\n', 'Council budget\n\nA new paragraph was added above.\n\nIt might rain, a source said.\n'));
    const after = check('b/a.txt', ...policy, '--baseline', 'b/baseline.json', '--format', 'github');
    expect(after.status).toBe(1);
    expect(lines(after.stdout)).toEqual(['::error file=b/a.txt,line=5,col=1,endLine=5,endColumn=30,title=fail-on::labelled unverified, which fail-on forbids (fail-on denial,unverified)']);
    expect(after.stderr).toBe('');
  });

  it('names the accepted violations that no longer occur, on stderr, without failing', () => {
    write('s/a.txt', ARTICLE);
    check('s/a.txt', ...policy, '--write-baseline', 's/baseline.json');
    write('s/a.txt', ARTICLE.replace('The mayor denied the report.', 'The mayor opened the new library on Friday.'));
    const result = check('s/a.txt', ...policy, '--baseline', 's/baseline.json');
    expect(result.status).toBe(0);
    expect(lines(result.stderr)).toEqual(['factcheck: warning: s/baseline.json: s/a.txt: fail-on of "The mayor denied the report." no longer occurs; --write-baseline drops it']);
  });

  it('SARIF carries the same fingerprint as the JSON report and the baseline', () => {
    write('f/a.txt', ARTICLE);
    const fingerprints = json(check('f/a.txt', ...policy, '--format', 'json').stdout).documents[0]!.violations!.map((v) => v.fingerprint);
    const sarif = JSON.parse(check('f/a.txt', ...policy, '--format', 'sarif').stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }> };
    expect(sarif.runs[0]!.results.map((r) => r.partialFingerprints['factcheckStatementHash/v1'])).toEqual(fingerprints);
    check('f/a.txt', ...policy, '--write-baseline', 'f/baseline.json');
    const entries = (JSON.parse(readFileSync(at('f/baseline.json'), 'utf8')) as { violations: Array<{ fingerprint: string }> }).violations;
    expect(entries.map((e) => e.fingerprint).sort()).toEqual([...fingerprints].sort());
  });

  it.each<[string, string, string]>([
    ['bad JSON', '{"version": 1,', 'not valid JSON (a baseline is written by --write-baseline)'],
    ['another version', '{"version": 9, "violations": []}', 'baseline version 9 is not supported (expected 1)'],
  ])('bad input: a baseline of %s is one line naming it, exit 2, nothing read', (_name, content, problem) => {
    write('bad.json', content);
    const result = check('a.txt', ...policy, '--baseline', 'bad.json');
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(lines(result.stderr)).toEqual([`factcheck: bad.json: ${problem}`]);
  });

  it('bad input: a missing baseline, exit 2', () => {
    const result = check('a.txt', ...policy, '--baseline', 'missing.json');
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: missing.json: no such file (write one with --write-baseline)']);
  });

  it('outside check mode the baseline and severity options only warn', () => {
    const result = run(['a.txt', '--no-config', '--baseline', 'missing.json', '--severity', 'fail-on=warn', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(lines(result.stderr)).toEqual(['factcheck: warning: --severity, --baseline only apply with --check or `factcheck check`']);
  });
});
