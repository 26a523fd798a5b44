import { describe, expect, it } from 'vitest';
import { DEFAULT_FORMAT_OPTIONS } from '../../src/report/formatter.js';
import { CSV_COLUMNS, csvFormatter } from '../../src/report/formatters/csv.js';
import type { Report, Violation } from '../../src/types.js';
import { checkedFixtureReport, fixtureReport } from './fixtures.js';

/** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes, nothing else. */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  for (;;) {
    let field = '';
    if (input[at] === '"') {
      at++;
      for (;;) {
        const quote = input.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += input.slice(at, quote);
        at = quote + 1;
        if (input[at] !== '"') break;
        field += '"';
        at++;
      }
    } else {
      while (at < input.length && input[at] !== ',' && input[at] !== '\r') {
        if (input[at] === '"' || input[at] === '\n') throw new Error(`bare ${JSON.stringify(input[at])} in an unquoted field at ${at}`);
        field += input[at++];
      }
    }
    record.push(field);
    if (input[at] === ',') {
      at++;
      continue;
    }
    if (input.startsWith('\r\n', at)) {
      at += 2;
      records.push(record);
      record = [];
      if (at === input.length) return records;
      continue;
    }
    throw new Error(`expected a comma or CRLF at ${at}`);
  }
}

function csv(report: Report): string[][] {
  return parseCsv(csvFormatter.format(report, DEFAULT_FORMAT_OPTIONS));
}

describe('csv formatter', () => {
  it('has a header row, then one row per statement, every record ending in CRLF', () => {
    const output = csvFormatter.format(fixtureReport(), DEFAULT_FORMAT_OPTIONS);
    expect(output.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(output);
    expect(header).toEqual(['file', 'index', 'start', 'end', 'label', 'confidence', 'source', 'text', 'role', 'rule', 'severity', 'policies']);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(11);
  });

  it('reads back every field as the report has it', () => {
    const report = checkedFixtureReport();
    const rows = csv(report).slice(1);
    const expected = report.documents.flatMap((document) =>
      document.statements.map((s) => [
        document.path,
        String(s.index),
        String(s.start),
        String(s.end),
        s.label,
        String(s.confidence),
        s.source?.text ?? '',
        s.text,
        s.role,
        s.rule,
        ...severityCells(document.violations ?? [], s.index),
      ]),
    );
    expect(rows).toEqual(expected);
    // The severity a row shows: the warning of campaign.txt's statement 3, the errors of the others.
    expect(rows.filter((row) => row[10] !== '').map((row) => [row[0], row[1], row[10], row[11]])).toEqual([
      ['fixtures/campaign.txt', '2', 'warning', 'require-source'],
      ['fixtures/campaign.txt', '5', 'error', 'fail-on'],
      ['fixtures/crlf.txt', '2', 'error', 'fail-on'],
      ['fixtures/crlf.txt', '3', 'error', 'max-denial'],
      ['fixtures/page.html', '1', 'error', 'require-source'],
    ]);
    // A statement over two lines keeps its CRLF inside its quoted field.
    expect(rows.some((row) => row[7] === 'The campaign denied it\r\nand called the claim baseless.')).toBe(true);
  });

  it('quotes commas, quotes and line breaks and doubles inner quotes', () => {
    const report = fixtureReport();
    const statement = report.documents[0]!.statements[2]!;
    statement.text = 'He said "no", then\nleft';
    report.documents[0]!.path = 'news/a,b.txt';
    const output = csvFormatter.format(report, DEFAULT_FORMAT_OPTIONS);
    expect(output).toContain('"He said ""no"", then\nleft"');
    expect(output).toContain('"news/a,b.txt",0,');
    const rows = csv(report);
    expect(rows[3]![7]).toBe('He said "no", then\nleft');
    expect(rows[3]![0]).toBe('news/a,b.txt');
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('neutralizes cells a spreadsheet would run as formulas, in every text column', () => {
    const report = fixtureReport();
    const [document] = report.documents;
    const formulas = ['=HYPERLINK("http://x.example","click")', '+1+1', '-2+3', '@SUM(A1)', '\tindented'];
    formulas.forEach((formula, i) => {
      document!.statements[i]!.text = formula;
    });
    document!.statements[3]!.source!.text = '=cmd|"/c calc"!A0';
    document!.path = '-stdin';
    const rows = csv(report).slice(1);
    formulas.forEach((formula, i) => expect(rows[i]![7]).toBe(`'${formula}`));
    expect(rows[3]![6]).toBe(`'=cmd|"/c calc"!A0`);
    expect(rows[0]![0]).toBe("'-stdin");
    // Text that merely contains such a character is left alone; so are numbers.
    expect(rows[5]![7]).toBe('The hackers may have used a stolen password, a source said.');
    expect(rows[5]![5]).toBe('0.8');
  });

  it('names a pronoun source with what it stands for', () => {
    const report = structuredClone(fixtureReport());
    const statement = report.documents[0]!.statements.find((s) => s.source !== null)!;
    statement.source = { ...statement.source!, text: 'which', resolved: 'the Tribune' };
    const row = csv(report).find((r) => r[1] === String(statement.index) && r[0] === report.documents[0]!.path)!;
    expect(row[6]).toBe('which → the Tribune');
  });

  it('is a header alone for a report without statements', () => {
    const report = fixtureReport();
    for (const document of report.documents) document.statements = [];
    expect(csvFormatter.format(report, DEFAULT_FORMAT_OPTIONS)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

/** The severity and policies cells of a statement: the worst severity of its violations, their policies. */
function severityCells(violations: readonly Violation[], index: number): [string, string] {
  const own = violations.filter((v) => v.statement === index);
  if (own.length === 0) return ['', ''];
  return [own.some((v) => (v.severity ?? 'error') === 'error') ? 'error' : 'warning', own.map((v) => v.policy).join(' ')];
}
