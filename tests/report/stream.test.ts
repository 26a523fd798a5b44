/**
 * streamDocument: what a batch worker writes for a document of a streamed report must be what
 * the main thread would write for it (the formatter's bytes, the policy's verdict).
 */
import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { githubFormatter } from '../../src/report/formatters/github.js';
import { ndjsonFormatter } from '../../src/report/formatters/ndjson.js';
import { streamDocument, type StreamSetup } from '../../src/report/stream.js';
import { SCHEMA_VERSION } from '../../src/types.js';
import { toolInfo } from '../../src/version.js';

const TEXT = [
  'The council approved a budget of $4 million on Monday.',
  'The mayor denied that any money had been moved.',
  'Officials may have known about the shortfall, a source said.',
].join(' ');
const context = { schemaVersion: SCHEMA_VERSION, tool: toolInfo() };
const setup = (over: Partial<StreamSetup>): StreamSetup => ({ format: 'ndjson', options: DEFAULT_FORMAT_OPTIONS, check: undefined, violationsOnly: false, ...over });

describe('streamDocument', () => {
  it("writes the formatter's own bytes for the document and counts all its statements", () => {
    const document = annotate(TEXT, { path: 'council.txt' });
    const streamed = streamDocument(structuredClone(document), TEXT, setup({}));
    expect(streamed.chunk).toBe(ndjsonFormatter.formatDocument(document, context, DEFAULT_FORMAT_OPTIONS));
    expect(streamed.counts).toEqual(document.counts);
    expect(streamed.counts!.denial).toBe(1);
    expect(streamed.outcome).toBeUndefined();
  });

  it('checks the document against the policy, and in --quiet check mode leaves passing documents out', () => {
    const document = annotate(TEXT, { path: 'council.txt' });
    const failing = streamDocument(document, TEXT, setup({ check: { policy: { failOn: ['denial'] } }, violationsOnly: true }));
    expect(failing.outcome).toMatchObject({ errors: 1, warnings: 0 });
    expect(document.violations?.map((v) => [v.policy, v.statement])).toEqual([['fail-on', 1]]);
    const line = JSON.parse(failing.chunk!) as { document: { statements: Array<{ label: string }> } };
    expect(line.document.statements.map((s) => s.label)).toEqual(['denial']);
    expect(failing.counts).toEqual(document.counts);
    const passing = streamDocument(annotate(TEXT, { path: 'council.txt' }), TEXT, setup({ check: { policy: { maxDenial: { kind: 'count', value: 5 } } }, violationsOnly: true }));
    expect(passing).toEqual({ chunk: undefined, counts: undefined, outcome: { errors: 0, warnings: 0, found: [] } });
  });

  it('gives github annotations with line and column from the text it was annotated from', () => {
    const text = `Budget\n\n${TEXT}\n`;
    const document = annotate(text, { path: 'council.txt' });
    const streamed = streamDocument(document, text, setup({ format: 'github', check: { policy: { failOn: ['denial'] } } }));
    expect(streamed.chunk).toBe(githubFormatter.formatDocument(document, context, { ...DEFAULT_FORMAT_OPTIONS, sourceText: () => text }));
    expect(streamed.chunk).toMatch(/^::error file=council\.txt,line=3,col=\d+/);
  });

  it('refuses a format that cannot be streamed', () => {
    expect(() => streamDocument(annotate(TEXT), TEXT, setup({ format: 'json' }))).toThrow('json is not a streaming format');
  });
});
