import { describe, expect, it } from 'vitest';
import { isStreaming } from '../../src/report/formatter.js';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { ndjsonFormatter } from '../../src/report/formatters/ndjson.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { fixtureReport } from './fixtures.js';

const report = fixtureReport();

describe('ndjson formatter', () => {
  const output = ndjsonFormatter.format(report, DEFAULT_FORMAT_OPTIONS);
  const lines = output.split('\n');

  it('writes one JSON line per document, ending with a newline', () => {
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(report.documents.length);
    const parsed = lines.map((line) => JSON.parse(line) as { schemaVersion: number; tool: unknown; document: { path: string } });
    expect(parsed.map((p) => p.document.path)).toEqual(report.documents.map((d) => d.path));
    for (const line of parsed) {
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
