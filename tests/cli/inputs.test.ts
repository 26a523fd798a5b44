import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/read/html.js';
import type { Report } from '../../src/types.js';
import { expectContract } from '../support/contract.js';
import { baseEnv, BIN, lines, ROOT, run, SEED, tempDir } from './run.js';

const seedText = readFileSync(join(ROOT, SEED), 'utf8');
const PAGE = `<!DOCTYPE html>
<html><head><title>Council backs bridge | The Daily</title><script>track("<p>not text</p>")</script></head>
<body><header><nav><a href="/">Home</a></nav></header>
<article><h1>Council backs bridge</h1>
<p>The council approved the bridge on Monday, the mayor&rsquo;s office said.</p>
<p>It may be delayed, a source said.</p></article>
<footer>&copy; The Daily</footer></body></html>
`;

let dir = '';
beforeAll(() => {
  dir = tempDir();
  const files: Record<string, string> = {
    'articles/b.txt': 'Mayor opens park\n\nThe mayor opened the park on Sunday.\n',
    'articles/a.md': '# Storm hits coast\n\nThe storm may reach the coast tonight, officials said.\n',
    'articles/world/page.html': PAGE,
    'articles/world/notes.json': '{}',
    'batch.ndjson': '{"id":"one","text":"The mayor said the park will open."}\nnot json\n{"id":"two"}\n{"text":"It may rain."}\n',
  };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const report = (stdout: string): Report => JSON.parse(stdout) as Report;
const paths = (stdout: string): string[] => report(stdout).documents.map((d) => d.path);

describe('files, directories and globs', () => {
  it('a directory is every article below it, sorted, with paths as given', () => {
    const result = run(['articles', '--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(paths(result.stdout)).toEqual(['articles/a.md', 'articles/b.txt', 'articles/world/page.html']);
  });

  it('a quoted glob is expanded by factcheck; one that matches nothing is an input error', () => {
    const result = run(['articles/**/*.txt', 'drafts/*.txt', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: drafts/*.txt: no files match this pattern']);
    expect(paths(result.stdout)).toEqual(['articles/b.txt']);
  });

  it('the same output on every run and in any locale', () => {
    const first = run(['articles', 'articles/b.txt', '--format', 'json'], { cwd: dir });
    const second = run(['articles', 'articles/b.txt', '--format', 'json'], { cwd: dir, env: { LC_ALL: 'C', LANG: 'C' } });
    expect(second.raw.equals(first.raw)).toBe(true);
    // A file named twice is annotated once.
    expect(paths(first.stdout)).toHaveLength(3);
  });
});

describe('HTML', () => {
  it('a .html file is annotated on its article text, and says so', () => {
    const result = run(['articles/world/page.html', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const document = report(result.stdout).documents[0]!;
    const text = extractHtml(PAGE);
    expect(document.extractedFrom).toBe('html');
    expect(text).toBe('Council backs bridge\n\nThe council approved the bridge on Monday, the mayor’s office said.\n\nIt may be delayed, a source said.\n');
    expectContract(text, document);
  });

  it('the text report header says the text was extracted', () => {
    const result = run(['articles/world/page.html'], { cwd: dir });
    expect(lines(result.stdout)[0]).toBe('articles/world/page.html (3 statements, text extracted from HTML)');
  });

  it('HTML on stdin is recognised by its doctype', () => {
    const result = run(['-', '--format', 'json'], { input: PAGE });
    expect(result.status).toBe(0);
    expect(report(result.stdout).documents[0]).toMatchObject({ path: '-', extractedFrom: 'html', chars: extractHtml(PAGE).length });
  });

  it('--input-format text reads a page as it is', () => {
    const result = run(['articles/world/page.html', '--format', 'json', '--input-format', 'text'], { cwd: dir });
    expect(report(result.stdout).documents[0]!.extractedFrom).toBeUndefined();
    expect(report(result.stdout).documents[0]!.chars).toBe(PAGE.length);
  });
});

describe('--input-format ndjson', () => {
  it('one document per good line; each bad line is one stderr line with its line number; exit 2', () => {
    const result = run(['--input-format', 'ndjson', 'batch.ndjson', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(2);
    expect(lines(result.stderr)).toEqual(['factcheck: batch.ndjson:2: not valid JSON', 'factcheck: batch.ndjson:3: missing "text"']);
    expect(paths(result.stdout)).toEqual(['one', 'batch.ndjson:4']);
  });

  it('a title field is the headline; a record of one sentence, or of lines with no blank line under the first, has none', () => {
    const input = [
      { id: 'titled', title: 'Mayor opens park', text: 'The mayor opened the park on Sunday.' },
      { id: 'sentence', text: 'The mayor opened the park on Sunday.' },
      { id: 'headed', text: 'Mayor opens park\n\nThe mayor opened the park on Sunday.' },
    ].map((record) => JSON.stringify(record)).join('\n');
    const result = run(['--input-format', 'ndjson', '--format', 'json'], { input });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    const roles = report.documents.map((d) => d.statements.map((s) => `${s.role}: ${s.text}`));
    expect(roles).toEqual([
      ['headline: Mayor opens park', 'body: The mayor opened the park on Sunday.'],
      ['body: The mayor opened the park on Sunday.'],
      ['headline: Mayor opens park', 'body: The mayor opened the park on Sunday.'],
    ]);
  });

  it('reads stdin, named by --stdin-filename', () => {
    const input = readFileSync(join(dir, 'batch.ndjson'), 'utf8');
    const result = run(['--input-format', 'ndjson', '--stdin-filename', 'feed', '--format', 'ndjson'], { input });
    expect(lines(result.stderr)).toEqual(['factcheck: feed:2: not valid JSON', 'factcheck: feed:3: missing "text"']);
    expect(lines(result.stdout).map((line) => (JSON.parse(line) as { document: { path: string } }).document.path)).toEqual(['one', 'feed:4']);
  });

  it('a large batch keeps every document', () => {
    const input = Array.from({ length: 50 }, (_, i) => JSON.stringify({ id: `d${i}`, text: seedText })).join('\n');
    const result = run(['--input-format', 'ndjson', '--format', 'ndjson'], { input });
    expect(result.status).toBe(0);
    expect(lines(result.stdout)).toHaveLength(50);
  });

  it('with a streaming format, each result is written before the next line is read', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'ndjson', '--format', 'ndjson'], { cwd: ROOT, env: baseEnv() });
    const received: string[] = [];
    let buffered = '';
    const nextLine = (): Promise<string> =>
      new Promise((resolve) => {
        const check = (): void => {
          const at = buffered.indexOf('\n');
          if (at < 0) return;
          child.stdout.off('data', onData);
          const line = buffered.slice(0, at);
          buffered = buffered.slice(at + 1);
          resolve(line);
        };
        const onData = (chunk: Buffer): void => {
          buffered += chunk.toString('utf8');
          check();
        };
        child.stdout.on('data', onData);
        check();
      });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('{"id":"first","text":"The mayor said the park will open."}\n');
    received.push(await nextLine());
    child.stdin.write('{"id":"second","text":"It may rain."}\n');
    received.push(await nextLine());
    child.stdin.end();
    expect(await exited).toBe(0);
    expect(received.map((line) => (JSON.parse(line) as { document: { path: string } }).document.path)).toEqual(['first', 'second']);
  });
});
