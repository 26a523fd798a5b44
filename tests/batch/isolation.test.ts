/**
 * One document that cannot be annotated (any exception, a RangeError deep in a parse included)
 * becomes that document's error; the documents before and after it are still reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/index.js', async (original) => {
  const library = await original<typeof import('../../src/index.js')>();
  return {
    ...library,
    annotate: (text: string, options: Parameters<typeof library.annotate>[1]) => {
      if (text.includes('STACK')) throw new RangeError('Maximum call stack size exceeded');
      return library.annotate(text, options);
    },
  };
});

const { annotateDocuments } = await import('../../src/cli-batch.js');
const { compileLexicon } = await import('../../src/index.js');

const dir = mkdtempSync(join(tmpdir(), 'factcheck-isolation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a document that fails to annotate', () => {
  it('is one error event between the others, in files and in an NDJSON batch, on this thread', async () => {
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(dir, name));
    writeFileSync(files[0]!, 'The mayor said the bridge would reopen.');
    writeFileSync(files[1]!, 'A STACK of words.');
    writeFileSync(files[2]!, 'Police denied the report.');
    const batch = join(dir, 'batch.ndjson');
    writeFileSync(batch, ['The mayor said so.', 'STACK again.', 'Police denied it.'].map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n'));
    const options = { lexicon: compileLexicon(), lexiconExtension: undefined, furniture: [], labeller: 'model' as const, progress: false, workers: 0 };
    const outcomes = async (paths: string[], format: 'auto' | 'ndjson'): Promise<string[]> => {
      const seen: string[] = [];
      for await (const event of annotateDocuments(paths, { format, stdinName: '-', stdin: Readable.from([]) }, options)) {
        seen.push(event.kind === 'error' ? `error ${event.path}: ${event.problem}` : `document ${event.path}`);
      }
      return seen;
    };
    expect(await outcomes(files, 'auto')).toEqual([
      `document ${files[0]}`,
      `error ${files[1]}: could not be annotated (Maximum call stack size exceeded)`,
      `document ${files[2]}`,
    ]);
    expect(await outcomes([batch], 'ndjson')).toEqual(['document r0', 'error r1: could not be annotated (Maximum call stack size exceeded)', 'document r2']);
  });
});
