/**
 * Inputs a hostile user would try: endless devices, FIFOs, oversized files and NDJSON lines,
 * bad bytes inside a batch, invisible text, link loops, a full disk. Each case runs the built
 * CLI and checks the one line it prints, the exit status, and that the good input beside the
 * bad one is still reported: finished results are never lost.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, lines, run, runShell, tempDir } from './run.js';

let dir: string;
const GOOD = 'Officials said the bridge will reopen in May.\n';

beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'big.txt'), 'The council met on Tuesday. '.repeat(200));
  writeFileSync(join(dir, 'invisible.txt'), '\u200b\u200b\u200d\n\u2060\n');
  mkdirSync(join(dir, 'articles'));
  writeFileSync(join(dir, 'articles', 'a.txt'), GOOD);
  symlinkSync('.', join(dir, 'articles', 'again'));
  symlinkSync('loop-b', join(dir, 'loop-a'));
  symlinkSync('loop-a', join(dir, 'loop-b'));
  const record = (text: string): string => JSON.stringify({ text });
  writeFileSync(join(dir, 'long-record.ndjson'), [record('First record, said the mayor.'), record('Word. '.repeat(500)), record('Third record, she said.')].join('\n'));
  const badBytes = Buffer.concat([Buffer.from(`${record('One.')}\n{"text":"caf`), Buffer.from([0xe9]), Buffer.from(`"}\n${record('Three, he said.')}\n`)]);
  writeFileSync(join(dir, 'bad-bytes.ndjson'), badBytes);
  writeFileSync(join(dir, 'good.ndjson'), `${record(GOOD)}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (args: string[], env: Record<string, string> = {}) => run(args, { cwd: dir, env });
const documentPaths = (json: string): string[] => (JSON.parse(json) as { documents: Array<{ path: string }> }).documents.map((d) => d.path);

interface Case {
  name: string;
  args: string[];
  stderr: string[];
  /** The documents the JSON report holds, in order. */
  reported: string[];
  skip?: boolean;
}

const CASES: Case[] = [
  {
    name: 'an endless device (/dev/zero) is refused as binary on its first chunk; the next file is read',
    args: ['/dev/zero', 'good.txt', '--format', 'json'],
    stderr: ['factcheck: /dev/zero: binary file (contains NUL bytes)'],
    reported: ['good.txt'],
    skip: !existsSync('/dev/zero'),
  },
  {
    name: '/dev/urandom likewise',
    args: ['/dev/urandom', 'good.txt', '--format', 'json'],
    stderr: ['factcheck: /dev/urandom: binary file (contains NUL bytes)'],
    reported: ['good.txt'],
    skip: !existsSync('/dev/urandom'),
  },
  {
    name: 'a file over --max-bytes is one line; the others go on',
    args: ['big.txt', 'good.txt', '--max-bytes', '1k', '--format', 'json'],
    stderr: ['factcheck: big.txt: larger than 1024 bytes (--max-bytes)'],
    reported: ['good.txt'],
  },
  {
    name: '--max-bytes 0 is no limit',
    args: ['big.txt', '--max-bytes', '0', '--format', 'json'],
    stderr: [],
    reported: ['big.txt'],
  },
  {
    name: 'an NDJSON line over --max-bytes fails alone, named by its line',
    args: ['--input-format', 'ndjson', 'long-record.ndjson', '--max-bytes', '1000', '--format', 'json'],
    stderr: ['factcheck: long-record.ndjson:2: larger than 1000 bytes (--max-bytes)'],
    reported: ['long-record.ndjson:1', 'long-record.ndjson:3'],
  },
  {
    name: 'bad UTF-8 inside an NDJSON text is the same error as in a file, naming the line',
    args: ['--input-format', 'ndjson', 'bad-bytes.ndjson', '--format', 'json'],
    stderr: ['factcheck: bad-bytes.ndjson:2: not valid UTF-8 text'],
    reported: ['bad-bytes.ndjson:1', 'bad-bytes.ndjson:3'],
  },
  {
    name: '/dev/zero as an NDJSON batch fails as binary, and the next batch is read',
    args: ['--input-format', 'ndjson', '/dev/zero', 'good.ndjson', '--format', 'json'],
    stderr: ['factcheck: /dev/zero: binary file (contains NUL bytes)'],
    reported: ['good.ndjson:1'],
    skip: !existsSync('/dev/zero'),
  },
  {
    name: 'a file of zero-width characters is empty input, not an invisible headline',
    args: ['invisible.txt', 'good.txt', '--format', 'json'],
    stderr: ['factcheck: invisible.txt: empty input'],
    reported: ['good.txt'],
  },
  {
    name: 'a symbolic link loop reads as words',
    args: ['loop-a', 'good.txt', '--format', 'json'],
    stderr: ['factcheck: loop-a: too many levels of symbolic links (a link that points back at itself?)'],
    reported: ['good.txt'],
  },
  {
    name: 'a directory that links to itself reports each real file once',
    args: ['articles', '--format', 'json'],
    stderr: [],
    reported: ['articles/a.txt'],
  },
];

describe('hostile inputs', () => {
  for (const c of CASES) {
    it.skipIf(c.skip === true)(c.name, () => {
      const result = inDir(c.args);
      expect(lines(result.stderr)).toEqual(c.stderr);
      expect(result.status).toBe(c.stderr.length > 0 ? 2 : 0);
      expect(documentPaths(result.stdout)).toEqual(c.reported);
    });
  }

  it('a FIFO that streams more than --max-bytes is cut off with one line; the next file is read', () => {
    const script = `cd ${JSON.stringify(dir)} && rm -f fifo && mkfifo fifo && (yes 'The mayor said so.' | head -c 200000 > fifo &) && node ${JSON.stringify(BIN)} fifo good.txt --max-bytes 50k --format json`;
    const result = runShell(script);
    expect(lines(result.stderr)).toEqual(['factcheck: fifo: larger than 51200 bytes (--max-bytes)']);
    expect(result.status).toBe(2);
    expect(documentPaths(result.stdout)).toEqual(['good.txt']);
  });

  it('the config sets maxBytes, and the flag overrides it', () => {
    writeFileSync(join(dir, 'factcheck.config.json'), JSON.stringify({ maxBytes: '1k' }));
    try {
      expect(lines(inDir(['big.txt']).stderr)).toEqual(['factcheck: big.txt: larger than 1024 bytes (--max-bytes)']);
      expect(inDir(['big.txt', '--max-bytes', '16M']).status).toBe(0);
      writeFileSync(join(dir, 'factcheck.config.json'), JSON.stringify({ maxBytes: 'lots' }));
      expect(lines(inDir(['good.txt']).stderr)).toEqual(['factcheck: factcheck.config.json: maxBytes: expected a number of bytes (16777216) or a size ("16M", "512k"); 0 for no limit']);
    } finally {
      rmSync(join(dir, 'factcheck.config.json'));
    }
  });

  it('a bad --max-bytes is a usage error', () => {
    const result = inDir(['good.txt', '--max-bytes', 'lots']);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)[0]).toMatch(/^factcheck: option '--max-bytes <n>' argument 'lots' is invalid/);
  });
});

describe('output that cannot be written, and reports of nothing', () => {
  it.skipIf(!existsSync('/dev/full'))('stdout on a full disk is one line and exit 2, not an internal error', () => {
    const result = runShell(`node ${JSON.stringify(BIN)} ${JSON.stringify(join(dir, 'good.txt'))} > /dev/full`);
    expect(lines(result.stderr)).toEqual(['factcheck: stdout: cannot write (ENOSPC)']);
    expect(result.status).toBe(2);
  });

  it('-o writes its report, an empty one, when every input failed (a CI upload step finds this run\'s file)', () => {
    const target = join(dir, 'out.sarif');
    writeFileSync(target, 'stale report of an earlier run');
    const result = inDir(['check', 'missing.txt', '--fail-on', 'denial', '--no-config', '--format', 'sarif', '-o', target]);
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: missing.txt: no such file']);
    const sarif = JSON.parse(readFileSync(target, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results).toEqual([]);
  });
});

describe('long single paragraphs', () => {
  const paragraph = (chars: number): string => {
    const sentences = ['The council approved the budget on Tuesday.', 'Officials said the plan would cut costs, according to the mayor.', '"We will not back down," said Jane Smith.', 'Critics denied that the vote was fair.'];
    const parts: string[] = [];
    for (let length = 0, i = 0; length < chars; i++) {
      parts.push(sentences[i % sentences.length]!);
      length += parts.at(-1)!.length + 1;
    }
    return parts.join(' ');
  };

  it('a 250 kB paragraph, alone and in a batch (where it goes to a worker of its own), is annotated whole; the next document too', () => {
    const text = paragraph(250_000);
    writeFileSync(join(dir, 'paragraph.txt'), text);
    writeFileSync(join(dir, 'paragraph.ndjson'), `${JSON.stringify({ id: 'long', text })}\n${JSON.stringify({ id: 'short', text: GOOD })}\n`);
    const alone = inDir(['paragraph.txt', '--format', 'json']);
    expect(alone.status).toBe(0);
    const statements = (JSON.parse(alone.stdout) as { summary: { statements: number } }).summary.statements;
    expect(statements).toBeGreaterThan(4000);
    const batch = inDir(['--input-format', 'ndjson', 'paragraph.ndjson', '--format', 'json'], { FACTCHECK_WORKERS: '2' });
    expect(batch.status).toBe(0);
    expect(documentPaths(batch.stdout)).toEqual(['long', 'short']);
    expect((JSON.parse(batch.stdout) as { summary: { statements: number } }).summary.statements).toBe(statements + 1);
  });
});
