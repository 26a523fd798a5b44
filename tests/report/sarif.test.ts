import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/report/formatter.js';
import { artifactUri, SARIF_SCHEMA, sarifFormatter } from '../../src/report/formatters/sarif.js';
import { POLICIES, type Report } from '../../src/types.js';
import { run as runCli, SEED } from '../cli/run.js';
import { expectValid, sarifValidator } from '../support/schemas.js';
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

/**
 * Valid against the OASIS SARIF 2.1.0 JSON schema (vendored: tests/support/sarif-schema/), plus
 * what the schema cannot say: the rule an index points at is the result's rule, and the log
 * names factcheck and the schema it follows.
 */
function expectValidSarif(log: Log): void {
  expectValid(sarifValidator(), log);
  expect(log.$schema).toBe(SARIF_SCHEMA);
  expect(log.runs).toHaveLength(1);
  const [run] = log.runs;
  expect(run!.tool.driver.name).toBe('factcheck');
  const rules = run!.tool.driver.rules;
  expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  for (const result of run!.results) {
    expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    for (const { physicalLocation } of result.locations) {
      const { region } = physicalLocation;
      if (region?.endLine !== undefined) expect(region.endLine).toBeGreaterThanOrEqual(region.startLine!);
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

  it('the schema refuses a log that breaks SARIF', () => {
    const good = JSON.parse(sarifFormatter.format(checkedFixtureReport(), WITH_TEXT)) as Log;
    const broken: Array<[string, (log: Log) => void]> = [
      ['a level SARIF does not have', (log) => ((log.runs[0]!.results[0] as { level: string }).level = 'fatal')],
      ['a line 0', (log) => (log.runs[0]!.results.find((r) => r.locations[0]!.physicalLocation.region?.startLine !== undefined)!.locations[0]!.physicalLocation.region!.startLine = 0)],
      ['a result without a message', (log) => delete (log.runs[0]!.results[0] as Partial<Result>).message],
      ['another version', (log) => (log.version = '2.0.0')],
    ];
    for (const [name, breakIt] of broken) {
      const copy = structuredClone(good);
      breakIt(copy);
      expect(sarifValidator()(copy), name).toBe(false);
    }
  });

  it.each<[string, string[]]>([
    ['with violations', ['check', SEED, '--format', 'sarif', '--max-unverified', '20%', '--fail-on', 'denial', '--require-source', '--min-confidence', '0.62']],
    ['of a passing check', ['check', SEED, '--format', 'sarif', '--max-denial', '50%']],
    ['of a web page', ['check', 'tests/fixtures/page.html', '--format', 'sarif', '--fail-on', 'unverified,assertion']],
    ['without a policy', [SEED, '--format', 'sarif']],
  ])('the built CLI writes a valid log %s', (_name, args) => {
    const result = runCli([...args, '--no-config']);
    expect(result.stderr).toBe('');
    expectValidSarif(JSON.parse(result.stdout) as Log);
  });
});
