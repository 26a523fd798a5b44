import { describe, expect, it } from 'vitest';
import { isStreaming } from '../../src/report/formatter.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { ndjsonFormatter } from '../../src/report/formatters/ndjson.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { REPORT_SCHEMA_ID } from '../../src/types.js';
import { fixtureReport } from './fixtures.js';

const report = fixtureReport();

describe('ndjson formatter', () => {
  const output = ndjsonFormatter.format(report, DEFAULT_FORMAT_OPTIONS);
  const lines = output.split('\n');

  it('writes one JSON line per document, ending with a newline', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(report.documents.length);
    const parsed = lines.map((line) => JSON.parse(line) as { $schema: string; schemaVersion: number; tool: unknown; document: { path: string } });
    expect(parsed.map((p) => p.document.path)).toEqual(report.documents.map((d) => d.path));
    for (const line of parsed) {
      expect(Object.keys(line)).toEqual(['$schema', 'schemaVersion', 'tool', 'document']);
      expect(line.$schema).toBe(REPORT_SCHEMA_ID);
      expect(line.schemaVersion).toBe(1);
      expect(line.tool).toEqual(report.tool);
    }
  });

  it('carries each document exactly as the JSON report does', () => {
    const full = JSON.parse(jsonFormatter.format(report, DEFAULT_FORMAT_OPTIONS)) as { documents: unknown[] };
    expect(lines.filter((l) => l !== '').map((line) => (JSON.parse(line) as { document: unknown }).document)).toEqual(full.documents);
  });

  it('streams: document by document gives the same bytes as the whole report', () => {
    expect(isStreaming(ndjsonFormatter)).toBe(true);
    expect(isStreaming(jsonFormatter)).toBe(false);
    const context = { schemaVersion: report.schemaVersion, tool: report.tool };
    const streamed = report.documents.map((d) => ndjsonFormatter.formatDocument(d, context, DEFAULT_FORMAT_OPTIONS)).join('') + ndjsonFormatter.formatEnd(report, DEFAULT_FORMAT_OPTIONS);
    expect(streamed).toBe(output);
  });
});

describe('U+2028 and U+2029 in a statement', () => {
  it('are escaped in NDJSON, JSON and SARIF, so a line splitter sees one record a line, and parse back to the same text', async () => {
    const { annotate, getFormatter, buildReport } = await import('../../src/index.js');
    const text = 'The mayor said\u2028the bridge will reopen.\u2029It may not, critics said.';
    const report = buildReport([annotate(text, { path: 'odd.txt', labeller: 'rules' })]);
    for (const name of ['ndjson', 'json', 'sarif']) {
      const output = getFormatter(name)!.format(report, { ...DEFAULT_FORMAT_OPTIONS, sourceText: () => text });
      expect(output).not.toMatch(/[\u2028\u2029]/);
      if (name === 'ndjson') expect(output.split(/\r\n|[\n\r\u2028\u2029]/).filter(Boolean)).toHaveLength(1);
    }
    const parsed = JSON.parse(getFormatter('json')!.format(report, DEFAULT_FORMAT_OPTIONS)) as { documents: Array<{ statements: Array<{ text: string }> }> };
    expect(parsed.documents[0]!.statements.map((s) => s.text).join('')).toMatch(/\u2028|\u2029/);
  });
});
