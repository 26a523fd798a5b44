import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { lines, run, SEED, tempDir } from './run.js';

// Every run here passes --no-config so a config file above the checkout cannot change the policy.
const clean = 'Mayor opens park\n\nThe mayor opened the park on Sunday, the city said.\n';
let dir = '';
let CLEAN = '';
beforeAll(() => {
  dir = tempDir();
  CLEAN = join(dir, 'clean.txt');
  writeFileSync(CLEAN, clean);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const report = (stdout: string): Report => JSON.parse(stdout) as Report;

describe('factcheck check and --check', () => {
  it('exit 1 and the problems in the text report when a document breaks the policy', () => {
    const result = run(['check', SEED, '--max-unverified', '3', '--width', '120', '--no-config']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const out = lines(result.stdout);
    expect(out[0]).toBe(`${SEED} (21 statements)`);
    const at = out.indexOf('  ✖ 7 problems (7 errors, 0 warnings): max-unverified');
    expect(at).toBeGreaterThan(0);
    expect(out[at + 1]).toBe('    document      error    6 unverified statements, at most 3 allowed (max-unverified 3)');
    expect(out[at + 2]).toBe('    statement 7   error    unverified statement 1 of 6, at most 3 allowed (max-unverified 3)');
  });

  it('the subcommand and the flag are the same', () => {
    const args = [SEED, '--fail-on', 'denial', '--format', 'json', '--no-config'];
    const command = run(['check', ...args]);
    const flag = run(['--check', ...args]);
    expect(command.status).toBe(1);
    expect(flag.raw.equals(command.raw)).toBe(true);
    const violations = report(command.stdout).documents[0]!.violations!;
    expect(violations.map((v) => [v.policy, v.statement])).toEqual([
      ['fail-on', 16],
      ['fail-on', 17],
    ]);
  });

  it('a passing check is silent on the terminal report, with exit 0; --verbose prints it', () => {
    const silent = run(['check', CLEAN, '--max-denial', '0', '--no-config']);
    expect(silent).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const verbose = run(['check', CLEAN, '--max-denial', '0', '--verbose', '--no-config']);
    expect(verbose.status).toBe(0);
    expect(verbose.stdout).toContain('  ✔ passes the policy\n');
  });

  it('machine formats and --output are written even when every document passes', () => {
    const json = run(['check', CLEAN, '--max-denial', '0', '--format', 'json', '--no-config']);
    expect(json.status).toBe(0);
    expect(report(json.stdout).documents[0]!.violations).toEqual([]);
    const target = join(dir, 'report.txt');
    const toFile = run(['check', CLEAN, '--max-denial', '0', '-o', target, '--no-config']);
    expect(toFile).toMatchObject({ status: 0, stdout: '' });
    expect(readFileSync(target, 'utf8')).toContain('passes the policy');
  });

  it('--quiet prints only the violating documents and their flagged statements', () => {
    const result = run(['check', CLEAN, SEED, '--fail-on', 'denial', '-q', '--no-config']);
    expect(result.status).toBe(1);
    const out = lines(result.stdout);
    expect(out[0]).toBe(`${SEED} (21 statements, 2 shown)`);
    expect(result.stdout).not.toContain(CLEAN);
    expect(out.filter((l) => /^ {2}\d\d \[/.test(l)).map((l) => l.slice(0, 14))).toEqual(['  17 [DENIAL] ', '  18 [DENIAL] ']);
    const json = report(run(['check', CLEAN, SEED, '--fail-on', 'denial', '-q', '--format', 'json', '--no-config']).stdout);
    expect(json.documents.map((d) => [d.path, d.statements.map((s) => s.index)])).toEqual([[SEED, [16, 17]]]);
  });

  it('an input error wins over a violation: exit 2, and the other documents are still checked', () => {
    const result = run(['check', join(dir, 'missing.txt'), SEED, '--fail-on', 'denial', '--format', 'json', '--no-config']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual([`factcheck: ${join(dir, 'missing.txt')}: no such file`]);
    expect(report(result.stdout).documents[0]!.violations).toHaveLength(2);
  });

  it('the github format annotates the flagged statements at their lines', () => {
    const result = run(['check', SEED, '--fail-on', 'denial', '--format', 'github', '--no-config']);
    expect(result.status).toBe(1);
    const out = lines(result.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(new RegExp(`^::error file=${SEED},line=\\d+,.*title=fail-on::labelled denial`));
  });

  it('percent limits, require-source and min-confidence reach the report', () => {
    // With min-confidence 1 every headline, dek and body statement is unsure, so all count as unverified.
    const result = run(['check', SEED, '--max-unverified', '50%', '--require-source', '--min-confidence', '1', '--format', 'json', '--no-config']);
    expect(result.status).toBe(1);
    const policies = new Set(report(result.stdout).documents[0]!.violations!.map((v) => v.policy));
    expect([...policies].sort()).toEqual(['max-unverified', 'min-confidence', 'require-source']);
  });
});

describe('usage', () => {
  const usage = (args: string[]): string => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const got = lines(result.stderr);
    expect(got).toHaveLength(2);
    expect(got[1]).toBe("Try 'factcheck --help'.");
    return got[0]!;
  };

  it('check without a policy is a usage error', () => {
    expect(usage(['check', SEED, '--no-config'])).toBe(
      'factcheck: check needs a policy: give --max-unverified, --max-denial, --fail-on, --require-source or --min-confidence, or a config file',
    );
  });

  it.each([
    [['--max-unverified', 'lots'], '--max-unverified'],
    [['--max-denial', '120%'], '--max-denial'],
    [['--fail-on', 'denial,opinion'], '"opinion" is not a label'],
    [['--min-confidence', '1.5'], '--min-confidence'],
    [['-q', '--verbose'], '--verbose'],
    [['--input-format', 'xml'], 'ndjson'],
  ])('%j', (args, fragment) => {
    expect(usage(['check', SEED, ...args, '--no-config'])).toContain(fragment);
  });

  it('policy options without check mode warn that they do nothing; -q silences the warning', () => {
    const result = run([CLEAN, '--max-unverified', '0', '--fail-on', 'denial', '--no-config']);
    expect(result.status).toBe(0);
    expect(lines(result.stderr)).toEqual(['factcheck: warning: --max-unverified, --fail-on only apply with --check or `factcheck check`']);
    expect(run([CLEAN, '--max-unverified', '0', '-q', '--no-config']).stderr).toBe('');
  });

  it('--help shows the check command and the policy options', () => {
    const help = run(['--help']).stdout;
    for (const text of ['check [options] [files...]', '--max-unverified', '--max-denial', '--fail-on', '--require-source', '--min-confidence', '--config', '--no-config', '--input-format', '--verbose']) {
      expect(help).toContain(text);
    }
    // check has a help of its own (below), with the same options.
    const checkHelp = run(['check', '--help']).stdout;
    for (const text of ['--max-unverified', '--fail-on', '--config']) expect(checkHelp).toContain(text);
  });
});

describe('factcheck check --help', () => {
  it('is the help of check: its usage, what it does, its examples and exit statuses', async () => {
    const { run } = await import('./run.js');
    const result = run(['check', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: factcheck check \[options\] \[files\.\.\.\]\n/);
    expect(result.stdout).toContain('Annotate the articles and check each against the policy');
    expect(result.stdout).toContain('Exit status: 0 when every document passes, 1 on an error or more warnings than --max-warnings,');
    expect(result.stdout).toContain('--write-baseline factcheck-baseline.json');
    expect(result.stdout).toContain('<!-- factcheck-ignore-next -->');
    expect(result.stdout).not.toContain('Formats:');
    expect(run(['--help']).stdout).toMatch(/^Usage: factcheck \[options\] \[files\.\.\.\]\n[\s\S]*Formats:/);
  });
});

describe('--format github paths', () => {
  it('are relative to the repository root (the .git above, or GITHUB_WORKSPACE), so a run from a subdirectory lands on the file', async () => {
    const { mkdirSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { run } = await import('./run.js');
    const repo = mkdtempSync(join(tmpdir(), 'factcheck-repo-'));
    try {
      mkdirSync(join(repo, '.git'));
      mkdirSync(join(repo, 'news', 'world'), { recursive: true });
      writeFileSync(join(repo, 'news', 'world', 'a.txt'), 'The ministry denied the report.\n');
      const args = ['check', 'world/a.txt', '--fail-on', 'denial', '--format', 'github', '--no-config'];
      const fromSubdirectory = run(args, { cwd: join(repo, 'news') });
      expect(fromSubdirectory.status).toBe(1);
      expect(fromSubdirectory.stdout).toMatch(/^::error file=news\/world\/a\.txt,line=1,/);
      const inWorkflow = run(args, { cwd: join(repo, 'news'), env: { GITHUB_WORKSPACE: join(repo, 'news') } });
      expect(inWorkflow.stdout).toMatch(/^::error file=world\/a\.txt,line=1,/);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});

describe('violations in JSON', () => {
  it('list their keys in the documented order: policy, statement, message, severity, fingerprint; the document its keys as documented', async () => {
    const { run } = await import('./run.js');
    const report = JSON.parse(run(['check', 'seeds/000_fb5342f5c55fbbe0.txt', '--fail-on', 'denial', '--format', 'json', '--no-config']).stdout) as { documents: Array<Record<string, unknown> & { violations: Array<Record<string, unknown>> }> };
    const document = report.documents[0]!;
    expect(Object.keys(document)).toEqual(['path', 'chars', 'statements', 'counts', 'sources', 'violations']);
    expect(document.violations.length).toBeGreaterThan(0);
    for (const violation of document.violations) expect(Object.keys(violation)).toEqual(['policy', 'statement', 'message', 'severity', 'fingerprint']);
    expect(document.violations.map((v) => v.severity)).toEqual(['error', 'error']);
    for (const violation of document.violations) expect(violation.fingerprint).toMatch(/^[0-9a-f]{32}$/);
  });
});
