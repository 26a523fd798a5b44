/**
 * factcheck as a stage of a distributed job (a Hadoop Streaming mapper, a Spark RDD.pipe
 * stage): NDJSON in on stdin, NDJSON out on stdout, one process per split. Here the splits
 * are made by `split` and run by `xargs -P 2`, two processes at a time, as a cluster would run
 * them on two nodes; the merged output must equal one process's, byte for byte once ordered by
 * id, and in split order without reordering.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchTexts, toNdjson } from '../support/batch.js';
import { baseEnv, BIN, run, tempDir } from './run.js';

const hasTools = ['split', 'xargs', 'sh'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
const documents = batchTexts(20);
let dir = '';

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'corpus.ndjson'), toNdjson(documents));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function byId(ndjson: string): string[] {
  const lines = ndjson.split('\n').filter(Boolean);
  const id = (line: string): string => (JSON.parse(line) as { document: { path: string } }).document.path;
  return lines.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}

describe.skipIf(!hasTools)('split + xargs -P 2: factcheck as a streaming stage', () => {
  it('gives the output of one process, whatever process annotated each document', () => {
    const single = run(['--input-format', 'ndjson', '--format', 'ndjson'], { input: readFileSync(join(dir, 'corpus.ndjson')) });
    expect(single.status).toBe(0);

    // Four splits of five lines; each split through its own factcheck, two at a time.
    const script = [
      'set -e',
      'split -l 5 corpus.ndjson part-',
      `ls part-* | xargs -P 2 -I{} sh -c '"$NODE" "$BIN" --input-format ndjson --format ndjson < {} > {}.out'`,
    ].join('\n');
    const job = spawnSync('sh', ['-c', script], { cwd: dir, env: baseEnv({ NODE: process.execPath, BIN, FACTCHECK_WORKERS: '1' }), encoding: 'utf8' });
    expect(job.stderr).toBe('');
    expect(job.status).toBe(0);

    const outputs = readdirSync(dir).filter((name) => /^part-[a-z]+\.out$/.test(name)).sort();
    expect(outputs).toHaveLength(4);
    const merged = outputs.map((name) => readFileSync(join(dir, name), 'utf8')).join('');
    expect(byId(merged)).toEqual(byId(single.stdout));
    // Each process keeps its split's order, so the splits concatenated in order are the single output.
    expect(merged).toBe(single.stdout);
  });
});
