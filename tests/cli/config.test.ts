import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { lines, run, tempDir } from './run.js';

const article = 'Budget talks stall\n\nA merger is on the cards.\n\nThe ministry denied the report.\n\nSupport the Daily Planet today!\n';
let dir = '';

beforeAll(() => {
  dir = tempDir();
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh project directory with the article and the given files; returns its path. */
function project(name: string, files: Record<string, unknown>): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'articles'), { recursive: true });
  writeFileSync(join(root, 'articles', 'a.txt'), article);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const report = (stdout: string): Report => JSON.parse(stdout) as Report;

describe('the config file', () => {
  it('found walking up: its policy, format and lexicon apply', () => {
    const root = project('walk', {
      'factcheck.config.json': { failOn: ['denial'], format: 'json', lexicon: { hedge: ['on the card'], furniture: ['Support the Daily Planet today'] } },
    });
    const result = run(['check', 'a.txt'], { cwd: join(root, 'articles') });
    expect(result.status).toBe(1);
    const document = report(result.stdout).documents[0]!;
    // The config's hedge makes its sentence unverified; its furniture line is furniture (the headline's label is the model's).
    expect(document.statements.slice(1).map((s) => s.label)).toEqual(['unverified', 'denial', 'background']);
    expect(document.statements[3]!.role).toBe('furniture');
    expect(document.violations!.map((v) => v.policy)).toEqual(['fail-on']);
  });

  it('the "factcheck" key of package.json', () => {
    const root = project('pkg', { 'package.json': { name: 'site', factcheck: { maxDenial: 0 } } });
    const result = run(['check', 'articles/a.txt', '--format', 'json'], { cwd: root });
    expect(result.status).toBe(1);
    expect(report(result.stdout).documents[0]!.violations![0]!.policy).toBe('max-denial');
  });

  it('command-line options override it, --no-require-source included', () => {
    const root = project('override', { 'factcheck.config.json': { maxDenial: 0, requireSource: true, format: 'json' } });
    const result = run(['check', 'articles/a.txt', '--max-denial', '1', '--no-require-source', '--format', 'text', '--verbose'], { cwd: root });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('passes the policy');
  });

  it('--no-config ignores it; --config names another', () => {
    const root = project('choose', { 'factcheck.config.json': { maxDenial: 0 }, 'ci/strict.json': { failOn: 'denial' } });
    expect(run(['check', 'articles/a.txt', '--no-config'], { cwd: root }).status).toBe(2);
    const named = run(['check', 'articles/a.txt', '--config', 'ci/strict.json', '--format', 'json'], { cwd: root });
    expect(named.status).toBe(1);
    expect(report(named.stdout).documents[0]!.violations!.map((v) => v.policy)).toEqual(['fail-on']);
  });

  it('outside check mode only the format and lexicon apply', () => {
    const root = project('plain', { 'factcheck.config.json': { maxDenial: 0, format: 'json' } });
    const result = run(['articles/a.txt'], { cwd: root });
    expect(result.status).toBe(0);
    expect(report(result.stdout).documents[0]!.violations).toBeUndefined();
  });
});

describe('config errors: one line naming file and key, exit 2, nothing annotated', () => {
  it.each<[string, Record<string, unknown>, string[], string]>([
    ['unknown key', { 'factcheck.config.json': { maxUnverifed: 3 } }, [], 'factcheck: factcheck.config.json: maxUnverifed: unknown key (did you mean maxUnverified?)'],
    ['wrong type', { 'factcheck.config.json': { requireSource: 'yes' } }, [], 'factcheck: factcheck.config.json: requireSource: expected true or false'],
    ['in package.json', { 'package.json': { factcheck: { lexicon: { hedges: [] } } } }, [], 'factcheck: package.json: factcheck.lexicon.hedges: unknown kind (did you mean hedge?)'],
    ['not JSON', { 'factcheck.config.json': '{"maxDenial": 1,' }, [], 'factcheck: factcheck.config.json: not valid JSON'],
    ['--config missing', {}, ['--config', 'nope.json'], 'factcheck: nope.json: no such file'],
  ])('%s', (name, files, args, message) => {
    const root = project(`bad-${name.replace(/\W+/g, '-')}`, files);
    const result = run(['articles/a.txt', ...args], { cwd: root });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([message]);
  });

  it('a config above the working directory is named relative to it', () => {
    const root = project('above', { 'factcheck.config.json': { minConfidence: 3 } });
    const result = run(['a.txt'], { cwd: join(root, 'articles') });
    expect(lines(result.stderr)).toEqual(['factcheck: ../factcheck.config.json: minConfidence: expected a number from 0 to 1']);
  });
});

describe('--print-config', () => {
  it('prints the settings that apply, the options over the config, as JSON, and reads no input', () => {
    const root = project('print', { 'factcheck.config.json': { maxUnverified: '20%', failOn: ['denial'], format: 'json', maxBytes: '1M', lexicon: { hedge: ['on the card'], furniture: ['Support us'] } } });
    const result = run(['--print-config', '--max-denial', '3', 'no-such-file.txt'], { cwd: join(root, 'articles') });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      config: '../factcheck.config.json',
      maxUnverified: '20%',
      maxDenial: 3,
      failOn: ['denial'],
      format: 'json',
      maxBytes: 1_048_576,
      lexicon: { hedge: [{ phrase: 'on the card' }], furniture: ['Support us'] },
    });
  });

  it('with a file, the config found from its folder; with --no-config, none', () => {
    const root = project('print-file', { 'sub/factcheck.config.json': { requireSource: true } });
    writeFileSync(join(root, 'sub', 'b.txt'), 'x');
    const fromFile = JSON.parse(run(['--print-config', join(root, 'sub', 'b.txt')], { cwd: root }).stdout) as Record<string, unknown>;
    expect(fromFile['requireSource']).toBe(true);
    expect(fromFile['config']).toBe('sub/factcheck.config.json');
    const none = JSON.parse(run(['--print-config', '--no-config'], { cwd: root }).stdout) as Record<string, unknown>;
    expect(none).toEqual({ config: null, format: 'text', maxBytes: 16_777_216, lexicon: {} });
  });
});
