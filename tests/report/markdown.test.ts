import { describe, expect, it } from 'vitest';
import type { FormatOptions } from '../../src/report/formatter.js';
import { inline, markdownFormatter } from '../../src/report/formatters/markdown.js';
import type { Report } from '../../src/types.js';
import { checkedFixtureReport, fixtureReport } from './fixtures.js';

const PLAIN: FormatOptions = { color: false, width: 80, explain: false };

function format(report: Report = fixtureReport(), options: Partial<FormatOptions> = {}): string {
  return markdownFormatter.format(report, { ...PLAIN, ...options });
}

/** The cells of a table row, splitting on pipes that are not escaped. */
function cells(row: string): string[] {
  expect(row.startsWith('| ') && row.endsWith(' |')).toBe(true);
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

/** The table that follows the line `after`, as rows (header and alignment row included). */
function tableAfter(output: string, header: string, from = 0): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line, i) => i >= from && line === header);
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (let i = start; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!);
  return rows;
}

const STATEMENT_HEADER = '| # | label | statement | source |';

describe('markdown formatter', () => {
  it('has a title, then per document a heading, a summary table and a statement table', () => {
    const output = format();
    expect(output.startsWith('# factcheck report\n\n2 documents, 11 statements · factcheck 1.0.0\n')).toBe(true);
    expect(output.endsWith('|\n')).toBe(true);
    expect(output).toContain('\n## fixtures/campaign.txt\n\n7 statements · 456 characters\n');
    expect(output).toContain('\n## fixtures/followup.txt\n');
    const summaries = output.split('\n').filter((line) => line === '| label | count | percent |');
    expect(summaries).toHaveLength(3); // two documents and the total
    const summary = tableAfter(output, '| label | count | percent |');
    expect(summary).toEqual([
      '| label | count | percent |',
      '|:--|--:|--:|',
      '| assertion | 3 | 42.9% |',
      '| denial | 1 | 14.3% |',
      '| unverified | 1 | 14.3% |',
      '| background | 2 | 28.6% |',
      '| **total** | **7** | **100.0%** |',
    ]);
    expect(output).toContain('## Summary\n\n| label | count | percent |\n|:--|--:|--:|\n| assertion | 4 | 36.4% |');
  });

  it('lists every statement as a row: number, label, role when not body, text, source', () => {
    const report = fixtureReport();
    const output = format(report);
    let from = 0;
    for (const document of report.documents) {
      const rows = tableAfter(output, STATEMENT_HEADER, from);
      from = output.split('\n').indexOf(rows.at(-1)!) + 1;
      expect(rows).toHaveLength(document.statements.length + 2);
      expect(rows[1]).toBe('|--:|:--|:--|:--|');
      rows.slice(2).forEach((row, i) => {
        const statement = document.statements[i]!;
        const [number, label, text, source] = cells(row);
        expect(number).toBe(String(i + 1));
        expect(label).toBe(`**${statement.label}**`);
        expect(text).toBe((statement.role === 'body' ? '' : `*(${statement.role})* `) + inline(statement.text));
        expect(source).toBe(statement.source === null ? '' : `${statement.source.text} (${statement.source.cue.text}, ${statement.source.named ? 'named' : 'unnamed'})`);
      });
    }
    expect(output).toContain('| 2 | **background** | *(caption)* A protester holds a sign outside the hall in Springfield, May 3. |  |');
  });

  it('escapes pipes and Markdown in article text so it stays one cell of plain text', () => {
    const report = fixtureReport();
    const statement = report.documents[0]!.statements[2]!;
    statement.text = 'A | B *bold* _em_ [link](x) ![img](y) <b>tag</b> `code` ~~del~~ &amp; \\ #\nnext line';
    statement.source = { ...report.documents[0]!.statements[3]!.source!, text: 'The | Times' };
    const row = format(report).split('\n').find((line) => line.startsWith('| 3 |'))!;
    const [, , text, source] = cells(row);
    expect(cells(row)).toHaveLength(4);
    expect(text).toBe('A \\| B \\*bold\\* \\_em\\_ \\[link\\](x) !\\[img\\](y) \\<b\\>tag\\</b\\> \\`code\\` \\~\\~del\\~\\~ \\&amp; \\\\ \\# next line');
    expect(source).toBe('The \\| Times (claimed, named)');
  });

  it('with --explain adds the rule with its confidence and the cues', () => {
    const output = format(fixtureReport(), { explain: true });
    const rows = tableAfter(output, '| # | label | statement | source | rule | cues |');
    expect(rows[1]).toBe('|--:|:--|:--|:--|:--|:--|');
    expect(cells(rows[7]!).slice(4)).toEqual(['unverified:hedge (0.80)', '“may” hedge, “a source” vague-source']);
    expect(cells(rows[2]!).slice(4)).toEqual(['assertion:headline (0.90)', '“accuses” reporting']);
    expect(cells(rows[4]!)).toHaveLength(6);
    expect(format()).not.toContain('| rule |');
  });

  it('lists violations per document, marks flagged statements, notes extracted text', () => {
    const output = format(checkedFixtureReport());
    expect(output).toContain(
      [
        '**Policy violations (3):**',
        '',
        '- **warning** require-source (statement 3): assertion with no source (require-source)',
        '- **error** fail-on (statement 6): labelled unverified, which fail-on forbids (fail-on unverified)',
        '- **error** max-unverified (document): 1 unverified statement of 7 (14.3%), more than the 10% allowed (max-unverified 10%)',
      ].join('\n'),
    );
    expect(output).toContain('| 3 | **assertion** ⚠ **require-source** (warning) | Internal emails');
    expect(output).toContain('| 6 | **unverified** ⚠ **fail-on** (error) | The hackers');
    expect(output).toContain('## fixtures/followup.txt\n\n4 statements · 166 characters\n');
    expect(output).toContain('**Policy:** passed, no violations.');
    expect(output).toContain('2 statements · 78 characters · text extracted from HTML; offsets index the extracted text');
    // A statement over two lines stays on its row.
    expect(output).toContain('| 4 | **denial** ⚠ **max-denial** (error) | The campaign denied it  and called the claim baseless. | The campaign (denied, named) |');
    expect(format()).not.toContain('Policy');
  });

  it('keeps whole-document counts and statement numbers when a report leaves statements out', () => {
    const report = checkedFixtureReport();
    const document = report.documents[0]!;
    document.statements = document.statements.filter((s) => s.index === 5);
    const output = format({ ...report, documents: [document] });
    expect(output).toContain('7 statements · 456 characters · 1 shown');
    expect(output).toContain('| **total** | **7** | **100.0%** |');
    expect(output).toContain('| 6 | **unverified** ⚠ **fail-on** (error) |');
  });
});
