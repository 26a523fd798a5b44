import { describe, expect, it } from 'vitest';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import type { FormatOptions } from '../../src/report/formatter.js';
import { rankStatements } from '../../src/rank/index.js';
import { summarizeSources } from '../../src/sources/index.js';
import { annotate, buildReport } from '../../src/index.js';
import { REPORT_SCHEMA_ID, type Report } from '../../src/types.js';
import { fixtureReport } from './fixtures.js';

const OPTIONS: FormatOptions = { color: false, width: 80, explain: false };

function format(report: Report, options: FormatOptions = OPTIONS): string {
  return jsonFormatter.format(report, options);
}

/** The same data with every object's keys in reverse order, as another builder might produce. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reverseKeys(inner)]),
  );
}

describe('json formatter', () => {
  it('parses back to the same data', () => {
    const report = fixtureReport();
    expect(JSON.parse(format(report))).toEqual({ $schema: REPORT_SCHEMA_ID, ...report });
  });

  it('is pretty-printed with two spaces and ends with one newline', () => {
    const output = format(fixtureReport());
    expect(output.endsWith('}\n')).toBe(true);
    expect(output.endsWith('\n\n')).toBe(false);
    expect(output.split('\n').slice(1, 3)).toEqual([`  "$schema": "${REPORT_SCHEMA_ID}",`, '  "schemaVersion": 1,']);
  });

  it('lists keys in the documented order at every level', () => {
    const parsed = JSON.parse(format(reverseKeys(fixtureReport()) as Report));
    expect(Object.keys(parsed)).toEqual(['$schema', 'schemaVersion', 'tool', 'documents', 'summary']);
    expect(Object.keys(parsed.tool)).toEqual(['name', 'version']);
    expect(Object.keys(parsed.summary)).toEqual(['documents', 'statements', 'counts']);
    expect(Object.keys(parsed.summary.counts)).toEqual(['assertion', 'denial', 'unverified', 'background']);

    const document = parsed.documents[0];
    expect(Object.keys(document)).toEqual(['path', 'chars', 'statements', 'counts']);
    expect(Object.keys(document.counts)).toEqual(['assertion', 'denial', 'unverified', 'background']);

    const attributed = document.statements.find((s: { source: unknown; cues: unknown[] }) => s.source !== null && s.cues.length > 0);
    expect(Object.keys(attributed)).toEqual([
      'index', 'start', 'end', 'text', 'role', 'label', 'confidence', 'rule', 'reason', 'cues', 'source',
    ]);
    expect(Object.keys(attributed.cues[0])).toEqual(['text', 'start', 'end', 'kind', 'entry']);
    expect(Object.keys(attributed.source)).toEqual(['text', 'start', 'end', 'verb', 'cue', 'named', 'stance', 'kind']);
    expect(Object.keys(attributed.source.cue)).toEqual(['text', 'start', 'end']);

    const unattributed = document.statements.find((s: { source: unknown }) => s.source === null);
    expect(Object.keys(unattributed).at(-1)).toBe('source');
    expect(format(fixtureReport())).toContain('"source": null');
  });

  it("places the label model's probabilities and features beside the label and the rule", () => {
    const parsed = JSON.parse(format(buildReport([annotate('Pier may close\n\nThe pier may close early, the harbor master said.')])));
    const statement = parsed.documents[0].statements[1];
    expect(Object.keys(statement)).toEqual([
      'index', 'start', 'end', 'text', 'role', 'label', 'confidence', 'probabilities', 'rule', 'reason', 'features', 'cues', 'source',
      'attributions', 'checkworthiness', 'checkSignals',
    ]);
    expect(Object.keys(statement.probabilities)).toEqual(['assertion', 'denial', 'unverified', 'background']);
    for (const feature of statement.features) expect(Object.keys(feature).slice(0, 2)).toEqual(['feature', 'weight']);
  });

  it('gives identical bytes for the same input, whatever order its objects were built in', () => {
    const first = format(fixtureReport());
    expect(format(fixtureReport())).toBe(first);
    expect(format(reverseKeys(fixtureReport()) as Report)).toBe(first);
  });

  it('keeps fields it does not know, after the known ones, in sorted order', () => {
    const report = fixtureReport();
    const statement = report.documents[0]!.statements[0]!;
    Object.assign(statement, { zeta: 1, alpha: { y: 2, x: 1 } });
    Object.assign(report, { generatedBy: 'test' });
    const parsed = JSON.parse(format(report));

    expect(Object.keys(parsed).slice(-1)).toEqual(['generatedBy']);
    const keys = Object.keys(parsed.documents[0].statements[0]);
    expect(keys.slice(0, 11)).toEqual(['index', 'start', 'end', 'text', 'role', 'label', 'confidence', 'rule', 'reason', 'cues', 'source']);
    expect(keys.slice(11)).toEqual(['alpha', 'zeta']);
    expect(Object.keys(parsed.documents[0].statements[0].alpha)).toEqual(['x', 'y']);
    expect(parsed.documents[0].statements[0].zeta).toBe(1);
  });

  it('keeps a field named "__proto__" as data', () => {
    const report = fixtureReport();
    Object.defineProperty(report.documents[0]!.statements[0]!, '__proto__', { value: { a: 1 }, enumerable: true, writable: true, configurable: true });
    const statement = (JSON.parse(format(report)) as { documents: Array<{ statements: object[] }> }).documents[0]!.statements[0]!;
    expect(Object.keys(statement).at(-1)).toBe('__proto__');
    expect(Object.getOwnPropertyDescriptor(statement, '__proto__')?.value).toEqual({ a: 1 });
  });

  it('ignores colour, width and explain', () => {
    const plain = format(fixtureReport());
    expect(format(fixtureReport(), { color: true, width: 20, explain: true })).toBe(plain);
    expect(plain).not.toContain('\u001b');
  });

  it('does not modify the report it is given', () => {
    const report = fixtureReport();
    format(report);
    expect(report).toEqual(fixtureReport());
  });

  it('orders the sources report and the check-worthiness fields as documented', () => {
    const report = fixtureReport();
    const document = report.documents[0]!;
    document.sources = summarizeSources(document.statements);
    document.statements = rankStatements(document.statements);
    const parsed = JSON.parse(format(reverseKeys(report) as Report));
    const parsedDocument = parsed.documents[0];
    expect(Object.keys(parsedDocument)).toEqual(['path', 'chars', 'statements', 'counts', 'sources']);
    expect(Object.keys(parsedDocument.sources[0])).toEqual(['name', 'kind', 'named', 'mentions', 'statements', 'counts']);
    expect(Object.keys(parsedDocument.sources[0].counts)).toEqual(['assertion', 'denial', 'unverified', 'background']);
    expect(Object.keys(parsedDocument.statements[3]).slice(-3)).toEqual(['source', 'checkworthiness', 'checkSignals']);
    expect(parsedDocument.statements[1].checkworthiness).toBeNull();
    expect(parsedDocument.sources.map((s: { name: string }) => s.name)).toEqual(['Steven Cheung', 'The rival campaign', 'a source']);
  });
});
