import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/report/formatter.js';
import { artifactUri, SARIF_SCHEMA, sarifFormatter } from '../../src/report/formatters/sarif.js';
import { POLICIES, type Report } from '../../src/types.js';
import { CRLF_TEXT, checkedFixtureReport, fixtureReport, fixtureSourceText } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 80, explain: false };
const WITH_TEXT: FormatOptions = { ...PLAIN, sourceText: fixtureSourceText };

interface Region {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
  charOffset?: number;
  charLength?: number;
  snippet?: { text: string };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  partialFingerprints?: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: Region } }>;
  properties?: Record<string, unknown>;
}
interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; rules: Array<{ id: string; name: string; shortDescription: { text: string } }> } };
    columnKind: string;
    results: Result[];
  }>;
}

function sarif(report: Report, options: FormatOptions = WITH_TEXT): Log {
  const output = sarifFormatter.format(report, options);
  expect(output.endsWith('}\n')).toBe(true);
  return JSON.parse(output) as Log;
}

const isPositiveInteger = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 1;

/**
 * The properties SARIF 2.1.0 requires (sarifLog.version and runs; run.tool; tool.driver;
 * toolComponent.name; result.message with text; reportingDescriptor.id) and the constraints of
 * the schema on what we emit (levels, 1-based lines and columns, non-negative offsets), checked
 * by hand: the schema itself is not downloaded.
 */
function expectValidSarif(log: Log): void {
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toBe(SARIF_SCHEMA);
  expect(log.runs).toHaveLength(1);
  const [run] = log.runs;
  expect(run!.tool.driver.name).toBe('factcheck');
  expect(typeof run!.tool.driver.version).toBe('string');
  expect(['utf16CodeUnits', 'unicodeCodePoints']).toContain(run!.columnKind);
  const rules = run!.tool.driver.rules;
  expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  for (const rule of rules) {
    expect(rule.id).toMatch(/\S/);
    expect(rule.shortDescription.text).toMatch(/\S/);
  }
  for (const result of run!.results) {
    expect(result.message.text).toMatch(/\S/);
    expect(['none', 'note', 'warning', 'error']).toContain(result.level);
    expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(result.locations.length).toBeGreaterThan(0);
    for (const { physicalLocation } of result.locations) {
      expect(physicalLocation.artifactLocation.uri).toMatch(/\S/);
      const { region } = physicalLocation;
      if (region === undefined) continue;
      // A text region needs a start: a line or a character offset.
      expect(region.startLine !== undefined || region.charOffset !== undefined).toBe(true);
      for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn'] as const) {
        if (region[key] !== undefined) expect(isPositiveInteger(region[key]), key).toBe(true);
      }
      if (region.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine!);
      if (region.charOffset !== undefined) expect(region.charOffset).toBeGreaterThanOrEqual(0);
      if (region.charLength !== undefined) expect(region.charLength).toBeGreaterThanOrEqual(0);
    }
  }
}

describe('sarif formatter', () => {
  it('is a valid log with no results when no policy was applied', () => {
    const log = sarif(fixtureReport());
    expectValidSarif(log);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules.map((rule) => rule.id)).toEqual([...POLICIES]);
  });

  it('has one result per violation, in report order, with rule ids per policy and the level of its severity', () => {
    const report = checkedFixtureReport();
    const log = sarif(report);
    expectValidSarif(log);
    const violations = report.documents.flatMap((d) => (d.violations ?? []).map((v) => ({ path: d.path, ...v })));
    const { results } = log.runs[0]!;
    expect(results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.ruleId, r.level])).toEqual(
      violations.map((v) => [v.path, v.policy, v.severity === 'warning' ? 'warning' : 'error']),
    );
    expect(results.map((r) => r.level).filter((level) => level === 'warning')).toHaveLength(1);
    expect(results[0]!.message.text).toBe('assertion with no source (require-source)');
    // The fingerprint check mode gave the violation, under SARIF's name/version key; none without one.
    expect(results[0]!.partialFingerprints).toEqual({ 'factcheckStatementHash/v1': '0123456789abcdef0123456789abcdef' });
    expect(results[1]!.partialFingerprints).toBeUndefined();
  });

  it('gives a statement region in lines, columns and characters (CRLF text)', () => {
    const log = sarif(checkedFixtureReport());
    const crlf = log.runs[0]!.results.filter((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'fixtures/crlf.txt');
    const oneLine = crlf.find((r) => r.ruleId === 'fail-on')!.locations[0]!.physicalLocation.region!;
    const text = 'The hackers may have used a stolen password, a source said.';
    expect(oneLine).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 64, charOffset: CRLF_TEXT.indexOf(text), charLength: text.length, snippet: { text } });
    expect(CRLF_TEXT.slice(oneLine.charOffset, oneLine.charOffset! + oneLine.charLength!)).toBe(text);
    const twoLines = crlf.find((r) => r.ruleId === 'max-denial' && r.locations[0]!.physicalLocation.region !== undefined)!;
    expect(twoLines.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 4, startColumn: 1, endLine: 5, endColumn: 31 });
    expect(twoLines.properties).toEqual({ statement: 3, label: 'denial', rule: 'denial:verb' });
  });

  it('gives document-level violations a location without a region', () => {
    const log = sarif(checkedFixtureReport());
    const documentLevel = log.runs[0]!.results.filter((r) => r.ruleId.startsWith('max-') && r.properties === undefined);
    expect(documentLevel).toHaveLength(2);
    for (const result of documentLevel) expect(result.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: result.locations[0]!.physicalLocation.artifactLocation.uri } } }]);
  });

  it('without the text keeps the character offsets but gives no lines', () => {
    const log = sarif(checkedFixtureReport(), PLAIN);
    expectValidSarif(log);
    const regions = log.runs[0]!.results.flatMap((r) => r.locations.map((l) => l.physicalLocation.region)).filter((r) => r !== undefined);
    expect(regions.length).toBeGreaterThan(0);
    for (const region of regions) {
      expect(region.startLine).toBeUndefined();
      expect(region.charOffset).toBeGreaterThanOrEqual(0);
    }
  });

  it('does not point into an HTML page with offsets of its extracted text', () => {
    const log = sarif(checkedFixtureReport());
    const page = log.runs[0]!.results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'fixtures/page.html')!;
    expect(page.locations[0]!.physicalLocation.region).toBeUndefined();
    expect(page.message.text).toContain('statement 2 of the text extracted from the page');
    expect(page.properties).toMatchObject({ statement: 1, extractedFrom: 'html' });
  });

  it('writes paths as URI references', () => {
    expect(artifactUri('news/a b#1.txt')).toBe('news/a%20b%231.txt');
    expect(artifactUri('/srv/news/été.txt')).toBe('file:///srv/news/%C3%A9t%C3%A9.txt');
    expect(artifactUri('C:\\news\\a.txt')).toBe('file:///C:/news/a.txt');
    expect(artifactUri('-')).toBe('-');
  });

  it('is deterministic', () => {
    expect(sarifFormatter.format(checkedFixtureReport(), WITH_TEXT)).toBe(sarifFormatter.format(checkedFixtureReport(), WITH_TEXT));
  });
});
