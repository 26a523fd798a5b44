import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRecord, readNdjson, type NdjsonRecord } from '../../src/read/ndjson.js';

async function collect(stream: NodeJS.ReadableStream): Promise<NdjsonRecord[]> {
  const records: NdjsonRecord[] = [];
  for await (const record of readNdjson(stream)) records.push(record);
  return records;
}

describe('parseRecord', () => {
  it.each<[string, NdjsonRecord]>([
    ['{"id":"a","text":"Hello."}', { kind: 'document', line: 1, id: 'a', text: 'Hello.' }],
    ['{"id":7,"text":"Hello."}', { kind: 'document', line: 1, id: '7', text: 'Hello.' }],
    ['{"text":"Hello.","extra":true}', { kind: 'document', line: 1, id: undefined, text: 'Hello.' }],
    ['not json', { kind: 'error', line: 1, problem: 'not valid JSON' }],
    ['[1,2]', { kind: 'error', line: 1, problem: 'not a JSON object' }],
    ['"text"', { kind: 'error', line: 1, problem: 'not a JSON object' }],
    ['{"id":"a"}', { kind: 'error', line: 1, problem: 'missing "text"' }],
    ['{"text":5}', { kind: 'error', line: 1, problem: '"text" is not a string' }],
    ['{"text":" \\n "}', { kind: 'error', line: 1, problem: 'empty "text"' }],
    ['{"id":{},"text":"x"}', { kind: 'error', line: 1, problem: '"id" is not a string or a number' }],
    // A title is the headline: the first line, a blank line before the text (offsets index the two together).
    ['{"title":"Mayor Quits\\n","text":"The mayor quit."}', { kind: 'document', line: 1, id: undefined, text: 'Mayor Quits\n\nThe mayor quit.' }],
    ['{"title":" ","text":"The mayor quit."}', { kind: 'document', line: 1, id: undefined, text: 'The mayor quit.' }],
    ['{"title":7,"text":"x"}', { kind: 'error', line: 1, problem: '"title" is not a string' }],
  ])('%s', (line, expected) => {
    expect(parseRecord(line, 1)).toEqual(expected);
  });
});

describe('readNdjson', () => {
  it('numbers lines from 1, skips blank ones, handles CRLF and a BOM', async () => {
    const input = '\uFEFF{"id":"a","text":"One."}\r\n\r\n{"text":"Two."}\nbad\n';
    expect(await collect(Readable.from([Buffer.from(input)]))).toEqual([
      { kind: 'document', line: 1, id: 'a', text: 'One.' },
      { kind: 'document', line: 3, id: undefined, text: 'Two.' },
      { kind: 'error', line: 4, problem: 'not valid JSON' },
    ]);
  });

  it('joins a line split across chunks, even inside a multi-byte character', async () => {
    const bytes = Buffer.from('{"text":"Café é"}\n');
    const chunks = [bytes.subarray(0, 12), bytes.subarray(12, 13), bytes.subarray(13)];
    expect(await collect(Readable.from(chunks))).toEqual([{ kind: 'document', line: 1, id: undefined, text: 'Café é' }]);
  });

  it('yields each record before the stream has ended', async () => {
    const stream = new Readable({ read() {} });
    const iterator = readNdjson(stream)[Symbol.asyncIterator]();
    stream.push('{"text":"First."}\n');
    expect((await iterator.next()).value).toEqual({ kind: 'document', line: 1, id: undefined, text: 'First.' });
    stream.push('{"text":"Second."}\n');
    stream.push(null);
    expect((await iterator.next()).value).toMatchObject({ text: 'Second.' });
    expect((await iterator.next()).done).toBe(true);
  });

  it('reads only a few lines ahead of its consumer, whatever the length of the stream', async () => {
    const line = `${JSON.stringify({ text: 'A sentence of an article. '.repeat(200) })}\n`;
    let pushed = 0;
    const stream = new Readable({
      read() {
        if (pushed === 2000) this.push(null);
        else {
          pushed++;
          this.push(line);
        }
      },
    });
    const iterator = readNdjson(stream)[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ kind: 'document', line: 1 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // 16 queued lines, the chunk in hand and the stream's own buffer; not the 2,000 lines.
    expect(pushed).toBeLessThan(60);
    await iterator.return(undefined);
  });

  it('ends with the stream\'s error instead of waiting for more lines', async () => {
    const stream = new Readable({ read() {} });
    const done = collect(stream);
    stream.destroy(Object.assign(new Error('boom'), { code: 'EIO' }));
    await expect(done).rejects.toMatchObject({ code: 'EIO' });
  });
});

describe('readNdjson limits and bytes', () => {
  const read = async (chunks: Uint8Array[], maxBytes = 0): Promise<NdjsonRecord[]> => {
    const records: NdjsonRecord[] = [];
    for await (const record of readNdjson(Readable.from(chunks), undefined, maxBytes)) records.push(record);
    return records;
  };

  it('reports a line over maxBytes as too large and reads on, whichever chunks it spans', async () => {
    const long = `{"text":"${'word '.repeat(40)}"}`;
    const input = Buffer.from(`{"text":"Short."}\n${long}\n{"id":"after","text":"Also short."}\n`);
    const expected: NdjsonRecord[] = [
      { kind: 'document', line: 1, id: undefined, text: 'Short.' },
      { kind: 'error', line: 2, problem: 'larger than 100 bytes (--max-bytes)' },
      { kind: 'document', line: 3, id: 'after', text: 'Also short.' },
    ];
    expect(await read([input], 100)).toEqual(expected);
    const byteAtATime = [...input].map((byte) => Buffer.from([byte]));
    expect(await read(byteAtATime, 100)).toEqual(expected);
  });

  it('names the line whose text is not valid UTF-8, and keeps the others', async () => {
    const bad = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    expect(await read([Buffer.from('{"text":"One."}\n'), bad, Buffer.from('{"text":"Three."}')])).toEqual([
      { kind: 'document', line: 1, id: undefined, text: 'One.' },
      { kind: 'error', line: 2, problem: 'not valid UTF-8 text' },
      { kind: 'document', line: 3, id: undefined, text: 'Three.' },
    ]);
  });

  it('breaks lines at LF, CRLF (even split across chunks) and a lone CR, as readline does', async () => {
    const records = await read([Buffer.from('{"text":"A."}\r'), Buffer.from('\n{"text":"B."}\r{"text":"C."}')]);
    expect(records.map((r) => [r.line, r.kind === 'document' ? r.text : r.problem])).toEqual([
      [1, 'A.'],
      [2, 'B.'],
      [3, 'C.'],
    ]);
  });

  it('fails a stream that starts with NUL bytes as binary, without reading on', async () => {
    let chunksRead = 0;
    const endless = new Readable({
      read() {
        chunksRead++;
        this.push(Buffer.alloc(1024));
      },
    });
    await expect(collect(endless)).rejects.toThrow('binary file (contains NUL bytes)');
    expect(chunksRead).toBeLessThan(100);
  });

  it('a text of invisible characters only is empty', () => {
    expect(parseRecord('{"text":"\\u200b\\u200d\\u00ad"}', 4)).toEqual({ kind: 'error', line: 4, problem: 'empty "text"' });
  });
});
