/**
 * Batches on worker threads give the same bytes as one thread: same reports, same order, the
 * same messages for bad lines and inputs, the same exit status. FACTCHECK_WORKERS=0 annotates
 * on the main thread as a single article is.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/cli-batch.js';
import { batchTexts, toNdjson } from '../support/batch.js';
import { run, tempDir } from './run.js';

const documents = batchTexts(24);
let dir = '';

beforeAll(() => {
  dir = tempDir();
  // Bad lines among good ones: their messages must come in input order too.
  const lines = toNdjson(documents).split('\n');
  lines.splice(5, 0, 'not json');
  lines.splice(11, 0, '{"id":"no-text"}');
  writeFileSync(join(dir, 'batch.ndjson'), lines.join('\n'));
  mkdirSync(join(dir, 'articles'));
  for (const d of documents.slice(0, 8)) writeFileSync(join(dir, 'articles', `${d.id}.txt`), d.text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withWorkers = (workers: string, args: string[]) => run(args, { cwd: dir, env: { FACTCHECK_WORKERS: workers } });

describe('a batch on worker threads', () => {
  it('writes NDJSON byte for byte as one thread does, in input order', () => {
    const args = ['--input-format', 'ndjson', '--format', 'ndjson', 'batch.ndjson'];
    const one = withWorkers('0', args);
    const two = withWorkers('2', args);
    expect(one.status).toBe(2);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toBe('factcheck: batch.ndjson:6: not valid JSON\nfactcheck: batch.ndjson:12: missing "text"\n');
    expect(two.raw.equals(one.raw)).toBe(true);
    const ids = one.stdout.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { document: { path: string } }).document.path);
    expect(ids).toEqual(documents.map((d) => d.id));
  });

  it('reads stdin the same way', () => {
    const input = toNdjson(documents.slice(0, 6));
    const args = ['--input-format', 'ndjson', '--format', 'ndjson'];
    const one = run(args, { input, env: { FACTCHECK_WORKERS: '0' } });
    const three = run(args, { input, env: { FACTCHECK_WORKERS: '3' } });
    expect(three.status).toBe(0);
    expect(three.raw.equals(one.raw)).toBe(true);
  });

  it('checks and formats streamed documents in the workers as one thread does (NDJSON and github, --quiet included)', () => {
    for (const args of [
      ['check', '--input-format', 'ndjson', '--format', 'ndjson', '--max-unverified', '1', 'batch.ndjson'],
      ['check', '--input-format', 'ndjson', '--format', 'ndjson', '--max-unverified', '1', '--quiet', 'batch.ndjson'],
      ['check', '--input-format', 'ndjson', '--format', 'github', '--fail-on', 'denial', 'batch.ndjson'],
      ['check', '--input-format', 'ndjson', '--format', 'ndjson', '--max-denial', '1000', 'batch.ndjson'],
    ]) {
      const one = withWorkers('0', args);
      const two = withWorkers('2', args);
      expect(two.status, args.join(' ')).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.raw.equals(one.raw), args.join(' ')).toBe(true);
    }
    const quiet = withWorkers('2', ['check', '--input-format', 'ndjson', '--format', 'ndjson', '--max-unverified', '1', '--quiet', 'batch.ndjson']);
    const shown = quiet.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as { document: { violations: unknown[] } });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(documents.length);
    expect(shown.every((line) => line.document.violations.length > 0)).toBe(true);
  }, 120_000); // several cold runs of the CLI: on a busy shared machine more than the default 30 s

  it('gives the same whole-report formats and check results for a directory of articles', () => {
    for (const args of [
      ['articles', '--format', 'json'],
      ['articles', '--format', 'csv'],
      ['check', 'articles', '--fail-on', 'denial', '--format', 'github'],
    ]) {
      const one = withWorkers('0', args);
      const two = withWorkers('2', args);
      expect(two.status, args.join(' ')).toBe(one.status);
      expect(two.stderr).toBe(one.stderr);
      expect(two.raw.equals(one.raw), args.join(' ')).toBe(true);
    }
  });
});

describe('workerCount', () => {
  it('uses one worker per core, none on one core, and FACTCHECK_WORKERS when given, at most one per core', () => {
    expect(workerCount({}, 2)).toBe(2);
    expect(workerCount({}, 1)).toBe(0);
    expect(workerCount({}, 64)).toBe(8);
    expect(workerCount({ FACTCHECK_WORKERS: '0' }, 4)).toBe(0);
    expect(workerCount({ FACTCHECK_WORKERS: ' 3 ' }, 4)).toBe(3);
    // More threads than cores only share the cores, each with its own copy of the model (64 on 2 cores: 1.6 GB, 8x slower).
    expect(workerCount({ FACTCHECK_WORKERS: '64' }, 2)).toBe(2);
    expect(workerCount({ FACTCHECK_WORKERS: '3' }, 1)).toBe(1);
    expect(workerCount({ FACTCHECK_WORKERS: 'many' }, 2)).toBe(2);
  });
});
