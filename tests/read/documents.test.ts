import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs, ARTICLE_EXTENSIONS, NDJSON_EXTENSIONS } from '../../src/read/expand.js';
import { readDocuments, type ReadEvent, type ReadOptions } from '../../src/read/documents.js';

let dir = '';
const cwd = process.cwd();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factcheck-docs-'));
  await mkdir(join(dir, 'articles', 'sub', 'deeper'), { recursive: true });
  await mkdir(join(dir, 'articles', 'node_modules'), { recursive: true });
  await mkdir(join(dir, 'articles', '.hidden'), { recursive: true });
  await mkdir(join(dir, 'empty'));
  const files: Record<string, string> = {
    'articles/b.txt': 'B text.\n',
    'articles/a.md': 'A text.\n',
    'articles/Z.HTML': '<html><body><p>Zed.</p></body></html>',
    'articles/sub/c.htm': '<p>Sea.</p>',
    'articles/sub/deeper/d.txt': 'D text.\n',
    'articles/notes.json': '{}',
    'articles/node_modules/x.txt': 'no\n',
    'articles/.hidden/y.txt': 'no\n',
    'batch.ndjson': '{"id":"one","text":"One."}\n{"id":"two"}\n{"text":"Three."}\n',
    'empty.ndjson': '\n\n',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  process.chdir(dir);
});

afterAll(async () => {
  process.chdir(cwd);
  await rm(dir, { recursive: true, force: true });
});

async function read(args: string[], options: Partial<ReadOptions> = {}): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  const stdin = options.stdin ?? Readable.from([]);
  for await (const event of readDocuments(args, { format: 'auto', stdinName: '-', ...options, stdin })) events.push(event);
  return events;
}

describe('expandInputs', () => {
  it('recurses into a directory for articles, sorted by code unit, skipping hidden files and node_modules', async () => {
    expect(await expandInputs(['articles'], ARTICLE_EXTENSIONS)).toEqual(
      ['articles/Z.HTML', 'articles/a.md', 'articles/b.txt', 'articles/sub/c.htm', 'articles/sub/deeper/d.txt'].map((path) => ({ kind: 'file', path })),
    );
  });

  it('keeps the directory as given in front of what it finds', async () => {
    const items = await expandInputs(['./articles/sub/'], ARTICLE_EXTENSIONS);
    expect(items).toEqual([{ kind: 'file', path: './articles/sub/c.htm' }, { kind: 'file', path: './articles/sub/deeper/d.txt' }]);
  });

  it('expands a quoted glob, sorted; one that matches nothing is an error item', async () => {
    expect(await expandInputs(['articles/**/*.txt', 'nothing/*.txt'], ARTICLE_EXTENSIONS)).toEqual([
      { kind: 'file', path: 'articles/b.txt' },
      { kind: 'file', path: 'articles/sub/deeper/d.txt' },
      { kind: 'error', path: 'nothing/*.txt', problem: 'no files match this pattern' },
    ]);
  });

  it('reads a file named twice once, keeps "-" and missing files as they are, in argument order', async () => {
    expect(await expandInputs(['articles/b.txt', '-', 'missing.txt', 'articles'], ARTICLE_EXTENSIONS)).toEqual([
      { kind: 'file', path: 'articles/b.txt' },
      { kind: 'stdin' },
      { kind: 'file', path: 'missing.txt' },
      ...['articles/Z.HTML', 'articles/a.md', 'articles/sub/c.htm', 'articles/sub/deeper/d.txt'].map((path) => ({ kind: 'file', path })),
    ]);
  });

  it('a directory without articles is an error item; NDJSON mode looks for *.ndjson and *.jsonl', async () => {
    expect(await expandInputs(['empty'], ARTICLE_EXTENSIONS)).toEqual([
      { kind: 'error', path: 'empty', problem: 'directory has no *.txt, *.md, *.html or *.htm files' },
    ]);
    expect(await expandInputs(['.'], NDJSON_EXTENSIONS)).toEqual([{ kind: 'file', path: './batch.ndjson' }, { kind: 'file', path: './empty.ndjson' }]);
  });
});

describe('readDocuments', () => {
  it('extracts HTML by extension, whatever its case, and says so', async () => {
    const events = await read(['articles/Z.HTML', 'articles/b.txt']);
    expect(events).toEqual([
      { kind: 'document', path: 'articles/Z.HTML', text: 'Zed.\n', extractedFrom: 'html' },
      { kind: 'document', path: 'articles/b.txt', text: 'B text.\n' },
    ]);
  });

  it('sniffs HTML on stdin, or goes by the --stdin-filename extension', async () => {
    const page = '<!doctype html><p>Hello.</p>';
    expect(await read(['-'], { stdin: Readable.from([Buffer.from(page)]) })).toEqual([{ kind: 'document', path: '-', text: 'Hello.\n', extractedFrom: 'html' }]);
    const named = await read(['-'], { stdin: Readable.from([Buffer.from('<p>Hi.</p>')]), stdinName: 'page.html' });
    expect(named).toEqual([{ kind: 'document', path: 'page.html', text: 'Hi.\n', extractedFrom: 'html' }]);
    const plain = await read(['-'], { stdin: Readable.from([Buffer.from('<p>Hi.</p>')]) });
    expect(plain).toEqual([{ kind: 'document', path: '-', text: '<p>Hi.</p>' }]);
  });

  it('--input-format text and html override the extension', async () => {
    expect(await read(['articles/Z.HTML'], { format: 'text' })).toMatchObject([{ text: '<html><body><p>Zed.</p></body></html>' }]);
    expect(await read(['articles/b.txt'], { format: 'html' })).toEqual([{ kind: 'document', path: 'articles/b.txt', text: 'B text.\n', extractedFrom: 'html' }]);
  });

  it('a page without article text and an unreadable file are error events between the documents', async () => {
    await writeFile(join(dir, 'nav.html'), '<nav>Home</nav>');
    expect(await read(['missing.txt', 'nav.html', 'articles/b.txt'])).toEqual([
      { kind: 'error', path: 'missing.txt', problem: 'no such file' },
      { kind: 'error', path: 'nav.html', problem: 'no article text in the HTML' },
      { kind: 'document', path: 'articles/b.txt', text: 'B text.\n' },
    ]);
  });

  it('NDJSON: one document per good line, named by id or <file>:<line>; one error per bad line', async () => {
    expect(await read(['batch.ndjson', 'missing.ndjson'], { format: 'ndjson' })).toEqual([
      { kind: 'document', path: 'one', text: 'One.' },
      { kind: 'error', path: 'batch.ndjson:2', problem: 'missing "text"' },
      { kind: 'document', path: 'batch.ndjson:3', text: 'Three.' },
      { kind: 'error', path: 'missing.ndjson', problem: 'no such file' },
    ]);
  });

  it('NDJSON from stdin goes by the --stdin-filename; a batch without records is an empty input', async () => {
    const stdin = Readable.from([Buffer.from('{"text":"One."}\n')]);
    expect(await read(['-'], { format: 'ndjson', stdin, stdinName: 'batch' })).toEqual([{ kind: 'document', path: 'batch:1', text: 'One.' }]);
    expect(await read(['empty.ndjson'], { format: 'ndjson' })).toEqual([{ kind: 'error', path: 'empty.ndjson', problem: 'empty input' }]);
  });
});
