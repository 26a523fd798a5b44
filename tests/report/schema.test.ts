import { describe, expect, it } from 'vitest';
import { jsonFormatter } from '../../src/report/formatters/json.js';
import { ndjsonFormatter } from '../../src/report/formatters/ndjson.js';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { CUE_KINDS, LABELS, POLICIES, REPORT_SCHEMA_ID, ROLES, SOURCE_KINDS, STANCES } from '../../src/types.js';
import { run, SEED } from '../cli/run.js';
import { REPORT_SCHEMA, expectValid, reportValidator } from '../support/schemas.js';
import { checkedFixtureReport, fixtureReport } from './fixtures.js';

/*
 * schema/report.schema.json against what factcheck writes: the JSON report and every NDJSON
 * line, of the library's formatters and of the built CLI (annotate and check, model and rules,
 * text and HTML input), and against reports it must refuse.
 */

const defs = REPORT_SCHEMA['$defs'] as Record<string, { enum?: unknown[] }>;

function parseLines(ndjson: string): unknown[] {
  return ndjson.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown);
}

describe('schema/report.schema.json', () => {
  it('is the schema the output names, with the enums of the TypeScript contract', () => {
    expect(REPORT_SCHEMA['$id']).toBe(REPORT_SCHEMA_ID);
    expect(defs['label']!.enum).toEqual([...LABELS]);
    expect(defs['role']!.enum).toEqual([...ROLES]);
    expect(defs['cueKind']!.enum).toEqual([...CUE_KINDS]);
    expect(defs['stance']!.enum).toEqual([...STANCES]);
    expect(defs['sourceKind']!.enum).toEqual([...SOURCE_KINDS]);
    expect(defs['policy']!.enum).toEqual([...POLICIES]);
  });

  it('accepts the library formatters\' JSON and NDJSON, with and without violations', () => {
    for (const report of [fixtureReport(), checkedFixtureReport()]) {
      const json = JSON.parse(jsonFormatter.format(report, DEFAULT_FORMAT_OPTIONS)) as Record<string, unknown>;
      expect(Object.keys(json)[0]).toBe('$schema');
      expect(json['$schema']).toBe(REPORT_SCHEMA_ID);
      expectValid(reportValidator(), json);
      const lines = parseLines(ndjsonFormatter.format(report, DEFAULT_FORMAT_OPTIONS));
      expect(lines).toHaveLength(report.documents.length);
      for (const line of lines) expectValid(reportValidator(), line);
    }
  });

  it.each<[string, string[]]>([
    ['the seed, json', [SEED, '--format', 'json']],
    ['the seed, json, --labeller rules', [SEED, '--format', 'json', '--labeller', 'rules']],
    ['a web page and the seed, json', ['tests/fixtures/page.html', SEED, '--format', 'json']],
    ['check with every policy, json', ['check', SEED, '--format', 'json', '--max-unverified', '20%', '--max-denial', '1', '--fail-on', 'denial', '--require-source', '--min-confidence', '0.62']],
    ['check --quiet, json', ['check', SEED, '--format', 'json', '--fail-on', 'denial', '--quiet']],
    ['a passing check, json', ['check', SEED, '--format', 'json', '--max-denial', '50%']],
    ['the seed, ndjson', [SEED, '--format', 'ndjson']],
    ['an NDJSON batch, ndjson', ['--input-format', 'ndjson', 'tests/fixtures/good.ndjson', '--format', 'ndjson']],
    ['check, ndjson', ['check', '--input-format', 'ndjson', 'tests/fixtures/good.ndjson', '--format', 'ndjson', '--fail-on', 'assertion']],
  ])('accepts the built CLI\'s output: %s', (_name, args) => {
    const result = run([...args, '--no-config']);
    expect(result.stderr).toBe('');
    const values = args.includes('ndjson') && args[args.indexOf('--format') + 1] === 'ndjson' ? parseLines(result.stdout) : [JSON.parse(result.stdout) as unknown];
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      expect((value as Record<string, unknown>)['$schema']).toBe(REPORT_SCHEMA_ID);
      expectValid(reportValidator(), value);
    }
  });

  it('refuses reports that break the contract', () => {
    const good = JSON.parse(jsonFormatter.format(checkedFixtureReport(), DEFAULT_FORMAT_OPTIONS)) as {
      documents: Array<{ statements: Array<Record<string, unknown>>; violations: Array<Record<string, unknown>>; counts: Record<string, unknown> }>;
      [key: string]: unknown;
    };
    const broken: Array<[string, (r: typeof good) => void]> = [
      ['an unknown label', (r) => (r.documents[0]!.statements[0]!['label'] = 'opinion')],
      ['an unknown top-level key', (r) => (r['extra'] = true)],
      ['a statement key the contract does not have', (r) => (r.documents[0]!.statements[0]!['colour'] = 'red')],
      ['a missing statement field', (r) => delete r.documents[0]!.statements[0]!['rule']],
      ['a rule of another label form', (r) => (r.documents[0]!.statements[0]!['rule'] = 'hedge')],
      ['a negative offset', (r) => (r.documents[0]!.statements[0]!['start'] = -1)],
      ['a confidence over 1', (r) => (r.documents[0]!.statements[0]!['confidence'] = 1.5)],
      ['an unknown policy', (r) => (r.documents[0]!.violations[0]!['policy'] = 'max-hedges')],
      ['a count for an unknown label', (r) => (r.documents[0]!.counts['opinion'] = 1)],
      ['another schema version', (r) => (r['schemaVersion'] = 2)],
      ['another schema id', (r) => (r['$schema'] = 'urn:factcheck:schema:report:2')],
    ];
    expectValid(reportValidator(), good);
    for (const [name, breakIt] of broken) {
      const copy = structuredClone(good);
      breakIt(copy);
      expect(reportValidator()(copy), name).toBe(false);
    }
    // An NDJSON line is held to the document schema too.
    const line = parseLines(ndjsonFormatter.format(checkedFixtureReport(), DEFAULT_FORMAT_OPTIONS))[0] as { document: { statements: Array<Record<string, unknown>> } };
    line.document.statements[0]!['label'] = 'opinion';
    expect(reportValidator()(line)).toBe(false);
  });
});
